"""The retention sweep's selection: which register rows the retention rules let go today.

Set-based SQL (SQLAlchemy Core, alike on SQLite and PostgreSQL): customers past CL Smed's
policy period are found with one GROUP BY over the jobs, kept in scratch tables for the
transaction, the rows to delete with joins and NOT EXISTS, and the deletions go into plan
items with one INSERT ... SELECT. No Python loop walks the register. The date rules stay in
bot/retention/dates.py: `cutoffs` turns each rule into the last day that qualifies, so the
SQL only compares dates. The few rows kept for bookkeeping come back as data, because
their last day is worked out in dates.py too.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from sqlalchemy import (
    CTE,
    Boolean,
    Column,
    ColumnElement,
    Date,
    Integer,
    MetaData,
    Select,
    String,
    Table,
    and_,
    case,
    exists,
    false,
    func,
    insert,
    literal,
    not_,
    null,
    or_,
    select,
    text,
    true,
    tuple_,
    union,
    union_all,
)
from sqlalchemy import cast as sql_cast
from sqlmodel import Session

from bot.cases.kinds import HoldReason, ItemAction, RecordKind
from bot.retention.dates import (
    FinancialYear,
    bookkeeping_hold_until,
    deletable_from,
    policy_expired,
)
from bot.store.models import (
    Contact,
    Customer,
    Hold,
    Invoice,
    Job,
    Lead,
    Owner,
    PlanItem,
    QualityCheck,
)
from bot.timeutil import add_months
from handlers.contract import Item

K, A = RecordKind, ItemAction
BOOKKEEPING = HoldReason.BOOKKEEPING.value
# The rows a bookkeeping hold keeps: an invoice, and the job and customer above it.
KEEPABLE = (K.INVOICE.value, K.JOB.value, K.CUSTOMER.value)


def _table(model: Any) -> Table:
    return cast(Table, model.__table__)


C, OWN, CT, J, INV, QC, L, H, PI = (_table(m) for m in (
    Customer, Owner, Contact, Job, Invoice, QualityCheck, Lead, Hold, PlanItem))

POLICY = "retention over: latest job ended over 5 calendar years ago (R-RT-01)"
POLICY_DOCUMENT = POLICY + "; bookkeeping years over too (bogføringsloven § 12)"
ENDED = "kept for bookkeeping (bogføringsloven § 12): that hold has ended (R-RT-01)"
DEPARTED = "contact person no longer employed at the customer (§4.3)"
LEAD_IDLE = "lead with no activity for [retention] lead_months (CL Smed's notice)"
KEPT_DOCUMENT = ("accounting material: art. 17(3)(b) + bogføringsloven § 12, 5 years from the "
                 "end of its financial year (R-RT-01)")
NO_DATE = "; no invoice date on file: staff must set the date to fix the end of the hold"
KEPT_PARENT = ("kept unchanged: it holds an invoice kept for bookkeeping (R-RT-01); "
               "swept when that hold ends")
WHAT = {
    K.CUSTOMER: "customer record (name, address, phone, e-mail)",
    K.OWNER: "owner record (name, address, phone, e-mail)",
    K.CONTACT: "contact person record (name, title, phone, e-mail)",
    K.LEAD: "lead record (name, company, phone, e-mail)",
}
SEARCH_DAYS = 366 * 60


# --- the date rules as last qualifying days ------------------------------------------


@dataclass(frozen=True)
class Cutoffs:
    """Today's rules as dates: a row qualifies when its date is on or before the day."""

    today: date
    last_job_day: date  # latest job ended by then: the policy period is over
    last_document_day: date  # accounting material dated by then: its hold has ended
    last_lead_day: date  # a lead created by then has been idle for `lead_months`
    financial_year: FinancialYear


def last_day_where(rule: Callable[[date], bool], today: date) -> date:
    """The last day up to `today` on which `rule` holds, for a rule that holds up to some
    day and never after it; `date.min` when it holds on none (a binary search)."""
    low, high = today.toordinal() - SEARCH_DAYS, today.toordinal() + 1
    if not rule(date.fromordinal(low)):
        return date.min
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if rule(date.fromordinal(middle)) else (low, middle)
    return date.fromordinal(low)


def cutoffs(today: date, financial_year: FinancialYear, lead_months: int) -> Cutoffs:
    def document_ended(day: date) -> bool:
        return deletable_from(bookkeeping_hold_until(day, financial_year)) <= today

    return Cutoffs(
        today=today,
        last_job_day=last_day_where(lambda day: policy_expired(day, today), today),
        last_document_day=last_day_where(document_ended, today),
        last_lead_day=last_day_where(lambda day: add_months(day, lead_months) <= today, today),
        financial_year=financial_year,
    )


# --- small SQL pieces ------------------------------------------------------------------


def _text(value: str | None) -> ColumnElement[str]:
    """A typed string constant (PostgreSQL must know a UNION column's type)."""
    return sql_cast(null() if value is None else literal(str(value)), String)


def in_force(hold: Any, today: date) -> ColumnElement[bool]:
    return or_(hold.c.until.is_(None), hold.c.until >= today)


def kept_by_rule(hold: Any) -> ColumnElement[bool]:
    """A bookkeeping hold the rules set on an invoice and the rows above it: it keeps those
    rows; every other hold in force (claims, restriction, ongoing job, staff) blocks."""
    return and_(hold.c.reason == BOOKKEEPING, hold.c.set_by == "rule",
                hold.c.kind.in_(KEEPABLE))


def _absent(column: Any, value: Any) -> ColumnElement[bool]:
    """`value` is not among `column`'s values: NOT EXISTS, which PostgreSQL runs as a hash
    anti-join (a NOT IN over a large subquery it would scan once per row)."""
    return ~exists(select(column).where(column == value))


def _columns(kind: RecordKind, ref: Any, customer_ref: Any, what: Any,
             reason: str) -> list[ColumnElement[Any]]:
    """One DELETE item's columns."""
    cref = customer_ref if customer_ref is not None else _text(None)
    what_col = _text(what) if isinstance(what, str) else what
    return [_text(A.DELETE).label("action"), _text(kind).label("kind"), ref.label("ref"),
            cref.label("customer_ref"), what_col.label("what"), _text(reason).label("reason")]


# --- the selection ---------------------------------------------------------------------


# Scratch tables for one sweep: the aggregate over all jobs, the blocked customers, the
# policy customers with their jobs and what of them is kept are computed once, then every
# query joins them by key (a CTE would be computed again in every statement using it).
SCRATCH = MetaData()
TEMP = ["TEMPORARY"]
STATS = Table("sweep_stats", SCRATCH, Column("customer_id", Integer, primary_key=True),
              Column("last_done", Date), Column("ongoing", Integer), prefixes=TEMP)
BLOCKED = Table("sweep_blocked", SCRATCH, Column("customer_ref", String, primary_key=True),
                Column("reason", String), prefixes=TEMP)
# `held`: the customer has a bookkeeping hold in force somewhere; only then is the hold
# table asked about each of its rows.
POLICY_ROWS = Table("sweep_policy", SCRATCH, Column("id", Integer, primary_key=True),
                    Column("ref", String, index=True), Column("held", Boolean), prefixes=TEMP)
POLICY_JOBS = Table("sweep_job", SCRATCH, Column("id", Integer, primary_key=True),
                    Column("ref", String), Column("cref", String, index=True),
                    Column("held", Boolean), prefixes=TEMP)
KEPT_JOBS = Table("sweep_kept_job", SCRATCH, Column("id", Integer, primary_key=True),
                  prefixes=TEMP)
KEPT_CUSTOMERS = Table("sweep_kept_customer", SCRATCH,
                       Column("ref", String, primary_key=True), prefixes=TEMP)
SCRATCH_TABLES = (KEPT_CUSTOMERS, KEPT_JOBS, POLICY_JOBS, POLICY_ROWS, BLOCKED, STATS)


def _fill(session: Session, table: Table, query: Any) -> Table:
    """A scratch table holding `query`'s rows, for this transaction's connection only."""
    connection = session.connection()
    table.drop(connection, checkfirst=True)
    table.create(connection)
    session.execute(insert(table).from_select([c.name for c in table.c], query))
    # Statistics, so that the planner starts from the smaller side of each join (PostgreSQL's
    # autovacuum never analyses temp tables; SQLite would guess their sizes).
    session.execute(text(f"ANALYZE {table.name}"))
    return table


class Selection:
    """Today's sweep as queries; with `plan_id`, only the customers and leads of that plan
    (the re-check before a plan is carried out). Use it through `selected`."""

    def __init__(self, session: Session, cut: Cutoffs, plan_id: int | None = None) -> None:
        self.cut, self.plan_id = cut, plan_id
        self.blocked = _fill(session, BLOCKED, self._blocked())
        self.stats = _fill(session, STATS, self._stats())
        self.policy = _fill(session, POLICY_ROWS, self._policy())
        self.pjob = _fill(session, POLICY_JOBS, select(
            J.c.id, J.c.ref, self.policy.c.ref, self.policy.c.held).join(
            self.policy, self.policy.c.id == J.c.customer_id))
        self.kept_jobs = _fill(session, KEPT_JOBS, self._kept_jobs())
        self.kept_customers = _fill(session, KEPT_CUSTOMERS, self._kept_customers())
        self.ended = self._ended()
        self.ended_jobs = self._ended_jobs()

    @staticmethod
    def release(session: Session) -> None:
        for table in SCRATCH_TABLES:
            table.drop(session.connection(), checkfirst=True)

    def customers_in_scope(self, ref: Any) -> ColumnElement[bool]:
        if self.plan_id is None:
            return true()
        return cast(ColumnElement[bool], ref.in_(
            select(PI.c.customer_ref).where(PI.c.plan_id == self.plan_id)))

    def leads_in_scope(self, ref: Any) -> ColumnElement[bool]:
        if self.plan_id is None:
            return true()
        return cast(ColumnElement[bool], ref.in_(select(PI.c.ref).where(
            PI.c.plan_id == self.plan_id, PI.c.kind == K.LEAD)))

    def _blocked(self) -> Select[Any]:
        """Customers with a hold in force anywhere in their records that a person set or
        that no date ends: a person decides about them, never the sweep."""
        return (select(H.c.customer_ref, func.min(H.c.reason))
                .where(H.c.customer_ref.is_not(None), in_force(H, self.cut.today),
                       not_(kept_by_rule(H)))
                .group_by(H.c.customer_ref))

    def _stats(self) -> Select[Any]:
        """Per customer: the day the latest job ended, and how many jobs still run."""
        jobs = select(J.c.customer_id, func.max(J.c.completed),
                      func.count() - func.count(J.c.completed))
        if self.plan_id is not None:
            jobs = jobs.where(J.c.customer_id.in_(
                select(C.c.id).where(self.customers_in_scope(C.c.ref))))
        return jobs.group_by(J.c.customer_id)

    def _policy(self) -> Select[Any]:
        stats, blocked = self.stats, self.blocked
        held = exists(select(H.c.id).where(H.c.customer_ref == C.c.ref,
                                           in_force(H, self.cut.today), kept_by_rule(H)))
        return (select(C.c.id, C.c.ref, held).join(stats, stats.c.customer_id == C.c.id)
                .where(stats.c.last_done <= self.cut.last_job_day, stats.c.ongoing == 0,
                       _absent(blocked.c.customer_ref, C.c.ref),
                       self.customers_in_scope(C.c.ref)))

    def held(self, kind: RecordKind, customer_ref: Any, ref: Any) -> ColumnElement[bool]:
        """Whether a `kind` row is under a bookkeeping hold still in force (an EXISTS on
        the hold table's unique index, row by row: SQLite cannot index a row-value IN)."""
        return exists(select(H.c.id).where(
            H.c.kind == kind, H.c.customer_ref == customer_ref, H.c.ref == ref,
            in_force(H, self.cut.today), kept_by_rule(H)))

    def invoice_kept(self, jobs: Any) -> ColumnElement[bool]:
        """An invoice (joined to `jobs`, the policy customers' jobs) still in its bookkeeping
        years, or of unknown date."""
        return or_(INV.c.date.is_(None), INV.c.date > self.cut.last_document_day,
                   and_(jobs.c.held, self.held(K.INVOICE, jobs.c.cref, INV.c.number)))

    def _kept_jobs(self) -> Any:
        """Policy customers' jobs kept as the parents of a kept invoice, or held themselves."""
        pjob = self.pjob
        by_invoice = select(pjob.c.id).join(INV, INV.c.job_id == pjob.c.id).where(
            self.invoice_kept(pjob))
        by_hold = select(pjob.c.id).where(pjob.c.held, self.held(K.JOB, pjob.c.cref, pjob.c.ref))
        return union(by_invoice, by_hold)

    def _kept_customers(self) -> Any:
        by_job = select(self.pjob.c.cref.label("ref")).join(
            self.kept_jobs, self.kept_jobs.c.id == self.pjob.c.id)
        by_hold = select(self.policy.c.ref).where(
            self.policy.c.held, self.held(K.CUSTOMER, self.policy.c.ref, self.policy.c.ref))
        return union(by_job, by_hold)

    def _ended(self) -> CTE:
        """Rows outside the policy set whose bookkeeping hold has ended, with no hold left
        in force on them and none blocking their customer."""
        live = H.alias("live")
        still = select(live.c.id).where(
            live.c.kind == H.c.kind, live.c.customer_ref == H.c.customer_ref,
            live.c.ref == H.c.ref, in_force(live, self.cut.today))
        return (select(H.c.kind, H.c.customer_ref, H.c.ref).distinct()
                .where(H.c.reason == BOOKKEEPING, H.c.until < self.cut.today,
                       H.c.kind.in_(KEEPABLE), ~exists(still),
                       _absent(self.policy.c.ref, H.c.customer_ref),
                       _absent(self.blocked.c.customer_ref, H.c.customer_ref),
                       self.customers_in_scope(H.c.customer_ref))
                .cte("ended"))

    def _ended_jobs(self) -> CTE:
        """Ended jobs whose invoices all go too, and that have no quality check left."""
        ended, invoices = self.ended, self.ended.alias("ended_invoice")
        this_job = and_(C.c.ref == ended.c.customer_ref, J.c.ref == ended.c.ref)
        in_job = INV.join(J, INV.c.job_id == J.c.id).join(C, J.c.customer_id == C.c.id)
        open_invoice = select(INV.c.id).select_from(in_job).where(
            this_job, ~exists(select(invoices.c.ref).where(
                invoices.c.kind == K.INVOICE, invoices.c.ref == INV.c.number)))
        check = select(QC.c.id).select_from(
            QC.join(J, QC.c.job_id == J.c.id).join(C, J.c.customer_id == C.c.id)).where(this_job)
        return (select(ended.c.customer_ref, ended.c.ref)
                .where(ended.c.kind == K.JOB, ~exists(open_invoice), ~exists(check))
                .cte("ended_job"))

    # --- the DELETE items ---------------------------------------------------------------

    def _policy_deletions(self) -> list[Select[Any]]:
        """The policy customers' rows, top-down (the executor deletes children first)."""
        pjob, policy = self.pjob, self.policy
        return [
            select(*_columns(K.CUSTOMER, policy.c.ref, policy.c.ref, WHAT[K.CUSTOMER], POLICY))
            .where(_absent(self.kept_customers.c.ref, policy.c.ref)),
            *(select(*_columns(kind, table.c.ref, policy.c.ref, WHAT[kind], POLICY))
              .select_from(table.join(policy, table.c.customer_id == policy.c.id))
              for kind, table in ((K.OWNER, OWN), (K.CONTACT, CT))),
            select(*_columns(K.JOB, pjob.c.ref, pjob.c.cref,
                             _text("job ") + pjob.c.ref + _text(" record (title, dates)"), POLICY))
            .where(_absent(self.kept_jobs.c.id, pjob.c.id)),
            select(*_columns(K.INVOICE, INV.c.number, pjob.c.cref,
                             _text("invoice ") + INV.c.number, POLICY_DOCUMENT))
            .select_from(INV.join(pjob, INV.c.job_id == pjob.c.id))
            .where(not_(self.invoice_kept(pjob))),
            select(*_columns(K.QUALITY_CHECK, _qc_ref(), pjob.c.cref,
                             _text("quality check of job ") + pjob.c.ref, POLICY))
            .select_from(QC.join(pjob, QC.c.job_id == pjob.c.id)),
        ]

    def entirely_kept(self) -> CTE:
        """Refs of policy customers whose every row is kept: nothing to delete there, so
        nothing is planned (a daily sweep would list their kept rows again and again)."""
        policy, jobs = self.policy, self.pjob.alias("own_job")
        own = jobs.c.cref == policy.c.ref
        rows_left = [
            select(jobs.c.id).where(own, _absent(self.kept_jobs.c.id, jobs.c.id)),
            select(jobs.c.id).join(QC, QC.c.job_id == jobs.c.id).where(own),
            select(jobs.c.id).join(INV, INV.c.job_id == jobs.c.id).where(
                own, not_(self.invoice_kept(jobs))),
            *(select(t.c.id).where(t.c.customer_id == policy.c.id) for t in (OWN, CT)),
        ]
        return (select(policy.c.ref)
                .where(policy.c.ref.in_(select(self.kept_customers.c.ref)),
                       *(~exists(q) for q in rows_left))
                .cte("entirely_kept"))

    def _ended_deletions(self) -> list[Select[Any]]:
        ended, jobs = self.ended, self.ended_jobs
        this = C.c.ref == ended.c.ref
        job_left = select(J.c.id).join_from(J, C, J.c.customer_id == C.c.id).where(
            this, ~exists(select(jobs.c.ref).where(jobs.c.customer_ref == C.c.ref,
                                                   jobs.c.ref == J.c.ref)))
        person_left = [select(t.c.id).join_from(t, C, t.c.customer_id == C.c.id).where(this)
                       for t in (OWN, CT)]
        return [
            select(*_columns(K.INVOICE, ended.c.ref, ended.c.customer_ref,
                             _text("invoice ") + ended.c.ref, ENDED))
            .where(ended.c.kind == K.INVOICE),
            select(*_columns(K.JOB, jobs.c.ref, jobs.c.customer_ref,
                             _text("job ") + jobs.c.ref + _text(" record (title, dates)"), ENDED)),
            select(*_columns(K.CUSTOMER, ended.c.ref, ended.c.ref, WHAT[K.CUSTOMER], ENDED))
            .where(ended.c.kind == K.CUSTOMER, ~exists(job_left),
                   *(~exists(q) for q in person_left)),
        ]

    def _contact_blocked(self) -> Select[Any]:
        on_contact = and_(H.c.kind == K.CONTACT, H.c.customer_ref == C.c.ref,
                          H.c.ref == CT.c.ref)
        on_customer = and_(H.c.kind == K.CUSTOMER, H.c.ref == C.c.ref, not_(kept_by_rule(H)))
        return select(H.c.id).where(or_(on_contact, on_customer), in_force(H, self.cut.today))

    def _departed(self) -> Select[Any]:
        """Contact persons who left, at customers the policy does not sweep whole."""
        return (select(*_columns(K.CONTACT, CT.c.ref, C.c.ref, WHAT[K.CONTACT], DEPARTED))
                .join_from(CT, C, CT.c.customer_id == C.c.id)
                .where(CT.c.employed == false(), _absent(self.policy.c.id, C.c.id),
                       ~exists(self._contact_blocked()), self.customers_in_scope(C.c.ref)))

    def _lead_held(self) -> Select[Any]:
        return select(H.c.id).where(H.c.kind == K.LEAD, H.c.ref == L.c.ref,
                                    in_force(H, self.cut.today))

    def _idle_leads(self) -> Select[Any]:
        return (select(*_columns(K.LEAD, L.c.ref, None, WHAT[K.LEAD], LEAD_IDLE))
                .where(L.c.created <= self.cut.last_lead_day, ~exists(self._lead_held()),
                       self.leads_in_scope(L.c.ref)))

    def deletions(self) -> Any:
        """Every DELETE item of today's sweep: one UNION ALL."""
        return union_all(*self._policy_deletions(), *self._ended_deletions(),
                         self._departed(), self._idle_leads())

    # --- what is left out, and why ------------------------------------------------------

    def skipped(self) -> Any:
        """Rows the rules would let go but a person must decide about: (kind, ref,
        customer_ref, reason), refs and reasons only."""
        stats, blocked = self.stats, self.blocked
        why = case((stats.c.ongoing > 0, _text("ongoing job")),
                   else_=blocked.c.reason + _text(" hold"))
        customers = (select(_text(K.CUSTOMER).label("kind"), C.c.ref.label("ref"),
                            C.c.ref.label("customer_ref"), why.label("reason"))
                     .join(stats, stats.c.customer_id == C.c.id)
                     .outerjoin(blocked, blocked.c.customer_ref == C.c.ref)
                     .where(stats.c.last_done <= self.cut.last_job_day,
                            or_(stats.c.ongoing > 0, blocked.c.customer_ref.is_not(None)),
                            self.customers_in_scope(C.c.ref)))
        kept = (select(_text(K.CUSTOMER), H.c.customer_ref, H.c.customer_ref,
                       blocked.c.reason + _text(" hold"))
                .join_from(H, blocked, blocked.c.customer_ref == H.c.customer_ref)
                .where(H.c.reason == BOOKKEEPING, H.c.until < self.cut.today,
                       self.customers_in_scope(H.c.customer_ref)))
        return union(customers, kept, self._skipped_contacts(), self._skipped_leads())

    def _skipped_contacts(self) -> Select[Any]:
        on_contact = and_(H.c.kind == K.CONTACT, H.c.customer_ref == C.c.ref,
                          H.c.ref == CT.c.ref)
        on_customer = and_(H.c.kind == K.CUSTOMER, H.c.ref == C.c.ref, not_(kept_by_rule(H)))
        return (select(_text(K.CONTACT), CT.c.ref, C.c.ref, func.min(H.c.reason) + _text(" hold"))
                .select_from(CT.join(C, CT.c.customer_id == C.c.id).join(
                    H, and_(or_(on_contact, on_customer), in_force(H, self.cut.today))))
                .where(CT.c.employed == false(), _absent(self.policy.c.id, C.c.id),
                       self.customers_in_scope(C.c.ref))
                .group_by(CT.c.ref, C.c.ref))

    def _skipped_leads(self) -> Select[Any]:
        return (select(_text(K.LEAD), L.c.ref, _text(None), func.min(H.c.reason) + _text(" hold"))
                .join_from(L, H, and_(H.c.kind == K.LEAD, H.c.ref == L.c.ref,
                                      in_force(H, self.cut.today)))
                .where(L.c.created <= self.cut.last_lead_day, self.leads_in_scope(L.c.ref))
                .group_by(L.c.ref))


@contextmanager
def selected(session: Session, cut: Cutoffs, plan_id: int | None = None) -> Iterator[Selection]:
    """A Selection with its scratch tables, dropped again after a successful block (a
    failed one rolls back, which takes them away on both databases)."""
    selection = Selection(session, cut, plan_id)
    yield selection
    selection.release(session)


# --- running it ------------------------------------------------------------------------

ITEM_COLUMNS = ("plan_id", "seq", "action", "kind", "ref", "customer_ref", "what", "reason")


def insert_deletions(session: Session, selection: Selection, plan_id: int) -> int:
    """Every DELETE item straight into `plan_id` by one INSERT ... SELECT, kind by kind
    (sorting a New Year's million items by customer would cost more than the selection)."""
    rows = selection.deletions().subquery("sweep_item")
    seq = func.row_number().over() - 1
    source = select(sql_cast(literal(plan_id), Integer), seq, rows.c.action, rows.c.kind,
                    rows.c.ref, rows.c.customer_ref, rows.c.what, rows.c.reason)
    session.execute(insert(PI).from_select(ITEM_COLUMNS, source))
    # Counted, not taken from rowcount: sqlite3 reports -1 for a statement opening with WITH.
    return int(session.scalar(select(func.count()).where(PI.c.plan_id == plan_id)) or 0)


def deletion_keys(session: Session, selection: Selection) -> set[tuple[Any, ...]]:
    """The DELETE items as (action, kind, customer_ref, ref, until) keys (the re-check)."""
    rows = selection.deletions().subquery("sweep_item")
    found = session.execute(select(rows.c.action, rows.c.kind, rows.c.customer_ref, rows.c.ref))
    return {(*row, None) for row in found}


def skipped_rows(session: Session, selection: Selection) -> list[tuple[str, str, str | None, str]]:
    found = session.execute(selection.skipped())
    return sorted((str(k), str(r), c, str(why)) for k, r, c, why in found)


# --- the rows kept for bookkeeping -----------------------------------------------------

RowKey = tuple[str, str | None, str]  # kind, customer_ref, ref: how holds name a row
NONE_YET = date.min  # no hold: any real last day, or None (until lifted), outlasts it


def later(a: date | None, b: date | None) -> date | None:
    """The later of two last days; None (until a person lifts it) outlasts any date."""
    return None if a is None or b is None else max(a, b)


def _rule_holds(session: Session, selection: Selection) -> dict[RowKey, date | None]:
    """Bookkeeping holds in force on the policy customers' rows, per row."""
    entirely_kept = selection.entirely_kept()
    found = session.execute(select(H.c.kind, H.c.customer_ref, H.c.ref, H.c.until).where(
        in_force(H, selection.cut.today), kept_by_rule(H),
        H.c.customer_ref.in_(select(selection.policy.c.ref)),
        _absent(entirely_kept.c.ref, H.c.customer_ref)))
    holds: dict[RowKey, date | None] = {}
    for kind, cref, ref, until in found:
        holds[(kind, cref, ref)] = later(holds.get((kind, cref, ref), NONE_YET), until)
    return holds


def _kept_item(kind: RecordKind, ref: str, cref: str, what: str, reason: str,
               until: date | None) -> Item:
    return Item(A.KEEP, kind, ref, what, reason, until=until, customer_ref=cref,
                field=BOOKKEEPING)


@dataclass
class Keeps:
    """The kept rows of the policy customers, children first, and each one's last day."""

    holds: dict[RowKey, date | None]
    items: list[Item]
    jobs: dict[tuple[str, str], date | None]

    def invoice(self, cref: str, job: str, number: str, day: date | None,
                fy: FinancialYear) -> None:
        own = bookkeeping_hold_until(day, fy) if day else None
        until = later(own, self.holds.get((K.INVOICE, cref, number), NONE_YET))
        what = f"invoice {number}" + (f" dated {day.isoformat()}" if day else
                                      " (no date on file)")
        self.items.append(_kept_item(K.INVOICE, number, cref, what,
                                     KEPT_DOCUMENT + ("" if day else NO_DATE), until))
        self.jobs[(cref, job)] = later(self.jobs.get((cref, job), NONE_YET), until)

    def parents(self) -> None:
        for (kind, cref, ref), until in self.holds.items():
            if kind == K.JOB and cref is not None:
                self.jobs[(cref, ref)] = later(self.jobs.get((cref, ref), NONE_YET), until)
        customers: dict[str, date | None] = {}
        for (cref, ref), until in sorted(self.jobs.items()):
            self.items.append(_kept_item(K.JOB, ref, cref, f"job {ref} record (title, dates)",
                                         KEPT_PARENT, until))
            customers[cref] = later(customers.get(cref, NONE_YET), until)
        for (kind, cref, _ref), until in self.holds.items():
            if kind == K.CUSTOMER and cref is not None:
                customers[cref] = later(customers.get(cref, NONE_YET), until)
        self.items += [_kept_item(K.CUSTOMER, cref, cref, WHAT[K.CUSTOMER], KEPT_PARENT, until)
                       for cref, until in sorted(customers.items())]


def keep_items(session: Session, selection: Selection) -> list[Item]:
    """KEEP items for the invoices still in their bookkeeping years and the job and customer
    above them, at the policy customers that have something to delete too."""
    keeps = Keeps(_rule_holds(session, selection), [], {})
    pjob, entirely_kept = selection.pjob, selection.entirely_kept()
    found = session.execute(select(pjob.c.cref, pjob.c.ref, INV.c.number, INV.c.date)
                            .join(INV, INV.c.job_id == pjob.c.id)
                            .where(selection.invoice_kept(pjob),
                                   _absent(entirely_kept.c.ref, pjob.c.cref))
                            .order_by(pjob.c.cref, pjob.c.ref, INV.c.number))
    for cref, job, number, day in found:
        keeps.invoice(cref, job, number, day, selection.cut.financial_year)
    keeps.parents()
    return keeps.items


# --- the register under a plan's rows --------------------------------------------------


def _qc_ref() -> ColumnElement[str]:
    return _text("qc-") + sql_cast(QC.c.id, String)


def _job_rows(where: ColumnElement[bool]) -> list[Select[Any]]:
    """Invoices and quality checks as (customer_ref, job ref, kind, ref) under `where`."""
    return [select(C.c.ref, J.c.ref, _text(kind), ref)
            .select_from(table.join(J, table.c.job_id == J.c.id)
                         .join(C, J.c.customer_id == C.c.id)).where(where)
            for kind, table, ref in ((K.INVOICE, INV, INV.c.number),
                                     (K.QUALITY_CHECK, QC, _qc_ref()))]


def job_of(session: Session, customers: Iterable[str]) -> dict[RowKey, str]:
    """The job each invoice and quality check of `customers` belongs to, by row key."""
    found = session.execute(union_all(*_job_rows(C.c.ref.in_(list(customers)))))
    return {(kind, cref, ref): job for cref, job, kind, ref in found}


def children_of_planned(session: Session, plan_id: int) -> list[tuple[RowKey, RowKey]]:
    """(parent, child) for every row now in the register under a job or a customer that
    plan `plan_id` deletes: the jobs' children first, then the customers'."""
    def planned(kind: RecordKind) -> Select[Any]:
        return select(PI.c.customer_ref, PI.c.ref).where(
            PI.c.plan_id == plan_id, PI.c.kind == kind, PI.c.action == A.DELETE)

    under_jobs = session.execute(union_all(*_job_rows(
        tuple_(C.c.ref, J.c.ref).in_(planned(K.JOB)))))
    pairs: list[tuple[RowKey, RowKey]] = [((K.JOB.value, cref, job), (kind, cref, ref))
                                          for cref, job, kind, ref in under_jobs]
    rows = union_all(*(select(C.c.ref, _text(kind), table.c.ref)
                       .join_from(table, C, table.c.customer_id == C.c.id)
                       .where(tuple_(C.c.ref, C.c.ref).in_(planned(K.CUSTOMER)))
                       for kind, table in ((K.JOB, J), (K.OWNER, OWN), (K.CONTACT, CT))))
    pairs += [((K.CUSTOMER.value, cref, cref), (kind, cref, ref))
              for cref, kind, ref in session.execute(rows)]
    return pairs


# --- a plan as one text, for its digest ------------------------------------------------

US = "\x1f"  # between the fields of an item


def _joined(*columns: Any) -> ColumnElement[str]:
    line: ColumnElement[str] = func.coalesce(columns[0], _text(""))
    for column in columns[1:]:
        line = line + _text(US) + func.coalesce(column, _text(""))
    return line


def _lines() -> tuple[ColumnElement[str], ColumnElement[str]]:
    """What each item does to which row, and, for the few items that are not deletions,
    their order, last day, hold reason and value (a deletion ignores those)."""
    row = _joined(PI.c.action, PI.c.kind, PI.c.customer_ref, PI.c.ref)
    extra = _joined(sql_cast(PI.c.seq, String), sql_cast(PI.c.until, String), PI.c.field,
                    PI.c.value)
    return row, case((PI.c.action != A.DELETE, extra), else_=null())


def plan_text(session: Session, plan_id: int) -> str:
    """A plan's items as one text, in stored order, concatenated by the database: a New
    Year's plan has a million items, too many to turn into Python objects to hash."""
    lines = _lines()
    if session.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import aggregate_order_by

        aggregates = [func.string_agg(line, aggregate_order_by(_text("\n"), PI.c.id))
                      for line in lines]
    else:  # SQLite reads a plan through its plan_id index: in id order, with no sort
        aggregates = [func.group_concat(line, _text("\n")) for line in lines]
    found = session.execute(select(*aggregates).where(PI.c.plan_id == plan_id)).one()
    return "\x1e".join(part or "" for part in found)
