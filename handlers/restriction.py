"""Restriction (art. 18): every record of the person is flagged "stored only" (R-RS-01).

Staff confirm the ground (gdpr-dk.md §1.5, §4.5) before the flags are set; the person is
told what is restricted, that it is only stored meanwhile, and that they will hear from us
before the restriction is lifted (art. 18(3)). The objection handler reuses the row list
to restrict pending its assessment (art. 18(1)(d)).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from bot.cases.art19 import told_in_reply
from bot.cases.kinds import HoldReason, Intent, ItemAction, RecordKind
from bot.register.snapshot import CustomerRec, JobRec, PersonRec, Role, Snapshot
from handlers.contract import CaseFacts, Item, Outcome, ReplySpec, Settings

REASON = "art. 18 restriction requested by the person: stored only (R-RS-01)"


@dataclass(frozen=True)
class Row:
    """One register row that holds the person's data."""

    kind: RecordKind
    ref: str
    customer_ref: str | None
    what: str


_ROLE_ROWS = {
    Role.OWNER: (RecordKind.OWNER, "owner record (name, address, phone, e-mail)"),
    Role.CONTACT: (RecordKind.CONTACT, "contact person record (name, title, phone, e-mail)"),
    Role.LEAD: (RecordKind.LEAD, "lead record (name, company, phone, e-mail)"),
}


def _dated(day: object) -> str:
    return f" dated {day}" if day else ""


def _job_rows(customer_ref: str, job: JobRec) -> list[Row]:
    rows = [Row(RecordKind.JOB, job.ref, customer_ref, f"job {job.ref} (title, dates)")]
    rows += [Row(RecordKind.INVOICE, i.number, customer_ref,
                 f"invoice {i.number}{_dated(i.date)}") for i in job.invoices]
    rows += [Row(RecordKind.QUALITY_CHECK, f"qc-{q.id}", customer_ref,
                 f"quality check of job {job.ref}{_dated(q.date)}") for q in job.quality_checks]
    return rows


def _customer_rows(customer: CustomerRec) -> list[Row]:
    rows = [Row(RecordKind.CUSTOMER, customer.ref, customer.ref,
                "customer record (name, address, phone, e-mail)")]
    for job in customer.jobs:
        rows += _job_rows(customer.ref, job)
    return rows


def _role_rows(role: PersonRec, snapshot: Snapshot) -> list[Row]:
    if role.role is Role.CUSTOMER:
        found = [c for c in snapshot.customers if c.ref == role.ref]
        return _customer_rows(found[0]) if found else [
            Row(RecordKind.CUSTOMER, role.ref, role.ref,
                "customer record (name, address, phone, e-mail)")]
    kind, what = _ROLE_ROWS[role.role]
    where = f" at customer {role.customer_ref}" if role.customer_ref else ""
    return [Row(kind, role.ref, role.customer_ref, what + where)]


def person_rows(snapshot: Snapshot) -> tuple[Row, ...]:
    """Every row of the person: customer rows with their jobs, invoices and quality
    checks, owner, contact and lead rows. A company's own rows are not the person's."""
    rows: list[Row] = []
    for role in snapshot.roles:
        rows += _role_rows(role, snapshot)
    return tuple(dict.fromkeys(rows))


def _restricted(snapshot: Snapshot, row: Row) -> bool:
    """Already stored-only on request: a second flag would add nothing."""
    return any(h.reason == HoldReason.RESTRICTION and h.until is None
               and h.customer_ref == row.customer_ref
               for h in snapshot.holds_for(str(row.kind), row.ref))


def restrict_items(snapshot: Snapshot, reason: str) -> tuple[Item, ...]:
    """A RESTRICT item (field "restriction", until None) for each row not yet restricted."""
    return tuple(
        Item(ItemAction.RESTRICT, row.kind, row.ref, row.what, reason,
             until=None, customer_ref=row.customer_ref, field=str(HoldReason.RESTRICTION))
        for row in person_rows(snapshot) if not _restricted(snapshot, row))


def record_kinds(snapshot: Snapshot) -> list[str]:
    """The kinds of record restricted, for the reply (no values, no refs)."""
    return list(dict.fromkeys(str(row.kind) for row in person_rows(snapshot)))


def reply_context(snapshot: Snapshot) -> dict[str, Any]:
    return {"nothing_found": not snapshot.found, "records": record_kinds(snapshot)}


class RestrictionHandler:
    intent: Intent = Intent.RESTRICTION

    def plan(self, facts: CaseFacts, snapshot: Snapshot, settings: Settings) -> Outcome:
        if not snapshot.found:
            # Nothing to restrict: a plain answer, no staff needed (§4.0 step 7).
            return Outcome(replies=(ReplySpec("restriction", reply_context(snapshot)),),
                           needs_approval=False)
        items = restrict_items(snapshot, REASON)
        reply = ReplySpec("restriction", {**reply_context(snapshot),
                                          **told_in_reply(settings, items)})
        # Staff confirm that one of the four grounds of art. 18(1) applies (§4.5).
        return Outcome(items=items, replies=(reply,),
                       needs_approval=True, needs_confirmation=not facts.trusted,
                       subject_refs=snapshot.refs)


HANDLER = RestrictionHandler()
