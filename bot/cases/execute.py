"""Carry out an approved plan's items on the register, each marked done as it runs.

The executor knows nothing of requests: it only interprets items (delete this row, keep
that one under a hold, set a field, add an address to the opt-out list). Children go
before their parents, and an item already done is skipped, so running a plan twice
(a retry after a crash) does no harm. Deletion is real: rows are gone, not flagged.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlmodel import Session, select

from bot.cases.kinds import ItemAction, RecordKind
from bot.normalize import normalize_email, normalize_phone
from bot.register.holds import holds_on
from bot.register.suppression import suppress
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
from bot.timeutil import utcnow


class ExecutionError(Exception):
    """An item cannot be carried out as planned (the plan no longer fits the register)."""


K = RecordKind
# Deleting children before parents keeps every foreign key intact along the way.
DELETE_ORDER = (K.QUALITY_CHECK, K.INVOICE, K.CONTACT, K.OWNER, K.JOB, K.LEAD, K.CUSTOMER)


def _customer(session: Session, ref: str | None) -> Customer | None:
    return session.exec(select(Customer).where(Customer.ref == ref)).first() if ref else None


def _child(session: Session, model: Any, item: PlanItem) -> Any:
    customer = _customer(session, item.customer_ref)
    if customer is None:
        return None
    return session.exec(select(model).where(model.customer_id == customer.id,
                                            model.ref == item.ref)).first()


def _invoice(session: Session, item: PlanItem) -> Invoice | None:
    return session.exec(select(Invoice).where(Invoice.number == item.ref)).first()


def _quality_check(session: Session, item: PlanItem) -> QualityCheck | None:
    qc_id = int(item.ref.removeprefix("qc-")) if item.ref.startswith("qc-") else -1
    return session.get(QualityCheck, qc_id)


def _lead(session: Session, item: PlanItem) -> Lead | None:
    return session.exec(select(Lead).where(Lead.ref == item.ref)).first()


FINDERS: dict[str, Callable[[Session, PlanItem], Any]] = {
    K.CUSTOMER: lambda s, i: _customer(s, i.ref),
    K.OWNER: lambda s, i: _child(s, Owner, i),
    K.CONTACT: lambda s, i: _child(s, Contact, i),
    K.JOB: lambda s, i: _child(s, Job, i),
    K.INVOICE: _invoice,
    K.QUALITY_CHECK: _quality_check,
    K.LEAD: _lead,
}


def find_row(session: Session, item: PlanItem) -> Any:
    finder = FINDERS.get(item.kind)
    if finder is None:
        raise ExecutionError(f"item {item.seq}: no register table for kind {item.kind}")
    return finder(session, item)


def _holds_on(session: Session, item: PlanItem) -> list[Hold]:
    return holds_on(session, item.kind, item.customer_ref, item.ref)


# A row under one of these holds is deleted only after a person lifted the hold: no plan
# (a departure report, a sweep) may delete it on the way.
PROTECTING = ("restriction", "claims", "ongoing_job")


def _protected(session: Session, item: PlanItem) -> bool:
    today = utcnow().date()
    return any(h.reason in PROTECTING and (h.until is None or h.until >= today)
               for h in _holds_on(session, item))


def _delete(session: Session, item: PlanItem, **_: Any) -> None:
    row = find_row(session, item)
    if row is not None and _protected(session, item):
        raise ExecutionError(f"item {item.seq}: {item.kind} {item.ref} is under a hold")
    if row is not None:  # already gone: a retry, or deleted by someone else
        session.delete(row)
    for hold in _holds_on(session, item):  # a hold on a row that is gone holds nothing
        session.delete(hold)
    session.flush()


# Fields an update may set, per table; the normalised match keys follow their source.
UPDATABLE: dict[str, set[str]] = {
    K.CUSTOMER: {"name", "address", "phone", "email"},
    K.OWNER: {"name", "address", "phone", "email"},
    K.CONTACT: {"name", "title", "phone", "email"},
    K.LEAD: {"name", "company", "phone", "email"},
}


def _update(session: Session, item: PlanItem, *, requester: str | None, **_: Any) -> None:
    if item.kind == K.SUPPRESSION:
        if requester:
            suppress(session, requester)
        return
    field = item.field or ""
    if field not in UPDATABLE.get(item.kind, set()):
        raise ExecutionError(f"item {item.seq}: {item.kind}.{field} cannot be updated")
    row = find_row(session, item)
    if row is None:
        raise ExecutionError(f"item {item.seq}: {item.kind} {item.ref} is gone")
    setattr(row, field, item.value)
    if item.field == "email":
        row.email_norm = normalize_email(item.value)
    if item.field == "phone":
        row.phone_e164 = normalize_phone(item.value)
    session.add(row)


def _hold(session: Session, item: PlanItem, *, case_id: int | None, **_: Any) -> None:
    reason = item.field or ("restriction" if item.action == ItemAction.RESTRICT else "claims")
    existing = next((h for h in _holds_on(session, item) if h.reason == reason), None)
    hold = existing or Hold(kind=item.kind, customer_ref=item.customer_ref, ref=item.ref,
                            reason=reason, set_by="rule", case_id=case_id, created_at=utcnow())
    hold.until = item.until
    session.add(hold)


def _record_only(session: Session, item: PlanItem, **_: Any) -> None:
    """SEND and NOTIFY change nothing in the register; the replies carry the data."""


ACTIONS: dict[str, Callable[..., None]] = {
    ItemAction.DELETE: _delete,
    ItemAction.UPDATE: _update,
    ItemAction.KEEP: _hold,
    ItemAction.RESTRICT: _hold,
    ItemAction.SEND: _record_only,
    ItemAction.NOTIFY: _record_only,
}


def _order(item: PlanItem) -> tuple[int, int]:
    # Holds and updates first, deletions children-first, so a kept child protects its
    # parent and no parent is deleted under a child.
    if item.action != ItemAction.DELETE:
        return (0, item.seq)
    kind = RecordKind(item.kind)
    return (1 + DELETE_ORDER.index(kind) if kind in DELETE_ORDER else 99, item.seq)


def execute_items(session: Session, items: list[PlanItem], *, case_id: int | None,
                  requester: str | None) -> int:
    """Run every item not yet done; returns how many ran now."""
    ran = 0
    for item in sorted(items, key=_order):
        if item.done_at is not None:
            continue
        ACTIONS[item.action](session, item, case_id=case_id, requester=requester)
        item.done_at = utcnow()
        session.add(item)
        ran += 1
    return ran
