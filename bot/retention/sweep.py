"""The retention sweep: plan, with no request, the deletions CL Smed's notice promises.

A sweep is a plan like a request's (kind "sweep", no case), queued for the same approval
gate: staff approve it as a whole or first take items out (`dsrbot sweep drop`, which makes
a new version). Once approved it is carried out by `execute_sweep_plan`, which first asks
the register again and skips every item that is no longer eligible. While one sweep plan
waits for a decision, the next sweep plans nothing and reports that one: a daily re-plan
would undo what staff took out. What is selected, and why, is bot/retention/sweep_sql.py.
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, insert, text
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from bot.cases.execute import DELETE_ORDER, ExecutionError, execute_items
from bot.cases.kinds import ItemAction, PlanStatus, RecordKind
from bot.cases.lifecycle import audit
from bot.cases.plans import plan_items
from bot.config import Config
from bot.outbound.render import Renderer
from bot.retention.dates import FinancialYear
from bot.retention.sweep_sql import (
    PI,
    Cutoffs,
    RowKey,
    children_of_planned,
    cutoffs,
    deletion_keys,
    insert_deletions,
    job_of,
    keep_items,
    plan_text,
    selected,
    skipped_rows,
)
from bot.store.db import Database, checkpoint_after_commit
from bot.store.models import Plan, PlanItem
from bot.timeutil import today, utcnow
from handlers.contract import Item

log = logging.getLogger(__name__)

K, A = RecordKind, ItemAction
SWEEP = "sweep"
ACTOR = "sweep"
LOCK_KEY = 0x5357454550  # "SWEEP": on PostgreSQL, one sweep plans at a time
WAITING = (PlanStatus.PENDING.value, PlanStatus.APPROVED.value)
EXECUTE_CHUNK = 1000  # plan items per execute_items call
SHOWN_ITEMS = 200  # the terminal shows this many items; `queue list --json` has them all


def _where(kind: str, customer_ref: str | None) -> str:
    """The "C1001/" before a row of a customer, as `sweep drop` takes refs."""
    return f"{customer_ref}/" if customer_ref and kind != K.CUSTOMER else ""


class SweepError(Exception):
    """A sweep plan cannot be changed or carried out as asked."""


@dataclass(frozen=True)
class Skip:
    """A row the rules would let go that a person must decide about (refs only)."""

    kind: str
    ref: str
    customer_ref: str | None
    reason: str

    def as_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "ref": self.ref, "customer_ref": self.customer_ref,
                "reason": self.reason}

    def line(self) -> str:
        return (f"skipped {self.kind} {_where(self.kind, self.customer_ref)}{self.ref}: "
                f"{self.reason} (a person decides)")


@dataclass(frozen=True)
class SweepReport:
    """What one sweep did: the plan it queued (or the one still waiting), and what not."""

    plan_id: int | None
    state: str  # "queued", "pending" (an earlier plan still waits) or "nothing"
    items: int
    skipped: tuple[Skip, ...] = ()
    executed: int = 0  # items of approved sweep plans carried out first


@dataclass(frozen=True)
class SweepRun:
    """An approved sweep plan carried out: items run, and those no longer eligible."""

    plan_id: int
    ran: int
    skipped: tuple[RowKey, ...]
    earlier: bool = False  # the service's worker had already carried it out

    def summary(self) -> str:
        """Counts only (for the log)."""
        if self.earlier:
            return f"sweep plan {self.plan_id}: already carried out by the service"
        text = f"sweep plan {self.plan_id}: {self.ran} items carried out"
        if self.skipped:
            text += f"; {len(self.skipped)} no longer eligible, left as they are"
        return text

    def lines(self) -> list[str]:
        """For the terminal: the summary and each item left out, by ref."""
        return [self.summary(), *(f"  not carried out: {kind} {_where(kind, cref)}{ref}"
                                  for kind, cref, ref in self.skipped)]


# --- planning --------------------------------------------------------------------------


def cutoffs_for(config: Config) -> Cutoffs:
    retention = config.retention
    return cutoffs(today(), FinancialYear.parse(retention.financial_year_start),
                   retention.lead_months)


def _lock(session: Session) -> None:
    """SQLite writers are serialised already (BEGIN IMMEDIATE); PostgreSQL needs a lock so
    that two sweeps (the scheduler and a cron job) never queue two plans."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": LOCK_KEY})


def waiting_sweep(session: Session) -> Plan | None:
    """The sweep plan still waiting for a decision or for being carried out."""
    return session.exec(select(Plan).where(Plan.kind == SWEEP, col(Plan.status).in_(WAITING))
                        .order_by(col(Plan.id).desc())).first()


def _new_plan(session: Session, version: int) -> Plan:
    plan = Plan(case_id=None, kind=SWEEP, version=version, digest="", needs_approval=True,
                status=PlanStatus.PENDING, subject_refs=[], replies=[], created_at=utcnow())
    session.add(plan)
    session.flush()
    return plan


def _insert_items(session: Session, plan_id: int, first_seq: int, items: Sequence[Item]) -> None:
    rows = [{"plan_id": plan_id, "seq": first_seq + n, "action": str(i.action),
             "kind": str(i.kind), "ref": i.ref, "customer_ref": i.customer_ref, "what": i.what,
             "reason": i.reason, "until": i.until, "field": i.field, "value": i.value}
            for n, i in enumerate(items)]
    if rows:
        session.execute(insert(PI), rows)


def sweep_digest(session: Session, plan_id: int) -> str:
    """A fingerprint of every item of a sweep plan (what is done to which row, until
    when), in stored order: approval pins it, and a plan whose items changed after approval
    is not carried out."""
    return hashlib.sha256(plan_text(session, plan_id).encode()).hexdigest()


def action_counts(session: Session, plan_id: int) -> dict[str, int]:
    found = session.execute(sa_select(PI.c.action, func.count()).where(PI.c.plan_id == plan_id)
                            .group_by(PI.c.action))
    return {str(action): int(count) for action, count in found}


def _seal(session: Session, plan: Plan, event: str, counts: dict[str, int] | None = None,
          **details: Any) -> dict[str, int]:
    """Digest the plan's items and record the event (ids and counts, no personal data)."""
    assert plan.id is not None
    plan.digest = sweep_digest(session, plan.id)
    session.add(plan)
    counts = counts if counts is not None else action_counts(session, plan.id)
    audit(session, event, actor=ACTOR, details={
        "plan_id": plan.id, "version": plan.version, "digest": plan.digest,
        "items": sum(counts.values()), **counts, **details})
    return counts


def plan_sweep(session: Session, config: Config) -> SweepReport:
    """Queue today's sweep as a pending plan (none when there is nothing to delete)."""
    plan = _new_plan(session, version=1)
    assert plan.id is not None
    with selected(session, cutoffs_for(config)) as selection:
        skipped = tuple(Skip(*row) for row in skipped_rows(session, selection))
        deletions = insert_deletions(session, selection, plan.id)
        keeps = keep_items(session, selection)
    if deletions == 0:
        session.delete(plan)
        return SweepReport(None, "nothing", 0, skipped)
    _insert_items(session, plan.id, deletions, keeps)
    counts = {A.DELETE.value: deletions, A.KEEP.value: len(keeps)}
    _seal(session, plan, "sweep.planned", counts, skipped=len(skipped))
    return SweepReport(plan.id, "queued", deletions + len(keeps), skipped)


def sweep_once(db: Database, config: Config, renderer: Renderer | None = None) -> SweepReport:
    """Carry out approved sweep plans, then plan today's sweep unless one still waits."""
    executed = run_approved_sweeps(db, config, renderer)
    with db.transaction() as session:
        _lock(session)
        waiting = waiting_sweep(session)
        if waiting is not None and waiting.id is not None:
            count = sum(action_counts(session, waiting.id).values())
            report = SweepReport(waiting.id, "pending", count)
        else:
            report = plan_sweep(session, config)
    log.info("retention sweep: %s, plan %s, %d items, %d skipped", report.state,
             report.plan_id, report.items, len(report.skipped))
    return replace(report, executed=executed)


def sweep_job(db: Database, config: Config, renderer: Renderer) -> int:
    """Run the sweep once (daily duty); how many items it planned or carried out."""
    report = sweep_once(db, config, renderer)
    return (report.items if report.state == "queued" else 0) + report.executed


# --- taking items out ------------------------------------------------------------------


def _pending_sweep(session: Session, plan_id: int) -> Plan:
    plan = session.exec(select(Plan).where(Plan.id == plan_id).with_for_update()).first()
    if plan is None or plan.kind != SWEEP:
        raise SweepError(f"no sweep plan with id {plan_id}")
    if plan.status != PlanStatus.PENDING:
        raise SweepError(f"sweep plan {plan_id} is already {plan.status}")
    return plan


def _matching(items: Sequence[PlanItem], ref: str) -> set[int]:
    """The items REF names: "C1001" (a customer and all its rows, a lead, an invoice),
    or "C1001/J1" (one row of that customer)."""
    customer, _, own = ref.partition("/")
    if own:
        found = [i for i in items if i.customer_ref == customer and i.ref == own]
    else:
        found = [i for i in items if ref in (i.ref, i.customer_ref)]
    if not found:
        raise SweepError(f"no item {ref} in this plan")
    if len({i.customer_ref or i.ref for i in found}) > 1:
        raise SweepError(f"{ref} is in the plan at several customers: write CUSTOMER/{ref}")
    return {i.seq for i in found}


def _parents(item: PlanItem, jobs: dict[RowKey, str]) -> list[RowKey]:
    """The rows above `item` that cannot be deleted while it stays."""
    cref = item.customer_ref
    if cref is None or item.kind == K.CUSTOMER:
        return []
    above: list[RowKey] = [(K.CUSTOMER.value, cref, cref)]
    job = jobs.get((item.kind, cref, item.ref))
    return [*above, (K.JOB.value, cref, job)] if job else above


def _family(session: Session, items: Sequence[PlanItem], chosen: set[int]) -> set[int]:
    """`chosen` with what goes with it: the rows under a dropped customer or job, and the
    deletion of every row above a dropped one."""
    picked = [i for i in items if i.seq in chosen]
    jobs = job_of(session, {i.customer_ref for i in picked if i.customer_ref})
    whole = {i.ref for i in picked if i.kind == K.CUSTOMER}
    job_rows = {(i.customer_ref, i.ref) for i in picked if i.kind == K.JOB}
    dropped = {i.seq for i in items if i.seq in chosen or i.customer_ref in whole
               or (i.customer_ref, jobs.get((i.kind, i.customer_ref or "", i.ref))) in job_rows}
    above = {key for i in items if i.seq in dropped for key in _parents(i, jobs)}
    return dropped | {i.seq for i in items if i.action == A.DELETE
                      and (i.kind, i.customer_ref, i.ref) in above}


def drop_items(session: Session, plan_id: int, refs: Iterable[str], staff: str) -> Plan:
    """A new version of pending sweep plan `plan_id` without the items `refs` name."""
    old = _pending_sweep(session, plan_id)
    items = plan_items(session, plan_id)
    chosen = set().union(*(_matching(items, ref) for ref in refs))
    dropped = _family(session, items, chosen)
    new = _new_plan(session, version=old.version + 1)
    kept = [i for i in items if i.seq not in dropped]
    _insert_items(session, new.id or 0, 0, [_as_item(i) for i in kept])
    old.status, old.decided_by, old.decided_at = PlanStatus.SUPERSEDED, staff, utcnow()
    session.add(old)
    _seal(session, new, "sweep.dropped", None, replaces=old.id, dropped=len(dropped),
          staff=f"staff:{staff}")
    return new


def _as_item(row: PlanItem) -> Item:
    return Item(ItemAction(row.action), RecordKind(row.kind), row.ref, row.what, row.reason,
                until=row.until, customer_ref=row.customer_ref, field=row.field,
                value=row.value)


# --- carrying out an approved sweep ----------------------------------------------------


def _key(item: Item) -> tuple[Any, ...]:
    return (str(item.action), str(item.kind), item.customer_ref, item.ref, item.until)


def _order(action: str, kind: str, seq: int) -> tuple[int, int]:
    """The executor's order (bot/cases/execute.py): holds first, then children first."""
    if action != A.DELETE:
        return (0, seq)
    return (1 + DELETE_ORDER.index(RecordKind(kind)) if kind in DELETE_ORDER else 99, seq)


def still_eligible(session: Session, config: Config, plan_id: int) -> list[int]:
    """The seqs of the plan's items that today's selection, run again for the plan's
    customers and leads, still plans the same way (a parent only with every row under it
    going too), in the order the executor runs them."""
    with selected(session, cutoffs_for(config), plan_id) as selection:
        fresh = deletion_keys(session, selection)
        fresh |= {_key(item) for item in keep_items(session, selection)}
    rows = session.execute(sa_select(PI.c.seq, PI.c.action, PI.c.kind, PI.c.customer_ref,
                                     PI.c.ref, PI.c.until)
                           .where(PI.c.plan_id == plan_id, PI.c.done_at.is_(None))).all()
    matching = [row for row in rows if tuple(row[1:]) in fresh]
    deleting = {(kind, cref, ref) for _, action, kind, cref, ref, _ in matching
                if action == A.DELETE}
    for parent, child in children_of_planned(session, plan_id):  # jobs, then customers
        if child not in deleting:
            deleting.discard(parent)
    runnable = [row for row in matching
                if row.action != A.DELETE or (row.kind, row.customer_ref, row.ref) in deleting]
    return [row.seq for row in sorted(runnable, key=lambda r: _order(r.action, r.kind, r.seq))]


def _run_in_chunks(session: Session, plan: Plan, seqs: Sequence[int]) -> int:
    """execute_items over the plan in slices, letting go of each slice's objects: a
    session holding a New Year's worth of rows would make every flush slower."""
    ran = 0
    for start in range(0, len(seqs), EXECUTE_CHUNK):
        part = seqs[start:start + EXECUTE_CHUNK]
        items = list(session.exec(select(PlanItem).where(
            PlanItem.plan_id == plan.id, col(PlanItem.seq).in_(part))))
        ran += execute_items(session, items, case_id=None, requester=None)
        session.flush()
        for obj in [o for o in session if o is not plan]:
            session.expunge(obj)
    return ran


def _left(session: Session, plan_id: int) -> tuple[RowKey, ...]:
    rows = session.execute(sa_select(PI.c.kind, PI.c.customer_ref, PI.c.ref).where(
        PI.c.plan_id == plan_id, PI.c.done_at.is_(None)).order_by(PI.c.seq))
    return tuple((kind, cref, ref) for kind, cref, ref in rows)


def _tell_recipients(session: Session, config: Config, plan: Plan,
                     renderer: Renderer | None) -> None:
    """Art. 19: the configured recipients hear of the deletions (R-NT-01)."""
    if config.recipients:
        from bot.cases.art19 import notify_recipients

        notify_recipients(session, config, renderer or Renderer(config), None, plan)


def execute_sweep_plan(session: Session, config: Config, plan: Plan,
                       renderer: Renderer | None = None) -> SweepRun:
    """Carry out an approved sweep plan: what is still eligible, children first."""
    if plan.id is None or plan.kind != SWEEP or plan.status != PlanStatus.APPROVED:
        raise SweepError(f"plan {plan.id} is not an approved sweep plan")
    if sweep_digest(session, plan.id) != plan.digest:
        raise SweepError(f"sweep plan {plan.id}: its items changed after approval")
    ran = _run_in_chunks(session, plan, still_eligible(session, config, plan.id))
    left = _left(session, plan.id)
    plan.status, plan.executed_at = PlanStatus.EXECUTED, utcnow()
    session.add(plan)
    _tell_recipients(session, config, plan, renderer)
    if ran:
        checkpoint_after_commit(session)  # the deleted rows leave SQLite's WAL too (§0)
    audit(session, "sweep.executed", actor=ACTOR, details={
        "plan_id": plan.id, "digest": plan.digest, "ran": ran, "skipped": len(left)})
    return SweepRun(plan.id, ran, left)


def carry_out_sweep(db: Database, config: Config, plan_id: int,
                    renderer: Renderer | None = None) -> SweepRun:
    """Carry out approved sweep plan `plan_id` in one transaction (after `queue approve`);
    SweepError, with nothing deleted, when it cannot run."""
    try:
        with db.transaction() as session:
            plan = session.exec(select(Plan).where(Plan.id == plan_id).with_for_update()).first()
            if plan is None:
                raise SweepError(f"no plan with id {plan_id}")
            if plan.kind == SWEEP and plan.status == PlanStatus.EXECUTED:
                # approve and the running service race for it; whoever locks it first runs it
                return SweepRun(plan_id, 0, (), earlier=True)
            run = execute_sweep_plan(session, config, plan, renderer)
    except ExecutionError as exc:  # the transaction was rolled back
        raise SweepError(f"sweep plan {plan_id}: {exc}") from exc
    log.info("%s", run.summary())
    return run


def _refuse(db: Database, plan_id: int, exc: Exception) -> None:
    """A plan that cannot run is set aside (superseded), so that the next sweep plans anew;
    why stays on the plan row, the audit trail gets the kind of failure only."""
    with db.transaction() as session:
        plan = session.get(Plan, plan_id)
        if plan is not None and plan.status == PlanStatus.APPROVED:
            plan.status, plan.reason = PlanStatus.SUPERSEDED, str(exc)[:500]
            session.add(plan)
            audit(session, "sweep.refused", actor=ACTOR, details={
                "plan_id": plan_id, "why": type(exc).__name__})


def run_approved_sweeps(db: Database, config: Config, renderer: Renderer | None = None) -> int:
    """Carry out every approved sweep plan not yet run (the worker's and the daily duty's
    share); how many items ran."""
    with db.reading() as session:
        ids = session.exec(select(Plan.id).where(
            Plan.kind == SWEEP, Plan.status == PlanStatus.APPROVED)).all()
    ran = 0
    for plan_id in (i for i in ids if i is not None):
        try:
            ran += carry_out_sweep(db, config, plan_id, renderer).ran
        except SweepError as exc:  # rolled back: nothing was deleted
            log.warning("sweep plan %s set aside: %s", plan_id, exc)
            _refuse(db, plan_id, exc)
    return ran


# --- the commands ----------------------------------------------------------------------


def _item_lines(row: dict[str, Any]) -> list[str]:
    lines = []
    for item in row["plan"][:SHOWN_ITEMS]:
        where = _where(item["kind"], item["customer_ref"])
        until = f" until {item['until']}" if item["until"] else ""
        lines.append(f"  {item['action']:<7} {item['kind']} {where}{item['ref']}{until}: "
                     f"{item['what']}")
    if len(row["plan"]) > SHOWN_ITEMS:
        lines.append(f"  ... and {len(row['plan']) - SHOWN_ITEMS} more "
                     "(dsrbot queue list --json)")
    return lines


def _headline(report: SweepReport, row: dict[str, Any] | None) -> str:
    if row is None:
        return "nothing to sweep"
    counts: dict[str, int] = {}
    for item in row["plan"]:
        counts[item["action"]] = counts.get(item["action"], 0) + 1
    what = ", ".join(f"{action} {n}" for action, n in sorted(counts.items()))
    state = ("queued" if report.state == "queued"
             else "still waits for a decision; nothing new was planned")
    return (f"sweep plan {row['id']} (version {row['version']}) {state}: {len(row['plan'])} "
            f"items ({what}). Approve: dsrbot queue approve {row['id']}; take items out: "
            f"dsrbot sweep drop {row['id']} REF ...")


def _print(report: SweepReport, row: dict[str, Any] | None, as_json: bool) -> None:
    import json

    if report.executed:
        print(f"carried out {report.executed} items of approved sweep plans",
              file=sys.stderr if as_json else sys.stdout)
    if as_json:
        if row is not None:
            skipped = [s.as_dict() for s in report.skipped]
            print(json.dumps({**row, "sweep": report.state, "skipped": skipped},
                             ensure_ascii=False, default=str))
        else:
            print("\n".join(s.line() for s in report.skipped), file=sys.stderr)
        return
    lines = [_headline(report, row), *(_item_lines(row) if row else [])]
    print("\n".join(lines + [s.line() for s in report.skipped]))


def _plan_row(db: Database, plan_id: int | None) -> dict[str, Any] | None:
    from bot.cases.views import plan_row

    if plan_id is None:
        return None
    with db.reading() as session:
        plan = session.get(Plan, plan_id)
        return plan_row(session, plan) if plan is not None else None


def cmd_sweep(args: argparse.Namespace) -> int:
    from bot.cli import _config, _database

    db = _database(args)
    report = sweep_once(db, _config(args))
    _print(report, _plan_row(db, report.plan_id), args.json)
    return 0


def cmd_drop(args: argparse.Namespace) -> int:
    import getpass
    import json

    from bot.cli import _database

    db = _database(args)
    try:
        with db.transaction() as session:
            plan = drop_items(session, args.plan_id, args.refs, args.staff or getpass.getuser())
    except SweepError as exc:
        print(f"dsrbot: {exc}", file=sys.stderr)
        return 1
    row = _plan_row(db, plan.id)
    assert row is not None
    if args.json:
        print(json.dumps(row, ensure_ascii=False, default=str))
    else:
        print(f"sweep plan {args.plan_id} replaced by plan {plan.id} (version {plan.version}), "
              f"{len(row['plan'])} items")
        print("\n".join(_item_lines(row)))
    return 0


def add_commands(sub: Any, add: Any) -> None:
    """`dsrbot sweep [--json]` and `dsrbot sweep drop PLAN_ID REF ...`."""
    sweep = add(sub, "sweep", cmd_sweep,
                "run the retention sweep once: queue the deletions the retention rules call "
                "for, for staff to approve (dsrbot queue approve)")
    sweep.add_argument("--json", action="store_true", help="the plan as one JSON object")
    ssub = sweep.add_subparsers(dest="sweep_command", metavar="COMMAND")
    drop = add(ssub, "drop", cmd_drop,
               "take items out of a pending sweep plan; a new version of the plan replaces it")
    drop.add_argument("plan_id", metavar="PLAN_ID", type=int)
    drop.add_argument("refs", nargs="+", metavar="REF",
                      help='"C1001" (a customer with all its rows, a lead, an invoice) or '
                           '"C1001/J1" (one row of that customer, with the rows under it)')
    drop.add_argument("--staff", help="who decides (default: your login name)")
    drop.add_argument("--json", action="store_true", help="the new plan as one JSON object")


