"""Objection (art. 21): a marketing opt-out is honoured at once; any other objection
restricts the person's records while staff weigh it.

Direct marketing (art. 21(2)-(3)) is absolute: the address goes on the opt-out list
immediately, with no verification beyond the sender match and no staff gate (R-OB-01,
gdpr-dk.md §4.6, §4.8). An objection "on grounds relating to his or her particular
situation" (art. 21(1)) against our legitimate-interest processing is assessed by staff;
meanwhile every record is restricted (art. 18(1)(d)) and the person is told so.
"""

from __future__ import annotations

import re

from bot.cases.kinds import Intent, ItemAction, RecordKind
from bot.reading.classify import Evidence, classify
from bot.register.snapshot import Snapshot
from handlers.contract import CaseFacts, Item, Outcome, ReplySpec, Settings
from handlers.restriction import reply_context, restrict_items

OPTOUT_FLAG = "marketing_optout"
REASON = ("art. 18(1)(d) restriction pending the assessment of an art. 21(1) objection "
          "(R-OB-01, staff weigh compelling legitimate grounds)")
SUPPRESSION = Item(
    ItemAction.UPDATE, RecordKind.SUPPRESSION, "marketing",
    "marketing opt-out list entry (the address only)",
    "art. 21(2)-(3) objection to direct marketing: stop at once, no balancing (R-OB-01)")

# A clause ends at a sentence end, a semicolon, a comma or "and": an objection in the
# clause that names marketing is the opt-out itself, not a second, general objection.
_CLAUSE_END = re.compile(r"[.!?;,\n]| (?:og|and|und|och|samt|et|y|e) ", re.IGNORECASE)
_MARKETING = re.compile(
    r"marketing|markedsf|marknadsf|reklam|werbung|nyhedsbrev|nyhetsbrev|newsletter|tilbud"
    r"|erbjudand|angebot|offers|promotion|advert|spam", re.IGNORECASE)
# Consent is only asked for marketing here: a withdrawal next to an opt-out is the opt-out.
_CONSENT = re.compile(r"samtyk|consent|einwillig|samtyck|toestemming|consentement",
                      re.IGNORECASE)


def _clause_after(text: str, phrase: str) -> str:
    """The phrase and the rest of its clause as the sender wrote it."""
    start = text.find(phrase)
    if start < 0:
        return phrase
    end = _CLAUSE_END.search(text, start + len(phrase))
    return text[start:end.start() if end else len(text)]


def _general(text: str, phrase: str, marketing: list[str]) -> bool:
    clause = _clause_after(text, phrase)
    if _MARKETING.search(clause) or _CONSENT.search(phrase):
        return False
    return not any(m in clause or clause in m for m in marketing)


def general_objection(text: str) -> bool:
    """Does the text object to more than direct marketing? Read with the classifier's own
    evidence: an objection phrase whose clause says nothing about marketing."""
    evidence: tuple[Evidence, ...] = classify(text).evidence
    marketing = [e.phrase for e in evidence if e.intent == OPTOUT_FLAG]
    return any(_general(text, e.phrase, marketing)
               for e in evidence if e.intent == str(Intent.OBJECTION))


def _optout_only(facts: CaseFacts, snapshot: Snapshot) -> Outcome:
    # R-OB-01: immediately, no staff, no round trip; an address already on the list
    # needs no second entry. A case that asks for more (an erasure beside the opt-out) is
    # answered on that by its own handler: the reply says so instead of inviting it.
    items = () if snapshot.suppressed else (SUPPRESSION,)
    reply = ReplySpec("optout", {"other_data": snapshot.found,
                                 "more_asked": len(facts.intents) > 1})
    return Outcome(items=items, replies=(reply,), needs_approval=False,
                   needs_confirmation=False, subject_refs=snapshot.refs)


class ObjectionHandler:
    intent: Intent = Intent.OBJECTION

    def plan(self, facts: CaseFacts, snapshot: Snapshot, settings: Settings) -> Outcome:
        optout = OPTOUT_FLAG in facts.flags
        if optout and not general_objection(facts.text):
            return _optout_only(facts, snapshot)
        items = (SUPPRESSION,) if optout and not snapshot.suppressed else ()
        reply = ReplySpec("objection", {**reply_context(snapshot), "optout": optout})
        if not snapshot.found:
            # Nothing registered to weigh or restrict: answer without staff.
            return Outcome(items=items, replies=(reply,), needs_approval=False)
        # Art. 21(1) balancing is staff's (§4.0 step 7); restricted until they decide.
        return Outcome(items=(*items, *restrict_items(snapshot, REASON)), replies=(reply,),
                       needs_approval=True, needs_confirmation=not facts.trusted,
                       subject_refs=snapshot.refs)


HANDLER = ObjectionHandler()
