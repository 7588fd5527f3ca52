"""Access (art. 15, gdpr-dk.md §4.1): plan the copy of the person's data and the §5.3 answer.

Found: every record goes out as a SEND item, and one reply carries the copy in the body
and as JSON and CSV attachments (R-AC-02), the notice items of §5.3 in the reply's language,
and the complaint clause. Staff see the exact extract first unless configured otherwise
(§4.0 step 7); no confirmation round trip, since the copy only ever goes to the address on
file. Nothing on file: a truthful "no data" answer, which discloses nothing. Only a company's
own address: a person must read it, as that address stands for the company (R-DK-03).
"""

from __future__ import annotations

from typing import Any

from bot.cases.kinds import Intent
from bot.register.snapshot import Role, Snapshot
from handlers import extract
from handlers.contract import CaseFacts, Outcome, ReplySpec, Settings

COMPANY_ADDRESS = "a company's shared address asks; it stands for the company, not a person"
SEND_REASON = "copy of the data (art. 15(3))"


class AccessHandler:
    intent: Intent = Intent.ACCESS

    def plan(self, facts: CaseFacts, snapshot: Snapshot, settings: Settings) -> Outcome:
        if snapshot.found:
            return _disclose(facts, snapshot, settings)
        if snapshot.company_refs:
            return Outcome(staff_reason=COMPANY_ADDRESS, subject_refs=snapshot.refs)
        return no_data(facts, snapshot)


def _disclose(facts: CaseFacts, snapshot: Snapshot, settings: Settings) -> Outcome:
    recs = extract.records(snapshot)
    reply = ReplySpec("access", access_context(facts, snapshot, settings, recs),
                      attachments=extract.attachments(recs, "extract"))
    return Outcome(items=extract.send_items(recs, SEND_REASON), replies=(reply,),
                   needs_approval=settings.review_extracts, subject_refs=snapshot.refs)


def access_context(facts: CaseFacts, snapshot: Snapshot, settings: Settings,
                   recs: tuple[extract.Record, ...]) -> dict[str, Any]:
    """What an art. 15 answer prints: the copy, whether any of it is restricted, the §5.3
    items, and whether portability is among the person's rights (customers only)."""
    return {
        "sections": extract.readable(recs, facts.language),
        "restricted": any(r.holds for r in recs),
        "notice": settings.notice[facts.language],
        "portability_applies": any(r.role is Role.CUSTOMER for r in snapshot.roles),
    }


def no_data(facts: CaseFacts, snapshot: Snapshot) -> Outcome:
    """Nothing is registered on the address: say so truthfully (art. 15(1), §4.9), and ask
    for another address they may have used, without a word about anyone else."""
    asked = [str(i) for i in (Intent.ACCESS, Intent.PORTABILITY) if i in facts.intents]
    context = {"address": snapshot.address or facts.requester_email,
               "intents": asked or [str(Intent.ACCESS)]}
    return Outcome(replies=(ReplySpec("no_data", context),), needs_approval=False,
                   subject_refs=snapshot.refs)


HANDLER = AccessHandler()
