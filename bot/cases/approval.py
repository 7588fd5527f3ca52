"""Staff decisions on plans: the one path shared by the CLI and the web desk.

A plan is approved or rejected as a whole. Approving only records the decision and
moves the case to `executing`; the case runner then carries the plan out (and first
checks that the register still gives the same plan).
"""

from __future__ import annotations

from sqlmodel import Session, select

from bot.cases.kinds import CaseStatus, PlanStatus
from bot.cases.lifecycle import audit, transition
from bot.store.models import Case, Plan
from bot.timeutil import utcnow


class ApprovalError(Exception):
    """The plan does not exist or is no longer waiting for a decision."""


def _pending(session: Session, plan_id: int) -> Plan:
    plan = session.exec(select(Plan).where(Plan.id == plan_id).with_for_update()).first()
    if plan is None:
        raise ApprovalError(f"no plan with id {plan_id}")
    if plan.status != PlanStatus.PENDING:
        raise ApprovalError(f"plan {plan_id} is already {plan.status}")
    return plan


def _decide(session: Session, plan: Plan, status: PlanStatus, staff: str,
            reason: str | None) -> None:
    plan.status, plan.decided_by, plan.decided_at = status, staff, utcnow()
    plan.reason = reason
    session.add(plan)
    # The reason is free text and may name the person: it stays on the plan row (which
    # an erasure scrubs), not in the audit trail.
    audit(session, f"plan.{status}", actor=f"staff:{staff}", case_id=plan.case_id,
          details={"plan_id": plan.id, "version": plan.version, "digest": plan.digest})


def _waiting_case(session: Session, plan: Plan) -> Case | None:
    """The plan's case, which must still be waiting for this decision."""
    if plan.case_id is None:
        return None
    case = session.exec(select(Case).where(Case.id == plan.case_id).with_for_update()).first()
    if case is None or case.status != CaseStatus.AWAITING_APPROVAL:
        status = case.status if case else "gone"
        raise ApprovalError(f"plan {plan.id}: its case is {status}, not awaiting approval")
    return case


def approve(session: Session, plan_id: int, staff: str) -> Plan:
    """Approve a plan as a whole; its case moves on to execution."""
    plan = _pending(session, plan_id)
    case = _waiting_case(session, plan)
    _decide(session, plan, PlanStatus.APPROVED, staff, None)
    if case is not None:
        transition(session, case, CaseStatus.EXECUTING, actor=f"staff:{staff}")
    return plan


def withdraw_pending(session: Session, case: Case, why: str) -> None:
    """The case left awaiting_approval (a reply asked for more, staff corrected it):
    the plan it waited with can no longer be approved."""
    for plan in session.exec(select(Plan).where(Plan.case_id == case.id,
                                                Plan.status == PlanStatus.PENDING)):
        plan.status = PlanStatus.SUPERSEDED
        session.add(plan)
        audit(session, "plan.withdrawn", actor="worker", case_id=case.id,
              details={"plan_id": plan.id, "why": why})


def reject(session: Session, plan_id: int, staff: str, reason: str) -> Plan:
    """Reject a plan with a reason; its case goes to triage, where a person decides."""
    if not reason.strip():
        raise ApprovalError("a rejection needs a reason")
    plan = _pending(session, plan_id)
    case = _waiting_case(session, plan)
    _decide(session, plan, PlanStatus.REJECTED, staff, reason.strip())
    if case is not None:
        transition(session, case, CaseStatus.TRIAGE, actor=f"staff:{staff}",
                   details={"plan_id": plan.id})
    return plan
