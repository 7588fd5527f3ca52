"""Staff-set holds: keep a customer's or a job's data for a legal claim, until a date.

gdpr-dk.md §2.7: whether job documentation is kept for possible claims (AB 18: five years
after handover; a dispute; an unpaid invoice) is a staff decision per job, with an end
date — never the bot's. The erasure handler and the sweep respect these holds.
"""

from __future__ import annotations

from datetime import date

from sqlmodel import Session, col, select

from bot.cases.kinds import HoldReason, RecordKind
from bot.store.models import Customer, Hold, Job, Lead
from bot.timeutil import utcnow


class HoldError(ValueError):
    """The record to hold does not exist, or the hold makes no sense."""


HOLDABLE = (RecordKind.CUSTOMER, RecordKind.JOB, RecordKind.LEAD)


def _exists(session: Session, kind: RecordKind, ref: str, customer_ref: str | None) -> bool:
    if kind == RecordKind.CUSTOMER:
        return session.exec(select(Customer.id).where(Customer.ref == ref)).first() is not None
    if kind == RecordKind.LEAD:
        return session.exec(select(Lead.id).where(Lead.ref == ref)).first() is not None
    return session.exec(select(Job.id).join(Customer).where(
        Job.ref == ref, Customer.ref == customer_ref)).first() is not None


def holds_on(session: Session, kind: str, customer_ref: str | None, ref: str) -> list[Hold]:
    """Every hold on one register row (a lead's holds have no customer_ref)."""
    same_customer = (col(Hold.customer_ref).is_(None) if customer_ref is None
                     else Hold.customer_ref == customer_ref)
    return list(session.exec(select(Hold).where(Hold.kind == kind, Hold.ref == ref,
                                                 same_customer)))


def add_claims_hold(session: Session, kind: RecordKind, ref: str, customer_ref: str | None,
                    until: date, staff: str) -> Hold:
    """Keep `kind ref` (and what belongs to it) until `until` for a legal claim."""
    if kind not in HOLDABLE:
        raise HoldError(f"holds are set on {', '.join(HOLDABLE)}, not on {kind}")
    if kind == RecordKind.CUSTOMER:
        customer_ref = ref
    if not _exists(session, kind, ref, customer_ref):
        raise HoldError(f"no {kind} {ref}" + (f" at customer {customer_ref}" if customer_ref
                                              and kind == RecordKind.JOB else ""))
    if until <= utcnow().date():
        raise HoldError("a hold must end in the future")
    hold = Hold(kind=kind, customer_ref=customer_ref, ref=ref, reason=HoldReason.CLAIMS,
                until=until, set_by=f"staff:{staff}", created_at=utcnow())
    existing = next((h for h in holds_on(session, kind, customer_ref, ref)
                     if h.reason == HoldReason.CLAIMS), None)
    if existing is not None:
        existing.until, existing.set_by = until, hold.set_by
        hold = existing
    session.add(hold)
    return hold


def list_holds(session: Session) -> list[Hold]:
    return list(session.exec(select(Hold).order_by(col(Hold.customer_ref), col(Hold.ref))))
