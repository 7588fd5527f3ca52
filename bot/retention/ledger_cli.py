"""`dsrbot ledger reapply`: erase again what the erasure ledger holds (after a restore)."""

from __future__ import annotations

import argparse
from typing import Any

from bot.retention.ledger import reapply


def cmd_ledger_reapply(args: argparse.Namespace) -> int:
    from bot.cli import _config, _database

    config, db = _config(args), _database(args)
    try:
        with db.transaction() as session:
            changed = reapply(session, config)
    finally:
        db.dispose()
    print(f"erasure ledger re-applied: {changed} rows or fields erased again")
    return 0


def add_commands(sub: Any, add: Any) -> None:
    ledger = sub.add_parser("ledger", help="the erasure ledger (keyed hashes of what was erased)")
    lsub = ledger.add_subparsers(dest="ledger_command", required=True, metavar="COMMAND")
    add(lsub, "reapply", cmd_ledger_reapply,
        "delete again every record the ledger says was erased (run after restoring a backup)")
