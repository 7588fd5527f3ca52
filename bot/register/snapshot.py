"""A read-only picture of one person's records, taken for a handler to plan from.

Handlers never see a database session: they get these frozen records and return data.
A company's own address stands for the company, which is not a person (R-DK-03), so it
never opens an owner's or a contact's personal records (gdpr-dk.md §3.3).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from sqlalchemy import func
from sqlmodel import Session, col, select

from bot.normalize import normalize_email
from bot.register.suppression import is_suppressed
from bot.store.models import (
    Case,
    Contact,
    Customer,
    Hold,
    Invoice,
    Job,
    Lead,
    Owner,
    QualityCheck,
)
from bot.timeutil import local_date


class Role(StrEnum):
    CUSTOMER = "customer"  # a natural-person customer (private or sole proprietor)
    OWNER = "owner"
    CONTACT = "contact"
    LEAD = "lead"


@dataclass(frozen=True)
class InvoiceRec:
    number: str
    date: date | None
    amount_dkk: float | None


@dataclass(frozen=True)
class QualityCheckRec:
    id: int
    date: date | None
    result: str | None
    notes: str | None


@dataclass(frozen=True)
class JobRec:
    ref: str
    title: str | None
    started: date | None
    completed: date | None
    invoices: tuple[InvoiceRec, ...]
    quality_checks: tuple[QualityCheckRec, ...]


@dataclass(frozen=True)
class PersonRec:
    """One role a person holds: their own fields as the register has them."""

    role: Role
    ref: str
    customer_ref: str | None  # the customer they belong to (None for a lead)
    customer_name: str | None
    name: str | None
    email: str | None
    phone: str | None
    address: str | None = None
    title: str | None = None
    company: str | None = None  # a lead's company
    employed: bool | None = None
    created: date | None = None


@dataclass(frozen=True)
class CustomerRec:
    ref: str
    kind: str
    name: str | None
    cvr: str | None
    address: str | None
    phone: str | None
    email: str | None
    jobs: tuple[JobRec, ...]
    members: int = 0  # owners and contact persons registered under this customer


@dataclass(frozen=True)
class HoldRec:
    kind: str
    customer_ref: str | None
    ref: str
    reason: str
    until: date | None
    set_by: str


@dataclass(frozen=True)
class RequestRec:
    """The bot's own record of one of the person's requests (part of an access extract)."""

    ref: str
    received: date
    intents: tuple[str, ...]
    status: str


@dataclass(frozen=True)
class Workplace:
    """A customer the sender may speak for in a departure notice, and its people."""

    customer_ref: str
    customer_name: str | None
    # How the sender is tied to it: "on_file" (their address is registered there) or
    # "domain" (same mail domain as an address on file; never a free-mail domain).
    tie: str
    contacts: tuple[PersonRec, ...]


@dataclass(frozen=True)
class Snapshot:
    address: str | None  # the address the person was looked up by
    roles: tuple[PersonRec, ...]
    customers: tuple[CustomerRec, ...]  # natural-person customers among the roles
    company_refs: tuple[str, ...]  # companies whose own address this is
    holds: tuple[HoldRec, ...]
    requests: tuple[RequestRec, ...]
    suppressed: bool
    workplaces: tuple[Workplace, ...] = ()  # filled for departure notices only

    @property
    def found(self) -> bool:
        return bool(self.roles)

    @property
    def refs(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.ref for r in self.roles))

    def holds_for(self, kind: str, ref: str) -> tuple[HoldRec, ...]:
        return tuple(h for h in self.holds if h.kind == kind and h.ref == ref)


def _by_job(rows: Sequence[Invoice] | Sequence[QualityCheck]) -> dict[int, list[Any]]:
    grouped: dict[int, list[Any]] = {}
    for row in rows:
        grouped.setdefault(row.job_id, []).append(row)
    return grouped


def customer_record(session: Session, customer: Customer) -> CustomerRec:
    # Three queries whatever the number of jobs: a customer with 5,000 jobs is planned
    # in well under a second (bench/plan.py).
    jobs = session.exec(select(Job).where(Job.customer_id == customer.id)
                        .order_by(col(Job.ref))).all()
    ids = [j.id for j in jobs]
    invoices = _by_job(session.exec(select(Invoice).where(col(Invoice.job_id).in_(ids))
                                    .order_by(col(Invoice.number))).all() if ids else [])
    checks = _by_job(session.exec(select(QualityCheck).where(col(QualityCheck.job_id).in_(ids))
                                  .order_by(col(QualityCheck.id))).all() if ids else [])
    return CustomerRec(customer.ref, customer.kind, customer.name, customer.cvr,
                       customer.address, customer.phone, customer.email,
                       tuple(_job_record(j, invoices.get(j.id or 0, []),
                                         checks.get(j.id or 0, [])) for j in jobs),
                       members=_members_count(session, customer))


def _members_count(session: Session, customer: Customer) -> int:
    owners = session.exec(select(func.count()).select_from(Owner).where(
        Owner.customer_id == customer.id)).one()
    contacts = session.exec(select(func.count()).select_from(Contact).where(
        Contact.customer_id == customer.id)).one()
    return int(owners) + int(contacts)


def _job_record(job: Job, invoices: list[Invoice], checks: list[QualityCheck]) -> JobRec:
    return JobRec(
        job.ref, job.title, job.started, job.completed,
        tuple(InvoiceRec(i.number, i.date, i.amount_dkk) for i in invoices),
        tuple(QualityCheckRec(q.id or 0, q.date, q.result, q.notes) for q in checks),
    )


def _customer_person(c: Customer) -> PersonRec:
    return PersonRec(Role.CUSTOMER, c.ref, c.ref, c.name, c.name, c.email, c.phone,
                     address=c.address)


def _owner(o: Owner, customer: Customer) -> PersonRec:
    return PersonRec(Role.OWNER, o.ref, customer.ref, customer.name, o.name, o.email, o.phone,
                     address=o.address)


def _contact(p: Contact, customer: Customer) -> PersonRec:
    return PersonRec(Role.CONTACT, p.ref, customer.ref, customer.name, p.name, p.email,
                     p.phone, title=p.title, employed=p.employed)


def _lead(lead: Lead) -> PersonRec:
    return PersonRec(Role.LEAD, lead.ref, None, None, lead.name, lead.email, lead.phone,
                     company=lead.company, created=lead.created)


def _members(session: Session, model: type[Owner] | type[Contact], norm: str,
             ) -> list[tuple[Owner | Contact, Customer]]:
    rows = session.exec(select(model, Customer).join(Customer)
                        .where(model.email_norm == norm)).all()
    return [(row[0], row[1]) for row in rows]  # type: ignore[misc]


def roles_by_address(session: Session, norm: str) -> tuple[list[PersonRec], list[Customer],
                                                            list[str]]:
    """Every role held at `norm`: persons, the natural-person customers, company refs."""
    customers = session.exec(select(Customer).where(Customer.email_norm == norm)).all()
    people = [c for c in customers if c.kind == "person"]
    roles = [_customer_person(c) for c in people]
    companies = [c.ref for c in customers if c.kind == "company"]
    if not companies:
        # A company's own address stands for the company even when a person is also
        # registered on it (info@ as a contact's address): it opens nobody's records.
        roles += [_owner(o, c) for o, c in _members(session, Owner, norm)]  # type: ignore[arg-type]
        roles += [_contact(p, c) for p, c in _members(session, Contact, norm)]  # type: ignore[arg-type]
    roles += [_lead(x) for x in session.exec(select(Lead).where(Lead.email_norm == norm))]
    return roles, people, companies


def _holds(session: Session, refs: Iterable[str]) -> tuple[HoldRec, ...]:
    refs = list(refs)
    if not refs:
        return ()
    rows = session.exec(select(Hold).where(col(Hold.customer_ref).in_(refs))).all()
    lead_rows = session.exec(select(Hold).where(col(Hold.customer_ref).is_(None),
                                                col(Hold.ref).in_(refs))).all()
    return tuple(HoldRec(h.kind, h.customer_ref, h.ref, h.reason, h.until, h.set_by)
                 for h in (*rows, *lead_rows))


def holds_at(session: Session, customer_refs: Iterable[str]) -> tuple[HoldRec, ...]:
    """The holds on rows of these customers (for a departure notice's workplaces)."""
    return _holds(session, customer_refs)


def _requests(session: Session, norm: str) -> tuple[RequestRec, ...]:
    cases = session.exec(select(Case).where(Case.requester_email_norm == norm)
                         .order_by(col(Case.id))).all()
    # Only "open" or how it ended: a request's inner steps (awaiting approval, executing)
    # would change this very plan between approval and execution.
    return tuple(RequestRec(c.ref or "", local_date(c.received_at), tuple(c.intents or ()),
                            c.status if c.status in ("answered", "closed") else "open")
                 for c in cases)


def take_snapshot(session: Session, address: str | None) -> Snapshot:
    """Everything registered on `address`, read in the caller's (read-only) session."""
    norm = normalize_email(address) if address else None
    if not norm:
        return Snapshot(address, (), (), (), (), (), False)
    roles, people, companies = roles_by_address(session, norm)
    customer_refs = {r.customer_ref for r in roles if r.customer_ref}
    return Snapshot(
        address=norm, roles=tuple(roles),
        customers=tuple(customer_record(session, c) for c in people),
        company_refs=tuple(companies),
        holds=_holds(session, customer_refs | {r.ref for r in roles if r.role is Role.LEAD}),
        requests=_requests(session, norm), suppressed=is_suppressed(session, norm),
    )


def people_named(session: Session, name: str, limit: int = 50) -> Sequence[PersonRec]:
    """Persons whose name on file matches `name` (a verification candidate)."""
    from bot.register.names import name_matches

    folded = name.split()[-1] if name.split() else ""
    if not folded:
        return []
    found: list[PersonRec] = []
    like = f"%{folded}%"
    for c in session.exec(select(Customer).where(Customer.kind == "person",
                                                 col(Customer.name).ilike(like)).limit(limit)):
        found.append(_customer_person(c))
    for o, cust in session.exec(select(Owner, Customer).join(Customer)
                                .where(col(Owner.name).ilike(like)).limit(limit)):
        found.append(_owner(o, cust))
    for p, cust in session.exec(select(Contact, Customer).join(Customer)
                                .where(col(Contact.name).ilike(like)).limit(limit)):
        found.append(_contact(p, cust))
    for lead in session.exec(select(Lead).where(col(Lead.name).ilike(like)).limit(limit)):
        found.append(_lead(lead))
    return [p for p in found if p.name and name_matches(name, p.name)]


# Mail domains anyone can get an address at: a sender there speaks for no customer.
FREE_MAIL = frozenset({
    "gmail.com", "googlemail.com", "hotmail.com", "hotmail.dk", "outlook.com", "outlook.dk",
    "live.com", "live.dk", "msn.com", "yahoo.com", "yahoo.dk", "icloud.com", "me.com",
    "mac.com", "aol.com", "gmx.com", "gmx.net", "gmx.de", "proton.me", "protonmail.com",
    "mail.dk", "email.dk", "jubii.dk", "ofir.dk", "get2net.dk", "stofanet.dk", "tdcadsl.dk",
    "youmail.dk", "sol.dk", "post.tele.dk", "mail.tele.dk", "webspeed.dk", "privat.dk",
    "mail.com", "yandex.com", "zoho.com", "fastmail.com", "tutanota.com", "web.de",
})


def _addresses_at(session: Session, customer: Customer) -> list[str]:
    owners = session.exec(select(Owner.email_norm).where(Owner.customer_id == customer.id))
    contacts = session.exec(select(Contact.email_norm).where(Contact.customer_id == customer.id))
    return [a for a in (customer.email_norm, *owners, *contacts) if a]


def _customers_on_file(session: Session, norm: str) -> dict[int, Customer]:
    found = {c.id: c for c in session.exec(select(Customer).where(Customer.email_norm == norm))}
    for model in (Owner, Contact):
        for _, c in _members(session, model, norm):
            found[c.id] = c
    return {k: v for k, v in found.items() if k is not None}


def _customers_by_domain(session: Session, domain: str) -> dict[int, Customer]:
    if domain in FREE_MAIL:
        return {}
    like = f"%@{domain}"
    ids = {i for i in session.exec(select(Customer.id).where(
        col(Customer.email_norm).like(like))) if i is not None}
    ids |= set(session.exec(select(Owner.customer_id).where(col(Owner.email_norm).like(like))))
    ids |= set(session.exec(select(Contact.customer_id).where(
        col(Contact.email_norm).like(like))))
    rows = session.exec(select(Customer).where(col(Customer.id).in_([i for i in ids if i])))
    return {c.id: c for c in rows if c.id is not None}


def _workplace(session: Session, customer: Customer, tie: str) -> Workplace:
    contacts = session.exec(select(Contact).where(Contact.customer_id == customer.id)
                            .order_by(col(Contact.ref))).all()
    return Workplace(customer.ref, customer.name, tie, tuple(_contact(p, customer)
                                                              for p in contacts))


def workplaces(session: Session, address: str | None) -> tuple[Workplace, ...]:
    """The customers `address` may report a departure for: where it is on file, or whose
    own mail domain it shares (gdpr-dk.md §4.3 step 1)."""
    norm = normalize_email(address) if address else None
    if not norm:
        return ()
    on_file = _customers_on_file(session, norm)
    by_domain = _customers_by_domain(session, norm.rsplit("@", 1)[1])
    places = [_workplace(session, c, "on_file") for c in on_file.values()]
    places += [_workplace(session, c, "domain") for i, c in by_domain.items() if i not in on_file]
    return tuple(sorted(places, key=lambda w: w.customer_ref))
