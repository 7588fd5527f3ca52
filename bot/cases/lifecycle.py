"""Cases and their statuses: the allowed transitions, and one audit event per transition."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlmodel import Session

from bot.store.models import AuditEvent, Case
from bot.timeutil import due_date, utcnow

# Order is data: every status a case can be in, and where it may go from there.
TRANSITIONS: dict[str, frozenset[str]] = {
    "received": frozenset({"open", "triage", "failed"}),
    "triage": frozenset({"open", "closed"}),
    "open": frozenset({"awaiting_verification", "awaiting_approval", "executing", "answered",
                       "triage", "closed"}),
    "awaiting_verification": frozenset({"open", "closed"}),
    "awaiting_approval": frozenset({"executing", "open", "closed"}),
    "executing": frozenset({"answered", "failed", "awaiting_approval"}),
    "answered": frozenset({"closed", "open"}),
    "failed": frozenset({"open", "triage", "closed"}),
    "closed": frozenset(),
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
    """Record one event. `details` holds ids, refs and counts only, never personal data."""
    row = AuditEvent(
        at=utcnow(), case_id=case_id, actor=actor, event=event,
        from_status=from_status, to_status=to_status, details=details or {},
    )
    session.add(row)
    return row


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
    if to_status == "closed":
        case.closed_at = case.updated_at
    session.add(case)
    event_details = dict(details or {})
    if reason:
        event_details["reason"] = reason
    audit(session, f"case.{to_status}", actor=actor, case_id=case.id,
          from_status=from_status, to_status=to_status, details=event_details)
