"""Rectification (art. 16): the person's own new contact details replace the old ones.

The new values are read from the sender's own words and set on every record of the person
that has that field (gdpr-dk.md §1.3, §4.4). A person's own contact fields are corrected
at once, without staff; a new e-mail address is shown to staff first, because every later
disclosure goes to the address on file. Anything the bot cannot read with certainty, and
any invoice correction (a credit note, §1.3), goes to staff with nothing planned.
"""

from __future__ import annotations

import re
from typing import Any

from bot.cases.art19 import told_in_reply
from bot.cases.kinds import Intent, ItemAction, RecordKind
from bot.normalize import normalize_email, normalize_phone
from bot.reading.values import NewValue, read_new_values
from bot.register.snapshot import PersonRec, Role, Snapshot
from handlers.contract import CaseFacts, Item, Outcome, ReplySpec, Settings

# The fields each role has on its record (the privacy notice's categories).
FIELDS: dict[Role, tuple[str, ...]] = {
    Role.CUSTOMER: ("name", "address", "phone", "email"),
    Role.OWNER: ("name", "address", "phone", "email"),
    Role.CONTACT: ("name", "title", "phone", "email"),
    Role.LEAD: ("name", "phone", "email"),
}
_RECORDS: dict[Role, tuple[RecordKind, str]] = {
    Role.CUSTOMER: (RecordKind.CUSTOMER, "customer record (name, address, phone, e-mail)"),
    Role.OWNER: (RecordKind.OWNER, "owner record (name, address, phone, e-mail)"),
    Role.CONTACT: (RecordKind.CONTACT, "contact person record (name, title, phone, e-mail)"),
    Role.LEAD: (RecordKind.LEAD, "lead record (name, company, phone, e-mail)"),
}
_LABELS = {"name": "name", "address": "address", "phone": "phone", "email": "e-mail",
           "title": "title"}
# An invoice named in the same sentence as a correction: issued invoices are accounting
# material and are corrected by a credit note, which staff issue (§1.3).
_SENTENCE = re.compile(r"[^.!?\n]+")
_INVOICE = re.compile(r"faktura|invoice|rechnung|kreditnota|credit ?note", re.IGNORECASE)
_CORRECT = re.compile(r"\bret(?:te|tes|tet|telse)?\b|forkert|\bfejl|korrig|correct|wrong|error"
                      r"|mistake|falsch|berichtig", re.IGNORECASE)


def _invoice_correction(text: str) -> bool:
    return any(_INVOICE.search(s) and _CORRECT.search(s) for s in _SENTENCE.findall(text))


def _roles_with(snapshot: Snapshot, field: str) -> list[PersonRec]:
    return [r for r in snapshot.roles if field in FIELDS[r.role]]


def _conflicts(values: tuple[NewValue, ...]) -> list[str]:
    """Fields given two different new values: which one is right is for a person to ask."""
    seen: dict[str, set[str]] = {}
    for v in values:
        seen.setdefault(v.field, set()).add(_norm(v.field, v.value))
    return [f for f, found in seen.items() if len(found) > 1]


def _problem(text: str, snapshot: Snapshot, values: tuple[NewValue, ...]) -> str | None:
    """Why a person must read this request instead of the bot, or None."""
    if _invoice_correction(text):
        return ("the request asks to correct an invoice: issued invoices are never edited; "
                "a credit note and a new invoice are for staff (gdpr-dk.md §1.3)")
    if not values:
        return "rectification: no new value could be read (which field, and what new value?)"
    conflicts = _conflicts(values)
    if conflicts:
        return f"rectification: two different new values for {', '.join(conflicts)}"
    missing = [v.field for v in values if not _roles_with(snapshot, v.field)]
    if missing:
        roles = ", ".join(dict.fromkeys(str(r.role) for r in snapshot.roles))
        return (f"rectification: a new {', '.join(dict.fromkeys(missing))} was given, but the "
                f"person's records ({roles}) have no such field")
    return None


def _norm(field: str, value: str | None) -> str:
    """The form two values are compared in: the same number or address written
    differently is no change."""
    if field == "email":
        return normalize_email(value) or (value or "").strip().casefold()
    if field == "phone":
        return normalize_phone(value) or re.sub(r"\D", "", value or "")
    return " ".join((value or "").split()).casefold()


def _update(role: PersonRec, value: NewValue) -> Item:
    kind, what = _RECORDS[role.role]
    where = f" at customer {role.customer_ref}" if role.role in (Role.OWNER, Role.CONTACT) else ""
    reason = f"art. 16 rectification: new {_LABELS[value.field]} given by the person (§4.4)"
    if value.field == "email":
        reason += "; staff look: later disclosures go to the address on file"
    return Item(ItemAction.UPDATE, kind, role.ref, what + where, reason,
                customer_ref=role.customer_ref, field=value.field, value=value.value)


def _first_per_field(values: tuple[NewValue, ...]) -> list[NewValue]:
    first: dict[str, NewValue] = {}
    for value in values:
        first.setdefault(value.field, value)
    return list(first.values())


def _updates(snapshot: Snapshot, values: tuple[NewValue, ...]) -> tuple[list[Item], list[str]]:
    """UPDATE items for every role whose field differs, and the fields already right."""
    items: list[Item] = []
    unchanged: list[str] = []
    for value in _first_per_field(values):
        changed = [r for r in _roles_with(snapshot, value.field)
                   if _norm(value.field, getattr(r, value.field)) != _norm(value.field,
                                                                          value.value)]
        items += [_update(r, value) for r in changed]
        if not changed:
            unchanged.append(value.field)
    return items, unchanged


def _invoices_kept(snapshot: Snapshot, items: list[Item]) -> bool:
    """Issued invoices carry the customer's name and address and stay as issued."""
    touched = {i.ref for i in items if i.kind is RecordKind.CUSTOMER
               and i.field in ("name", "address")}
    return any(job.invoices for c in snapshot.customers if c.ref in touched for job in c.jobs)


def _context(snapshot: Snapshot, items: list[Item], unchanged: list[str]) -> dict[str, Any]:
    corrected = dict.fromkeys((i.field or "", i.value or "") for i in items)
    return {"nothing_found": False,
            "corrected": [{"field": f, "value": v} for f, v in corrected],
            "unchanged": unchanged,
            "email_changed": any(i.field == "email" for i in items),
            "invoices_kept": _invoices_kept(snapshot, items)}


NOT_FOUND = {"nothing_found": True, "corrected": [], "unchanged": [], "email_changed": False,
             "invoices_kept": False}


class RectificationHandler:
    intent: Intent = Intent.RECTIFICATION

    def plan(self, facts: CaseFacts, snapshot: Snapshot, settings: Settings) -> Outcome:
        if not snapshot.found:
            return Outcome(replies=(ReplySpec("rectification", dict(NOT_FOUND)),),
                           needs_approval=False)
        values = read_new_values(facts.text)
        problem = _problem(facts.text, snapshot, values)
        if problem:
            return Outcome(staff_reason=problem, subject_refs=snapshot.refs)
        items, unchanged = _updates(snapshot, values)
        reply = ReplySpec("rectification", {**_context(snapshot, items, unchanged),
                                            **told_in_reply(settings, items)})
        # A person's own contact fields: no staff (§4.0 step 7), except the e-mail address,
        # where every later disclosure goes. Not authenticated: confirm from the address
        # on file first.
        return Outcome(items=tuple(items), replies=(reply,),
                       needs_approval=any(i.field == "email" for i in items),
                       needs_confirmation=bool(items) and not facts.trusted,
                       subject_refs=snapshot.refs)


HANDLER = RectificationHandler()
