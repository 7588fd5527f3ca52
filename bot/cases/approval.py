"""Staff decisions on queued actions: the one path shared by the CLI and the web page."""

from __future__ import annotations

from sqlmodel import Session, select

from bot.cases.lifecycle import audit, transition
from bot.store.models import Action, Case
from bot.timeutil import utcnow


class ApprovalError(Exception):
    """The action does not exist or is no longer waiting for a decision."""


def _pending(session: Session, action_id: int) -> Action:
    action = session.exec(select(Action).where(Action.id == action_id).with_for_update()).first()
    if action is None:
        raise ApprovalError(f"no action with id {action_id}")
    if action.status != "pending":
        raise ApprovalError(f"action {action_id} is already {action.status}")
    return action


def _others_pending(session: Session, action: Action) -> bool:
    return session.exec(
        select(Action.id).where(
            Action.case_id == action.case_id, Action.status == "pending", Action.id != action.id
        )
    ).first() is not None


def _decide(session: Session, action: Action, status: str, staff: str, reason: str | None) -> None:
    action.status, action.decided_by, action.decided_at = status, staff, utcnow()
    action.reason = reason
    session.add(action)
    audit(session, f"action.{status}", actor=f"staff:{staff}", case_id=action.case_id,
          details={"action_id": action.id, "kind": action.kind, "subject_ref": action.subject_ref})


def approve(session: Session, action_id: int, staff: str) -> Action:
    """Approve a plan; once nothing else waits, its case moves on to execution."""
    action = _pending(session, action_id)
    _decide(session, action, "approved", staff, None)
    case = session.get(Case, action.case_id)
    if case is not None and case.status == "awaiting_approval" and not _others_pending(
        session, action
    ):
        transition(session, case, "executing", actor=f"staff:{staff}")
    return action


def reject(session: Session, action_id: int, staff: str, reason: str) -> Action:
    """Reject a plan with a reason; its case goes back to open for a new plan."""
    if not reason.strip():
        raise ApprovalError("a rejection needs a reason")
    action = _pending(session, action_id)
    _decide(session, action, "rejected", staff, reason.strip())
    case = session.get(Case, action.case_id)
    if case is not None and case.status == "awaiting_approval":
        transition(session, case, "open", actor=f"staff:{staff}")
    return action
