"""The desk's pages and the staff decisions behind its buttons.

Every decision goes through the same functions the CLI calls (approval.approve/reject,
corrections.correct_reading, deadlines.extend_case), in a database thread, and then the
case is moved on at once as `dsrbot queue approve` does (runner.run_case), also off the
event loop, so that mail keeps arriving while a plan is carried out. After each POST the
browser is sent back to the page it came from with a message (post/redirect/get).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import date
from typing import Any, NoReturn, TypeVar

from aiohttp import web

from bot.cases.approval import ApprovalError, approve, reject
from bot.cases.corrections import CorrectionError, correct_reading
from bot.cases.deadlines import ExtensionError, extend_case
from bot.cases.kinds import CaseStatus
from bot.cases.lifecycle import find_case
from bot.cases.runner import run_case
from bot.retention.sweep import run_approved_sweeps
from bot.store.db import Database
from bot.web.auth import local_path
from bot.web.i18n import texts, word
from bot.web.reading import SWEEP, case_data, queue_data, sweep_data
from bot.web.state import (
    Desk,
    db_of,
    desk_of,
    flash,
    language,
    render_page,
    session_of,
    staff_name,
)

T = TypeVar("T")


class ActionError(Exception):
    """A staff action the desk refuses before asking the case machinery (bad input)."""


def _read(db: Database, fn: Callable[..., T], *args: Any) -> T:
    with db.reading() as session:
        return fn(session, *args)


async def queue_page(request: web.Request) -> web.StreamResponse:
    db = db_of(request)
    return await render_page(request, "queue.html", await db.run(_read, db, queue_data))


async def case_page(request: web.Request) -> web.StreamResponse:
    db, own = db_of(request), desk_of(request).config.own_addresses
    data = await db.run(_read, db, case_data, request.match_info["ref"], own)
    if data is None:
        return await render_page(request, "not_found.html", {}, status=404)
    return await render_page(request, "case.html", data)


async def sweep_page(request: web.Request) -> web.StreamResponse:
    db = db_of(request)
    return await render_page(request, "sweep.html", await db.run(_read, db, sweep_data))


# --- decisions ---------------------------------------------------------------------------


async def _back(request: web.Request, kind: str, key: str, **values: Any) -> NoReturn:
    """Back to the page the form was on, with a message in the staff member's language."""
    session = session_of(request)
    flash(session, kind, texts(language(session))[key].format(**values))
    raise web.HTTPSeeOther(local_path((await request.post()).get("back")))


async def _failed(request: web.Request, exc: Exception) -> NoReturn:
    await _back(request, "error", "failed", detail=str(exc))


def _staff(request: web.Request) -> str:
    name = staff_name(session_of(request))
    if name is None:  # the guard lets no one here without a login
        raise web.HTTPForbidden()
    return name


def _plan_id(request: web.Request) -> int:
    text = request.match_info["plan_id"]
    if not text.isdigit():
        raise web.HTTPNotFound()
    return int(text)


def _carry_out(desk: Desk, db: Database, case_id: int | None, kind: str) -> str | None:
    """Run what was just decided, as the CLI does; the case's status afterwards."""
    if case_id is None:
        if kind == SWEEP:
            run_approved_sweeps(db, desk.config, desk.renderer)
        return None
    run_case(db, desk.config, desk.renderer, desk.handlers, case_id)
    with db.reading() as session:
        case = find_case(session, case_id)
        return case.status if case else None


def _decide(db: Database, decide: Callable[..., Any], plan_id: int, staff: str,
            *extra: str) -> tuple[int | None, str]:
    with db.transaction() as session:
        plan = decide(session, plan_id, staff, *extra)
        return plan.case_id, plan.kind


def _status_word(request: web.Request, status: str | None) -> str:
    return word("status", status or "-", language(session_of(request)))


async def approve_plan(request: web.Request) -> web.StreamResponse:
    """Approve a whole plan (the CLI's code) and carry it out at once."""
    desk, db, staff = desk_of(request), db_of(request), _staff(request)
    try:
        case_id, kind = await db.run(_decide, db, approve, _plan_id(request), staff)
    except ApprovalError as exc:
        await _failed(request, exc)
    status = await asyncio.to_thread(_carry_out, desk, db, case_id, kind)
    if case_id is None:
        await _back(request, "ok", "done_sweep")
    await _back(request, "ok", "done_approved", status=_status_word(request, status))


async def reject_plan(request: web.Request) -> web.StreamResponse:
    desk, db, staff = desk_of(request), db_of(request), _staff(request)
    reason = str((await request.post()).get("reason", ""))
    try:
        case_id, kind = await db.run(_decide, db, reject, _plan_id(request), staff, reason)
    except ApprovalError as exc:
        await _failed(request, exc)
    await asyncio.to_thread(_carry_out, desk, db, case_id, kind)
    await _back(request, "ok", "done_rejected")


def _correct(desk: Desk, db: Database, ref: str, intents: list[str], staff: str) -> int:
    with db.transaction() as session:
        case = find_case(session, ref)
        if case is None or case.status != CaseStatus.TRIAGE:
            raise ActionError(f"{ref} is not waiting to be read")
        case = correct_reading(session, desk.config, desk.renderer, ref, intents, staff)
        assert case.id is not None
        return case.id


async def _triage(request: web.Request, intents: list[str]) -> str | None:
    desk, db, staff = desk_of(request), db_of(request), _staff(request)
    try:
        case_id = await db.run(_correct, desk, db, request.match_info["ref"], intents, staff)
    except (CorrectionError, ActionError) as exc:
        await _failed(request, exc)
    return await asyncio.to_thread(_carry_out, desk, db, case_id, "")


async def set_intents(request: web.Request) -> web.StreamResponse:
    """Triage: say what an unclear request asks for; the case is then planned."""
    intents = [str(v) for v in (await request.post()).getall("intent", [])]
    if not intents:
        await _failed(request, ActionError("choose at least one kind of request"))
    status = await _triage(request, intents)
    await _back(request, "ok", "done_triage", status=_status_word(request, status))


async def close_case(request: web.Request) -> web.StreamResponse:
    """Triage: not a data-subject request; the case closes (no intents)."""
    await _triage(request, [])
    await _back(request, "ok", "done_closed")


def _extend(desk: Desk, db: Database, ref: str, reason: str, until: date | None,
            staff: str) -> date | None:
    with db.transaction() as session:
        case = extend_case(session, desk.config, desk.renderer, ref, reason, staff, until=until)
        return case.extended_due_at


def _until(value: object) -> date | None:
    text = str(value or "").strip()
    try:
        return date.fromisoformat(text) if text else None
    except ValueError as exc:
        raise ActionError(f"{text!r} is not a date (YYYY-MM-DD)") from exc


async def extend_deadline(request: web.Request) -> web.StreamResponse:
    """Extend the answer deadline with a reason (R-DL-03); the notice goes to the person."""
    desk, db, staff = desk_of(request), db_of(request), _staff(request)
    form = await request.post()
    try:
        due = await db.run(_extend, desk, db, request.match_info["ref"],
                           str(form.get("reason", "")), _until(form.get("until")), staff)
    except (ExtensionError, ActionError) as exc:
        await _failed(request, exc)
    await _back(request, "ok", "done_extended", due=due.isoformat() if due else "-")


def routes() -> list[web.RouteDef]:
    return [
        web.get("/", queue_page, name="desk.queue"),
        web.get("/cases/{ref}", case_page, name="desk.case"),
        web.get("/sweep", sweep_page, name="desk.sweep"),
        web.post("/plans/{plan_id}/approve", approve_plan, name="desk.approve"),
        web.post("/plans/{plan_id}/reject", reject_plan, name="desk.reject"),
        web.post("/cases/{ref}/intents", set_intents, name="desk.intents"),
        web.post("/cases/{ref}/close", close_case, name="desk.close"),
        web.post("/cases/{ref}/extend", extend_deadline, name="desk.extend"),
    ]

