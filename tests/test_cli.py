"""The dsrbot command as other tools drive it (contracts §2 and §4)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from bot.cases.kinds import ItemAction, RecordKind
from bot.cases.lifecycle import open_case, transition
from bot.cases.plans import store_plan
from bot.staff import check_password
from bot.store.db import Database, migrate
from bot.store.models import AuditEvent, Case, Plan, StaffUser
from handlers.contract import Item, Outcome
from tests.mailfactory import plain


def dsrbot(*args: str, cwd: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=cwd, input=stdin,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    (tmp_path / "config.toml").write_text(
        f'[database]\nurl = "sqlite:///{tmp_path}/cli.db"\n[company]\nown_domains = ["clsmed.dk"]\n'
    )
    return tmp_path


@pytest.fixture
def cli_db(workdir: Path):
    db = Database.from_url(f"sqlite:///{workdir}/cli.db")
    migrate(db.engine)
    yield db
    db.dispose()


def _case_waiting_for_approval(db: Database) -> tuple[int, int]:
    """A case whose erasure plan (one delete, one keep) waits for staff."""
    outcome = Outcome(items=(
        Item(ItemAction.DELETE, RecordKind.LEAD, "L9", "lead record", "no hold"),
        Item(ItemAction.KEEP, RecordKind.INVOICE, "F-1", "invoice F-1", "bookkeeping",
             until=date(2029, 12, 31), customer_ref="C1002", field="bookkeeping"),
    ), subject_refs=("C1002",))
    with db.transaction() as session:
        case = open_case(session, channel="smtp", received_at=datetime(2026, 1, 31, 9, tzinfo=UTC),
                         intents=["erasure"], requester_email="jens@mail.example.com")
        transition(session, case, "open", actor="test")
        transition(session, case, "awaiting_approval", actor="test")
        plan = store_plan(session, case.id, "erasure", outcome)
        assert case.id is not None and plan.id is not None
        return case.id, plan.id


def test_help_explains_itself(workdir):
    result = dsrbot("--help", cwd=workdir)
    assert result.returncode == 0
    for word in ("serve", "import-register", "classify", "cases", "queue", "data-subject"):
        assert word in result.stdout
    assert "approve" in dsrbot("queue", "--help", cwd=workdir).stdout


def test_cases_list_json_has_contract_fields(workdir, cli_db):
    case_id, _ = _case_waiting_for_approval(cli_db)
    result = dsrbot("cases", "list", "--json", cwd=workdir)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert row["id"] == case_id and row["status"] == "awaiting_approval"
    assert row["intents"] == ["erasure"] and row["requester"] == "jens@mail.example.com"
    assert row["received_at"].startswith("2026-01-31") and row["due_at"] == "2026-02-28"
    assert row["ref"] == "DSR-2026-00001" and row["subject_refs"] == []


def test_queue_list_shows_the_plan_as_items(workdir, cli_db):
    case_id, plan_id = _case_waiting_for_approval(cli_db)
    listed = [json.loads(line) for line in dsrbot("queue", "list", "--json", cwd=workdir)
              .stdout.splitlines()]
    assert [(r["id"], r["case_id"], r["kind"], r["subject_ref"]) for r in listed] == [
        (plan_id, case_id, "erasure", "C1002")]
    items = listed[0]["plan"]
    assert [(i["ref"], i["action"], i["until"]) for i in items] == [
        ("L9", "delete", None), ("F-1", "keep", "2029-12-31")]
    assert all({"ref", "what", "action", "reason", "until"} <= set(i) for i in items)
    assert listed[0]["created_at"]


def test_reject_takes_the_whole_plan_and_sends_the_case_to_a_person(workdir, cli_db):
    case_id, plan_id = _case_waiting_for_approval(cli_db)
    assert dsrbot("queue", "reject", str(plan_id), cwd=workdir).returncode != 0  # no reason
    rejected = dsrbot("queue", "reject", "DSR-2026-00001", "--reason", "Forkert person",
                      "--staff", "mette", cwd=workdir)
    assert rejected.returncode == 0, rejected.stderr
    with cli_db.transaction() as session:
        plan = session.get(Plan, plan_id)
        case = session.get(Case, case_id)
        events = [e.event for e in session.exec(select(AuditEvent))]
    assert plan is not None and plan.status == "rejected" and plan.decided_by == "mette"
    assert plan.reason == "Forkert person"
    assert case is not None and case.status == "triage"
    assert "plan.rejected" in events
    assert dsrbot("queue", "list", "--json", cwd=workdir).stdout == ""
    again = dsrbot("queue", "approve", str(plan_id), cwd=workdir)
    assert again.returncode == 1 and "already rejected" in again.stderr


def test_cases_show_accepts_the_reference(workdir, cli_db):
    case_id, plan_id = _case_waiting_for_approval(cli_db)
    by_ref = dsrbot("cases", "show", "DSR-2026-00001", "--json", cwd=workdir)
    by_id = dsrbot("cases", "show", str(case_id), "--json", cwd=workdir)
    assert by_ref.returncode == 0 and by_ref.stdout == by_id.stdout
    shown = json.loads(by_ref.stdout)
    assert shown["plans"][0]["id"] == plan_id and len(shown["plans"][0]["plan"]) == 2
    assert shown["audit"][0]["event"] == "case.opened"
    assert dsrbot("cases", "show", "DSR-2026-09999", cwd=workdir).returncode == 1


def test_staff_add_reads_the_password_from_stdin(workdir, cli_db):
    result = dsrbot("staff", "add", "mette", cwd=workdir, stdin="korrekt-hest-batteri\n")
    assert result.returncode == 0 and "created" in result.stdout
    assert "reset" in dsrbot("staff", "add", "mette", cwd=workdir, stdin="nyt-kodeord-1\n").stdout
    with cli_db.transaction() as session:
        user = session.exec(select(StaffUser)).one()
        assert "nyt-kodeord" not in user.password_hash and user.password_hash.startswith("$argon2")
        assert check_password(session, "mette", "nyt-kodeord-1")
        assert not check_password(session, "mette", "korrekt-hest-batteri")
    assert dsrbot("staff", "add", "kort", cwd=workdir, stdin="abc\n").returncode == 1


def test_classify_json_one_line_per_file_and_errors_go_on(workdir):
    (workdir / "a.eml").write_bytes(plain("Jeg vil gerne have indsigt i mine oplysninger."))
    (workdir / "b.eml").write_bytes(plain("Tak for tilbuddet på trappen.", message_id="<b@x>"))
    result = dsrbot("classify", "--json", "a.eml", "missing.eml", "b.eml", cwd=workdir)
    assert result.returncode == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["file"] for r in rows] == ["a.eml", "missing.eml", "b.eml"]
    assert "error" in rows[1]
    assert rows[0]["intents"] == ["access"] and rows[0]["language"] == "da"
    assert rows[2]["intents"] == []
    for row in (rows[0], rows[2]):
        assert set(row) >= {"file", "intents", "language", "confidence", "auto"}
        assert 0.0 <= row["confidence"] <= 1.0 and row["auto"] is False


def test_a_bad_config_key_is_named(workdir):
    (workdir / "config.toml").write_text('[smtp]\nprot = 25\n')
    result = dsrbot("cases", "list", cwd=workdir)
    assert result.returncode == 2 and "smtp.prot" in result.stderr


def test_inbox_list_shows_what_the_bot_did_not_take_up(workdir, cli_db):
    from bot.cases.inbound import Worker
    from bot.ingress.inbox import store_inbound
    from bot.outbound.render import Renderer
    from tests.conftest import make_config

    store_inbound(cli_db, plain("Kan I give et tilbud på en trappe?", subject="Tilbud",
                                message_id="<biz@x>", to="info@clsmed.dk"), channel="smtp",
                  mail_from="kunde@mail.example.com")
    config = make_config(workdir, database={"url": f"sqlite:///{workdir}/cli.db"})
    Worker(cli_db, config, Renderer(config)).process_available()
    result = dsrbot("inbox", "list", "--status", "not_a_request", "--json", cwd=workdir)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["status"], r["subject"], r["from"]) for r in rows] == [
        ("not_a_request", "Tilbud", "kunde@mail.example.com")]
