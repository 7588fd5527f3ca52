"""Portability (art. 20, gdpr-dk.md §1.7 and §4.7): plan the machine-readable export, or say
why the right does not apply and give the art. 15 copy instead.

The right covers what a natural-person customer provided under the contract (art. 6(1)(b)):
the customer record and their jobs and invoices, as JSON and CSV (R-PT-01). Owners, contact
persons and leads are processed on legitimate interest (art. 6(1)(f)), so for them the reply
says that portability does not apply and which right was applied instead: access (R-PT-02).
When the same case also asks for access, the copy travels in the access reply only, never
twice. Every answer here discloses data or declines a right, so staff approve it (§4.0 step 7).
"""

from __future__ import annotations

from typing import Any

from bot.cases.kinds import Intent
from bot.register.snapshot import Role, Snapshot
from handlers import extract
from handlers.access import COMPANY_ADDRESS, access_context, no_data
from handlers.contract import CaseFacts, Item, Outcome, ReplySpec, Settings

PORT_REASON = "portability export (art. 20)"
INSTEAD_REASON = "copy of the data (art. 15(3)) given instead of portability (R-PT-02)"


class PortabilityHandler:
    intent: Intent = Intent.PORTABILITY

    def plan(self, facts: CaseFacts, snapshot: Snapshot, settings: Settings) -> Outcome:
        if snapshot.found:
            return _answer(facts, snapshot, settings)
        if snapshot.company_refs:
            return Outcome(staff_reason=COMPANY_ADDRESS, subject_refs=snapshot.refs)
        if Intent.ACCESS in facts.intents:
            # The access handler's "no data" answer names both rights: one mail, not two.
            return Outcome(needs_approval=False, subject_refs=snapshot.refs)
        return no_data(facts, snapshot)


def _answer(facts: CaseFacts, snapshot: Snapshot, settings: Settings) -> Outcome:
    ported = extract.portability_records(snapshot)
    if ported:
        return _export(facts, snapshot, settings, ported)
    return _instead(facts, snapshot, settings)


def _export(facts: CaseFacts, snapshot: Snapshot, settings: Settings,
            ported: tuple[extract.Record, ...]) -> Outcome:
    context = _context(facts, snapshot, settings, applied="portability")
    context["included"] = [s["heading"] for s in extract.readable(ported, facts.language)]
    reply = ReplySpec("portability", context,
                      attachments=extract.attachments(ported, "portability"))
    return Outcome(items=extract.send_items(ported, PORT_REASON), replies=(reply,),
                   needs_approval=True, subject_refs=snapshot.refs)


def _instead(facts: CaseFacts, snapshot: Snapshot, settings: Settings) -> Outcome:
    """No customer role: decline portability and give the art. 15 copy (R-PT-02), unless the
    access reply of the same case already carries it."""
    context = _context(facts, snapshot, settings, applied="access")
    items: tuple[Item, ...] = ()
    reply = ReplySpec("portability", context)
    if not context["copy_in_access_reply"]:
        recs = extract.records(snapshot)
        context.update(access_context(facts, snapshot, settings, recs))
        items = extract.send_items(recs, INSTEAD_REASON)
        reply = ReplySpec("portability", context, attachments=extract.attachments(recs, "extract"))
    return Outcome(items=items, replies=(reply,), needs_approval=True,
                   subject_refs=snapshot.refs)


def _context(facts: CaseFacts, snapshot: Snapshot, settings: Settings,
             applied: str) -> dict[str, Any]:
    """The keys every portability reply has; `applied` names the right that was applied."""
    others = sorted({str(r.role) for r in snapshot.roles if r.role is not Role.CUSTOMER})
    return {
        "applied": applied,
        "copy_in_access_reply": Intent.ACCESS in facts.intents,
        "other_roles": others,
        "included": [],
        "sections": [],
        "restricted": False,
        "notice": settings.notice[facts.language],
        "portability_applies": applied == "portability",
    }


HANDLER = PortabilityHandler()
