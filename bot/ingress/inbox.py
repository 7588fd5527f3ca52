"""Store a received raw message durably, once; every ingress channel calls this before it acks."""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from sqlalchemy import insert
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import select

from bot.cases.audit import seal
from bot.store.db import Database
from bot.store.models import AuditEvent, Inbound
from bot.timeutil import utcnow

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Stored:
    inbound_id: int
    created: bool  # False when this exact message was stored before


_MESSAGE_ID = re.compile(rb"^message-id:[ \t]*(.*(?:\r?\n[ \t].*)*)", re.IGNORECASE | re.MULTILINE)


def _message_id(raw: bytes) -> str | None:
    """The Message-ID header, read cheaply from the header block (only for de-duplication)."""
    end = raw.find(b"\r\n\r\n")
    if end < 0:
        end = raw.find(b"\n\n")
    found = _MESSAGE_ID.search(raw, 0, end if end >= 0 else min(len(raw), 256 * 1024))
    if not found:
        return None
    return _text(found.group(1).decode("ascii", "replace"))


_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


def _text(value: str | None, limit: int = 500) -> str | None:
    """Envelope and header values as stored: one line, no NUL (PostgreSQL refuses it)."""
    if value is None:
        return None
    cleaned = _CONTROL.sub(" ", value).strip()[:limit]
    return cleaned or None


@dataclass(frozen=True)
class Arrival:
    raw: bytes
    channel: str
    mail_from: str | None = None
    rcpt_to: list[str] | None = None
    peer: str | None = None


def store_inbound(
    db: Database,
    raw: bytes,
    *,
    channel: str,
    mail_from: str | None = None,
    rcpt_to: list[str] | None = None,
    peer: str | None = None,
) -> Stored:
    """Commit `raw` as a new inbound message, or find the identical one stored earlier."""
    return store_batch(db, [Arrival(raw, channel, mail_from, rcpt_to, peer)])[0]


def _new_rows(arrivals: list[Arrival], digests: list[str]) -> list[dict[str, object]]:
    rows: dict[str, dict[str, object]] = {}
    now = utcnow()
    for arrival, digest in zip(arrivals, digests, strict=True):
        if digest not in rows:
            rows[digest] = {
                "channel": arrival.channel, "received_at": now,
                "mail_from": _text(arrival.mail_from),
                "rcpt_to": [_text(r) for r in arrival.rcpt_to or []] or None,
                "peer": _text(arrival.peer),
                "message_id": _message_id(arrival.raw), "content_sha256": digest,
                "size": len(arrival.raw), "raw": arrival.raw, "status": "received",
                "attempts": 0,
            }
    return list(rows.values())


@functools.cache
def _insert_new(dialect: str) -> Any:
    """INSERT that skips rows whose content digest is already stored, returning the new
    rows' ids (both backends). Built once: this runs for every intake commit."""
    module = postgresql if dialect == "postgresql" else sqlite
    table = Inbound.__table__.c  # type: ignore[attr-defined]
    return (module.insert(Inbound).on_conflict_do_nothing(index_elements=["content_sha256"])
            .returning(table.id, table.content_sha256))


def store_batch(db: Database, arrivals: list[Arrival]) -> list[Stored]:
    """Commit several arrivals in one transaction (group commit); same answers as one by one.

    Core inserts, not ORM objects: this is the intake's hot path, paid while senders wait.
    """
    digests = [hashlib.sha256(a.raw).hexdigest() for a in arrivals]
    table = Inbound.__table__.c  # type: ignore[attr-defined]
    with db.engine.begin() as conn:
        rows = _new_rows(arrivals, digests)
        # A message stored before (a client retrying) is skipped by the unique digest.
        statement = _insert_new(conn.dialect.name)
        created = {digest: inbound_id for inbound_id, digest in conn.execute(statement, rows)}
        if created:
            conn.execute(insert(AuditEvent), [
                {"at": utcnow(), "actor": row["channel"], "event": "inbound.received",
                 "details": {"inbound_id": created[str(row["content_sha256"])],
                             "size": row["size"]}}
                for row in rows if row["content_sha256"] in created
            ])
            seal(conn)  # into the audit chain in the same commit, so verify never sees a gap
        earlier = set(digests) - set(created)
        known: dict[str, int] = {}
        if earlier:
            found = conn.execute(
                select(table.content_sha256, table.id).where(table.content_sha256.in_(earlier))
            )
            known = {digest: inbound_id for digest, inbound_id in found}
    results, answered = [], set()
    for digest in digests:
        is_new = digest in created and digest not in answered
        answered.add(digest)
        results.append(Stored(created.get(digest) or known[digest], is_new))
    return results


class IntakeWriter:
    """Serialises every channel's stores through one task that commits them in batches.

    Concurrent SMTP sessions then share one commit instead of queueing for the SQLite
    write lock one by one; each caller still gets its answer only after the commit.
    """

    def __init__(self, db: Database, max_batch: int = 64) -> None:
        self.db = db
        self.max_batch = max_batch
        # Its own thread: intake commits never queue behind other work in the default pool.
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="intake-writer")
        self.queue: asyncio.Queue[tuple[Arrival, asyncio.Future[Stored]]] = asyncio.Queue()

    async def store(self, arrival: Arrival) -> Stored:
        future: asyncio.Future[Stored] = asyncio.get_running_loop().create_future()
        await self.queue.put((arrival, future))
        return await future

    def _take_batch(self, first: tuple[Arrival, asyncio.Future[Stored]]) -> list[
        tuple[Arrival, asyncio.Future[Stored]]
    ]:
        batch = [first]
        while len(batch) < self.max_batch and not self.queue.empty():
            batch.append(self.queue.get_nowait())
        return batch

    async def _commit(self, batch: list[tuple[Arrival, asyncio.Future[Stored]]]) -> None:
        arrivals = [arrival for arrival, _ in batch]
        loop = asyncio.get_running_loop()
        try:
            results = await loop.run_in_executor(self.executor, store_batch, self.db, arrivals)
        except Exception:
            # One bad row must not cost the others their 250: go one by one, so only
            # the one that really cannot be stored is answered 451.
            log.warning("group commit failed; storing %d arrivals one by one", len(batch))
            await self._commit_singly(batch)
            return
        for (_, future), result in zip(batch, results, strict=True):
            if not future.done():
                future.set_result(result)

    async def _commit_singly(self, batch: list[tuple[Arrival, asyncio.Future[Stored]]]) -> None:
        loop = asyncio.get_running_loop()
        for arrival, future in batch:
            try:
                result = await loop.run_in_executor(self.executor, store_batch, self.db, [arrival])
            except Exception as exc:
                if not future.done():
                    future.set_exception(exc)
                continue
            if not future.done():
                future.set_result(result[0])

    async def run(self) -> None:
        try:
            while True:
                first = await self.queue.get()
                # One turn of the loop lets other sessions whose data is already in finish
                # reading it and join this commit: more per commit, no timer, no added wait.
                await asyncio.sleep(0)
                await self._commit_or_fail(self._take_batch(first))
        finally:
            # A commit already running in the intake thread cannot be cancelled: wait for it
            # (off the event loop), so it is not still holding a connection when the
            # database is disposed.
            await asyncio.to_thread(self.executor.shutdown)

    async def _commit_or_fail(self, batch: list[tuple[Arrival, asyncio.Future[Stored]]]) -> None:
        try:
            await self._commit(batch)
        except Exception as exc:  # every waiting sender hears about it (and gets 451)
            for _, future in batch:
                if not future.done():
                    future.set_exception(exc)


