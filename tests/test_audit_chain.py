"""The audit trail is a hash chain that `dsrbot audit verify` checks (issue 7 item 4,
contracts §5): altering, deleting, reordering or cutting off events is found and named;
scrubbing details after an erasure keeps it valid; concurrent writers never fork it."""

from __future__ import annotations

import argparse
import contextlib
import io
import itertools
import threading
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import event, text
from sqlmodel import col, select

from bot import cli
from bot.cases.audit import SCRUBBED, add_commands, details_digest, scrub_details, verify
from bot.cases.lifecycle import audit
from bot.store.db import MIGRATIONS, Database, migrate
from bot.store.models import AuditEvent, AuditHead
from tests.scenario import scene, write_config

JENS = "jens.nielsen@mail.example.com"
ACCESS_DA = "Hej\n\nJeg vil gerne have indsigt i de personoplysninger, I har om mig.\n\nJens"


def _run_verify(config_path: Path, *extra: str) -> tuple[int, str]:
    """`dsrbot audit verify`, through the command's own add_commands and argument parsing."""
    parser = argparse.ArgumentParser(prog="dsrbot")
    add_commands(parser.add_subparsers(dest="command", required=True), cli._add)
    args = parser.parse_args(["audit", "verify", *extra, "--config", str(config_path)])
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = args.func(args)
    return code, out.getvalue()


@pytest.fixture
def config_path(tmp_path: Path, db: Database) -> Path:
    path = tmp_path / "config.toml"
    write_config(path, {"database": {"url": str(db.engine.url)}})
    return path


def _append(db: Database, transactions: int, per_transaction: int = 3) -> None:
    for t in range(transactions):
        with db.transaction() as session:
            for i in range(per_transaction):
                audit(session, "plan.approved" if i % 2 else "case.open", actor=f"staff:s{t}",
                      case_id=t % 7 + 1, from_status="open", to_status="awaiting_approval",
                      details={"plan_id": t, "items": i, "refs": ["C1001", f"J{t}"]})


def _sql(db: Database, statement: str, **params: Any) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(statement), params)


def _id_at(db: Database, seq: int) -> int:
    with db.reading() as session:
        row = session.exec(select(AuditEvent.id).where(AuditEvent.seq == seq)).one()
    assert row is not None
    return row


def _events(db: Database) -> list[AuditEvent]:
    with db.reading() as session:
        return list(session.exec(select(AuditEvent).order_by(col(AuditEvent.id))))


@pytest.fixture
def chain(db: Database) -> Database:
    _append(db, transactions=40)  # 120 events
    return db


def test_a_fresh_chain_of_many_events_verifies(chain, config_path):
    code, out = _run_verify(config_path)
    events = _events(chain)
    assert code == 0, out
    assert "120 events" in out
    assert [e.seq for e in events] == list(range(1, 121))
    assert events[0].prev_hash == "" and all(
        b.prev_hash == a.hash for a, b in itertools.pairwise(events))
    with chain.reading() as session:
        head = session.get(AuditHead, 1)
    assert head is not None and (head.seq, head.hash) == (120, events[-1].hash)


@pytest.mark.parametrize(("column", "value"), [
    ("details", '{"plan_id": 3, "items": 1, "refs": ["C9999"]}'),
    ("actor", "staff:someone-else"),
    ("at", "2020-01-01 00:00:00.000000"),
])
def test_an_edited_event_is_found_and_named(chain, config_path, column, value):
    event_id = _id_at(chain, 37)
    _sql(chain, f"UPDATE auditevent SET {column} = :value WHERE id = :id", value=value,
         id=event_id)
    code, out = _run_verify(config_path)
    assert code == 1
    assert f"seq 37 (id {event_id})" in out


def test_a_deleted_event_in_the_middle_is_found(chain, config_path):
    _sql(chain, "DELETE FROM auditevent WHERE seq = 50")
    code, out = _run_verify(config_path)
    assert code == 1
    assert f"seq 51 (id {_id_at(chain, 51)})" in out and "seq 50" in out


def test_two_swapped_events_are_found(chain, config_path):
    first, second = _id_at(chain, 60), _id_at(chain, 61)
    _sql(chain, "UPDATE auditevent SET seq = -1 WHERE id = :id", id=first)
    _sql(chain, "UPDATE auditevent SET seq = 60 WHERE id = :id", id=second)
    _sql(chain, "UPDATE auditevent SET seq = 61 WHERE id = :id", id=first)
    code, out = _run_verify(config_path)
    assert code == 1
    assert f"seq 60 (id {second})" in out


def test_events_cut_off_the_end_are_found_by_the_head(chain, config_path):
    _sql(chain, "DELETE FROM auditevent WHERE seq > 115")
    code, out = _run_verify(config_path)
    assert code == 1
    assert "seq 116" in out and "events after seq 115 are missing" in out


def test_cut_off_events_stay_found_after_the_next_append(chain, config_path):
    _sql(chain, "DELETE FROM auditevent WHERE seq > 115")
    _append(chain, transactions=1)
    code, out = _run_verify(config_path)
    assert code == 1
    assert f"seq 121 (id {_id_at(chain, 121)})" in out and "seq 116" in out


def test_a_deleted_head_is_found(chain, config_path):
    _sql(chain, "DELETE FROM audithead")
    code, out = _run_verify(config_path)
    assert code == 1
    assert f"seq 120 (id {_id_at(chain, 120)})" in out and "head" in out


def test_an_append_after_the_head_was_lost_goes_on_and_says_so(chain, config_path):
    _sql(chain, "DELETE FROM audithead")
    _append(chain, transactions=1)
    code, out = _run_verify(config_path)
    assert code == 0, out
    rebuilt = [e for e in _events(chain) if e.event == "audit.head_rebuilt"]
    assert [(e.seq, e.details) for e in rebuilt] == [(121, {"from_seq": 120})]


def test_an_event_written_outside_the_chain_is_named_until_it_is_sealed(chain, config_path):
    _sql(chain, "INSERT INTO auditevent (at, actor, event, details, scrubbed) VALUES "
         "('2026-03-10 09:00:00.000000', 'smtp', 'inbound.received', '{}', 0)")
    stray = max(e.id for e in _events(chain) if e.seq is None)
    code, out = _run_verify(config_path)
    assert code == 1 and f"(id {stray})" in out
    _append(chain, transactions=1)
    assert _run_verify(config_path)[0] == 0
    assert next(e.seq for e in _events(chain) if e.id == stray) == 121


def test_scrubbing_a_cases_details_keeps_the_chain_valid(chain, config_path):
    before = {e.id: e.details_digest for e in _events(chain) if e.case_id == 3}
    with chain.transaction() as session:
        count = scrub_details(session, [3], actor="staff:mette")
    after = [e for e in _events(chain) if e.id in before]
    code, out = _run_verify(config_path)
    assert code == 0, out
    assert count == len(before) > 0
    assert all(e.details == SCRUBBED and e.scrubbed for e in after)
    assert {e.id: e.details_digest for e in after} == before
    last = _events(chain)[-1]
    assert (last.event, last.case_id, last.actor, last.details) == (
        "audit.scrubbed", 3, "staff:mette", {"events": count, "cases": [3]})


def test_scrubbing_single_events_leaves_the_others(chain, config_path):
    target = _id_at(chain, 12)
    with chain.transaction() as session:
        assert scrub_details(session, event_ids=[target]) == 1
    scrubbed = [e.id for e in _events(chain) if e.scrubbed]
    assert scrubbed == [target]
    assert _run_verify(config_path)[0] == 0


def test_a_scrubbed_events_details_cannot_be_rewritten(chain, config_path):
    with chain.transaction() as session:
        scrub_details(session, 3)
    target = next(e for e in _events(chain) if e.case_id == 3)
    _sql(chain, "UPDATE auditevent SET details = '{\"ref\": \"C0\"}' WHERE id = :id",
         id=target.id)
    code, out = _run_verify(config_path)
    assert code == 1 and f"seq {target.seq} (id {target.id})" in out


def test_scrubbing_in_the_same_transaction_as_the_event_keeps_its_digest(db, config_path):
    with db.transaction() as session:
        audit(session, "plan.executed", actor="worker", case_id=9, details={"deleted": 4})
        scrub_details(session, [9])
    executed = next(e for e in _events(db) if e.event == "plan.executed")
    assert executed.details == SCRUBBED
    assert executed.details_digest == details_digest({"deleted": 4})
    assert _run_verify(config_path)[0] == 0


def test_appending_reads_the_head_not_the_table(chain):
    """An append's statements reach audit rows by index (seq IS NULL, id), never by scan."""
    statements: list[tuple[str, Any]] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        if not executemany and statement.lstrip().upper().startswith(("SELECT", "UPDATE")):
            statements.append((statement, parameters))

    event.listen(chain.engine, "before_cursor_execute", record)
    try:
        _append(chain, transactions=1, per_transaction=1)
    finally:
        event.remove(chain.engine, "before_cursor_execute", record)
    assert any("audithead" in s for s, _ in statements)
    with chain.engine.connect() as conn:
        plans = [str(conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {s}", p).all())
                 for s, p in statements]
    assert plans and not any("SCAN auditevent" in plan for plan in plans), plans


@pytest.mark.postgres
def test_concurrent_appends_on_postgresql_stay_one_chain(pg_db, tmp_path):
    barrier = threading.Barrier(2)
    errors: list[BaseException] = []

    def writer(name: str) -> None:
        try:
            barrier.wait()
            for n in range(40):
                with pg_db.transaction() as session:
                    for i in range(3):
                        audit(session, "case.open", actor=name, case_id=n, details={"i": i})
        except BaseException as exc:  # reported below: a thread's failure fails the test
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(f"w{k}",)) for k in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    verdict = verify(pg_db)
    assert errors == []
    assert verdict.ok, verdict.summary()
    assert verdict.events == 240 and verdict.head_seq == 240
    events = _events(pg_db)
    assert sorted(e.seq for e in events) == list(range(1, 241))
    assert sorted(e.actor for e in events) == ["w0"] * 120 + ["w1"] * 120


def test_events_from_before_the_chain_are_sealed_by_the_first_append(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    db = Database.from_url(url)
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    for n in range(5):
        _sql(db, "INSERT INTO auditevent (at, actor, event, details) VALUES "
             "(:at, 'worker', 'case.open', :details)",
             at=f"2025-01-0{n + 1} 10:00:00.000000", details=f'{{"n": {n}}}')
    migrate(db.engine)
    before = verify(db)
    _append(db, transactions=1)
    after, events = verify(db), _events(db)
    db.dispose()
    assert before.ok and (before.events, before.unsealed) == (0, 5)
    assert after.ok and after.events == 8
    assert [e.seq for e in events] == list(range(1, 9))
    assert [e.details for e in events[:5]] == [{"n": n} for n in range(5)]


async def test_the_services_normal_flow_leaves_a_chain_that_verifies(tmp_path, monkeypatch):
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail(ACCESS_DA, sender=JENS, name="Jens Nielsen")
        (queued,) = await s.queue()
        code, text = await s.cli("queue", "approve", str(queued["id"]), "--staff", "mette")
        assert code == 0, text
        await s.delivered(2)
        await s.settle()
        events = _events(s.bot.db)
        code, out = _run_verify(s.config_path, "--json")
    kinds = {e.event for e in events}
    assert code == 0, out
    assert '"ok": true' in out
    assert {"inbound.received", "case.opened", "plan.approved"} <= kinds, kinds
    assert all(e.seq is not None for e in events)
