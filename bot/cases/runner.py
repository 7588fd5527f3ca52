"""The case runner: claims a runnable case under a lease and does the one step its status
names. Approval, rejection, a verification reply and the scheduler only change a case's
status and wake the runner; nothing else moves a case on.

  open       -> plan: identify, verify, ask the handlers, store the plan; then wait for
                staff (awaiting_approval), for the address on file (awaiting_verification),
                or carry it out at once when nothing needs approval
  executing  -> re-plan; if the register changed, the new version goes back to staff;
                else carry out exactly the approved plan and reply
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from sqlalchemy import or_
from sqlmodel import Session, col, select

from bot.cases.art19 import notify_recipients
from bot.cases.execute import execute_items
from bot.cases.facts import (
    case_facts,
    lookup_address,
    request_reading,
    settings_for,
    snapshot_for,
)
from bot.cases.kinds import CaseStatus, Intent, ItemAction, PlanStatus, RecordKind
from bot.cases.lifecycle import audit, transition
from bot.cases.plans import latest_plan, outcome_digest, plan_items, store_plan
from bot.cases.policy import staff_reason
from bot.cases.scrub import scrub_after_execution
from bot.cases.verification import ask_confirmation, needs_verification
from bot.config import Config
from bot.outbound.render import Renderer
from bot.outbound.replies import queue_plan_reply
from bot.outbound.staff import notify_staff
from bot.register.snapshot import Snapshot
from bot.store.db import Database
from bot.store.models import Case, Plan
from bot.timeutil import utcnow
from handlers.contract import CaseFacts, Handler, Item, Outcome, Settings

log = logging.getLogger(__name__)

RUN_LEASE = timedelta(minutes=5)
RUNNABLE = (CaseStatus.OPEN, CaseStatus.EXECUTING)


@dataclass
class Run:
    """One step's view of a case; the session belongs to the runner's transaction."""

    session: Session
    config: Config
    renderer: Renderer
    handlers: Mapping[Intent, Handler]
    case: Case

    @property
    def settings(self) -> Settings:
        return settings_for(self.config)


# --- planning --------------------------------------------------------------------------


def _merge(outcomes: list[Outcome]) -> Outcome:
    return Outcome(
        items=_erasure_wins(tuple(i for o in outcomes for i in o.items)),
        replies=tuple(r for o in outcomes for r in o.replies),
        needs_approval=any(o.needs_approval for o in outcomes),
        needs_confirmation=any(o.needs_confirmation for o in outcomes),
        staff_reason=next((o.staff_reason for o in outcomes if o.staff_reason), None),
        subject_refs=tuple(dict.fromkeys(r for o in outcomes for r in o.subject_refs)),
    )


def _erasure_wins(items: tuple[Item, ...]) -> tuple[Item, ...]:
    """One plan is approved as a whole: a row it deletes (art. 17) is not also restricted
    pending an objection (art. 21), for the executor refuses to delete a restricted row."""
    deleted = {(i.kind, i.ref) for i in items if i.action == ItemAction.DELETE}
    return tuple(i for i in items
                 if not (i.action == ItemAction.RESTRICT and (i.kind, i.ref) in deleted))


def split_outcomes(run: Run, facts: CaseFacts, snap: Snapshot) -> tuple[Outcome, Outcome]:
    """(what runs at once, what waits for staff). A marketing opt-out, for one, takes
    effect at once (R-OB-01) even when the same mail also asks for an erasure."""
    planned = [(i, run.handlers[i].plan(facts, snap, run.settings)) for i in facts.intents]
    at_once = [o for _, o in planned if not (o.needs_approval or o.needs_confirmation
                                             or o.staff_reason)]
    gated = [o for _, o in planned if o not in at_once]
    objection = next((o for i, o in planned if i == Intent.OBJECTION and o in gated), None)
    optouts = tuple(i for i in objection.items if i.kind == RecordKind.SUPPRESSION) \
        if objection else ()
    if optouts:  # a marketing opt-out waits for nobody, even beside a request that does
        at_once.append(Outcome(items=optouts, needs_approval=False))
        gated = [replace(o, items=tuple(i for i in o.items if i not in optouts))
                 if o is objection else o for o in gated]
    return _merge(at_once), _merge(gated)


def _to_triage(run: Run, reason: str) -> None:
    transition(run.session, run.case, CaseStatus.TRIAGE, actor="runner", reason=reason)
    notify_staff(run.session, run.config, run.renderer, "triage", run.case, reason)


def _kind(run: Run) -> str:
    return "+".join(run.case.intents or ()) or "request"


def _already_done(run: Run, outcome: Outcome) -> bool:
    """What runs at once runs once per case: after a confirmation round trip the case is
    planned again, and an opt-out must not be carried out (and answered) twice."""
    done = run.session.exec(select(Plan.id).where(
        Plan.case_id == run.case.id, Plan.status == PlanStatus.EXECUTED,
        col(Plan.needs_approval).is_(False))).first()
    return done is not None


def _store(run: Run, outcome: Outcome) -> Plan:
    plan = store_plan(run.session, run.case.id, _kind(run), outcome)
    refs = dict.fromkeys([*(run.case.subject_refs or ()), *outcome.subject_refs])
    run.case.subject_refs = list(refs)
    audit(run.session, "plan.created", actor="runner", case_id=run.case.id,
          details={"plan_id": plan.id, "version": plan.version, "digest": plan.digest,
                   "items": len(outcome.items), "needs_approval": plan.needs_approval})
    return plan


def _run_at_once(run: Run, outcome: Outcome) -> bool:
    if not (outcome.items or outcome.replies) or _already_done(run, outcome):
        return False
    carry_out(run, _store(run, outcome))
    return True


def step_plan(run: Run) -> None:
    reading = request_reading(run.session, run.case, run.config)
    facts = case_facts(run.case, reading)
    reason = staff_reason(facts.flags)
    if reason:
        return _to_triage(run, reason)
    snap = snapshot_for(run.session, run.case)
    if needs_verification(run.session, run.config, run.renderer, run.case, facts, snap):
        return None
    at_once, gated = split_outcomes(run, facts, snap)
    if _run_at_once(run, at_once):
        # What ran changed the register (an opt-out, say): plan the rest from the
        # register as it now is, which is what execution will compare against.
        run.session.flush()
        snap = snapshot_for(run.session, run.case)
        _, gated = split_outcomes(run, facts, snap)
    _plan_gated(run, facts, snap, gated)
    return None


def _plan_gated(run: Run, facts: CaseFacts, snap: Snapshot, gated: Outcome) -> None:
    if gated.staff_reason:
        return _to_triage(run, gated.staff_reason)
    if gated.needs_confirmation and not facts.trusted:
        return ask_confirmation(run.session, run.config, run.renderer, run.case, snap)
    if gated.items or gated.replies:
        plan = _store(run, gated)
        if plan.status == PlanStatus.PENDING:
            transition(run.session, run.case, CaseStatus.AWAITING_APPROVAL,
                       actor="runner", details={"plan_id": plan.id})
            notify_staff(run.session, run.config, run.renderer, "plan_waiting", run.case)
            return None
        carry_out(run, plan)
    return _finish(run, replied=_has_replied(run))


# --- execution -------------------------------------------------------------------------


def carry_out(run: Run, plan: Plan) -> None:
    """Do exactly `plan`: its items on the register, then its replies into the outbox."""
    assert plan.id is not None
    items = plan_items(run.session, plan.id)
    ran = execute_items(run.session, items, case_id=run.case.id,
                        requester=lookup_address(run.case))
    for index, reply in enumerate(plan.replies or []):
        queue_plan_reply(run.session, run.config, run.renderer, run.case, reply, plan, index)
    plan.status, plan.executed_at = PlanStatus.EXECUTED, utcnow()
    run.session.add(plan)
    notify_recipients(run.session, run.config, run.renderer, run.case, plan)
    scrub_after_execution(run.session, run.config, run.case, plan, items)
    counts: dict[str, int] = {}
    for item in items:
        counts[item.action] = counts.get(item.action, 0) + 1
    audit(run.session, "plan.executed", actor="runner", case_id=run.case.id,
          details={"plan_id": plan.id, "digest": plan.digest, "ran": ran, **counts})


def _has_replied(run: Run) -> bool:
    replies = run.session.exec(select(Plan.replies).where(
        Plan.case_id == run.case.id, Plan.status == PlanStatus.EXECUTED)).all()
    return any(replies)


def _finish(run: Run, *, replied: bool) -> None:
    if run.case.status == CaseStatus.OPEN:
        transition(run.session, run.case, CaseStatus.EXECUTING, actor="runner")
    to = CaseStatus.ANSWERED if replied else CaseStatus.CLOSED
    transition(run.session, run.case, to, actor="runner")


def step_execute(run: Run) -> None:
    plan = latest_plan(run.session, run.case.id or 0, PlanStatus.APPROVED)
    if plan is None:
        return _to_triage(run, "approved, but no approved plan was found")
    facts = case_facts(run.case, request_reading(run.session, run.case, run.config))
    _, gated = split_outcomes(run, facts, snapshot_for(run.session, run.case))
    if outcome_digest(gated) != plan.digest:
        return _replan(run, plan, gated)
    carry_out(run, plan)
    return _finish(run, replied=bool(plan.replies) or _has_replied(run))


def _replan(run: Run, stale: Plan, fresh: Outcome) -> None:
    """The register changed since approval: never carry out a stale plan blindly."""
    stale.status = PlanStatus.SUPERSEDED
    run.session.add(stale)
    audit(run.session, "plan.stale", actor="runner", case_id=run.case.id,
          details={"plan_id": stale.id, "digest": stale.digest})
    if fresh.staff_reason:
        return _to_triage(run, fresh.staff_reason)
    plan = _store(run, fresh)
    plan.status, plan.needs_approval = PlanStatus.PENDING, True  # staff approved another
    transition(run.session, run.case, CaseStatus.AWAITING_APPROVAL, actor="runner",
               reason="the register changed after approval; a new plan waits",
               details={"plan_id": plan.id})
    notify_staff(run.session, run.config, run.renderer, "plan_waiting", run.case,
                 "the register changed after approval")


STEPS: dict[str, Callable[[Run], None]] = {
    CaseStatus.OPEN: step_plan,
    CaseStatus.EXECUTING: step_execute,
}


# --- claiming and running --------------------------------------------------------------


@dataclass(frozen=True)
class CaseClaim:
    case_id: int
    lease_until: datetime


def _runnable(case_id: int | None) -> object:
    query = select(Case).where(
        col(Case.status).in_([str(s) for s in RUNNABLE]),
        or_(col(Case.lease_until).is_(None), col(Case.lease_until) < utcnow()))
    if case_id is not None:
        query = query.where(Case.id == case_id)
    return query.order_by(col(Case.id)).limit(1).with_for_update(skip_locked=True)


def claim_case(db: Database, case_id: int | None = None) -> CaseClaim | None:
    """Take a runnable case (the oldest, or `case_id`) for one step, under a lease."""
    with db.transaction() as session:
        case = session.exec(_runnable(case_id)).first()  # type: ignore[call-overload]
        if case is None:
            return None
        case.lease_until = utcnow() + RUN_LEASE
        case.run_attempts += 1
        session.add(case)
        return CaseClaim(case.id, case.lease_until)


def _held(session: Session, claim: CaseClaim) -> Case | None:
    case = session.exec(select(Case).where(Case.id == claim.case_id).with_for_update()).first()
    if case is None or case.lease_until != claim.lease_until:
        return None  # our lease ran out and another runner took the case over
    return case


def run_step(db: Database, config: Config, renderer: Renderer,
             handlers: Mapping[Intent, Handler], claim: CaseClaim) -> str | None:
    """Do one step of a claimed case in one transaction; the case's new status."""
    with db.transaction() as session:
        case = _held(session, claim)
        if case is None:
            return None
        step, before = STEPS.get(case.status), case.status
        if step is not None:
            step(Run(session, config, renderer, handlers, case))
        case.lease_until, case.run_attempts, case.run_error = None, 0, None
        session.add(case)
        log.info("case %s: %s -> %s", case.ref, before, case.status)
        return case.status


def record_run_failure(db: Database, claim: CaseClaim, error: str, config: Config,
                       renderer: Renderer) -> None:
    """A step failed (rolled back): count it, and after the last attempt mark it failed."""
    with db.transaction() as session:
        case = _held(session, claim)
        if case is None:
            return
        case.lease_until, case.run_error = None, error[:2000]
        session.add(case)
        if case.run_attempts >= config.worker.max_attempts:
            transition(session, case, CaseStatus.FAILED, actor="runner",
                       details={"attempts": case.run_attempts})
            notify_staff(session, config, renderer, "case_failed", case)


def run_one(db: Database, config: Config, renderer: Renderer,
            handlers: Mapping[Intent, Handler], case_id: int | None = None) -> bool:
    """Claim and step one case; False when none was runnable."""
    claim = claim_case(db, case_id)
    if claim is None:
        return False
    try:
        run_step(db, config, renderer, handlers, claim)
    except Exception as exc:  # never lose a case: record why, retry, then `failed`
        log.exception("case %s: step failed", claim.case_id)
        record_run_failure(db, claim, f"{type(exc).__name__}: {exc}", config, renderer)
    return True


def run_cases(db: Database, config: Config, renderer: Renderer,
              handlers: Mapping[Intent, Handler], limit: int = 50) -> int:
    """Step runnable cases until none is left (or `limit`); returns how many steps ran."""
    done = 0
    while done < limit and run_one(db, config, renderer, handlers):
        done += 1
    return done


def run_case(db: Database, config: Config, renderer: Renderer,
             handlers: Mapping[Intent, Handler], case_id: int, steps: int = 4) -> None:
    """Move one case on as far as it goes now (the CLI does this right after approval)."""
    for _ in range(steps):
        if not run_one(db, config, renderer, handlers, case_id):
            return
