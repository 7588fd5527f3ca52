"""Erasure (art. 17): decide, row by row, what of a person's records is deleted and what the
law keeps, and draft the one reply that says which is which (gdpr-dk.md §4.2, §5.4, §5.5).

Only legal holds survive an erasure request (R-RT-02): accounting material under
bogføringsloven § 12 until the end of its own financial year + 5 years (R-RT-01), what an
ongoing job still needs, and the claims and restriction holds already on a row. CL Smed's
own 5-year policy date keeps nothing. Deletion is real and children go before parents
(R-ER-01); a row with a kept child is kept too, with its fields that nobody needs cleared.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from bot.cases.art19 import told_in_reply
from bot.cases.kinds import HoldReason, Intent, ItemAction, RecordKind
from bot.register.snapshot import (
    CustomerRec,
    HoldRec,
    InvoiceRec,
    JobRec,
    PersonRec,
    QualityCheckRec,
    Role,
    Snapshot,
)
from bot.retention.dates import bookkeeping_hold_until
from handlers.contract import CaseFacts, Item, Outcome, ReplySpec, Settings

TEMPLATE = "erasure"
K = RecordKind
BOOKKEEPING = HoldReason.BOOKKEEPING.value
ONGOING = HoldReason.ONGOING_JOB.value

Keeps = dict[str, date | None]  # hold reason -> last day kept (None: until a person lifts it)
RowKey = tuple[str, str, str | None]  # kind, ref, customer_ref: how holds name a row

# Holds set by staff or by an earlier request that an erasure must respect (R-RT-02).
# Bookkeeping and ongoing-job holds are worked out afresh from the records themselves.
RESPECTED = frozenset({HoldReason.CLAIMS.value, HoldReason.RESTRICTION.value})
REASON_ORDER = tuple(r.value for r in HoldReason)

WHY_KEPT = {
    BOOKKEEPING: "accounting material: art. 17(3)(b) + bogføringsloven § 12, 5 years from "
                 "the end of its financial year (R-RT-01)",
    ONGOING: "job not completed: needed to finish the contract (art. 6(1)(b))",
    HoldReason.CLAIMS.value: "claims hold set by staff (art. 17(3)(e))",
    HoldReason.RESTRICTION.value: "restriction in force (art. 18)",
}
NO_DATE = "; no invoice date on file: staff must set the date to fix the end of the hold"
NOT_NEEDED = "erasure requested; no legal hold applies (art. 17(1)(a), R-RT-02)"
LEGIT_INTEREST = "processed on legitimate interest; erasure requested (art. 17(1)(c), §4.2)"

PERSON_ROWS = {
    Role.OWNER: (K.OWNER, "owner record (name, address, phone, e-mail)"),
    Role.CONTACT: (K.CONTACT, "contact person record (name, title, phone, e-mail)"),
    Role.LEAD: (K.LEAD, "lead record (name, company, phone, e-mail)"),
}
CATEGORY = {K.CUSTOMER: "customer_record", K.JOB: "jobs", K.QUALITY_CHECK: "quality_checks",
            K.INVOICE: "invoices", K.OWNER: "owner", K.CONTACT: "contact", K.LEAD: "lead"}
CATEGORY_ORDER = ("customer_record", "customer_name_address", "customer_contact_details",
                  "jobs", "quality_checks", "invoices", "owner", "contact", "lead")


def later(a: date | None, b: date | None) -> date | None:
    """The later of two last days; None (until a person lifts it) outlasts any date."""
    return None if a is None or b is None else max(a, b)


def merge(*parts: Keeps) -> Keeps:
    """Several sets of holds on one row: per reason, the one that lasts longest."""
    merged: Keeps = {}
    for part in parts:
        for reason, until in part.items():
            merged[reason] = later(merged[reason], until) if reason in merged else until
    return merged


@dataclass(frozen=True)
class Row:
    """One register row the plan deletes or keeps."""

    kind: RecordKind
    ref: str
    customer_ref: str | None
    what: str
    note: str = ""  # added to every keep reason (an undated invoice)
    delete_reason: str = NOT_NEEDED

    @property
    def key(self) -> RowKey:
        return (self.kind.value, self.ref, self.customer_ref)

    def items(self, own: Keeps, inherited: Keeps | None = None) -> list[Item]:
        """DELETE when nothing holds the row; else a KEEP per reason (the executor stores a
        hold per reason, so lifting one does not free what another still keeps)."""
        keeps = merge(own, inherited or {})
        if not keeps:
            return [self._item(ItemAction.DELETE, self.delete_reason, None, None)]
        return [self._item(ItemAction.KEEP, self._why(r, r in own), keeps[r], r)
                for r in REASON_ORDER if r in keeps]

    def _why(self, reason: str, own: bool) -> str:
        why = WHY_KEPT[reason] + self.note
        return why if own else f"holds kept rows: {why}"

    def _item(self, action: ItemAction, reason: str, until: date | None,
              hold: str | None) -> Item:
        return Item(action, self.kind, self.ref, self.what, reason, until=until,
                    customer_ref=self.customer_ref, field=hold)


@dataclass(frozen=True)
class Context:
    today: date
    settings: Settings
    holds: tuple[HoldRec, ...]  # the claims and restriction holds still in force

    def held(self, *rows: RowKey) -> Keeps:
        """The respected holds on any of `rows`: a hold on a row covers the rows under it."""
        return merge(*({h.reason: h.until} for h in self.holds
                       if (h.kind, h.ref, h.customer_ref) in rows))


def holds_in_force(holds: Iterable[HoldRec], today: date) -> tuple[HoldRec, ...]:
    return tuple(h for h in holds if h.reason in RESPECTED
                 and (h.until is None or today <= h.until))


def _dated(day: date | None) -> str:
    return f" dated {day.isoformat()}" if day else ""


def _invoice_keeps(invoice: InvoiceRec, ctx: Context) -> Keeps:
    """Each invoice counts from its own financial year, not the job's (R-RT-01)."""
    if invoice.date is None:
        return {BOOKKEEPING: None}
    until = bookkeeping_hold_until(invoice.date, ctx.settings.financial_year)
    return {BOOKKEEPING: until} if ctx.today <= until else {}


def _invoice_row(customer_ref: str, invoice: InvoiceRec) -> Row:
    what = f"invoice {invoice.number}{_dated(invoice.date) or ' (no date on file)'}"
    ended = "erasure requested; its bookkeeping hold has ended (R-RT-01, R-RT-02)"
    return Row(K.INVOICE, invoice.number, customer_ref, what,
               note="" if invoice.date else NO_DATE, delete_reason=ended)


def _qc_row(customer_ref: str, job: JobRec, qc: QualityCheckRec) -> Row:
    return Row(K.QUALITY_CHECK, f"qc-{qc.id}", customer_ref,
               f"quality check of job {job.ref}{_dated(qc.date)}")


@dataclass
class JobPlan:
    items: list[Item] = field(default_factory=list)
    kept: list[Keeps] = field(default_factory=list)  # what holds each child row

    def add(self, row: Row, keeps: Keeps) -> None:
        self.items += row.items(keeps)
        self.kept.append(keeps)


def _job_items(customer: CustomerRec, job: JobRec, ctx: Context) -> tuple[list[Item], Keeps]:
    """The job's rows, children first; returns what keeps the job row (its parent's share)."""
    cref = customer.ref
    above = ctx.held((K.CUSTOMER.value, cref, cref), (K.JOB.value, job.ref, cref))
    if job.completed is None:
        above = merge(above, {ONGOING: None})
    plan = JobPlan()
    for qc in job.quality_checks:
        row = _qc_row(cref, job, qc)
        plan.add(row, merge(above, ctx.held(row.key)))
    for invoice in job.invoices:
        row = _invoice_row(cref, invoice)
        plan.add(row, merge(above, ctx.held(row.key), _invoice_keeps(invoice, ctx)))
    job_row = Row(K.JOB, job.ref, cref, f"job {job.ref} record (title, dates)")
    # A job kept only because an invoice is: kept for that, its quality checks deleted.
    children = merge(*plan.kept)
    return plan.items + job_row.items(above, children), merge(above, children)


def _clear_contact_details(customer: CustomerRec) -> list[Item]:
    """Phone and e-mail are not on invoices and no running contract needs them."""
    why = ("not accounting material and no ongoing job needs it: cleared (art. 17(1)); "
           "name and address stay with the kept invoices")
    fields = (("phone", "phone number", customer.phone), ("email", "e-mail", customer.email))
    return [Item(ItemAction.UPDATE, K.CUSTOMER, customer.ref, f"customer record: {label}", why,
                 customer_ref=customer.ref, field=name, value=None)
            for name, label, value in fields if value]


@dataclass
class Draft:
    items: list[Item] = field(default_factory=list)
    full_records: set[str] = field(default_factory=set)  # customers kept with phone, e-mail


def _customer(customer: CustomerRec, ctx: Context, draft: Draft) -> None:
    jobs = [_job_items(customer, job, ctx) for job in customer.jobs]
    for items, _ in jobs:
        draft.items += items
    row = Row(K.CUSTOMER, customer.ref, customer.ref,
              "customer record (name, address, phone, e-mail)")
    own = ctx.held(row.key)
    children = merge(*(keeps for _, keeps in jobs))
    if own or ONGOING in children:  # a hold on the record, or a contract still running
        draft.full_records.add(customer.ref)
    elif children:
        draft.items += _clear_contact_details(customer)
    draft.items += row.items(own, children)


def _person(person: PersonRec, ctx: Context) -> list[Item]:
    kind, what = PERSON_ROWS[person.role]
    why = NOT_NEEDED if person.role is Role.LEAD else LEGIT_INTEREST
    row = Row(kind, person.ref, person.customer_ref, what, delete_reason=why)
    return row.items(ctx.held(row.key))


SUPPRESS = Item(ItemAction.UPDATE, K.SUPPRESSION, "marketing",
                "marketing opt-out list: the requester's address only",
                "so that the person is not added to marketing again (R-OB-01, §5.4)")


def draft_plan(snapshot: Snapshot, ctx: Context) -> Draft:
    draft = Draft()
    for customer in snapshot.customers:
        _customer(customer, ctx, draft)
    for person in snapshot.roles:
        if person.role in PERSON_ROWS:
            draft.items += _person(person, ctx)
    if not snapshot.suppressed:
        draft.items.append(SUPPRESS)
    return draft


# --- the reply --------------------------------------------------------------------------


def _category(item: Item, full_records: set[str]) -> str:
    if item.kind is K.CUSTOMER and item.action is ItemAction.UPDATE:
        return "customer_contact_details"
    if item.kind is K.CUSTOMER and item.action is ItemAction.KEEP:
        return "customer_record" if item.ref in full_records else "customer_name_address"
    return CATEGORY[item.kind]


def _erased(items: Iterable[Item], full_records: set[str]) -> list[dict[str, Any]]:
    rows: dict[str, set[tuple[str | None, str]]] = {}
    for item in items:
        if item.action is ItemAction.DELETE or (item.action is ItemAction.UPDATE
                                                and item.kind is K.CUSTOMER):
            rows.setdefault(_category(item, full_records), set()).add(
                (item.customer_ref, item.ref))
    return [{"what": c, "count": len(rows[c])} for c in CATEGORY_ORDER if c in rows]


def _kept_order(entry: dict[str, Any]) -> tuple[int, int, bool, str]:
    return (REASON_ORDER.index(entry["ground"]), CATEGORY_ORDER.index(entry["what"]),
            entry["until"] is None, entry["until"] or "")


def _kept(items: Iterable[Item], full_records: set[str]) -> list[dict[str, Any]]:
    """Per ground, category and last day: how many rows (no values, §5.5)."""
    rows: dict[tuple[str, str, str | None], set[tuple[str | None, str]]] = {}
    for item in items:
        if item.action is ItemAction.KEEP and item.field:
            until = item.until.isoformat() if item.until else None
            key = (item.field, _category(item, full_records), until)
            rows.setdefault(key, set()).add((item.customer_ref, item.ref))
    entries = [{"ground": g, "what": w, "until": u, "count": len(refs)}
               for (g, w, u), refs in rows.items()]
    return sorted(entries, key=_kept_order)


def reply_context(draft: Draft, snapshot: Snapshot) -> dict[str, Any]:
    kept = _kept(draft.items, draft.full_records)
    return {
        "nothing_found": False,
        "erased": _erased(draft.items, draft.full_records),
        "kept": kept,
        "partial": bool(kept),
        # Their name may be printed on invoices (e.g. "Att."): those stay (§4.2, §4.3 step 3).
        "names_on_documents": any(r.role in (Role.OWNER, Role.CONTACT) for r in snapshot.roles),
        "suppression": True,
    }


def nothing_found(snapshot: Snapshot) -> Outcome:
    """Nothing registered on this address: a truthful answer needs no approval (§4.0 step 7)."""
    context = {"nothing_found": True, "erased": [], "kept": [], "partial": False,
               "names_on_documents": False, "suppression": snapshot.suppressed}
    return Outcome(replies=(ReplySpec(TEMPLATE, context),), needs_approval=False)


def company_only(snapshot: Snapshot) -> Outcome:
    reason = (f"erasure asked from the own address of company customer(s) "
              f"{', '.join(snapshot.company_refs)}: a company's data are not personal data; "
              "a person must decide which persons (owners, contacts) are meant (gdpr-dk.md §3.3)")
    return Outcome(staff_reason=reason, subject_refs=snapshot.company_refs)


class ErasureHandler:
    intent: Intent = Intent.ERASURE

    def plan(self, facts: CaseFacts, snapshot: Snapshot, settings: Settings) -> Outcome:
        if not snapshot.found:
            return company_only(snapshot) if snapshot.company_refs else nothing_found(snapshot)
        shared = [c.ref for c in snapshot.customers if c.members]
        if shared:  # a sole proprietor's business with other people registered under it
            return Outcome(staff_reason=f"customer {', '.join(shared)} has contact persons or "
                           "owners registered under it: a person decides what stays")
        ctx = Context(facts.today, settings, holds_in_force(snapshot.holds, facts.today))
        draft = draft_plan(snapshot, ctx)
        reply = ReplySpec(TEMPLATE, {**reply_context(draft, snapshot),
                                     **told_in_reply(settings, draft.items)})
        # Erasure touching accounting or job data: staff confirm the holds (R-AU-01).
        return Outcome(tuple(draft.items), (reply,), needs_approval=True,
                       needs_confirmation=not facts.trusted, subject_refs=snapshot.refs)


HANDLER = ErasureHandler()
