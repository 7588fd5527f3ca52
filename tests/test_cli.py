"""The dsrbot command as other tools drive it (contracts §2 and §4)."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlmodel import select

from bot.cases.lifecycle import open_case, transition
from bot.staff import check_password
from bot.store.db import Database, migrate
from bot.store.models import Action, AuditEvent, Case, StaffUser
from bot.timeutil import utcnow
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


def _case_waiting_for_approval(db: Database, kinds: tuple[str, ...]) -> tuple[int, list[int]]:
    with db.transaction() as session:
        case = open_case(session, channel="smtp", received_at=datetime(2026, 1, 31, 9, tzinfo=UTC),
                         intents=["erasure"], requester_email="jens@mail.example.com")
        transition(session, case, "open", actor="test")
        transition(session, case, "awaiting_approval", actor="test")
        actions = [Action(case_id=case.id, kind=k, subject_ref="C1002", plan={"delete": ["x"]},
                          created_at=utcnow()) for k in kinds]
        session.add_all(actions)
        session.flush()
        assert case.id is not None
        return case.id, [a.id for a in actions if a.id is not None]


def test_help_explains_itself(workdir):
    result = dsrbot("--help", cwd=workdir)
    assert result.returncode == 0
    for word in ("serve", "import-register", "classify", "cases", "queue", "data-subject"):
        assert word in result.stdout
    assert "approve" in dsrbot("queue", "--help", cwd=workdir).stdout


def test_cases_list_json_has_contract_fields(workdir, cli_db):
    case_id, _ = _case_waiting_for_approval(cli_db, ("erase",))
    result = dsrbot("cases", "list", "--json", cwd=workdir)
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 1
    row = rows[0]
    assert row["id"] == case_id and row["status"] == "awaiting_approval"
    assert row["intents"] == ["erasure"] and row["requester"] == "jens@mail.example.com"
    assert row["received_at"].startswith("2026-01-31") and row["due_at"] == "2026-02-28"


def test_queue_approve_and_reject(workdir, cli_db):
    case_id, (first, second) = _case_waiting_for_approval(cli_db, ("erase", "send_extract"))
    listed = [json.loads(line) for line in dsrbot("queue", "list", "--json", cwd=workdir).stdout
              .splitlines()]
    assert [r["id"] for r in listed] == [first, second]
    assert {"id", "case_id", "kind", "subject_ref", "created_at"} <= set(listed[0])

    missing_reason = dsrbot("queue", "reject", str(first), cwd=workdir)
    assert missing_reason.returncode != 0 and "--reason" in missing_reason.stderr

    assert dsrbot("queue", "approve", str(first), "--staff", "mette", cwd=workdir).returncode == 0
    again = dsrbot("queue", "approve", str(first), cwd=workdir)
    assert again.returncode == 1 and "already approved" in again.stderr
    rejected = dsrbot("queue", "reject", str(second), "--reason", "Forkert person",
                      "--staff", "mette", cwd=workdir)
    assert rejected.returncode == 0, rejected.stderr
    with cli_db.transaction() as session:
        actions = {a.id: a for a in session.exec(select(Action))}
        case = session.get(Case, case_id)
        events = [e.event for e in session.exec(select(AuditEvent))]
    assert actions[first].status == "approved" and actions[first].decided_by == "mette"
    assert actions[second].status == "rejected" and actions[second].reason == "Forkert person"
    assert case is not None and case.status == "open"  # a rejected plan goes back for a new one
    assert "action.approved" in events and "action.rejected" in events
    assert dsrbot("queue", "list", "--json", cwd=workdir).stdout == ""


def test_approving_the_last_action_moves_the_case_to_executing(workdir, cli_db):
    case_id, (only,) = _case_waiting_for_approval(cli_db, ("erase",))
    assert dsrbot("queue", "approve", str(only), cwd=workdir).returncode == 0
    with cli_db.transaction() as session:
        case = session.get(Case, case_id)
    assert case is not None and case.status == "executing"


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
