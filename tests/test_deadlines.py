"""Deadlines: the extension notice (R-DL-03, gdpr-dk.md §5.6) and the staff reminders on day 14
and 21 (R-DL-02), with the clock set by DSRBOT_NOW and dates counted in Copenhagen."""

from __future__ import annotations

import asyncio
import json
from datetime import date, datetime
from email import message_from_bytes
from email.header import decode_header, make_header
from email.policy import default

import pytest
from sqlmodel import col, select

from bot.cases.deadlines import ExtensionError, extend_case, reminder_job
from bot.cases.lifecycle import open_case, transition
from bot.cases.views import case_row
from bot.outbound.render import Renderer
from bot.store.models import AuditEvent, Case, Outbox
from bot.timeutil import reset_clock
from tests.conftest import make_config
from tests.scenario import body, scene
from tests.service import wait_for

JENS = "jens.nielsen@mail.example.com"
NAME = "Jens Nielsen"
SUBJECT = "Mine oplysninger hos Smedeværkstedet Nielsen"
REASON = "Vores jobarkiv for 2019-2021 ligger på papir og skal gennemgås i hånden."
JAN_31 = "2026-01-31T10:00:00+01:00"  # due 28 February, at most 30 April when extended
MAR_02 = "2026-03-02T10:00:00+01:00"  # day 14 is 16 March, day 21 is 23 March
STAFF = "kontor@clsmed.dk"


def at(monkeypatch: pytest.MonkeyPatch, instant: str) -> None:
    """Set the process clock (contracts §5)."""
    monkeypatch.setenv("DSRBOT_NOW", instant)
    reset_clock()


def make_case(db, received: str, *, status: str = "open", language: str = "da",
              **fields) -> str:
    """A case received at `received` (ISO instant), moved on to `status`; its reference."""
    path = {"open": ["open"], "awaiting_verification": ["open", "awaiting_verification"],
            "awaiting_approval": ["open", "awaiting_approval"], "triage": ["triage"],
            "answered": ["open", "answered"], "closed": ["open", "closed"]}[status]
    with db.transaction() as session:
        case = open_case(session, channel="smtp", received_at=datetime.fromisoformat(received),
                         requester_email=JENS, requester_email_norm=JENS, requester_name=NAME,
                         subject=SUBJECT, intents=["access", "erasure"], language=language,
                         **fields)
        for step in path:
            transition(session, case, step, actor="test")
        assert case.ref is not None
        return case.ref


def extend(db, config, ref: str, reason: str = REASON, **kwargs) -> Case:
    with db.transaction() as session:
        return extend_case(session, config, Renderer(config), ref, reason, "mette", **kwargs)


def case_of(db, ref: str) -> Case:
    with db.reading() as session:
        return session.exec(select(Case).where(Case.ref == ref)).one()


def outbox(db, kind: str) -> list[Outbox]:
    with db.reading() as session:
        return list(session.exec(select(Outbox).where(Outbox.kind == kind)
                                 .order_by(col(Outbox.id))))


def text(row: Outbox) -> tuple[str, str]:
    """(subject, plain-text body) of a queued mail."""
    msg = message_from_bytes(row.raw, policy=default)
    return str(msg["Subject"]), msg.get_content()


def events(db, name: str) -> list[AuditEvent]:
    with db.reading() as session:
        return list(session.exec(select(AuditEvent).where(AuditEvent.event == name)))


# --- the extension notice (R-DL-03, §5.6) -------------------------------------------------


def test_r_dl_03_extension_before_the_due_date_sends_the_notice(db, config, monkeypatch):
    ref = make_case(db, JAN_31)
    at(monkeypatch, "2026-02-20T09:00:00+01:00")
    extend(db, config, ref)
    (notice,) = outbox(db, "extension")
    subject, text_ = text(notice)
    assert notice.to_addr == JENS and ref in subject
    assert "30. april 2026" in text_ and "28. februar 2026" in text_
    assert REASON in text_ and "Datatilsynet" in text_ and "Carl Jacobsens Vej 35" in text_


def test_r_dl_03_extension_moves_the_due_date(db, config, monkeypatch):
    ref = make_case(db, JAN_31)
    at(monkeypatch, "2026-02-20T09:00:00+01:00")
    extend(db, config, ref)
    case = case_of(db, ref)
    assert case.due_at == date(2026, 2, 28) and case.extended_due_at == date(2026, 4, 30)
    assert case.extension_reason == REASON and case.extension_notice_at is not None
    assert case_row(case)["due_at"] == "2026-04-30"


def test_r_dl_03_extension_audit_holds_the_dates_not_the_reason(db, config, monkeypatch):
    ref = make_case(db, JAN_31)
    at(monkeypatch, "2026-02-20T09:00:00+01:00")
    extend(db, config, ref)
    (event,) = events(db, "case.extended")
    assert event.details == {"due_at": "2026-02-28", "extended_due_at": "2026-04-30"}
    assert event.actor == "staff:mette"
    with db.reading() as session:
        trail = json.dumps([e.details for e in session.exec(select(AuditEvent))])
    assert "jobarkiv" not in trail and JENS not in trail


def test_r_dl_03_extension_refused_on_the_due_date(db, config, monkeypatch):
    ref = make_case(db, JAN_31)
    at(monkeypatch, "2026-02-28T08:00:00+01:00")
    with pytest.raises(ExtensionError, match="due 2026-02-28"):
        extend(db, config, ref)
    assert case_of(db, ref).extended_due_at is None and outbox(db, "extension") == []


def test_r_dl_03_extension_refused_after_the_due_date(db, config, monkeypatch):
    ref = make_case(db, JAN_31)
    at(monkeypatch, "2026-03-02T12:00:00+01:00")
    with pytest.raises(ExtensionError, match=r"due 2026-02-28.*before the due date"):
        extend(db, config, ref)
    assert case_of(db, ref).extended_due_at is None and outbox(db, "extension") == []


def test_r_dl_03_the_due_date_begins_at_midnight_in_copenhagen(db, config, monkeypatch):
    """23:30 UTC on 27 February is already 28 February in Copenhagen: too late."""
    ref = make_case(db, JAN_31)
    at(monkeypatch, "2026-02-27T23:30:00+00:00")
    with pytest.raises(ExtensionError, match="due 2026-02-28"):
        extend(db, config, ref)


def test_r_dl_03_the_evening_before_the_due_date_is_still_in_time(db, config, monkeypatch):
    ref = make_case(db, JAN_31)
    at(monkeypatch, "2026-02-27T23:30:00+01:00")
    assert extend(db, config, ref).extended_due_at == date(2026, 4, 30)


def test_r_dl_03_never_more_than_three_months_from_receipt(db, config, monkeypatch):
    """Received 31 January: the extended answer is due 30 April at the latest."""
    ref = make_case(db, JAN_31)
    at(monkeypatch, "2026-02-10T09:00:00+01:00")
    with pytest.raises(ExtensionError, match="past 2026-04-30"):
        extend(db, config, ref, until=date(2026, 5, 1))
    assert case_of(db, ref).extended_due_at is None
    assert extend(db, config, ref).extended_due_at == date(2026, 4, 30)


def test_r_dl_03_three_months_count_from_the_copenhagen_receipt_date(db, config, monkeypatch):
    """23:30 UTC on 31 January is 1 February in Copenhagen: due 1 March, at most 1 May."""
    ref = make_case(db, "2026-01-31T23:30:00+00:00")
    at(monkeypatch, "2026-02-10T09:00:00+01:00")
    case = extend(db, config, ref)
    assert case.due_at == date(2026, 3, 1) and case.extended_due_at == date(2026, 5, 1)


def test_r_dl_03_a_shorter_extension_may_be_chosen(db, config, monkeypatch):
    ref = make_case(db, JAN_31)
    at(monkeypatch, "2026-02-10T09:00:00+01:00")
    extend(db, config, ref, until=date(2026, 3, 31))
    assert case_of(db, ref).extended_due_at == date(2026, 3, 31)
    assert "31. marts 2026" in text(outbox(db, "extension")[0])[1]


def test_r_dl_03_an_extension_must_end_after_the_due_date(db, config, monkeypatch):
    ref = make_case(db, JAN_31)
    at(monkeypatch, "2026-02-10T09:00:00+01:00")
    with pytest.raises(ExtensionError, match="not after the due date 2026-02-28"):
        extend(db, config, ref, until=date(2026, 2, 28))


def test_r_dl_03_no_second_extension(db, config, monkeypatch):
    ref = make_case(db, JAN_31)
    at(monkeypatch, "2026-02-10T09:00:00+01:00")
    extend(db, config, ref, until=date(2026, 3, 31))
    with pytest.raises(ExtensionError, match="already extended to 2026-03-31"):
        extend(db, config, ref)
    assert case_of(db, ref).extended_due_at == date(2026, 3, 31)
    assert len(outbox(db, "extension")) == 1


@pytest.mark.parametrize("reason", ["", "   ", "complex", "travlt i dag  "])
def test_r_dl_03_a_concrete_reason_is_required(db, config, monkeypatch, reason):
    ref = make_case(db, JAN_31)
    at(monkeypatch, "2026-02-10T09:00:00+01:00")
    with pytest.raises(ExtensionError, match="concrete reason of at least 15 characters"):
        extend(db, config, ref, reason)
    assert case_of(db, ref).extended_due_at is None and outbox(db, "extension") == []


@pytest.mark.parametrize("status", ["answered", "closed"])
def test_extension_refused_for_a_finished_case(db, config, monkeypatch, status):
    ref = make_case(db, JAN_31, status=status)
    at(monkeypatch, "2026-02-10T09:00:00+01:00")
    with pytest.raises(ExtensionError, match=f"is {status}"):
        extend(db, config, ref)


def test_extension_of_an_unknown_case_is_refused(db, config):
    with pytest.raises(ExtensionError, match="no case DSR-2026-99999"):
        extend(db, config, "DSR-2026-99999")


def test_extension_accepts_the_case_number(db, config, monkeypatch):
    ref = make_case(db, JAN_31)
    at(monkeypatch, "2026-02-10T09:00:00+01:00")
    number = str(case_of(db, ref).id)
    assert extend(db, config, number).ref == ref


def test_extension_goes_to_the_verified_address_on_file(db, config, monkeypatch):
    ref = make_case(db, JAN_31, verify_address="jens@firma.example.com",
                    verified_at=datetime.fromisoformat("2026-02-02T10:00:00+01:00"))
    at(monkeypatch, "2026-02-10T09:00:00+01:00")
    extend(db, config, ref)
    assert [m.to_addr for m in outbox(db, "extension")] == ["jens@firma.example.com"]


def test_extension_notice_is_in_the_language_of_the_request(db, config, monkeypatch):
    ref = make_case(db, JAN_31, language="en")
    at(monkeypatch, "2026-02-10T09:00:00+01:00")
    extend(db, config, ref, "The job archive for 2019-2021 is on paper and must be searched.")
    subject, text_ = text(outbox(db, "extension")[0])
    assert "extending the deadline" in subject
    assert "30 April 2026" in text_ and "on paper" in text_ and "Datatilsynet" in text_


def test_extension_notice_says_what_has_been_done_so_far(db, config, monkeypatch):
    ref = make_case(db, JAN_31, status="awaiting_approval")
    at(monkeypatch, "2026-02-10T09:00:00+01:00")
    extend(db, config, ref)
    assert "en medarbejder gennemgår nu vores svar" in text(outbox(db, "extension")[0])[1]


# --- staff reminders (R-DL-02) ---------------------------------------------------------------


@pytest.fixture
def staff_config(tmp_path):
    return make_config(tmp_path, notify={"staff_address": STAFF})


def remind(db, config) -> int:
    return reminder_job(db, config, Renderer(config))


def test_r_dl_02_no_reminder_on_day_13(db, staff_config, monkeypatch):
    make_case(db, MAR_02)
    at(monkeypatch, "2026-03-15T23:00:00+01:00")
    assert remind(db, staff_config) == 0 and outbox(db, "reminder") == []


def test_r_dl_02_reminder_on_day_14_to_the_staff_address(db, staff_config, monkeypatch):
    ref = make_case(db, MAR_02)
    at(monkeypatch, "2026-03-16T07:00:00+01:00")
    assert remind(db, staff_config) == 1
    (mail,) = outbox(db, "reminder")
    subject, text_ = text(mail)
    assert mail.to_addr == STAFF and ref in subject and "dag 14" in subject
    assert "2. april 2026" in text_ and "Der er 17 dage tilbage" in text_
    assert case_of(db, ref).reminders_sent == [14]


def test_r_dl_02_a_reminder_is_not_sent_twice(db, staff_config, monkeypatch):
    make_case(db, MAR_02)
    at(monkeypatch, "2026-03-16T07:00:00+01:00")
    assert remind(db, staff_config) == 1
    assert remind(db, staff_config) == 0
    at(monkeypatch, "2026-03-20T07:00:00+01:00")
    assert remind(db, staff_config) == 0
    assert len(outbox(db, "reminder")) == 1


def test_r_dl_02_reminder_on_day_21(db, staff_config, monkeypatch):
    ref = make_case(db, MAR_02)
    at(monkeypatch, "2026-03-16T07:00:00+01:00")
    remind(db, staff_config)
    at(monkeypatch, "2026-03-23T07:00:00+01:00")
    assert remind(db, staff_config) == 1
    assert [text(m)[0].split(":")[0] for m in outbox(db, "reminder")] == [
        "Påmindelse dag 14", "Påmindelse dag 21"]
    assert case_of(db, ref).reminders_sent == [14, 21]
    assert [e.details["day"] for e in events(db, "case.reminded")] == [14, 21]


def test_r_dl_02_a_case_found_late_gets_only_the_latest_reminder(db, staff_config, monkeypatch):
    ref = make_case(db, MAR_02)
    at(monkeypatch, "2026-04-06T07:00:00+02:00")  # day 35: overdue since 2 April
    assert remind(db, staff_config) == 1
    (mail,) = outbox(db, "reminder")
    assert "dag 21" in text(mail)[0] and "overskredet med 4 dage" in text(mail)[1]
    assert case_of(db, ref).reminders_sent == [21]


@pytest.mark.parametrize("status", ["answered", "closed"])
def test_r_dl_02_no_reminder_for_a_finished_case(db, staff_config, monkeypatch, status):
    make_case(db, MAR_02, status=status)
    at(monkeypatch, "2026-03-23T07:00:00+01:00")
    assert remind(db, staff_config) == 0


@pytest.mark.parametrize("status", ["triage", "awaiting_verification", "awaiting_approval"])
def test_r_dl_02_every_unanswered_case_is_reminded(db, staff_config, monkeypatch, status):
    make_case(db, MAR_02, status=status)
    at(monkeypatch, "2026-03-16T07:00:00+01:00")
    assert remind(db, staff_config) == 1
    assert f"Status:       {status}" in text(outbox(db, "reminder")[0])[1]


def test_r_dl_02_without_a_staff_address_the_privacy_address_is_reminded(db, config,
                                                                           monkeypatch):
    make_case(db, MAR_02)
    at(monkeypatch, "2026-03-16T07:00:00+01:00")
    remind(db, config)
    assert [m.to_addr for m in outbox(db, "reminder")] == ["privacy@clsmed.dk"]


def test_r_dl_02_a_reminder_holds_no_personal_data(db, staff_config, monkeypatch):
    ref = make_case(db, MAR_02)
    at(monkeypatch, "2026-03-16T07:00:00+01:00")
    remind(db, staff_config)
    (mail,) = outbox(db, "reminder")
    raw = mail.raw.decode("utf-8", "replace") + "".join(text(mail))
    assert ref in raw
    for personal in (JENS, "jens.nielsen", "Jens", "Nielsen", "Smedeværkstedet"):
        assert personal not in raw
    details = json.dumps([e.details for e in events(db, "case.reminded")])
    assert "jens" not in details.casefold()


def test_r_dl_02_days_are_counted_in_copenhagen(db, staff_config, monkeypatch):
    """Received 00:30 on 2 March in Copenhagen (23:30 UTC on 1 March): day 14 is 16 March."""
    make_case(db, "2026-03-01T23:30:00+00:00")
    at(monkeypatch, "2026-03-15T22:30:00+00:00")  # 23:30 on 15 March in Copenhagen
    assert remind(db, staff_config) == 0
    at(monkeypatch, "2026-03-15T23:30:00+00:00")  # 00:30 on 16 March in Copenhagen
    assert remind(db, staff_config) == 1


def test_r_dl_02_reminder_days_come_from_the_configuration(db, tmp_path, monkeypatch):
    config = make_config(tmp_path, deadlines={"remind_days": ["7"]})
    ref = make_case(db, MAR_02)
    at(monkeypatch, "2026-03-09T07:00:00+01:00")
    assert remind(db, config) == 1
    at(monkeypatch, "2026-03-23T07:00:00+01:00")
    assert remind(db, config) == 0
    assert case_of(db, ref).reminders_sent == [7]


def test_r_dl_02_an_extended_case_shows_its_new_due_date(db, staff_config, monkeypatch):
    ref = make_case(db, MAR_02)
    at(monkeypatch, "2026-03-10T07:00:00+01:00")
    extend(db, staff_config, ref)
    at(monkeypatch, "2026-03-16T07:00:00+01:00")
    remind(db, staff_config)
    subject, text_ = text(outbox(db, "reminder")[0])
    assert "2. juni 2026" in subject and "(forlænget)" in text_ and "cases extend" not in text_


def test_r_dl_02_reminders_on_postgresql(pg_db, staff_config, monkeypatch):
    """The candidate query on the real PostgreSQL: ages 13, 14, 21 and 35 days, one answered."""
    refs = [make_case(pg_db, received) for received in (
        "2026-03-10T10:00:00+01:00", "2026-03-09T10:00:00+01:00", "2026-03-02T10:00:00+01:00",
        "2026-02-16T10:00:00+01:00")]
    make_case(pg_db, "2026-02-16T10:00:00+01:00", status="answered")
    at(monkeypatch, "2026-03-23T07:00:00+01:00")
    assert remind(pg_db, staff_config) == 3
    assert remind(pg_db, staff_config) == 0
    assert [case_of(pg_db, r).reminders_sent for r in refs] == [None, [14], [21], [21]]


# --- end to end: the real service, mail in by SMTP, mail out in the Maildir ---------------


ACCESS_DA = "Hej\n\nJeg vil gerne have indsigt i de personoplysninger, I har om mig.\n\nJens"


async def _one_case(s) -> str:
    await s.mail(ACCESS_DA, sender=JENS, name=NAME)
    (case,) = await s.cases()
    return str(case["ref"])


def subject_of(msg) -> str:
    return str(make_header(decode_header(msg["Subject"])))


async def _arrived(s, wanted) -> list:
    """The Maildir's mails that match `wanted`, once at least one has landed."""
    await wait_for(lambda: any(wanted(m) for m in s.outbox()), timeout=20)
    await asyncio.sleep(0.3)  # a duplicate, if there were one, would land meanwhile
    return [m for m in s.outbox() if wanted(m)]


async def test_extension_notice_reaches_the_requester_end_to_end(tmp_path, monkeypatch):
    async with scene(tmp_path, monkeypatch) as s:
        ref = await _one_case(s)
        with s.bot.db.transaction() as session:
            extend_case(session, s.config, Renderer(s.config), ref, REASON, "mette")
        (notice,) = await _arrived(s, lambda m: "forlænger svarfristen" in subject_of(m))
        cases = await s.cases()
    assert notice["To"] == JENS
    text_ = body(notice)
    assert REASON in text_ and "10. juni 2026" in text_ and "Datatilsynet" in text_
    assert cases[0]["due_at"] == "2026-06-10"


async def test_staff_reminder_reaches_the_staff_mailbox_end_to_end(tmp_path, monkeypatch):
    async with scene(tmp_path, monkeypatch, notify={"staff_address": STAFF}) as s:
        ref = await _one_case(s)
        at(monkeypatch, "2026-03-24T09:00:00+01:00")  # day 14; the scheduler may also run
        reminder_job(s.bot.db, s.config, Renderer(s.config))
        reminders = await _arrived(
            s, lambda m: m["To"] == STAFF and "Påmindelse" in subject_of(m))
    assert len(reminders) == 1 and ref in subject_of(reminders[0])
    assert JENS not in reminders[0].as_string()


async def test_cases_extend_through_the_cli(tmp_path, monkeypatch):
    async with scene(tmp_path, monkeypatch) as s:
        ref = await _one_case(s)
        code, short = await s.cli("cases", "extend", ref, "--reason", "travlt")
        assert code == 1 and "concrete reason" in short
        code, out = await s.cli("cases", "extend", ref, "--reason", REASON, "--staff", "mette")
        assert code == 0 and "2026-06-10" in out, out
        code, again = await s.cli("cases", "extend", ref, "--reason", REASON)
        assert code == 1 and "no second extension" in again
        notices = await _arrived(s, lambda m: "forlænger svarfristen" in subject_of(m))
    assert [m["To"] for m in notices] == [JENS]
