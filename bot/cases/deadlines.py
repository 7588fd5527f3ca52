"""Deadlines: extension notices (R-DL-03) and staff reminders on day 14 and 21 (R-DL-02)."""

from __future__ import annotations

import logging
import secrets
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session, col, select

from bot.cases.kinds import CaseStatus
from bot.cases.lifecycle import audit, find_case
from bot.config import Config
from bot.outbound.outbox import queue_mail
from bot.outbound.render import Renderer, Reply
from bot.outbound.replies import case_context, queue_case_mail
from bot.outbound.staff import notify_staff
from bot.retention.dates import extension_allowed, max_extended_due
from bot.store.db import Database
from bot.store.models import Case, Outbox
from bot.timeutil import COPENHAGEN, local_date, today, utcnow

log = logging.getLogger(__name__)

FINISHED = (CaseStatus.ANSWERED, CaseStatus.CLOSED)
# "Complex" is not a reason; "300 e-mails in three mailboxes must be searched" is (§5.6).
MIN_REASON_CHARS = 15
# Staff at a Danish firm read their reminders in Danish, whatever the requester wrote in.
STAFF_LANGUAGE = "da"


class ExtensionError(ValueError):
    """An extension the law or the case does not allow; the message says why."""


# --- the extension notice (§5.6, R-DL-03) -------------------------------------------------


def extend_case(session: Session, config: Config, renderer: Renderer, ident: str, reason: str,
                staff: str, *, until: date | None = None) -> Case:
    """Extend case `ident`'s answer deadline and queue the §5.6 notice to the address on file.

    The new due date is `until`, or the latest the law allows: receipt + 3 months.
    """
    case, to_addr = _extendable(session, ident)
    reason = _concrete(reason)
    old_due, new_due = case.due_at, _new_due(case, until)
    case.extended_due_at, case.extension_reason = new_due, reason
    case.extension_notice_at = case.updated_at = utcnow()
    session.add(case)
    queue_case_mail(session, config, renderer, case, template="extension", to_addr=to_addr,
                    kind="extension", context={
                        "original_due": old_due.isoformat(), "new_due": new_due.isoformat(),
                        "reason": reason, "progress": case.status})
    # The reason may name the person; it stays on the case row, not in the audit trail.
    audit(session, "case.extended", actor=f"staff:{staff}", case_id=case.id,
          details={"due_at": old_due.isoformat(), "extended_due_at": new_due.isoformat()})
    return case


def _extendable(session: Session, ident: str) -> tuple[Case, str]:
    """The case, locked, and the address its notice goes to; refused if it cannot be extended."""
    found = find_case(session, ident)
    if found is None:
        raise ExtensionError(f"no case {ident}")
    # Locked, so two staff extending at once cannot both send a notice.
    case = session.exec(select(Case).where(Case.id == found.id).with_for_update()).one()
    if case.status in FINISHED:
        raise ExtensionError(f"{case.ref} is {case.status}: there is no answer left to extend")
    if case.extended_due_at is not None:
        raise ExtensionError(f"{case.ref} was already extended to {case.extended_due_at}; "
                             "there is no second extension (R-DL-03)")
    now = today()
    if not extension_allowed(local_date(case.received_at), case.due_at, now):
        raise ExtensionError(f"{case.ref} is due {case.due_at} and today is {now}: an "
                             "extension notice must go out before the due date (R-DL-03)")
    to_addr = case.verify_address if case.verified_at else case.requester_email
    if not to_addr:
        raise ExtensionError(f"{case.ref} has no address on file to send the notice to")
    return case, to_addr


def _concrete(reason: str) -> str:
    text = reason.strip()
    if len(text) < MIN_REASON_CHARS:
        raise ExtensionError(
            f"give a concrete reason of at least {MIN_REASON_CHARS} characters: what takes "
            "time (e.g. \"the job archive for 2019-2021 is on paper and must be searched\"); "
            "it is sent to the requester (gdpr-dk.md §5.6)")
    return text


def _new_due(case: Case, until: date | None) -> date:
    received = local_date(case.received_at)
    limit = max_extended_due(received)
    if until is None:
        return limit
    if until > limit:
        raise ExtensionError(f"{case.ref}: {until} is past {limit}, three months from receipt "
                             f"on {received} (R-DL-03)")
    if until <= case.due_at:
        raise ExtensionError(f"{case.ref}: {until} is not after the due date {case.due_at}")
    return until


# --- staff reminders (R-DL-02) -------------------------------------------------------------


def reminder_job(db: Database, config: Config, renderer: Renderer) -> int:
    """Remind staff of cases that reached a reminder day; how many reminders went."""
    days = sorted({int(d) for d in config.deadlines.remind_days})
    now = today()
    if not days:
        return 0
    with db.reading() as session:
        rows = _candidates(session, days[0], now)
    sent = 0
    for case_id, day in _due(rows, days, now):
        sent += _remind_safely(db, config, renderer, case_id, day)
    if sent:
        log.info("sent %d deadline reminders to staff", sent)
    return sent


def _day_start(day: date) -> datetime:
    """The first instant of a Copenhagen calendar day, in UTC as the database stores it."""
    return datetime.combine(day, time(), tzinfo=COPENHAGEN).astimezone(UTC)


Candidate = tuple[int | None, datetime, Sequence[int] | None]


def _candidates(session: Session, first_day: int, now: date) -> Sequence[Candidate]:
    """Open cases received at least `first_day` local days ago, in one query."""
    cutoff = _day_start(now - timedelta(days=first_day - 1))
    query = select(Case.id, Case.received_at, Case.reminders_sent).where(
        col(Case.status).not_in([str(s) for s in FINISHED]), col(Case.received_at) < cutoff)
    return session.exec(query).all()


def latest_due_day(received_at: datetime, days: Sequence[int], now: date) -> int | None:
    """The last reminder day reached by `now`: a case found late gets one reminder, not two."""
    received = local_date(received_at)
    reached = [d for d in days if received + timedelta(days=d) <= now]
    return max(reached, default=None)


def _due(rows: Iterable[Candidate], days: Sequence[int], now: date) -> list[tuple[int, int]]:
    due = []
    for case_id, received_at, sent in rows:
        day = latest_due_day(received_at, days, now)
        if case_id is not None and day is not None and not _already(sent, day):
            due.append((case_id, day))
    return due


def _already(sent: Sequence[int] | None, day: int) -> bool:
    # A later reminder sent means this one is no news.
    return any(s >= day for s in sent or [])


def _remind_safely(db: Database, config: Config, renderer: Renderer, case_id: int,
                   day: int) -> int:
    # One case that cannot be reminded must not keep the others' reminders back.
    try:
        with db.transaction() as session:
            return _remind(session, config, renderer, case_id, day)
    except Exception:
        log.exception("deadline reminder for case %s failed", case_id)
        return 0


def _remind(session: Session, config: Config, renderer: Renderer, case_id: int,
            day: int) -> int:
    """Mail staff one reminder for one case, unless it was sent meanwhile (idempotent)."""
    case = session.exec(select(Case).where(Case.id == case_id).with_for_update()).one()
    if case.status in FINISHED or _already(case.reminders_sent, day):
        return 0
    due = case.extended_due_at or case.due_at
    days_left = (due - today()).days
    outbox = _queue_reminder(session, config, renderer, case, day, days_left)
    # The reminder is already the staff mail; the chat tool hears of it too.
    notify_staff(session, config, renderer, "deadline_at_risk", case, f"day {day}", mail=False)
    case.reminders_sent = [*(case.reminders_sent or []), day]  # a new list: JSON is rewritten
    session.add(case)
    audit(session, "case.reminded", actor="scheduler", case_id=case.id,
          details={"day": day, "due_at": due.isoformat(), "days_left": days_left,
                   "outbox_id": outbox.id})
    return 1


def staff_address(config: Config) -> str:
    return config.notify.staff_address or config.company.privacy_address


def _queue_reminder(session: Session, config: Config, renderer: Renderer, case: Case, day: int,
                    days_left: int) -> Outbox:
    """The reminder holds the case's reference, state and dates: nothing about the person."""
    age = (today() - local_date(case.received_at)).days
    context = {"case": case_context(case), "day": day, "age": age, "status": case.status,
               "intents": list(case.intents or []), "days_left": days_left,
               "extended": case.extended_due_at is not None}
    reply = Reply(template="staff_reminder", language=STAFF_LANGUAGE,
                  to_addr=staff_address(config), context=context)
    domain = config.company.privacy_address.rsplit("@", 1)[1]
    msg = renderer.render(reply, f"<{case.ref}.reminder{day}.{secrets.token_hex(6)}@{domain}>")
    return queue_mail(session, msg, case_id=case.id, kind="reminder", template="staff_reminder")
