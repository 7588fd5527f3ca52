"""Group commit: a batch of arrivals gets the same answers as storing them one by one."""

from __future__ import annotations

import asyncio
import contextlib

import pytest
from sqlmodel import select

from bot.ingress.inbox import Arrival, IntakeWriter, store_batch, store_inbound
from bot.store.db import Database
from bot.store.models import AuditEvent, Inbound
from tests.mailfactory import plain


def _batch_semantics(db: Database) -> None:
    earlier = store_inbound(db, plain("a", message_id="<a@x>"), channel="smtp")
    raws = [plain("b", message_id="<b@x>"), plain("a", message_id="<a@x>"),
            plain("b", message_id="<b@x>"), plain("c", message_id="<c@x>")]
    results = store_batch(db, [Arrival(raw, "smtp", "s@mail.example.com") for raw in raws])
    assert [r.created for r in results] == [True, False, False, True]
    assert results[1].inbound_id == earlier.inbound_id
    assert results[0].inbound_id == results[2].inbound_id
    with db.transaction() as session:
        rows = session.exec(select(Inbound)).all()
        events = session.exec(select(AuditEvent).where(AuditEvent.event == "inbound.received"))
        assert len(rows) == 3 and len(list(events)) == 3
        assert {r.message_id for r in rows} == {"<a@x>", "<b@x>", "<c@x>"}


def test_batch_answers_like_one_by_one_sqlite(db):
    _batch_semantics(db)


@pytest.mark.postgres
def test_batch_answers_like_one_by_one_postgresql(pg_db):
    _batch_semantics(pg_db)


async def test_writer_commits_concurrent_stores_together(db):
    writer = IntakeWriter(db)
    task = asyncio.create_task(writer.run())
    try:
        raws = [plain(f"m{i}", message_id=f"<m{i}@x>") for i in range(20)]
        results = await asyncio.gather(*(writer.store(Arrival(r, "smtp")) for r in raws))
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task  # the writer's thread is shut down before the db fixture disposes
    assert len({r.inbound_id for r in results}) == 20 and all(r.created for r in results)


def test_message_id_is_read_from_the_header_block_only():
    from bot.ingress.inbox import _message_id

    assert _message_id(b"Subject: x\r\nMessage-ID:\r\n <folded@x>\r\n\r\nMessage-ID: <body@x>") \
        == "<folded@x>"
    assert _message_id(b"Subject: x\r\n\r\nMessage-ID: <body@x>\r\n") is None
