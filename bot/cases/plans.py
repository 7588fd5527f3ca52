"""Plans as records: store a handler outcome as a versioned plan with a digest, read it back.

Staff approve a plan as a whole. The digest covers every item and every reply, so the
runner can tell whether the plan it is about to execute is still the plan that was
approved (bot/cases/runner.py re-plans and compares before it executes).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from typing import Any

from sqlmodel import Session, col, select

from bot.cases.kinds import PlanStatus
from bot.store.models import Plan, PlanItem
from bot.timeutil import utcnow
from handlers.contract import Item, Outcome


def digest(items: Sequence[Item], replies: Sequence[dict[str, Any]]) -> str:
    """A fingerprint of exactly what would be done and said."""
    body = {"items": [i.as_dict() for i in items], "replies": list(replies)}
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def outcome_digest(outcome: Outcome) -> str:
    return digest(outcome.items, [r.as_dict() for r in outcome.replies])


def _next_version(session: Session, case_id: int | None) -> int:
    if case_id is None:
        return 1
    latest = session.exec(select(Plan.version).where(Plan.case_id == case_id)
                          .order_by(col(Plan.version).desc())).first()
    return (latest or 0) + 1


def store_plan(session: Session, case_id: int | None, kind: str, outcome: Outcome) -> Plan:
    """Save `outcome` as the case's next plan version, pending or approved by rule."""
    plan = Plan(
        case_id=case_id, kind=kind, version=_next_version(session, case_id),
        digest=outcome_digest(outcome), needs_approval=outcome.needs_approval,
        status=PlanStatus.PENDING if outcome.needs_approval else PlanStatus.APPROVED,
        subject_refs=list(outcome.subject_refs),
        replies=[r.as_dict() for r in outcome.replies], created_at=utcnow(),
    )
    if not outcome.needs_approval:
        plan.decided_at, plan.decided_by = plan.created_at, "rule"
    session.add(plan)
    session.flush()
    assert plan.id is not None
    for seq, item in enumerate(outcome.items):
        session.add(_item_row(plan.id, seq, item))
    return plan


def _item_row(plan_id: int, seq: int, item: Item) -> PlanItem:
    return PlanItem(plan_id=plan_id, seq=seq, action=str(item.action), kind=str(item.kind),
                    ref=item.ref, customer_ref=item.customer_ref, what=item.what,
                    reason=item.reason, until=item.until, field=item.field, value=item.value)


def plan_items(session: Session, plan_id: int) -> list[PlanItem]:
    return list(session.exec(select(PlanItem).where(PlanItem.plan_id == plan_id)
                             .order_by(col(PlanItem.seq))))


def item_dict(row: PlanItem) -> dict[str, Any]:
    """One item as contracts §5 shows it (ref, what, action, reason, until, ...)."""
    return {"ref": row.ref, "what": row.what, "action": row.action, "reason": row.reason,
            "until": row.until.isoformat() if row.until else None, "kind": row.kind,
            "customer_ref": row.customer_ref, "field": row.field, "value": row.value,
            "done": row.done_at is not None}


def latest_plan(session: Session, case_id: int, *statuses: PlanStatus) -> Plan | None:
    query = select(Plan).where(Plan.case_id == case_id)
    if statuses:
        query = query.where(col(Plan.status).in_([str(s) for s in statuses]))
    return session.exec(query.order_by(col(Plan.version).desc())).first()
