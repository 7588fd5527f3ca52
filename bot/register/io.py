"""The register's import/export contract (contracts §1): check a file, upsert it, export it."""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from datetime import date as Date
from importlib import resources
from typing import Annotated, Any, Literal

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from pydantic import AfterValidator, BaseModel, ConfigDict, ValidationError
from pydantic_core import ErrorDetails
from sqlmodel import Session, SQLModel, col, select

from bot.config import Config
from bot.normalize import normalize_email, normalize_phone
from bot.retention.ledger import erased_keys, record_key
from bot.store.models import Contact, Customer, Invoice, Job, Lead, Owner, QualityCheck


class RegisterFormatError(ValueError):
    """The import file is refused; the message names every bad record, one per line."""

    def __init__(self, *problems: str) -> None:
        super().__init__("\n".join(problems))
        self.problems = list(problems)


def _checked_email(value: str | None) -> str | None:
    """Syntax only: the register is matched on it, so it must be an address at all."""
    if value is not None and value.strip():
        try:
            # No DNS: an import must work offline and not announce the firm's contacts.
            validate_email(value.strip(), check_deliverability=False)
        except EmailNotValidError as exc:
            raise ValueError(f"not an e-mail address ({exc})") from None
    return value


def _checked_phone(value: str | None) -> str | None:
    # The very test the matching uses (bot/normalize.py): every stored phone is a key.
    if value is not None and value.strip() and normalize_phone(value) is None:
        raise ValueError("not a phone number (a Danish number, or one starting with +)")
    return value


Email = Annotated[str | None, AfterValidator(_checked_email)]
Phone = Annotated[str | None, AfterValidator(_checked_phone)]


class _Record(BaseModel):
    # Unknown keys are kept aside (model_extra) to be named in a warning, then ignored.
    # inf/nan would be exported as invalid JSON (Infinity), so they are refused.
    model_config = ConfigDict(extra="allow", strict=True, allow_inf_nan=False)


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
    phone: Phone = None
    email: Email = None


class ContactIn(_Record):
    ref: str
    name: str | None = None
    title: str | None = None
    phone: Phone = None
    email: Email = None
    employed: bool = True
    left_on: date | None = None  # extension: the date the person left the customer


class CustomerIn(_Record):
    ref: str
    kind: Literal["company", "person"]
    name: str | None = None
    cvr: str | None = None
    address: str | None = None
    phone: Phone = None
    email: Email = None
    owners: list[OwnerIn] = []
    contacts: list[ContactIn] = []
    jobs: list[JobIn] = []


class LeadIn(_Record):
    ref: str
    name: str | None = None
    company: str | None = None
    email: Email = None
    phone: Phone = None
    created: date | None = None


class RegisterFile(_Record):
    customers: list[CustomerIn] = []
    leads: list[LeadIn] = []


_LISTS = frozenset({"owners", "contacts", "jobs", "invoices", "quality_checks"})
_DERIVED = frozenset({"email_norm", "phone_e164"})


@dataclass
class ImportCounts:
    """What an import did (or, in a dry run, would do), per table and per record."""

    created: int = 0
    changed: int = 0
    unchanged: int = 0
    skipped: int = 0
    by_table: dict[str, list[int]] = field(default_factory=dict)
    refs: dict[str, dict[str, list[str]]] = field(default_factory=dict)  # table -> new/changed
    notes: list[str] = field(default_factory=list)  # records skipped, and why
    problems: list[str] = field(default_factory=list)  # found only against the database

    def note(self, table: str, outcome: int, label: str | None = None) -> None:
        row = self.by_table.setdefault(table, [0, 0, 0])
        row[outcome] += 1
        if outcome == 0:
            self.created += 1
        elif outcome == 1:
            self.changed += 1
        else:
            self.unchanged += 1
        if label is not None and outcome < 2:
            kind = "new" if outcome == 0 else "changed"
            self.refs.setdefault(table, {}).setdefault(kind, []).append(label)

    def skip(self, why: str) -> None:
        self.skipped += 1
        self.notes.append(why)

    def summary(self) -> str:
        parts = [
            f"{table}: {c} new, {u} changed, {n} unchanged"
            for table, (c, u, n) in sorted(self.by_table.items())
        ]
        if self.skipped:
            parts.append(f"{self.skipped} skipped (erased on request)")
        return "; ".join(parts) if parts else "nothing to import"

    def report(self) -> list[str]:
        """The summary one table a line, with the refs that are new or changed."""
        lines: list[str] = []
        for table, (c, u, n) in sorted(self.by_table.items()):
            lines.append(f"{table}: {c} new, {u} changed, {n} unchanged")
            for kind, labels in sorted(self.refs.get(table, {}).items(), reverse=True):
                lines.append(f"  {kind}: {', '.join(labels)}")
        if self.skipped:
            lines.append(f"{self.skipped} skipped (erased on request)")
        return lines or ["nothing to import"]


# --- checking a file ---------------------------------------------------------------------


@dataclass
class CheckedRegister:
    """A valid import file, and what is worth telling about it (unknown keys, odd numbers)."""

    parsed: RegisterFile
    warnings: list[str]


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


def _describe_error(data: Any, error: ErrorDetails) -> str:
    message = error["msg"].removeprefix("Value error, ")
    return f"{_describe_location(data, tuple(error['loc']))}: {message}"


def _load_json(text: str) -> dict[str, Any]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RegisterFormatError(f"not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise RegisterFormatError('top level must be an object with "customers" and "leads"')
    return data


def check_register(text: str) -> CheckedRegister:
    """Validate an import file; RegisterFormatError lists every bad record and field."""
    data = _load_json(text)
    problems: list[str] = []
    parsed: RegisterFile | None = None
    try:
        # Strict JSON mode: ISO dates are accepted, numbers where text belongs are not.
        parsed = RegisterFile.model_validate_json(text)
    except ValidationError as exc:
        problems += [_describe_error(data, error) for error in exc.errors()]
    # Duplicates are looked for in the raw data, so they are listed with the other errors.
    problems += _duplicates(data)
    if parsed is None or problems:
        raise RegisterFormatError(*problems)
    return CheckedRegister(parsed, list(_notes(parsed, "")))


def parse_register(text: str) -> RegisterFile:
    """Validate an import file, raising RegisterFormatError that names every bad record."""
    return check_register(text).parsed


def _list(container: Any, key: str) -> list[Any]:
    value = container.get(key) if isinstance(container, dict) else None
    return value if isinstance(value, list) else []


def _text(item: Any, key: str = "ref") -> str | None:
    value = item.get(key) if isinstance(item, dict) else None
    return value if isinstance(value, str) else None


def _head(name: str, index: int, ref: str | None) -> str:
    return f"{name}[{index}]" + (f" (ref {ref})" if ref else "")


def _repeats(items: list[Any]) -> Iterator[tuple[int, str]]:
    """(index, ref) of every item whose ref appeared earlier in `items`."""
    seen: set[str] = set()
    for index, item in enumerate(items):
        ref = _text(item)
        if ref is None:
            continue
        if ref in seen:
            yield index, ref
        seen.add(ref)


def _invoice_numbers(data: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(where, number) of every invoice in the file, in file order."""
    for index, customer in enumerate(_list(data, "customers")):
        where = _head("customers", index, _text(customer))
        for job in _list(customer, "jobs"):
            for invoice in _list(job, "invoices"):
                number = _text(invoice, "number")
                if number is not None:
                    yield f"{where}: jobs ref {_text(job)}", number


def _duplicates(data: dict[str, Any]) -> list[str]:
    problems = [f"{_head(top, index, ref)}: duplicate ref"
                for top in ("customers", "leads") for index, ref in _repeats(_list(data, top))]
    for index, customer in enumerate(_list(data, "customers")):
        where = _head("customers", index, _text(customer))
        problems += [f"{where}: {_head(name, i, ref)}: duplicate ref"
                     for name in ("owners", "contacts", "jobs")
                     for i, ref in _repeats(_list(customer, name))]
    seen: set[str] = set()
    for where, number in _invoice_numbers(data):
        if number in seen:
            problems.append(f"{where}: invoice {number} appears twice")
        seen.add(number)
    return problems


def _where(where: str, name: str, index: int, record: BaseModel) -> str:
    """A record's place in the file: 'customers[0] (ref C1001): contacts[1] (ref P2)'."""
    head = _head(name, index, getattr(record, "ref", None))
    return f"{where}: {head}" if where else head


def _in_numbering_plan(value: str) -> bool:
    try:
        return bool(phonenumbers.is_valid_number(phonenumbers.parse(value, "DK")))
    except phonenumbers.NumberParseException:
        return False


def _notes(record: BaseModel, where: str) -> Iterator[str]:
    """Warnings, record by record: unknown keys, numbers outside the numbering plan."""
    at = where or "top level"
    for key in record.model_extra or {}:
        yield f"{at}: unknown key {json.dumps(key, ensure_ascii=False)} (ignored)"
    phone = getattr(record, "phone", None)
    # A possible but unassigned number is often a placeholder ("12345678") that would make
    # unrelated people match; it is named, not refused, as the plan's data can lag behind.
    if isinstance(phone, str) and phone.strip() and not _in_numbering_plan(phone):
        yield f"{at}: phone: not a number in use per the numbering plan (imported as it is)"
    for name in type(record).model_fields:
        children = getattr(record, name)
        if name in _LISTS or name in ("customers", "leads"):
            for index, child in enumerate(children):
                yield from _notes(child, _where(where, name, index, child))


# --- importing ---------------------------------------------------------------------------


@dataclass
class _Import:
    session: Session
    counts: ImportCounts
    config: Config | None
    erased: frozenset[str]

    def is_erased(self, kind: str, customer_ref: str | None, ref: str, where: str) -> bool:
        """True (and reported) when the erasure ledger names this record."""
        if not self.erased or self.config is None:
            return False
        if record_key(self.config, kind, customer_ref, ref) not in self.erased:
            return False
        self.counts.skip(f"{where}: erased on request earlier; skipped")
        return True


def _present(record: BaseModel) -> dict[str, Any]:
    """The fields the file actually has: a missing key leaves the stored value alone."""
    keys = (record.model_fields_set & type(record).model_fields.keys()) - _LISTS
    values = {key: getattr(record, key) for key in sorted(keys)}
    if "email" in values:
        values["email_norm"] = normalize_email(values["email"])
    if "phone" in values:
        values["phone_e164"] = normalize_phone(values["phone"])
    return values


def _apply(imp: _Import, row: SQLModel, values: dict[str, Any], label: str) -> None:
    """Set `values` on `row`; count it as new, changed (naming the fields) or unchanged."""
    is_new = getattr(row, "id", None) is None
    changed = [key for key, value in values.items() if getattr(row, key) != value]
    for key in changed:
        setattr(row, key, values[key])
    imp.session.add(row)
    imp.session.flush()
    table: str = type(row).__tablename__  # type: ignore[assignment]
    if is_new or not changed:
        imp.counts.note(table, 0 if is_new else 2, label)
        return
    shown = [key for key in changed if key not in _DERIVED] or changed
    imp.counts.note(table, 1, f"{label} ({', '.join(shown)})")


def _child(session: Session, model: type[Any], customer_id: int, ref: str) -> Any:
    found = session.exec(
        select(model).where(model.customer_id == customer_id, model.ref == ref)
    ).first()
    return found or model(customer_id=customer_id, ref=ref)


_CHILDREN: dict[str, tuple[str, type[Any]]] = {
    "owners": ("owner", Owner), "contacts": ("contact", Contact), "jobs": ("job", Job),
}


def _import_child(imp: _Import, customer: Customer, where: str, name: str, index: int,
                  item: OwnerIn | ContactIn | JobIn) -> Any:
    """Upsert one owner, contact or job of `customer`; None when it was erased on request."""
    kind, model = _CHILDREN[name]
    if imp.is_erased(kind, customer.ref, item.ref, _where(where, name, index, item)):
        return None
    assert customer.id is not None
    row = _child(imp.session, model, customer.id, item.ref)
    _apply(imp, row, _present(item), f"{customer.ref}/{item.ref}")
    return row


def _import_invoice(imp: _Import, job_id: int, invoice_in: InvoiceIn, where: str) -> None:
    invoice = imp.session.exec(select(Invoice).where(Invoice.number == invoice_in.number)).first()
    if invoice is not None and invoice.job_id != job_id:
        # Booked invoices do not change hands quietly (bogføringsloven): say so.
        imp.counts.problems.append(f"{where}: invoice {invoice_in.number} already belongs to "
                                   "another job in the register")
        return
    row = invoice or Invoice(job_id=job_id, number=invoice_in.number)
    _apply(imp, row, {"job_id": job_id, **_present(invoice_in)}, invoice_in.number)


def _import_checks(imp: _Import, job_id: int, checks: list[QualityCheckIn], label: str) -> None:
    """Quality checks have no ref: one that matches a stored check on its given keys is it."""
    stored = list(imp.session.exec(select(QualityCheck).where(QualityCheck.job_id == job_id)))
    for check_in in checks:
        values = _present(check_in)
        if any(all(getattr(q, k) == v for k, v in values.items()) for q in stored):
            imp.counts.note("qualitycheck", 2)
            continue
        row = QualityCheck(job_id=job_id)
        _apply(imp, row, values, f"{label} check {check_in.date or '(no date)'}")
        stored.append(row)


def _import_job(imp: _Import, customer: Customer, where: str, index: int, job_in: JobIn) -> None:
    job = _import_child(imp, customer, where, "jobs", index, job_in)
    if job is None:
        return
    for invoice_in in job_in.invoices:
        _import_invoice(imp, job.id, invoice_in, f"{where}: jobs ref {job_in.ref}")
    _import_checks(imp, job.id, job_in.quality_checks, f"{customer.ref}/{job_in.ref}")


def _import_customer(imp: _Import, index: int, customer_in: CustomerIn) -> None:
    where = _where("", "customers", index, customer_in)
    if imp.is_erased("customer", customer_in.ref, customer_in.ref, where):
        return  # with its owners, contacts and jobs
    found = imp.session.exec(select(Customer).where(Customer.ref == customer_in.ref)).first()
    customer = found or Customer(ref=customer_in.ref, kind=customer_in.kind)
    _apply(imp, customer, _present(customer_in), customer_in.ref)
    for name in ("owners", "contacts"):
        for i, item in enumerate(getattr(customer_in, name)):
            _import_child(imp, customer, where, name, i, item)
    for i, job_in in enumerate(customer_in.jobs):
        _import_job(imp, customer, where, i, job_in)


def _import_lead(imp: _Import, index: int, lead_in: LeadIn) -> None:
    if imp.is_erased("lead", None, lead_in.ref, _where("", "leads", index, lead_in)):
        return
    lead = imp.session.exec(select(Lead).where(Lead.ref == lead_in.ref)).first()
    _apply(imp, lead or Lead(ref=lead_in.ref), _present(lead_in), lead_in.ref)


def import_register(session: Session, parsed: RegisterFile,
                    config: Config | None = None) -> ImportCounts:
    """Upsert every record by ref inside the caller's transaction.

    With `config`, records the erasure ledger names are skipped and reported (the ledger is
    read once per import). Problems found against the database raise RegisterFormatError,
    all of them, after the whole file was tried; the caller's rollback then writes nothing.
    """
    erased = erased_keys(config) if config is not None else frozenset[str]()
    imp = _Import(session, ImportCounts(), config, erased)
    for index, customer_in in enumerate(parsed.customers):
        _import_customer(imp, index, customer_in)
    for index, lead_in in enumerate(parsed.leads):
        _import_lead(imp, index, lead_in)
    if imp.counts.problems:
        raise RegisterFormatError(*imp.counts.problems)
    return imp.counts


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
