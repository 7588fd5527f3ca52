"""The erasure ledger: keyed hashes of what was erased, kept outside the database.

A record erased on request must not come back with the next import of the firm's
register, nor with a database restored from a backup (gdpr-dk.md §0, D11). The ledger is
an append-only file of keyed hashes (bot/keys.py) — no names, no addresses, no refs in
clear — next to the database, so that a restored database can be checked against it.
One JSON line per fact: {"action": "delete", "key"} for a deleted row, {"action": "clear",
"key", "field"} for a cleared field, {"action": "person", "key"} for a requester erased
from the bot's own records (the key then is their pseudonym), each with the date. `reapply`
deletes, clears and scrubs all of it again.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import delete, null
from sqlmodel import Session, col, select

from bot.cases.kinds import ItemAction, RecordKind
from bot.cases.lifecycle import audit
from bot.config import Config
from bot.keys import keyed_hash, load_key
from bot.store.db import checkpoint_after_commit
from bot.store.models import (
    Contact,
    Customer,
    Hold,
    Invoice,
    Job,
    Lead,
    Owner,
    PlanItem,
    QualityCheck,
)
from bot.timeutil import today

K = RecordKind
# Register tables only: the opt-out list and the bot's own records are not re-imported.
REGISTER_KINDS = frozenset({K.CUSTOMER, K.OWNER, K.CONTACT, K.JOB, K.INVOICE,
                            K.QUALITY_CHECK, K.LEAD})


def _row_key(key: bytes, kind: str, customer_ref: str | None, ref: str) -> str:
    return keyed_hash(key, "row", kind, customer_ref or "", ref)


def record_key(config: Config, kind: str, customer_ref: str | None, ref: str) -> str:
    """The ledger's key for one register row."""
    return _row_key(load_key(config.retention.key_file), kind, customer_ref, ref)


def _entries(config: Config) -> list[dict[str, str]]:
    path = Path(config.retention.ledger_file)
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def erased_keys(config: Config) -> frozenset[str]:
    """Every row key the ledger says was erased (deleted, not merely cleared)."""
    return frozenset(e["key"] for e in _entries(config) if e.get("action") == "delete")


def cleared_fields(config: Config) -> dict[str, frozenset[str]]:
    """Per row key, the fields the ledger says were cleared (an import must not refill them)."""
    fields: dict[str, set[str]] = {}
    for entry in _entries(config):
        if entry.get("action") == "clear":
            fields.setdefault(entry["key"], set()).add(entry["field"])
    return {key: frozenset(names) for key, names in fields.items()}


def erased_people(config: Config) -> frozenset[str]:
    """Pseudonyms (keyed hashes of addresses) of requesters erased from the bot's records."""
    return frozenset(e["key"] for e in _entries(config) if e.get("action") == "person")


def is_erased(config: Config, kind: str, customer_ref: str | None, ref: str) -> bool:
    return record_key(config, kind, customer_ref, ref) in erased_keys(config)


# --- recording -------------------------------------------------------------------------


def _entry(key: bytes, item: PlanItem) -> dict[str, str] | None:
    if item.kind not in REGISTER_KINDS:
        return None
    row = _row_key(key, item.kind, item.customer_ref, item.ref)
    at = today().isoformat()
    if item.action == ItemAction.DELETE:
        return {"action": "delete", "key": row, "at": at}
    if item.action == ItemAction.UPDATE and item.field and not item.value:
        return {"action": "clear", "key": row, "field": item.field, "at": at}
    return None


def _append(path: Path, entries: list[dict[str, str]]) -> None:
    """Append whole lines and fsync: an entry the caller was told about survives a crash."""
    path.parent.mkdir(parents=True, exist_ok=True)
    text = "".join(json.dumps(e, sort_keys=True) + "\n" for e in entries)
    fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as out:
        out.write(text)
        out.flush()
        os.fsync(out.fileno())


def record_erasure(config: Config, items: Iterable[PlanItem]) -> int:
    """Write a ledger line per deleted row and per cleared field of an executed plan.

    Called inside the plan's transaction, before it commits: should the commit fail, the
    ledger holds a deletion that was approved but not yet done, which the retry (or a
    re-apply) carries out; the other order could lose an erasure in a crash.
    """
    key = load_key(config.retention.key_file)
    entries = [e for e in (_entry(key, item) for item in items) if e is not None]
    if entries:
        _append(Path(config.retention.ledger_file), entries)
    return len(entries)


def record_people(config: Config, pseudonyms: Iterable[str]) -> None:
    """Note erased requesters by pseudonym, so a restored backup's copies of their mail
    and cases are scrubbed again too."""
    at = today().isoformat()
    entries = [{"action": "person", "key": p, "at": at} for p in sorted(set(pseudonyms))]
    if entries:
        _append(Path(config.retention.ledger_file), entries)


# --- re-applying -----------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    """How to list one register table as (id, customer ref, row ref), for its keys."""

    kind: RecordKind
    model: Any
    query: Callable[[], Any]
    ref: Callable[[int, str], str] = lambda _id, ref: ref


def _under_customer(model: Any) -> Callable[[], Any]:
    return lambda: select(model.id, Customer.ref, model.ref).join(
        Customer, col(Customer.id) == model.customer_id)


def _under_job(model: Any, ref: Any) -> Callable[[], Any]:
    return lambda: (select(model.id, Customer.ref, ref)
                    .join(Job, col(Job.id) == model.job_id)
                    .join(Customer, col(Customer.id) == Job.customer_id))


# Children before parents, as the executor deletes (bot/cases/execute.py DELETE_ORDER).
# The refs are those plan items carry: a customer is its own customer_ref, a lead has none.
SOURCES: tuple[Source, ...] = (
    Source(K.QUALITY_CHECK, QualityCheck, _under_job(QualityCheck, QualityCheck.id),
           lambda id_, _ref: f"qc-{id_}"),
    Source(K.INVOICE, Invoice, _under_job(Invoice, Invoice.number)),
    Source(K.CONTACT, Contact, _under_customer(Contact)),
    Source(K.OWNER, Owner, _under_customer(Owner)),
    Source(K.JOB, Job, _under_customer(Job)),
    Source(K.LEAD, Lead, lambda: select(Lead.id, null(), Lead.ref)),
    Source(K.CUSTOMER, Customer, lambda: select(Customer.id, Customer.ref, Customer.ref)),
)


@dataclass(frozen=True)
class Keyed:
    id: int
    customer_ref: str | None
    ref: str
    key: str


class _Keyer:
    """`_row_key` for every row of one table, fast: a restore re-keys the whole register.

    HMAC-SHA256 by its definition (RFC 2104) with the padded key's two hash states made
    once, so each row costs two hash-state copies instead of a new HMAC.
    """

    def __init__(self, key: bytes, kind: str) -> None:
        padded = key.ljust(64, b"\0")  # the installation key is 32 bytes (bot/keys.py)
        self.inner = hashlib.sha256(bytes(b ^ 0x36 for b in padded))
        self.outer = hashlib.sha256(bytes(b ^ 0x5C for b in padded))
        self.prefix = f"row\x1f{kind.casefold().strip()}\x1f".encode()

    def __call__(self, customer_ref: str | None, ref: str) -> str:
        inner = self.inner.copy()
        inner.update(self.prefix)
        inner.update(f"{(customer_ref or '').casefold().strip()}\x1f{ref.casefold().strip()}"
                     .encode())
        outer = self.outer.copy()
        outer.update(inner.digest())
        return outer.hexdigest()


def _scan(session: Session, query: Any) -> Iterator[tuple[Any, ...]]:
    """The query's rows straight from the driver's cursor, in batches: a restore reads
    every row of the register, and row objects would cost more than the hashing."""
    connection = session.connection()
    cursor = connection.connection.cursor()
    try:
        cursor.execute(str(query.compile(dialect=connection.dialect)))
        while batch := cursor.fetchmany(10_000):
            yield from batch
    finally:
        cursor.close()


def _keyed_rows(session: Session, key: bytes, source: Source,
                wanted: frozenset[str]) -> list[Keyed]:
    """The table's rows whose ledger key is in `wanted`."""
    keyer = _Keyer(key, source.kind)
    keyed = []
    for row_id, customer_ref, raw_ref in _scan(session, source.query()):
        ref = source.ref(row_id, str(raw_ref))
        row_key = keyer(customer_ref, ref)
        if row_key in wanted:
            keyed.append(Keyed(row_id, customer_ref, ref, row_key))
    return keyed


def _cascade(session: Session, kind: str, ids: list[int]) -> None:
    """What still hangs under a deleted job or customer goes with it (foreign keys)."""
    if kind not in (K.CUSTOMER, K.JOB):
        return
    owner = col(Job.customer_id) if kind == K.CUSTOMER else col(Job.id)
    jobs = select(Job.id).where(owner.in_(ids))
    session.exec(delete(QualityCheck).where(col(QualityCheck.job_id).in_(jobs)))
    session.exec(delete(Invoice).where(col(Invoice.job_id).in_(jobs)))
    if kind == K.CUSTOMER:
        for child in (Contact, Owner, Job):
            session.exec(delete(child).where(col(child.customer_id).in_(ids)))


def _drop_holds(session: Session, kind: str, rows: list[Keyed]) -> None:
    """A hold on a row that is gone holds nothing (as in bot/cases/execute.py)."""
    for row in rows:
        same = (col(Hold.customer_ref).is_(None) if row.customer_ref is None
                else col(Hold.customer_ref) == row.customer_ref)
        session.exec(delete(Hold).where(col(Hold.kind) == kind, col(Hold.ref) == row.ref, same))


def _delete_erased(session: Session, source: Source, rows: list[Keyed],
                   erased: frozenset[str]) -> int:
    gone = [r for r in rows if r.key in erased]
    if not gone:
        return 0
    ids = [r.id for r in gone]
    _cascade(session, source.kind, ids)
    session.exec(delete(source.model).where(col(source.model.id).in_(ids)))
    _drop_holds(session, source.kind, gone)
    return len(gone)


# A cleared field takes its normalised match key with it (bot/cases/execute.py _update).
MATCH_KEYS = {"email": "email_norm", "phone": "phone_e164"}


def _clear(session: Session, model: Any, row_id: int, field: str) -> int:
    row = session.get(model, row_id)
    if row is None or getattr(row, field, None) is None:
        return 0
    setattr(row, field, None)
    if field in MATCH_KEYS:
        setattr(row, MATCH_KEYS[field], None)
    session.add(row)
    return 1


def _clear_again(session: Session, source: Source, rows: list[Keyed],
                 clears: dict[str, frozenset[str]]) -> int:
    return sum(_clear(session, source.model, row.id, field)
               for row in rows for field in sorted(clears.get(row.key, ())))


def reapply(session: Session, config: Config) -> int:
    """Delete again what the ledger says was deleted, clear again what it says was
    cleared, scrub again the finished cases of erased requesters (after a restore from a
    backup, D11); how many rows, fields and cases it changed."""
    from bot.cases.scrub import scrub_again  # the bot's own records (it imports us)

    erased, clears = erased_keys(config), cleared_fields(config)
    deleted, cleared = _reapply_register(session, config, erased, clears)
    people = scrub_again(session, config, erased_people(config))
    if deleted or cleared or people:
        audit(session, "ledger.reapplied", actor="ledger",
              details={"deleted": deleted, "cleared": cleared, "requesters": people})
        checkpoint_after_commit(session)  # the restored copies leave the disk too
    session.flush()
    return deleted + cleared + people


def _reapply_register(session: Session, config: Config, erased: frozenset[str],
                      clears: dict[str, frozenset[str]]) -> tuple[int, int]:
    if not (erased or clears):
        return 0, 0
    key, wanted = load_key(config.retention.key_file), frozenset(erased | set(clears))
    deleted = cleared = 0
    for source in SOURCES:
        rows = _keyed_rows(session, key, source, wanted)
        deleted += _delete_erased(session, source, rows, erased)
        cleared += _clear_again(session, source, [r for r in rows if r.key not in erased],
                                clears)
    return deleted, cleared
