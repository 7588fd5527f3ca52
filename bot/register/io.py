"""The customer register's import/export contract and its lookups by e-mail and phone."""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass, field
from datetime import date
from datetime import date as Date
from importlib import resources
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, ValidationError
from sqlmodel import Session, SQLModel, col, select

from bot.normalize import normalize_email, normalize_phone
from bot.store.models import Contact, Customer, Invoice, Job, Lead, Owner, QualityCheck


class RegisterFormatError(ValueError):
    """The import file is malformed; the message names the bad record."""


class _Record(BaseModel):
    # inf/nan would be exported as invalid JSON (Infinity), so they are refused.
    model_config = ConfigDict(extra="ignore", strict=True, allow_inf_nan=False)


class InvoiceIn(_Record):
    number: str
    date: Date | None = None
    amount_dkk: float | None = None


class QualityCheckIn(_Record):
    date: Date | None = None
    result: str | None = None
    notes: str | None = None


class JobIn(_Record):
    ref: str
    title: str | None = None
    started: date | None = None
    completed: date | None = None
    invoices: list[InvoiceIn] = []
    quality_checks: list[QualityCheckIn] = []


class OwnerIn(_Record):
    ref: str
    name: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None


class ContactIn(_Record):
    ref: str
    name: str | None = None
    title: str | None = None
    phone: str | None = None
    email: str | None = None
    employed: bool = True
    left_on: date | None = None  # extension: the date the person left the customer


class CustomerIn(_Record):
    ref: str
    kind: Literal["company", "person"]
    name: str | None = None
    cvr: str | None = None
    address: str | None = None
    phone: str | None = None
    email: str | None = None
    owners: list[OwnerIn] = []
    contacts: list[ContactIn] = []
    jobs: list[JobIn] = []


class LeadIn(_Record):
    ref: str
    name: str | None = None
    company: str | None = None
    email: str | None = None
    phone: str | None = None
    created: date | None = None


class RegisterFile(_Record):
    customers: list[CustomerIn] = []
    leads: list[LeadIn] = []


@dataclass
class ImportCounts:
    created: int = 0
    changed: int = 0
    unchanged: int = 0
    by_table: dict[str, list[int]] = field(default_factory=dict)

    def note(self, table: str, outcome: int) -> None:
        row = self.by_table.setdefault(table, [0, 0, 0])
        row[outcome] += 1
        if outcome == 0:
            self.created += 1
        elif outcome == 1:
            self.changed += 1
        else:
            self.unchanged += 1

    def summary(self) -> str:
        parts = [
            f"{table}: {c} new, {u} changed, {n} unchanged"
            for table, (c, u, n) in sorted(self.by_table.items())
        ]
        return "; ".join(parts) if parts else "nothing to import"


def _describe_location(data: Any, loc: tuple[int | str, ...]) -> str:
    """Turn a pydantic error location into 'customers[3] (ref C1004): jobs[0].date'."""
    if len(loc) < 2 or not isinstance(loc[1], int):
        return ".".join(str(part) for part in loc)
    top, index = str(loc[0]), loc[1]
    ref = None
    with contextlib.suppress(KeyError, IndexError, TypeError, AttributeError):
        ref = data[top][index].get("ref")
    head = f"{top}[{index}]" + (f" (ref {ref})" if ref else "")
    rest = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in loc[2:]).lstrip(".")
    return f"{head}: {rest}" if rest else head


def parse_register(text: str) -> RegisterFile:
    """Validate an import file, raising RegisterFormatError that names the first bad record."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RegisterFormatError(f"not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise RegisterFormatError('top level must be an object with "customers" and "leads"')
    try:
        # Strict JSON mode: ISO dates are accepted, numbers where text belongs are not.
        parsed = RegisterFile.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = _describe_location(data, tuple(first["loc"]))
        raise RegisterFormatError(f"{where}: {first['msg']}") from None
    _check_unique_refs(parsed)
    return parsed


def _first_duplicate(refs: list[str]) -> tuple[int, str] | None:
    seen: set[str] = set()
    for index, ref in enumerate(refs):
        if ref in seen:
            return index, ref
        seen.add(ref)
    return None


def _check_children(index: int, customer: CustomerIn) -> None:
    for name, items in (("owners", customer.owners), ("contacts", customer.contacts),
                        ("jobs", customer.jobs)):
        found = _first_duplicate([item.ref for item in items])
        if found:
            raise RegisterFormatError(
                f"customers[{index}] (ref {customer.ref}): {name}[{found[0]}] "
                f"(ref {found[1]}): duplicate ref"
            )


def _check_unique_refs(parsed: RegisterFile) -> None:
    for top, refs in (("customers", [c.ref for c in parsed.customers]),
                      ("leads", [lead.ref for lead in parsed.leads])):
        found = _first_duplicate(refs)
        if found:
            raise RegisterFormatError(f"{top}[{found[0]}] (ref {found[1]}): duplicate ref")
    for index, customer in enumerate(parsed.customers):
        _check_children(index, customer)
    numbers: set[str] = set()
    for index, customer in enumerate(parsed.customers):
        for job in customer.jobs:
            for invoice in job.invoices:
                if invoice.number in numbers:
                    raise RegisterFormatError(
                        f"customers[{index}] (ref {customer.ref}): jobs ref {job.ref}: "
                        f"invoice {invoice.number} appears twice"
                    )
                numbers.add(invoice.number)


def _apply(session: Session, row: SQLModel, values: dict[str, Any], counts: ImportCounts) -> None:
    """Set `values` on `row`; count it as new, changed or unchanged."""
    is_new = getattr(row, "id", None) is None
    for key, value in values.items():
        if getattr(row, key) != value:
            setattr(row, key, value)
    session.add(row)
    outcome = 0 if is_new else (1 if session.is_modified(row) else 2)
    counts.note(type(row).__tablename__, outcome)  # type: ignore[arg-type]
    session.flush()


def _person_values(record: BaseModel, exclude: set[str]) -> dict[str, Any]:
    values = record.model_dump(exclude=exclude)
    if "email" in values:
        values["email_norm"] = normalize_email(values["email"])
    if "phone" in values:
        values["phone_e164"] = normalize_phone(values["phone"])
    return values


def _child(session: Session, model: type[Any], customer_id: int, ref: str) -> Any:
    found = session.exec(
        select(model).where(model.customer_id == customer_id, model.ref == ref)
    ).first()
    return found or model(customer_id=customer_id, ref=ref)


def _import_job(session: Session, customer_id: int, job_in: JobIn, counts: ImportCounts) -> None:
    job = _child(session, Job, customer_id, job_in.ref)
    _apply(session, job, job_in.model_dump(include={"title", "started", "completed"}), counts)
    assert job.id is not None
    for invoice_in in job_in.invoices:
        invoice = session.exec(select(Invoice).where(Invoice.number == invoice_in.number)).first()
        if invoice is not None and invoice.job_id != job.id:
            # Booked invoices do not change hands quietly (bogføringsloven): say so.
            raise RegisterFormatError(
                f"job ref {job_in.ref}: invoice {invoice_in.number} already belongs to another "
                "job in the register")
        values = {"job_id": job.id, **invoice_in.model_dump()}
        _apply(session, invoice or Invoice(job_id=job.id, number=invoice_in.number), values, counts)
    existing = session.exec(select(QualityCheck).where(QualityCheck.job_id == job.id)).all()
    keys = {(q.date, q.result, q.notes) for q in existing}
    for check_in in job_in.quality_checks:
        key = (check_in.date, check_in.result, check_in.notes)
        if key in keys:
            counts.note("qualitycheck", 2)
            continue
        keys.add(key)
        _apply(session, QualityCheck(job_id=job.id), check_in.model_dump(), counts)


def _import_customer(session: Session, customer_in: CustomerIn, counts: ImportCounts) -> None:
    customer = session.exec(select(Customer).where(Customer.ref == customer_in.ref)).first()
    values = _person_values(customer_in, {"owners", "contacts", "jobs"})
    row = customer or Customer(ref=customer_in.ref, kind=customer_in.kind)
    _apply(session, row, values, counts)
    customer = customer or session.exec(
        select(Customer).where(Customer.ref == customer_in.ref)
    ).one()
    assert customer.id is not None
    for owner_in in customer_in.owners:
        owner = _child(session, Owner, customer.id, owner_in.ref)
        _apply(session, owner, _person_values(owner_in, set()), counts)
    for contact_in in customer_in.contacts:
        contact = _child(session, Contact, customer.id, contact_in.ref)
        _apply(session, contact, _person_values(contact_in, set()), counts)
    for job_in in customer_in.jobs:
        _import_job(session, customer.id, job_in, counts)


def import_register(session: Session, parsed: RegisterFile) -> ImportCounts:
    """Upsert every record by ref inside the caller's transaction."""
    counts = ImportCounts()
    for customer_in in parsed.customers:
        _import_customer(session, customer_in, counts)
    for lead_in in parsed.leads:
        lead = session.exec(select(Lead).where(Lead.ref == lead_in.ref)).first()
        _apply(session, lead or Lead(ref=lead_in.ref), _person_values(lead_in, set()), counts)
    return counts


# --- export ------------------------------------------------------------------------------


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _export_job(session: Session, job: Job) -> dict[str, Any]:
    invoices = session.exec(
        select(Invoice).where(Invoice.job_id == job.id).order_by(col(Invoice.id))
    )
    checks = session.exec(
        select(QualityCheck).where(QualityCheck.job_id == job.id).order_by(col(QualityCheck.id))
    )
    return {
        "ref": job.ref, "title": job.title,
        "started": _iso(job.started), "completed": _iso(job.completed),
        "invoices": [
            {"number": i.number, "date": _iso(i.date), "amount_dkk": i.amount_dkk} for i in invoices
        ],
        "quality_checks": [
            {"date": _iso(q.date), "result": q.result, "notes": q.notes} for q in checks
        ],
    }


def _rows(session: Session, model: type[Any], customer_id: int | None) -> list[Any]:
    return list(
        session.exec(select(model).where(model.customer_id == customer_id).order_by(model.id))
    )


def _export_customer(session: Session, c: Customer) -> dict[str, Any]:
    owners = _rows(session, Owner, c.id)
    contacts = _rows(session, Contact, c.id)
    return {
        "ref": c.ref, "kind": c.kind, "name": c.name, "cvr": c.cvr, "address": c.address,
        "phone": c.phone, "email": c.email,
        "owners": [
            {"ref": o.ref, "name": o.name, "address": o.address, "phone": o.phone, "email": o.email}
            for o in owners
        ],
        "contacts": [
            {"ref": p.ref, "name": p.name, "title": p.title, "phone": p.phone, "email": p.email,
             "employed": p.employed, "left_on": _iso(p.left_on)}
            for p in contacts
        ],
        "jobs": [_export_job(session, job) for job in _rows(session, Job, c.id)],
    }


def export_register(session: Session) -> dict[str, Any]:
    """The register as it stands, in the import format."""
    customers = session.exec(select(Customer).order_by(col(Customer.id)))
    leads = session.exec(select(Lead).order_by(col(Lead.id)))
    return {
        "customers": [_export_customer(session, c) for c in customers],
        "leads": [
            {"ref": lead.ref, "name": lead.name, "company": lead.company, "email": lead.email,
             "phone": lead.phone, "created": _iso(lead.created)}
            for lead in leads
        ],
    }


def demo_register_text() -> str:
    """The bundled demo register (invented Danish customers), in the import format."""
    return resources.files("bot").joinpath("demo/register.json").read_text(encoding="utf-8")


def register_is_empty(session: Session) -> bool:
    return session.exec(select(Customer.id).limit(1)).first() is None
