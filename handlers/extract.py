"""The copy of a person's own data (art. 15(3), R-AC-02): the records themselves, in three forms.

From a Snapshot it takes every record linked to the person: each role they hold (a
natural-person customer with its jobs, invoices and quality checks; an owner; a contact
person, with the customer they are registered under; a lead), the marketing opt-out entry,
and the bot's own records of their requests. It gives them as readable sections for the mail
body, as a JSON attachment and as a CSV attachment, with any hold (restricted record) shown
with its reason and last day.

Nobody else's data (art. 15(4)): only the person's own rows are read, never a contact's
colleagues, the other owners, or a company customer's own fields; of the customer a role is
registered under, only its ref and name are shown, since they say where the person is on file.

CSV columns (one row per field, UTF-8, header row):
  section       the kind of record: customer, job, invoice, quality_check, owner, contact,
                lead, suppression, request_log
  ref           the record's reference (customer number, job ref, invoice number, qc-<id>, ...)
  customer_ref  the customer the record belongs to, empty for leads and the bot's own records
  field         the field's name, as in the JSON file; a restricted record adds the rows
                restricted_reason and restricted_until (last day kept, empty: until lifted)
  value         the value: dates as YYYY-MM-DD, amounts in DKK, lists joined by ";"
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from bot.cases.kinds import ItemAction, RecordKind
from bot.outbound.render import long_date
from bot.register.snapshot import (
    CustomerRec,
    HoldRec,
    JobRec,
    PersonRec,
    RequestRec,
    Role,
    Snapshot,
)
from handlers.contract import Attachment, Item

Value = str | int | float | bool | list[str] | None
CSV_COLUMNS = ("section", "ref", "customer_ref", "field", "value")


@dataclass(frozen=True)
class Record:
    """One row of the person's data: what staff see in the plan, and its fields."""

    kind: RecordKind
    ref: str
    customer_ref: str | None
    what: str  # for staff, no personal data values
    fields: tuple[tuple[str, Value], ...]
    holds: tuple[HoldRec, ...] = ()


# --- which records ----------------------------------------------------------------------


def records(snapshot: Snapshot) -> tuple[Record, ...]:
    """Everything linked to the person, in the snapshot's order: roles, opt-out, requests."""
    found: list[Record] = []
    for role in snapshot.roles:
        found += _role_records(snapshot, role)
    if snapshot.suppressed:
        found.append(Record(RecordKind.SUPPRESSION, "marketing", None, "marketing opt-out entry",
                            (("marketing_opt_out", True),)))
    found += [_request(r) for r in snapshot.requests]
    return tuple(found)


def portability_records(snapshot: Snapshot) -> tuple[Record, ...]:
    """What a natural-person customer provided (art. 20, R-PT-01): the customer record and
    their jobs (orders) and invoices; quality checks are CL Smed's own findings, not theirs."""
    found: list[Record] = []
    for role in snapshot.roles:
        customer = _customer(snapshot, role)
        if customer is not None:
            found += _customer_records(snapshot, customer, checks=False)
    return tuple(found)


def _customer(snapshot: Snapshot, role: PersonRec) -> CustomerRec | None:
    if role.role is not Role.CUSTOMER:
        return None
    return next((c for c in snapshot.customers if c.ref == role.ref), None)


def _role_records(snapshot: Snapshot, role: PersonRec) -> list[Record]:
    customer = _customer(snapshot, role)
    if customer is not None:
        return _customer_records(snapshot, customer, checks=True)
    kind, what, fields = _person_fields(role)
    return [_held(snapshot, Record(kind, role.ref, role.customer_ref, what, fields))]


def _person_fields(p: PersonRec) -> tuple[RecordKind, str, tuple[tuple[str, Value], ...]]:
    if p.role is Role.OWNER:
        return (RecordKind.OWNER, "owner record (name, address, phone, e-mail)",
                (("customer", p.customer_name), ("name", p.name), ("address", p.address),
                 ("phone", p.phone), ("email", p.email)))
    if p.role is Role.CONTACT:
        return (RecordKind.CONTACT, "contact person record (name, title, phone, e-mail)",
                (("customer", p.customer_name), ("name", p.name), ("title", p.title),
                 ("phone", p.phone), ("email", p.email), ("employed", p.employed)))
    if p.role is Role.LEAD:
        return (RecordKind.LEAD, "lead record (name, company, phone, e-mail)",
                (("name", p.name), ("company", p.company), ("phone", p.phone),
                 ("email", p.email), ("created", _iso(p.created))))
    # A customer role whose customer row the snapshot lacks: its own fields, as the role has them.
    return (RecordKind.CUSTOMER, "customer record (name, address, phone, e-mail)",
            (("name", p.name), ("address", p.address), ("phone", p.phone), ("email", p.email)))


def _customer_records(snapshot: Snapshot, c: CustomerRec, checks: bool) -> list[Record]:
    found = [_held(snapshot, Record(
        RecordKind.CUSTOMER, c.ref, c.ref, "customer record (name, address, phone, e-mail, CVR)",
        (("name", c.name), ("address", c.address), ("phone", c.phone), ("email", c.email),
         ("cvr", c.cvr))))]
    for job in c.jobs:
        found += [_held(snapshot, r) for r in _job_records(c.ref, job, checks)]
    return found


def _job_records(customer_ref: str, job: JobRec, checks: bool) -> list[Record]:
    found = [Record(RecordKind.JOB, job.ref, customer_ref, f"job {job.ref}",
                    (("title", job.title), ("started", _iso(job.started)),
                     ("completed", _iso(job.completed))))]
    found += [Record(RecordKind.INVOICE, i.number, customer_ref,
                     f"invoice {i.number} dated {_iso(i.date) or 'undated'}",
                     (("job", job.ref), ("date", _iso(i.date)), ("amount_dkk", i.amount_dkk)))
              for i in job.invoices]
    if checks:
        found += [Record(RecordKind.QUALITY_CHECK, f"qc-{q.id}", customer_ref,
                         f"quality check qc-{q.id} dated {_iso(q.date) or 'undated'}",
                         (("job", job.ref), ("date", _iso(q.date)), ("result", q.result),
                          ("notes", q.notes)))
                  for q in job.quality_checks]
    return found


def _request(r: RequestRec) -> Record:
    return Record(RecordKind.REQUEST_LOG, r.ref, None, f"record of request {r.ref}",
                  (("received", r.received.isoformat()), ("intents", list(r.intents)),
                   ("status", r.status)))


def _held(snapshot: Snapshot, record: Record) -> Record:
    """The record with the holds that restrict it (matched on kind, ref and customer)."""
    holds = tuple(h for h in snapshot.holds_for(str(record.kind), record.ref)
                  if h.customer_ref in (record.customer_ref, None) or record.customer_ref is None)
    return Record(record.kind, record.ref, record.customer_ref, record.what, record.fields, holds)


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# --- plan items and attachments ---------------------------------------------------------


def send_items(recs: Iterable[Record], reason: str) -> tuple[Item, ...]:
    """One SEND item per record disclosed, so the plan shows exactly what leaves."""
    return tuple(Item(ItemAction.SEND, r.kind, r.ref, r.what, reason, customer_ref=r.customer_ref)
                 for r in recs)


def attachments(recs: Iterable[Record], stem: str) -> tuple[Attachment, Attachment]:
    """`<stem>.json` and `<stem>.csv` holding the same records."""
    recs = tuple(recs)
    return (Attachment(f"{stem}.json", "application/json", as_json(recs)),
            Attachment(f"{stem}.csv", "text/csv", as_csv(recs)))


def as_json(recs: Iterable[Record]) -> str:
    """UTF-8 JSON, one record a line, keys in a fixed order (the code's, not the data's).

    One record per line reads well and keeps the C encoder (an `indent` would force the
    pure-Python one, seconds for a customer with thousands of jobs)."""
    lines = [json.dumps({
        "section": str(r.kind), "ref": r.ref, "customer_ref": r.customer_ref,
        "fields": dict(r.fields),
        "restricted": [{"reason": h.reason, "until": _iso(h.until)} for h in r.holds],
    }, ensure_ascii=False) for r in recs]
    return '{"records": [\n' + ",\n".join(f"  {line}" for line in lines) + "\n]}\n"


def as_csv(recs: Iterable[Record]) -> str:
    """UTF-8 CSV with a header row: one row per field (columns in the module docstring)."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    for r in recs:
        rows: list[tuple[str, Value]] = list(r.fields)
        for h in r.holds:
            rows += [("restricted_reason", h.reason), ("restricted_until", _iso(h.until))]
        writer.writerows((str(r.kind), r.ref, r.customer_ref or "", name, _csv_value(value))
                         for name, value in rows)
    return out.getvalue()


def _csv_value(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, list):
        return ";".join(value)
    return str(value)


# --- the readable copy for the mail body ------------------------------------------------

HEADINGS = {
    "da": {
        RecordKind.CUSTOMER: "Dig som kunde (kundenummer {ref})",
        RecordKind.JOB: "Job {ref} (kunde {customer})",
        RecordKind.INVOICE: "Faktura {ref} (job {job})",
        RecordKind.QUALITY_CHECK: "Kvalitetskontrol {ref} (job {job})",
        RecordKind.OWNER: "Dig som ejer (registreret som {ref}) hos kunde {customer}",
        RecordKind.CONTACT: "Dig som kontaktperson (registreret som {ref}) hos kunde {customer}",
        RecordKind.LEAD: "Dig som kundeemne (registreret som {ref})",
        RecordKind.SUPPRESSION: "Afmelding af markedsføring",
        RecordKind.REQUEST_LOG: "Din henvendelse {ref}",
    },
    "en": {
        RecordKind.CUSTOMER: "You as a customer (customer number {ref})",
        RecordKind.JOB: "Job {ref} (customer {customer})",
        RecordKind.INVOICE: "Invoice {ref} (job {job})",
        RecordKind.QUALITY_CHECK: "Quality check {ref} (job {job})",
        RecordKind.OWNER: "You as an owner (registered as {ref}) at customer {customer}",
        RecordKind.CONTACT: "You as a contact person (registered as {ref}) at customer {customer}",
        RecordKind.LEAD: "You as a lead (registered as {ref})",
        RecordKind.SUPPRESSION: "Marketing opt-out",
        RecordKind.REQUEST_LOG: "Your request {ref}",
    },
}
LABELS = {
    "da": {"name": "Navn", "address": "Adresse", "phone": "Telefon", "email": "E-mail",
           "cvr": "CVR-nummer", "customer": "Kunde (virksomhed)", "title": "Titel",
           "employed": "Ansat hos kunden", "company": "Virksomhed", "created": "Oprettet",
           "started": "Påbegyndt", "completed": "Afsluttet", "job": "Job", "date": "Dato",
           "amount_dkk": "Beløb", "result": "Resultat", "notes": "Bemærkninger",
           "received": "Modtaget", "intents": "Anmodning om", "status": "Status",
           "marketing_opt_out": "Du har frabedt dig markedsføring"},
    "en": {"name": "Name", "address": "Address", "phone": "Phone", "email": "E-mail",
           "cvr": "CVR number", "customer": "Customer (company)", "title": "Title",
           "employed": "Employed by the customer", "company": "Company", "created": "Created",
           "started": "Started", "completed": "Completed", "job": "Job", "date": "Date",
           "amount_dkk": "Amount", "result": "Result", "notes": "Notes",
           "received": "Received", "intents": "Request for", "status": "Status",
           "marketing_opt_out": "You have opted out of marketing"},
}
DATE_FIELDS = frozenset({"created", "started", "completed", "date", "received"})
WORDS = {
    "da": {
        True: "ja", False: "nej", "access": "indsigt", "portability": "dataportabilitet",
        "rectification": "berigtigelse", "restriction": "begrænsning",
        "objection": "indsigelse", "erasure": "sletning",
        "contact_left": "besked om en fratrådt kontaktperson",
        "received": "modtaget", "triage": "til vurdering", "open": "under behandling",
        "awaiting_verification": "afventer bekræftelse",
        "awaiting_approval": "afventer godkendelse", "executing": "udføres",
        "answered": "besvaret", "failed": "fejlet", "closed": "afsluttet",
    },
    "en": {
        True: "yes", False: "no", "access": "access", "portability": "data portability",
        "rectification": "rectification", "restriction": "restriction",
        "objection": "objection", "erasure": "erasure",
        "contact_left": "notice that a contact person has left",
        "received": "received", "triage": "being assessed", "open": "being handled",
        "awaiting_verification": "awaiting confirmation",
        "awaiting_approval": "awaiting approval", "executing": "being carried out",
        "answered": "answered", "failed": "failed", "closed": "closed",
    },
}
HOLD_REASONS = {
    "da": {"bookkeeping": "bogføringspligt, bogføringsloven § 12",
           "ongoing_job": "jobbet er ikke afsluttet",
           "claims": "mulige retskrav, databeskyttelsesforordningens art. 17, stk. 3, litra e",
           "restriction": "begrænsning efter databeskyttelsesforordningens art. 18"},
    "en": {"bookkeeping": "bookkeeping duty, Danish Bookkeeping Act § 12",
           "ongoing_job": "the job is not finished",
           "claims": "possible legal claims, GDPR art. 17(3)(e)",
           "restriction": "restriction under GDPR art. 18"},
}
HOLD_TEXT = {
    "da": ("Begrænset: opbevares kun ({reason}) til og med {until}",
           "Begrænset: opbevares kun ({reason}), indtil begrænsningen ophæves"),
    "en": ("Restricted: stored only ({reason}) until {until} inclusive",
           "Restricted: stored only ({reason}) until the restriction is lifted"),
}


def readable(recs: Iterable[Record], lang: str) -> list[dict[str, Any]]:
    """The copy as the mail body prints it: a heading, labelled values, any restriction."""
    lang = lang if lang in LABELS else "en"
    return [{"heading": _heading(r, lang),
             "fields": [{"label": LABELS[lang][name], "value": _shown(name, value, lang)}
                        for name, value in r.fields if value is not None],
             "holds": [_hold_text(h, lang) for h in r.holds]}
            for r in recs]


def _heading(r: Record, lang: str) -> str:
    job = dict(r.fields).get("job")
    return HEADINGS[lang][r.kind].format(ref=r.ref, customer=r.customer_ref or "", job=job or "")


def _shown(name: str, value: Value, lang: str) -> str:
    if isinstance(value, bool):
        return WORDS[lang][value]
    if isinstance(value, list):
        return ", ".join(WORDS[lang].get(v, v) for v in value)
    if name == "status" and isinstance(value, str):
        return WORDS[lang].get(value, value)
    if name in DATE_FIELDS and isinstance(value, str):
        return long_date(value, lang)
    if isinstance(value, float):
        return _amount(value, lang)
    return str(value)


def _amount(value: float, lang: str) -> str:
    text = f"{value:,.2f}"
    if lang == "da":  # 12.500,00 kr.
        return text.replace(",", "_").replace(".", ",").replace("_", ".") + " kr."
    return f"DKK {text}"


def _hold_text(h: HoldRec, lang: str) -> str:
    reason = HOLD_REASONS[lang].get(h.reason, h.reason)
    dated, open_ended = HOLD_TEXT[lang]
    if h.until is None:
        return open_ended.format(reason=reason)
    return dated.format(reason=reason, until=long_date(h.until, lang))
