"""`dsrbot import-register`: check a register file, say what it changes, and import it whole."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlmodel import Session

from bot.config import Config
from bot.register.io import (
    CheckedRegister,
    ImportCounts,
    RegisterFile,
    RegisterFormatError,
    check_register,
    import_register,
)
from bot.store.db import Database, migrate


def _refuse(name: str, problems: list[str], why: str = "") -> int:
    count = f"{len(problems)} problem{'' if len(problems) == 1 else 's'}{why}"
    print(f"dsrbot: {name}: {count}; nothing was imported", file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
    return 1


def _read(name: str) -> CheckedRegister | int:
    """The checked file, or the exit status after saying why it cannot be imported."""
    try:
        return check_register(Path(name).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError) as exc:
        print(f"dsrbot: cannot read {name}: {exc}", file=sys.stderr)
        return 1
    except RegisterFormatError as exc:
        return _refuse(name, exc.problems)


def _open(config: Config) -> Database:
    db = Database.from_url(config.database.url)
    migrate(db.engine)
    return db


def _dry_run(db: Database, parsed: RegisterFile, config: Config) -> ImportCounts:
    """The import done and rolled back: the database counts and compares, nothing stays."""
    with Session(db.engine, expire_on_commit=False) as session:
        try:
            return import_register(session, parsed, config)
        finally:
            session.rollback()


def _import(db: Database, parsed: RegisterFile, config: Config) -> ImportCounts:
    from bot.cases.lifecycle import audit
    from bot.retention.ledger import reapply

    with db.transaction() as session:
        counts = import_register(session, parsed, config)
        # Fields cleared by an erasure (a kept customer's phone and e-mail) come back with
        # an old file as values, not as records: clear them again before committing.
        reapply(session, config)
        audit(session, "register.imported", actor="cli",
              details={"created": counts.created, "changed": counts.changed,
                       "skipped": counts.skipped})
    return counts


def run_import(args: argparse.Namespace, config: Config) -> int:
    """Import args.file (contracts §1); --strict refuses warnings, --dry-run writes nothing."""
    checked = _read(args.file)
    if isinstance(checked, int):
        return checked
    if args.strict and checked.warnings:
        return _refuse(args.file, checked.warnings, " (--strict)")
    for warning in checked.warnings:
        print(f"dsrbot: {args.file}: {warning}", file=sys.stderr)
    db = _open(config)
    try:
        work = _dry_run if args.dry_run else _import
        counts = work(db, checked.parsed, config)
    except RegisterFormatError as exc:
        return _refuse(args.file, exc.problems)
    finally:
        db.dispose()
    for note in counts.notes:
        print(note)
    if args.dry_run:
        print("dry run: nothing was written", *counts.report(), sep="\n")
    else:
        print(counts.summary())
    return 0
