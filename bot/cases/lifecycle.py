"""Cases and their statuses: the allowed transitions, and one audit event per transition."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session, select

from bot.cases.kinds import CaseStatus
from bot.store.models import AuditEvent, Case
from bot.timeutil import due_date, utcnow

S = CaseStatus

# Order is data: every status a case can be in, and where it may go from there.
TRANSITIONS: dict[str, frozenset[str]] = {
    S.RECEIVED: frozenset({S.OPEN, S.TRIAGE, S.FAILED}),
    S.TRIAGE: frozenset({S.OPEN, S.CLOSED}),
    S.OPEN: frozenset({S.AWAITING_VERIFICATION, S.AWAITING_APPROVAL, S.EXECUTING, S.ANSWERED,
                       S.TRIAGE, S.CLOSED, S.FAILED}),
    S.AWAITING_VERIFICATION: frozenset({S.OPEN, S.TRIAGE, S.CLOSED}),
    S.AWAITING_APPROVAL: frozenset({S.EXECUTING, S.OPEN, S.TRIAGE, S.CLOSED}),
    # Back to awaiting_approval when the register changed under an approved plan.
    S.EXECUTING: frozenset({S.ANSWERED, S.CLOSED, S.FAILED, S.AWAITING_APPROVAL, S.TRIAGE}),
    S.ANSWERED: frozenset({S.CLOSED, S.OPEN, S.TRIAGE}),
    S.FAILED: frozenset({S.OPEN, S.TRIAGE, S.CLOSED}),
    S.CLOSED: frozenset(),
}
STATUSES = tuple(TRANSITIONS)


class TransitionError(Exception):
    """A status change that the transition table does not allow."""


def audit(
    session: Session,
    event: str,
    *,
    actor: str,
    case_id: int | None = None,
    from_status: str | None = None,
    to_status: str | None = None,
    details: dict[str, Any] | None = None,
) -> AuditEvent:
    """Record one event in the hash-chained trail (bot/cases/audit.py); it is sealed into
    the chain when the session commits. `details` holds ids, refs and counts only, never
    personal data."""
    from bot.cases.audit import append

    return append(session, event, actor=actor, case_id=case_id, from_status=from_status,
                  to_status=to_status, details=details)


def open_case(
    session: Session,
    *,
    channel: str,
    received_at: datetime,
    actor: str = "worker",
    received_at_source: str = "intake",
    **fields: Any,
) -> Case:
    """Create a case in status `received` with its one-month due date (R-DL-01)."""
    now = utcnow()
    case = Case(
        status="received", channel=channel, received_at=received_at,
        due_at=due_date(received_at), created_at=now, updated_at=now, **fields,
    )
    session.add(case)
    session.flush()
    assert case.id is not None
    case.ref = f"DSR-{received_at.year}-{case.id:05d}"
    audit(session, "case.opened", actor=actor, case_id=case.id, to_status="received",
          details={"channel": channel, "due_at": case.due_at.isoformat(),
                   "received_at_source": received_at_source})
    return case


def transition(
    session: Session, case: Case, to_status: str, *, actor: str, reason: str | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Move a case to `to_status` if the table allows it, with its audit event."""
    if to_status not in TRANSITIONS.get(case.status, frozenset()):
        raise TransitionError(f"case {case.id}: {case.status} -> {to_status} is not allowed")
    from_status = case.status
    case.status = to_status
    case.updated_at = utcnow()
    if to_status == CaseStatus.CLOSED:
        case.closed_at = case.updated_at
    session.add(case)
    event_details = dict(details or {})
    if reason:
        event_details["reason"] = reason
    audit(session, f"case.{to_status}", actor=actor, case_id=case.id,
          from_status=from_status, to_status=to_status, details=event_details)


def find_case(session: Session, ident: str | int) -> Case | None:
    """A case by its number (12) or its reference (DSR-2026-00012), as staff write it."""
    text = str(ident).strip()
    if text.isdigit():
        return session.get(Case, int(text))
    return session.exec(select(Case).where(Case.ref == text.upper())).first()
