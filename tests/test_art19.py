"""Art. 19 (gdpr-dk.md §1.6, R-NT-01, R-NT-02): the configured recipients are told of an
executed erasure, rectification or restriction, each notice is recorded, and the requester
is told who they were."""

from __future__ import annotations

import contextlib
import email
import email.policy
import json
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import replace
from datetime import date
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, col, select

from bot.cases.art19 import change_of, notify_recipients, told_in_reply
from bot.cases.facts import case_facts, settings_for
from bot.cases.kinds import Intent, ItemAction, RecordKind
from bot.cases.lifecycle import open_case
from bot.cases.plans import store_plan
from bot.cases.runner import Run, carry_out
from bot.config import Config, RecipientConfig, load_config
from bot.outbound.render import Renderer, Reply
from bot.register.io import import_register, parse_register
from bot.register.snapshot import take_snapshot
from bot.retention.dates import FinancialYear
from bot.store.db import Database, migrate
from bot.store.models import Art19Notice, AuditEvent, Outbox, Plan
from bot.timeutil import reset_clock, utcnow
from handlers import registry
from handlers.contract import CaseFacts, Item, Outcome, Settings
from tests.conftest import make_config
from tests.scenario import REGISTER, Scene, body, scenario_raw, write_config
from tests.service import running

NOW = "2026-03-10T10:00:00+01:00"
JENS = "jens.nielsen@mail.example.com"
AUDITOR = RecipientConfig("Revisionsfirmaet Vestergaard & Co", "revision@vestergaard.example.dk")
HOSTING = RecipientConfig("IT Drift ApS (hosting)", "")  # no address: staff tell it
ERASURE_ONLY = RecipientConfig("Smedens Underleverandør ApS", "info@under.example.dk",
                               ("erasure",))
ERASE = "Slet venligst alle mine personoplysninger hos jer."
NEW_PHONE = "Hej, mit nye telefonnummer er 22 33 44 55. Mvh Jens"
JENS_DATA = ("Jens", "Nielsen", "Søndergade", "20 11 22 33", "+4520112233", JENS)


@pytest.fixture(autouse=True)
def _at_now(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DSRBOT_NOW", NOW)
    reset_clock()


World = Callable[..., tuple[Config, Database]]


@pytest.fixture
def world(tmp_path: Path) -> Iterator[World]:
    """Builds (config with these recipients, its database with the scenario register)."""
    opened: list[Database] = []

    def build(*recipients: RecipientConfig) -> tuple[Config, Database]:
        config = replace(make_config(tmp_path), recipients=recipients)
        database = Database.from_url(config.database.url)
        opened.append(database)
        migrate(database.engine)
        with database.transaction() as session:
            import_register(session, parse_register(REGISTER.read_text("utf-8")))
        return config, database

    yield build
    for database in opened:
        database.dispose()


def _execute(db: Database, config: Config, intent: Intent, text: str = "") -> int:
    """A request from Jens planned by the real handler and carried out by the runner."""
    with db.transaction() as session:
        case = open_case(session, channel="smtp", received_at=utcnow(), requester_email=JENS,
                         requester_email_norm=JENS, intents=[intent.value],
                         sender_authenticated=True)
        facts = replace(case_facts(case, None), text=text)
        outcome = registry()[intent].plan(facts, take_snapshot(session, JENS),
                                          settings_for(config))
        plan = store_plan(session, case.id, intent.value, outcome)
        carry_out(Run(session, config, Renderer(config), {}, case), plan)
        assert plan.id is not None
        return plan.id


def _notices(db: Database) -> list[Art19Notice]:
    with db.reading() as session:
        return list(session.exec(select(Art19Notice).order_by(col(Art19Notice.id))))


def _mails(db: Database) -> list[EmailMessage]:
    with db.reading() as session:
        rows = session.exec(select(Outbox).where(Outbox.kind == "art19")).all()
        return [email.message_from_bytes(r.raw, policy=email.policy.default)
                for r in rows]


def _text(msg: EmailMessage) -> str:
    part = msg.get_body(preferencelist=("plain",))
    assert part is not None
    return str(part.get_content())


# --- who is told of what -----------------------------------------------------------------


def test_R_NT_01_an_erasure_records_a_notice_per_recipient_and_mails_those_with_an_address(
        world: World) -> None:
    config, db = world(AUDITOR, HOSTING)
    plan_id = _execute(db, config, Intent.ERASURE, ERASE)
    notices = _notices(db)
    assert [(n.recipient, n.address, n.what, n.plan_id) for n in notices] == [
        (AUDITOR.name, AUDITOR.email, "erasure", plan_id),
        (HOSTING.name, None, "erasure", plan_id)]
    assert notices[0].outbox_id is not None and notices[1].outbox_id is None
    (mail,) = _mails(db)
    assert mail["To"] == AUDITOR.email
    text = _text(mail)
    # The quality check goes, the customer record loses its phone and e-mail; the jobs
    # and invoices kept for bookkeeping are not the recipient's business.
    assert "qc-" in text and "C1001" in text and "DSR-" in text
    for kept in ("J1", "J2", "F-1001", "F-1002"):
        assert kept not in text
    for value in JENS_DATA:
        assert value not in text and value not in str(mail["Subject"])


def test_R_NT_01_rectification_notice_carries_the_corrected_field(world: World) -> None:
    config, db = world(AUDITOR)
    _execute(db, config, Intent.RECTIFICATION, NEW_PHONE)
    assert [(n.recipient, n.what) for n in _notices(db)] == [(AUDITOR.name, "rectification")]
    text = _text(_mails(db)[0])
    assert "kunde C1001: telefonnummer er nu +4522334455" in text
    assert "Slet:" not in text and "Nielsen" not in text


def test_R_NT_01_restriction_notice_names_every_restricted_record(world: World) -> None:
    config, db = world(AUDITOR)
    _execute(db, config, Intent.RESTRICTION)
    assert [n.what for n in _notices(db)] == ["restriction"]
    text = _text(_mails(db)[0])
    assert "Begræns behandlingen" in text
    for ref in ("kunde C1001", "opgave J1 hos kunde C1001", "faktura F-1001", "faktura F-1002"):
        assert ref in text


def test_R_NT_01_a_recipient_not_told_of_rectifications_is_not_told_of_one(world: World) -> None:
    config, db = world(ERASURE_ONLY)
    _execute(db, config, Intent.RECTIFICATION, NEW_PHONE)
    assert _notices(db) == [] and _mails(db) == []


def test_R_NT_01_no_recipients_configured_records_and_sends_nothing(world: World) -> None:
    config, db = world()
    _execute(db, config, Intent.ERASURE, ERASE)
    assert _notices(db) == [] and _mails(db) == []


def test_R_NT_01_an_access_plan_tells_nobody(world: World) -> None:
    config, db = world(AUDITOR, HOSTING)
    _execute(db, config, Intent.ACCESS)
    assert _notices(db) == [] and _mails(db) == []


def _sweep_plan(session: Session) -> Plan:
    items = (Item(ItemAction.DELETE, RecordKind.LEAD, "L1", "lead record", "retention ended"),)
    return store_plan(session, None, "sweep", Outcome(items=items))


def test_R_NT_01_a_sweep_tells_the_recipients_of_the_erasure_for_retention(world: World) -> None:
    config, db = world(AUDITOR)
    with db.transaction() as session:
        told = notify_recipients(session, config, Renderer(config), None, _sweep_plan(session))
    (notice,) = _notices(db)
    assert told == 1 and notice.case_id is None and notice.what == "erasure"
    (mail,) = _mails(db)
    assert "opbevare" in _text(mail) and "kundeemne L1" in _text(mail)


def test_R_NT_02_a_plan_is_told_once_and_the_audit_trail_holds_no_names(world: World) -> None:
    config, db = world(AUDITOR, HOSTING)
    with db.transaction() as session:
        plan = _sweep_plan(session)
        first = notify_recipients(session, config, Renderer(config), None, plan)
        again = notify_recipients(session, config, Renderer(config), None, plan)
    assert (first, again) == (2, 0) and len(_mails(db)) == 1
    with db.reading() as session:
        events = session.exec(select(AuditEvent).where(
            AuditEvent.event == "art19.notified")).all()
    (event,) = events
    assert event.details is not None and event.details["by_staff"] == 1
    assert "Vestergaard" not in json.dumps(event.details) and "IT Drift" not in json.dumps(
        event.details)


@pytest.mark.parametrize(("item", "change"), [
    (Item(ItemAction.DELETE, RecordKind.CONTACT, "P1", "", "", customer_ref="C2001"),
     "erasure"),
    (Item(ItemAction.UPDATE, RecordKind.CUSTOMER, "C1", "", "", field="phone", value=None),
     "erasure"),
    (Item(ItemAction.UPDATE, RecordKind.CUSTOMER, "C1", "", "", field="phone", value="+451"),
     "rectification"),
    (Item(ItemAction.RESTRICT, RecordKind.JOB, "J1", "", "", field="restriction"),
     "restriction"),
    (Item(ItemAction.KEEP, RecordKind.JOB, "J1", "", "", field="restriction"), "restriction"),
    (Item(ItemAction.KEEP, RecordKind.INVOICE, "F-1", "", "", field="bookkeeping"), None),
    (Item(ItemAction.UPDATE, RecordKind.SUPPRESSION, "marketing", "", ""), None),
    (Item(ItemAction.SEND, RecordKind.CUSTOMER, "C1", "", ""), None),
])
def test_R_NT_01_which_items_are_changes_recipients_hear_of(item: Item,
                                                            change: str | None) -> None:
    assert change_of(item) == change


# --- the requester is told who they were (art. 19, last sentence) -------------------------


def test_R_NT_01_replies_name_the_recipients_told(world: World) -> None:
    config, db = world(AUDITOR, ERASURE_ONLY)
    settings = Settings(FinancialYear(), notice={}, company={}, recipients=config.recipients)
    with db.reading() as session:
        snap = take_snapshot(session, JENS)
    replies: dict[Intent, dict[str, Any]] = {}
    for intent, text in ((Intent.ERASURE, ERASE), (Intent.RECTIFICATION, NEW_PHONE)):
        outcome = registry()[intent].plan(_facts(intent, text), snap, settings)
        replies[intent] = outcome.replies[0].context
    assert replies[Intent.ERASURE]["recipients"] == [AUDITOR.name, ERASURE_ONLY.name]
    assert replies[Intent.RECTIFICATION]["recipients"] == [AUDITOR.name]


def _facts(intent: Intent, text: str) -> CaseFacts:
    return CaseFacts(ref="DSR-2026-00001", intents=(intent,), language="da",
                     requester_email=JENS, requester_name="Jens Nielsen",
                     sender_authenticated=True, verified=False, received_on=date(2026, 3, 10),
                     due_on=date(2026, 4, 10), today=date(2026, 3, 10), flags=frozenset(),
                     text=text, auto=False)


def test_R_NT_01_nobody_told_leaves_the_reply_as_it_was() -> None:
    items = [Item(ItemAction.SEND, RecordKind.CUSTOMER, "C1", "", "")]
    assert told_in_reply(Settings(FinancialYear(), {}, {}, recipients=(AUDITOR,)), items) == {}
    assert told_in_reply(Settings(FinancialYear(), {}, {}), items) == {}


@pytest.mark.parametrize(("template", "lang", "heading"), [
    ("erasure", "da", "givet dem besked om sletningen"),
    ("erasure", "en", "have told them about the erasure"),
    ("rectification", "da", "givet dem besked om rettelsen"),
    ("rectification", "en", "have informed them of the correction"),
    ("restriction", "da", "givet dem besked om begrænsningen"),
    ("restriction", "en", "have informed them of the restriction"),
])
def test_R_NT_01_the_reply_lists_the_names(template: str, lang: str, heading: str) -> None:
    context = json.loads((Path(__file__).parent / "template_samples" / f"{template}.json")
                         .read_text("utf-8"))
    context |= {"case": {"ref": "DSR-2026-00007"}, "sent_on": "2026-03-10",
                "requester_name": None, "recipients": [AUDITOR.name, HOSTING.name]}
    text = Renderer(Config()).render(Reply(template, lang, JENS, context),
                                     "<x@clsmed.dk>").get_content()
    assert heading in text and f"  - {AUDITOR.name}\n  - {HOSTING.name}\n" in text
    assert "Reply to this e-mail if" not in text and "hvis du vil vide" not in text


# --- end to end: SMTP in, staff approve by CLI, notices in the Maildir --------------------


def _recipient_tables(*recipients: RecipientConfig) -> str:
    return "".join(f"\n[[recipients]]\nname = {json.dumps(r.name)}\n"
                   f"email = {json.dumps(r.email)}\ntells = {json.dumps(list(r.tells))}\n"
                   for r in recipients)


@contextlib.asynccontextmanager
async def _scene(tmp_path: Path, *recipients: RecipientConfig) -> AsyncIterator[Scene]:
    """tests.scenario.scene, with [[recipients]] tables in the config file it runs on."""
    config_path = tmp_path / "config.toml"
    write_config(config_path, scenario_raw(tmp_path))
    with config_path.open("a", encoding="utf-8") as handle:
        handle.write(_recipient_tables(*recipients))
    config = load_config(config_path)
    assert config.recipients == recipients
    async with running(config) as bot:
        with bot.db.transaction() as session:
            import_register(session, parse_register(REGISTER.read_text("utf-8")))
        yield Scene(bot, config, config_path)


async def test_R_NT_01_an_approved_erasure_sends_the_notice_by_mail(tmp_path: Path) -> None:
    async with _scene(tmp_path, AUDITOR, HOSTING) as s:
        await s.mail(f"Hej\n\n{ERASE}\n\nJens Nielsen", sender=JENS, name="Jens Nielsen",
                     authenticated=True)
        (queued,) = await s.queue()
        code, text = await s.cli("queue", "approve", str(queued["id"]), "--staff", "mette")
        assert code == 0, text
        mails = await s.delivered(3)
        notices = _notices(s.bot.db)
    (notice,) = [m for m in mails if m["To"] == AUDITOR.email]
    assert {m["To"] for m in mails} == {JENS, AUDITOR.email}
    text = body(notice)
    assert "Meddelelse efter GDPR artikel 19: sletning" in notice["Subject"]
    assert "kunde C1001: kun telefonnummer og e-mailadresse" in text
    for value in JENS_DATA:
        assert value not in text
    assert [(n.recipient, n.what) for n in notices] == [(AUDITOR.name, "erasure"),
                                                       (HOSTING.name, "erasure")]
