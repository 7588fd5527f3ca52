"""What staff see of cases and plans, as plain data: for the CLI's JSON and the web desk."""

from __future__ import annotations

from email.parser import BytesHeaderParser
from email.policy import default
from typing import Any

from sqlmodel import Session, col, select

from bot.cases.kinds import CaseStatus, PlanStatus
from bot.cases.plans import item_dict, plan_items
from bot.store.models import AuditEvent, Case, Inbound, Outbox, Plan
from bot.timeutil import today

FINISHED = (CaseStatus.ANSWERED, CaseStatus.CLOSED)


def case_row(case: Case) -> dict[str, Any]:
    due = case.extended_due_at or case.due_at
    return {
        "id": case.id, "ref": case.ref, "status": case.status, "intents": case.intents or [],
        "requester": case.requester_email, "received_at": case.received_at.isoformat(),
        "due_at": due.isoformat(), "language": case.language,
        "confidence": case.confidence, "channel": case.channel,
        "subject_refs": case.subject_refs or [], "flags": case.flags or [],
        "overdue": case.status not in FINISHED and due < today(),
    }


def urgency(case: Case) -> tuple[int, str, int]:
    """Open cases by due date first (overdue on top), finished ones after."""
    finished = 1 if case.status in FINISHED else 0
    due = (case.extended_due_at or case.due_at).isoformat()
    return (finished, due if not finished else "", -(case.id or 0) if finished else case.id or 0)


def plan_row(session: Session, plan: Plan) -> dict[str, Any]:
    """A plan as `queue list --json` shows it (contracts §4, §5)."""
    assert plan.id is not None
    items = [item_dict(i) for i in plan_items(session, plan.id)]
    case = session.get(Case, plan.case_id) if plan.case_id is not None else None
    return {
        "id": plan.id, "case_id": plan.case_id, "case_ref": case.ref if case else None,
        "kind": plan.kind, "subject_ref": next(iter(plan.subject_refs or []), None),
        "subject_refs": plan.subject_refs or [], "created_at": plan.created_at.isoformat(),
        "status": plan.status, "version": plan.version, "digest": plan.digest,
        "plan": items,
        "replies": [{"template": r["template"], "to": r.get("to"), "kind": r.get("kind"),
                     "context": r.get("context"),
                     "attachments": [a["filename"] for a in r.get("attachments", [])]}
                    for r in plan.replies or []],
        "due_at": (case.extended_due_at or case.due_at).isoformat() if case else None,
    }


def pending_plans(session: Session) -> list[Plan]:
    plans = session.exec(select(Plan).where(Plan.status == PlanStatus.PENDING)).all()
    cases = {c.id: c for c in session.exec(select(Case).where(
        col(Case.id).in_([p.case_id for p in plans if p.case_id is not None])))}

    def due(plan: Plan) -> str:
        case = cases.get(plan.case_id)
        return (case.extended_due_at or case.due_at).isoformat() if case else "9999"
    return sorted(plans, key=lambda p: (due(p), p.id or 0))


def _subject(raw: bytes) -> str:
    try:
        value = BytesHeaderParser(policy=default).parsebytes(raw).get("Subject", "")
    except Exception:  # an unreadable header: show the message all the same
        value = ""
    return " ".join(str(value).split())


def _messages(session: Session, case_id: int) -> list[dict[str, Any]]:
    inbound = session.exec(select(Inbound).where(Inbound.case_id == case_id)).all()
    outbound = session.exec(select(Outbox).where(Outbox.case_id == case_id)).all()
    rows = [{"direction": "in", "from": m.mail_from, "to": m.rcpt_to,
             "at": m.received_at.isoformat(), "subject": _subject(m.raw), "status": m.status}
            for m in inbound]
    rows += [{"direction": "out", "from": "bot", "to": m.to_addr, "at": m.created_at.isoformat(),
              "subject": _subject(m.raw), "kind": m.kind, "status": m.status}
             for m in outbound]
    return sorted(rows, key=lambda r: r["at"])


def case_detail(session: Session, case: Case) -> dict[str, Any]:
    """One case with its messages, plans (with items) and audit events (`cases show`)."""
    assert case.id is not None
    plans = session.exec(select(Plan).where(Plan.case_id == case.id)
                         .order_by(col(Plan.version))).all()
    events = session.exec(select(AuditEvent).where(AuditEvent.case_id == case.id)
                          .order_by(col(AuditEvent.id))).all()
    return {
        **case_row(case), "subject": case.subject, "verify_address": case.verify_address,
        "verified_at": case.verified_at.isoformat() if case.verified_at else None,
        "messages": _messages(session, case.id),
        "plans": [plan_row(session, p) for p in plans],
        "actions": [plan_row(session, p) for p in plans],  # contracts §5 wording
        "audit": [{"at": e.at.isoformat(), "event": e.event, "actor": e.actor,
                   "from": e.from_status, "to": e.to_status, "details": e.details}
                  for e in events],
    }
