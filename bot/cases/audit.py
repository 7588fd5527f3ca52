"""The audit trail as a hash chain: append events, seal them into the chain, verify, scrub.

Every event gets `seq` (1, 2, 3, ... without gaps), `details_digest` (SHA-256 of its
details as canonical JSON), `prev_hash` (the previous event's hash, "" for the first) and
`hash` (SHA-256 over seq, time, case, actor, event, statuses, details digest and prev
hash). The one AuditHead row holds the last seq and hash, so that events cut off the end
are seen. Details are hashed by their digest only: they can be scrubbed after an erasure
and the chain still proves what was done, when, by whom and in which case.

Events are sealed when their transaction commits, from the rows as the database stores
them: the chain lock (PostgreSQL) is then the last lock a transaction takes, and it reads
the head row, never the whole table.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC
from typing import Any

from sqlalchemy import bindparam, func, insert, or_, select, update
from sqlalchemy import event as sa_event
from sqlalchemy.engine import Connection
from sqlalchemy.orm.attributes import set_committed_value
from sqlmodel import Session, col

from bot.store.db import Database
from bot.store.models import AuditEvent, AuditHead
from bot.timeutil import utcnow

EVENTS = AuditEvent.__table__  # type: ignore[attr-defined]
HEAD = AuditHead.__table__  # type: ignore[attr-defined]
HEAD_ID = 1
# One advisory lock for every appender ("dsrbaudt"): two transactions never fork the chain.
LOCK_KEY = 0x6473726261756474
SCRUBBED: dict[str, Any] = {"scrubbed": True}
_HOOKED, _DIRTY = "audit_chain_hooked", "audit_chain_dirty"
# Bind names differ from the column names: SQLAlchemy reserves those in SET clauses.
_LINK = (("seq", "b_seq"), ("details_digest", "b_digest"), ("prev_hash", "b_prev"),
         ("hash", "b_hash"))
_SEAL_ROW = (update(EVENTS).where(EVENTS.c.id == bindparam("b_id"))
             .values({column: bindparam(key) for column, key in _LINK}))


# --- hashing ---------------------------------------------------------------------------


def canonical(value: Any) -> str:
    """One JSON text per value: sorted keys, no spaces, ASCII only."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=True)


def details_digest(details: Any) -> str:
    return hashlib.sha256(canonical(details).encode("ascii")).hexdigest()


def event_hash(row: Mapping[Any, Any], seq: int, digest: str, prev_hash: str) -> str:
    """The hash of one event: its own fields, its details by digest, and the link back."""
    fields = [seq, row["at"].astimezone(UTC).isoformat(), row["case_id"], row["actor"],
              row["event"], row["from_status"], row["to_status"], digest, prev_hash]
    return hashlib.sha256(canonical(fields).encode("ascii")).hexdigest()


# --- appending -------------------------------------------------------------------------


def append(
    session: Session,
    event: str,
    *,
    actor: str,
    case_id: int | None = None,
    from_status: str | None = None,
    to_status: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Add one event; it joins the chain when `session` commits (see `seal`)."""
    row = AuditEvent(at=utcnow(), case_id=case_id, actor=actor, event=event,
                     from_status=from_status, to_status=to_status, details=details or {})
    session.add(row)
    if not session.info.get(_HOOKED):
        sa_event.listen(session, "before_commit", _seal_before_commit)
        session.info[_HOOKED] = True
    session.info[_DIRTY] = True
    return row


def _seal_before_commit(session: Session) -> None:
    if session.info.pop(_DIRTY, False):
        seal_session(session)


def seal_session(session: Session) -> int:
    """Write the session's pending events, then seal every unsealed event; how many."""
    session.flush()
    sealed = seal(session.connection())
    by_id = {link["b_id"]: link for link in sealed}
    for obj in list(session.identity_map.values()):
        if isinstance(obj, AuditEvent) and obj.id in by_id:
            for column, key in _LINK:
                set_committed_value(obj, column, by_id[obj.id][key])
    return len(sealed)


def seal(conn: Connection) -> list[dict[str, Any]]:
    """Chain every event that has no seq yet, in id order, and move the head.

    These are this transaction's own events, events written with Core (call this before
    such a transaction commits), and events from before the chain existed.
    """
    _lock(conn)
    seq, prev, first = _head(conn)
    pending = sorted(conn.execute(select(EVENTS).where(EVENTS.c.seq.is_(None))
                                  .order_by(EVENTS.c.id)).mappings().all(),
                     key=lambda row: row["id"] != first)  # a stable sort: id order stays
    if not pending:
        return []
    links = []
    for row in pending:
        seq += 1
        digest = details_digest(row["details"])
        links.append({"b_id": row["id"], "b_seq": seq, "b_digest": digest, "b_prev": prev,
                      "b_hash": event_hash(row, seq, digest, prev)})
        prev = links[-1]["b_hash"]
    conn.execute(_SEAL_ROW, links)
    _store_head(conn, seq, prev)
    return links


def _lock(conn: Connection) -> None:
    # SQLite transactions that write are serialised already (BEGIN IMMEDIATE, store/db.py).
    if conn.dialect.name == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(LOCK_KEY)))


def _head(conn: Connection) -> tuple[int, str, int | None]:
    """The last seq and hash, from the head row (not from the table); and the id of the
    event that records a lost head, which goes first."""
    head = conn.execute(select(HEAD.c.seq, HEAD.c.hash).where(HEAD.c.id == HEAD_ID)).first()
    if head is not None:
        return int(head.seq), str(head.hash), None
    last = conn.execute(select(EVENTS.c.seq, EVENTS.c.hash).where(EVENTS.c.seq.is_not(None))
                        .order_by(EVENTS.c.seq.desc()).limit(1)).first()
    if last is None:
        return 0, "", None  # a new chain (or the first append after the upgrade)
    # The head row was lost: go on from the last event rather than stop every write, and
    # say so in the trail itself. `audit verify` names the loss until then.
    rebuilt = conn.execute(insert(EVENTS).values(
        at=utcnow(), actor="system", event="audit.head_rebuilt", details={"from_seq": last.seq},
    ).returning(EVENTS.c.id)).scalar_one()
    return int(last.seq), str(last.hash), int(rebuilt)


def _store_head(conn: Connection, seq: int, hash_: str) -> None:
    moved = conn.execute(update(HEAD).where(HEAD.c.id == HEAD_ID).values(seq=seq, hash=hash_))
    if moved.rowcount == 0:
        conn.execute(insert(HEAD).values(id=HEAD_ID, seq=seq, hash=hash_))


# --- scrubbing -------------------------------------------------------------------------


def scrub_details(
    session: Session,
    case_ids: int | Iterable[int] = (),
    *,
    event_ids: Iterable[int] = (),
    actor: str = "system",
) -> int:
    """Replace the details of the cases' events (and of `event_ids`) with {"scrubbed": true}.

    Their digests stay, so the chain still verifies and still proves what was done, when
    and by whom. The scrubbing is itself an event. Returns how many events were scrubbed.
    """
    cases = [case_ids] if isinstance(case_ids, int) else sorted(set(case_ids))
    ids = list(event_ids)
    if not cases and not ids:
        return 0
    seal_session(session)  # digests first: they must cover what was written
    result = session.exec(update(AuditEvent)
                          .where(or_(col(AuditEvent.case_id).in_(cases),
                                     col(AuditEvent.id).in_(ids)),
                                 col(AuditEvent.scrubbed).is_(False))
                          .values(details=dict(SCRUBBED), scrubbed=True))
    count = int(result.rowcount)
    append(session, "audit.scrubbed", actor=actor, case_id=cases[0] if len(cases) == 1 else None,
           details={"events": count, "cases": cases})
    return count


# --- verifying -------------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """What `verify` found; when not ok, `seq`/`event_id` name the first bad event."""

    ok: bool
    events: int
    head_seq: int | None
    head_hash: str | None
    unsealed: int = 0
    problem: str | None = None
    seq: int | None = None
    event_id: int | None = None

    def summary(self) -> str:
        if self.ok:
            text = f"audit chain intact: {self.events} events"
            if self.head_seq is not None:
                text += f", head seq {self.head_seq} hash {self.head_hash}"
            if self.unsealed:
                text += f"; {self.unsealed} earlier events join the chain at the next append"
            return text
        where = f"seq {self.seq}" if self.seq is not None else "an event"
        named = f"{where} (id {self.event_id})" if self.event_id is not None else where
        return f"audit chain broken at {named}: {self.problem}"


@dataclass
class _Walk:
    """The chain as read so far, in seq order."""

    head: tuple[int, str] | None
    count: int = 0
    prev: str = ""
    last_id: int | None = None

    def check(self, row: Mapping[Any, Any]) -> str | None:
        expected = self.count + 1
        if self.head is not None and row["seq"] > self.head[0]:
            return f"it comes after the head (seq {self.head[0]}): written outside the chain"
        if row["seq"] != expected:
            return f"seq {expected} before it is missing (deleted)"
        problem = _check_fields(row, self.prev)
        self.count, self.prev, self.last_id = expected, row["hash"], row["id"]
        return problem


def _check_fields(row: Mapping[Any, Any], prev: str) -> str | None:
    if row["scrubbed"] and row["details"] != SCRUBBED:
        return "its details were changed after it was scrubbed"
    if not row["scrubbed"] and details_digest(row["details"]) != row["details_digest"]:
        return "its details were changed"
    if event_hash(row, row["seq"], row["details_digest"], row["prev_hash"]) != row["hash"]:
        return "its fields (time, case, actor, event, statuses or seq) were changed"
    if row["prev_hash"] != prev:
        return "it does not follow the event before it (reordered or replaced)"
    return None


def verify(db: Database) -> Verdict:
    """Check the whole chain and its head in one consistent snapshot."""
    engine = db.read_engine
    options = {"isolation_level": "REPEATABLE READ"} if engine.dialect.name == "postgresql" else {}
    with engine.connect() as conn:
        conn = conn.execution_options(**options)
        with conn.begin():
            return verify_connection(conn)


def verify_connection(conn: Connection) -> Verdict:
    head_row = conn.execute(select(HEAD.c.seq, HEAD.c.hash).where(HEAD.c.id == HEAD_ID)).first()
    walk = _Walk(None if head_row is None else (int(head_row.seq), str(head_row.hash)))
    rows = conn.execute(select(EVENTS).where(EVENTS.c.seq.is_not(None)).order_by(EVENTS.c.seq),
                        execution_options={"yield_per": 2000}).mappings()
    for row in rows:
        problem = walk.check(row)
        if problem:
            return _broken(walk, problem, row["seq"], row["id"])
    return _finish(conn, walk)


def _broken(walk: _Walk, problem: str, seq: int | None, event_id: int | None) -> Verdict:
    seq_, hash_ = walk.head if walk.head is not None else (None, None)
    return Verdict(False, walk.count, seq_, hash_, problem=problem, seq=seq, event_id=event_id)


def _finish(conn: Connection, walk: _Walk) -> Verdict:
    """The checks after the last event: the head, and events left outside the chain."""
    unsealed, first_unsealed = conn.execute(
        select(func.count(), func.min(EVENTS.c.id)).where(EVENTS.c.seq.is_(None))).one()
    if walk.head is None and walk.count:
        return _broken(walk, "the chain's head record is missing", walk.count, walk.last_id)
    if walk.head is not None and walk.head[0] > walk.count:
        return _broken(walk, f"events after seq {walk.count} are missing (the head says the "
                       f"chain ends at seq {walk.head[0]})", walk.count + 1, None)
    if walk.head is not None and walk.head[1] != walk.prev:
        return _broken(walk, "the head's hash does not match it", walk.count, walk.last_id)
    if unsealed and walk.count:
        return _broken(walk, f"it is not in the chain ({unsealed} events have no seq)",
                       None, first_unsealed)
    seq_, hash_ = walk.head if walk.head is not None else (None, None)
    return Verdict(True, walk.count, seq_, hash_, unsealed=int(unsealed))


# --- the command -----------------------------------------------------------------------


def cmd_verify(args: argparse.Namespace) -> int:
    from bot.cli import _database

    db = _database(args)
    try:
        verdict = verify(db)
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(asdict(verdict)))
    elif verdict.ok:
        print(verdict.summary())
    else:
        print(f"dsrbot: {verdict.summary()}", file=sys.stderr)
    return 0 if verdict.ok else 1


def add_commands(sub: Any, add: Any) -> None:
    """`dsrbot audit verify`."""
    audit = sub.add_parser("audit", help="the audit trail, a hash chain")
    asub = audit.add_subparsers(dest="audit_command", required=True, metavar="COMMAND")
    p = add(asub, "verify", cmd_verify, "check the audit chain: exit 0 when it is intact, "
            "1 naming the first event that does not verify")
    p.add_argument("--json", action="store_true", help="the verdict as one JSON object")
