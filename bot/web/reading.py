"""What the desk's pages show, read from the database as plain data (run in a thread).

Built on bot/cases/views.py, the same rows `dsrbot cases show` and `queue list` print, so
the desk and the CLI cannot tell different stories. Mail is untrusted input: it is parsed
to plain text here and the templates escape every character of it; no HTML from a mail
ever reaches the page, so its scripts cannot run and its images are never fetched.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlmodel import Session, col, select

from bot.cases.kinds import CaseStatus, PlanStatus
from bot.cases.lifecycle import find_case
from bot.cases.views import FINISHED, case_detail, pending_plans, plan_row, urgency
from bot.reading.classify import INTENTS
from bot.reading.message import parse_message
from bot.retention.dates import extension_allowed
from bot.store.models import Case, Inbound, Plan
from bot.timeutil import local_date, today
from bot.web.i18n import ACTION_ORDER

SOON_DAYS = 7  # "nearly due": a week is what a part-time privacy person needs to act
SWEEP = "sweep"
SHOWN_ITEMS = 300  # a sweep can list thousands of rows; the page shows the first ones


def due_info(case: Case | None) -> dict[str, Any]:
    """Due date, days left and how urgent, in words as well as colour (never colour alone)."""
    if case is None:
        return {"due": None, "days_left": None, "urgency": "on_time", "extended": False}
    due = case.extended_due_at or case.due_at
    days = (due - today()).days
    level = "overdue" if days < 0 else "soon" if days <= SOON_DAYS else "on_time"
    if case.status in FINISHED:
        level = "on_time"
    return {"due": due, "days_left": days, "urgency": level,
            "extended": case.extended_due_at is not None}


def _case_line(case: Case) -> dict[str, Any]:
    return {"ref": case.ref, "status": case.status, "intents": case.intents or [],
            "received": local_date(case.received_at), **due_info(case)}


def _plan_line(session: Session, plan: Plan) -> dict[str, Any]:
    case = session.get(Case, plan.case_id) if plan.case_id is not None else None
    return {"plan_id": plan.id, "kind": plan.kind, "case_ref": case.ref if case else None,
            "sweep": plan.case_id is None and plan.kind == SWEEP, **due_info(case)}


def queue_data(session: Session) -> dict[str, Any]:
    """Plans waiting (the nearest due first, so overdue on top), then cases to read."""
    plans = [_plan_line(session, p) for p in pending_plans(session)]
    open_cases = sorted(session.exec(select(Case).where(
        col(Case.status).not_in([str(s) for s in FINISHED]))).all(), key=urgency)
    triage = [_case_line(c) for c in open_cases if c.status == CaseStatus.TRIAGE]
    others = [_case_line(c) for c in open_cases
              if c.status not in (CaseStatus.TRIAGE, CaseStatus.AWAITING_APPROVAL)]
    return {"plans": plans, "triage": triage, "others": others}


# --- one case --------------------------------------------------------------------------


def group_items(items: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Plan items by action, in the order a person reads a plan: sent, deleted, ..., kept."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for item in items:
        groups.setdefault(str(item["action"]), []).append(item)
    order = [a for a in ACTION_ORDER if a in groups] + sorted(set(groups) - set(ACTION_ORDER))
    return [{"action": a, "items": groups[a][:SHOWN_ITEMS], "count": len(groups[a])}
            for a in order]


def _text_list(value: Any) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def _sections(value: Any) -> list[dict[str, Any]]:
    """The extract as the reply will print it; anything not of that shape is left out."""
    out = []
    for section in value if isinstance(value, list) else []:
        if not isinstance(section, dict):
            continue
        fields = [(str(f.get("label", "")), str(f.get("value", "")))
                  for f in section.get("fields") or [] if isinstance(f, dict)]
        out.append({"heading": str(section.get("heading", "")), "fields": fields,
                    "holds": _text_list(section.get("holds"))})
    return out


def _counted(value: Any) -> list[dict[str, Any]]:
    rows = value if isinstance(value, list) else []
    return [{"what": str(r.get("what", "")).replace("_", " "), "count": r.get("count"),
             "until": r.get("until")} for r in rows if isinstance(r, dict)]


def reply_view(reply: dict[str, Any], address_on_file: str | None) -> dict[str, Any]:
    """One reply of a plan: to whom, which files, and a preview of the extract it carries."""
    raw = reply.get("context")
    context: dict[str, Any] = raw if isinstance(raw, dict) else {}
    return {"template": reply.get("template"), "to": reply.get("to") or address_on_file,
            "files": _text_list(reply.get("attachments")),
            "sections": _sections(context.get("sections")),
            "erased": _counted(context.get("erased")), "kept": _counted(context.get("kept"))}


def mail_view(inbound: Inbound, own: frozenset[str]) -> dict[str, Any]:
    """A received mail as plain text (the templates escape it); purged mail says so."""
    base = {"received": inbound.received_at, "purged": not inbound.raw or bool(inbound.purged_at)}
    if base["purged"]:
        return base
    parsed = parse_message(inbound.raw, own_addresses=own)
    forwarded = parsed.forwarded
    return {**base, "sender": parsed.sender or inbound.mail_from, "name": parsed.sender_name,
            "subject": parsed.subject, "date": parsed.date, "text": parsed.own_text,
            "quoted": parsed.quoted_text, "signature": parsed.signature,
            "attachments": list(parsed.attachments),
            "forwarded": None if forwarded is None else {
                "sender": forwarded.sender, "subject": forwarded.subject,
                "text": forwarded.text}}


def _mails(session: Session, case_id: int, own: frozenset[str]) -> list[dict[str, Any]]:
    rows = session.exec(select(Inbound).where(Inbound.case_id == case_id)
                        .order_by(col(Inbound.id))).all()
    return [mail_view(m, own) for m in rows]


def _current(plans: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The plan staff decide on: the pending one, else the newest."""
    pending = [p for p in plans if p["status"] == PlanStatus.PENDING]
    chosen = pending or plans
    return chosen[-1] if chosen else None


def _address_on_file(case: Case) -> str | None:
    return case.verify_address if case.verified_at else case.requester_email


def _plan_view(plan: dict[str, Any] | None, case: Case) -> dict[str, Any] | None:
    if plan is None:
        return None
    replies = [reply_view(r, _address_on_file(case)) for r in plan["replies"]]
    return {**plan, "groups": group_items(plan["plan"]), "reply_views": replies}


def _extendable(case: Case) -> bool:
    """The extension form only where deadlines.extend_case would accept it (R-DL-03)."""
    if case.status in FINISHED or case.extended_due_at is not None:
        return False
    return extension_allowed(local_date(case.received_at), case.due_at, today())


def case_data(session: Session, ident: str, own: frozenset[str]) -> dict[str, Any] | None:
    """Everything the case page shows, or None when there is no such case."""
    case = find_case(session, ident)
    if case is None or case.id is None:
        return None
    detail = case_detail(session, case)
    plan = _plan_view(_current(detail["plans"]), case)
    waiting = case.status == CaseStatus.AWAITING_APPROVAL
    return {
        "case": detail, "info": due_info(case), "evidence": case.evidence or [],
        "mails": _mails(session, case.id, own), "plan": plan,
        "older": [p for p in detail["plans"] if plan is None or p["id"] != plan["id"]],
        "can_decide": bool(plan and waiting and plan["status"] == PlanStatus.PENDING),
        "can_triage": case.status == CaseStatus.TRIAGE, "all_intents": INTENTS,
        "can_extend": _extendable(case),
        "extension_reason": case.extension_reason,
    }


def sweep_data(session: Session, recent: int = 10) -> dict[str, Any]:
    """The sweep's plans (no case, kind "sweep"): those waiting first, then the latest ones."""
    plans = session.exec(select(Plan).where(col(Plan.case_id).is_(None), Plan.kind == SWEEP)
                         .order_by(col(Plan.id).desc()).limit(recent)).all()
    rows = [plan_row(session, p) for p in plans]
    rows.sort(key=lambda r: (r["status"] != PlanStatus.PENDING, -r["id"]))
    return {"plans": [{**r, "groups": group_items(r["plan"])} for r in rows]}
