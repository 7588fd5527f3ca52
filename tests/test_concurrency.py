"""Several workers and senders at once, and workers that die: nothing twice, nothing lost."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from sqlmodel import select

from bot.cases.inbound import Worker, claim_inbound, process_inbound
from bot.ingress.inbox import store_inbound
from bot.outbound.outbox import MaildirTransport, Sender
from bot.outbound.render import Renderer
from bot.store.db import Database, migrate
from bot.store.models import Case, Inbound, Outbox
from bot.timeutil import utcnow
from tests.conftest import make_config
from tests.mailfactory import plain

REQUESTS = 24


def _store_requests(db: Database) -> None:
    for i in range(REQUESTS):
        raw = plain(f"Jeg vil gerne have indsigt i mine oplysninger. Kunde {i}.",
                    sender=f"kunde{i}@mail.example.com", message_id=f"<c{i}@mail.example.com>")
        store_inbound(db, raw, channel="smtp")


def _two_workers_then_two_senders(db: Database, config, tmp_path) -> None:
    _store_requests(db)
    workers = [Worker(db, config, Renderer(config)) for _ in range(2)]
    with ThreadPoolExecutor(2) as pool:
        counts = list(pool.map(lambda w: w.process_available(limit=REQUESTS), workers))
    assert sum(counts) >= REQUESTS  # every message, plus the case runner's steps
    with db.transaction() as session:
        cases = session.exec(select(Case)).all()
        assert len(cases) == REQUESTS
        assert {r.status for r in session.exec(select(Inbound))} == {"done"}
        # Nothing is registered on these addresses: each gets its ack and a "no data"
        # answer, exactly once, even with two workers racing for the same cases.
        assert {c.status for c in cases} == {"answered"}
        mails = session.exec(select(Outbox)).all()
        assert sorted(m.kind for m in mails) == ["ack"] * REQUESTS + ["answer"] * REQUESTS
        assert len({(m.to_addr, m.kind) for m in mails}) == 2 * REQUESTS

    async def deliver_concurrently() -> list[int]:
        senders = [Sender(db, MaildirTransport(tmp_path / "out"), config.outbound)
                   for _ in range(2)]
        return list(await asyncio.gather(*(s.deliver_due() for s in senders)))

    delivered = asyncio.run(deliver_concurrently())
    assert sum(delivered) == 2 * REQUESTS  # every mail once, none twice
    assert len(list((tmp_path / "out" / "new").iterdir())) == 2 * REQUESTS
    with db.transaction() as session:
        assert {r.status for r in session.exec(select(Outbox))} == {"sent"}


def test_two_workers_and_two_senders_on_sqlite(tmp_path):
    config = make_config(tmp_path)
    db = Database.from_url(config.database.url)
    migrate(db.engine)
    try:
        _two_workers_then_two_senders(db, config, tmp_path)
    finally:
        db.dispose()


@pytest.mark.postgres
def test_two_workers_and_two_senders_on_postgresql(tmp_path, pg_url, pg_db):
    config = make_config(tmp_path, database={"url": pg_url})
    _two_workers_then_two_senders(pg_db, config, tmp_path)


def _expire(db: Database, inbound_id: int) -> None:
    with db.transaction() as session:
        row = session.get(Inbound, inbound_id)
        assert row is not None
        row.lease_until = utcnow() - timedelta(seconds=1)
        session.add(row)


def test_a_dead_workers_message_is_taken_over_and_its_late_result_ignored(db, config):
    _store_requests(db)
    dead = claim_inbound(db, config.worker.max_attempts)  # ...and then the process died
    assert dead is not None
    _expire(db, dead.inbound_id)
    alive = claim_inbound(db, config.worker.max_attempts)
    assert alive is not None and alive.inbound_id == dead.inbound_id
    renderer = Renderer(config)
    assert process_inbound(db, config, renderer, alive) == "done"
    assert process_inbound(db, config, renderer, dead) == "skipped"  # woke up too late
    with db.transaction() as session:
        assert len(session.exec(select(Case)).all()) == 1


def test_a_message_that_kills_the_worker_every_time_ends_failed(db, config):
    store_inbound(db, plain("indsigt tak", message_id="<poison@x>"), channel="smtp")
    for _ in range(config.worker.max_attempts):
        claim = claim_inbound(db, config.worker.max_attempts)
        assert claim is not None
        _expire(db, claim.inbound_id)  # the worker died mid-way
    assert claim_inbound(db, config.worker.max_attempts) is None
    with db.transaction() as session:
        row = session.exec(select(Inbound)).one()
    assert row.status == "failed" and row.error and "stopped" in row.error
    assert row.raw  # kept for staff
