"""Is the person who asks the person on file? Ask the address on file when in doubt.

gdpr-dk.md §2.3 and §4.0 step 4: no ID documents, no CPR numbers, no attendance — the
check is a round trip to the address we already hold. Two cases:
- a known name writes from an unknown address: we mail the address on file (§5.2) and
  plan nothing until the answer comes from there;
- a destructive or changing plan asked for from an address on file that our own mail
  server did not vouch for (a From header is easy to forge): we mail that address and
  wait for its confirmation (contracts §4).
A reply from that address, threaded to our mail, confirms (bot/cases/inbound.py).
"""

from __future__ import annotations

import re
from datetime import timedelta

from sqlmodel import Session, col, select

from bot.cases.kinds import CaseStatus, Intent
from bot.cases.lifecycle import transition
from bot.config import Config
from bot.normalize import normalize_email
from bot.outbound.render import Renderer
from bot.outbound.replies import mails_today, queue_case_mail
from bot.register.snapshot import Snapshot, people_named
from bot.store.db import Database
from bot.store.models import Case
from bot.timeutil import utcnow
from handlers.contract import CaseFacts


def _named_addresses(session: Session, name: str | None) -> set[str]:
    if not name or len(name.split()) < 2:  # a first name alone identifies nobody
        return set()
    return {a for p in people_named(session, name) if (a := normalize_email(p.email))}


def _only_optout(facts: CaseFacts) -> bool:
    return facts.intents == (Intent.OBJECTION,) and "marketing_optout" in facts.flags


def needs_verification(session: Session, config: Config, renderer: Renderer, case: Case,
                       facts: CaseFacts, snap: Snapshot) -> bool:
    """Nothing on file for this address, but a person of this name is: ask them there.
    True when the case now waits (for verification, or for staff)."""
    if snap.found or snap.company_refs or case.verified_at is not None:
        return False
    if facts.intents == (Intent.CONTACT_LEFT,) or _only_optout(facts):
        return False
    addresses = _named_addresses(session, case.requester_name)
    if len(addresses) > 1:
        transition(session, case, CaseStatus.TRIAGE, actor="runner",
                   reason="the name matches several people on file; staff decide")
        return True
    if not addresses:
        return False
    _ask(session, config, renderer, case, addresses.pop(), "verify")
    return True


def ask_confirmation(session: Session, config: Config, renderer: Renderer, case: Case,
                     snap: Snapshot) -> None:
    """A destructive plan from an unauthenticated sender: confirm at the address on file."""
    address = case.verify_address if case.verified_at else snap.address
    _ask(session, config, renderer, case, address or case.requester_email or "", "confirm")


def _ask(session: Session, config: Config, renderer: Renderer, case: Case, address: str,
         template: str) -> None:
    case.verify_address = address
    details = {"method": f"reply from the address on file ({template})"}
    limit = config.replies.acks_per_address_per_day
    if mails_today(session, address, ("verify", "confirm")) >= limit:
        # Someone keeps asking in this person's name: do not flood their mailbox.
        transition(session, case, CaseStatus.TRIAGE, actor="runner",
                   reason="too many verification requests to one address today")
        return
    context = {"requested_from": case.requester_email, "days": config.replies.verification_days,
               "intents": list(case.intents or ())}
    mail = queue_case_mail(session, config, renderer, case, template=template, to_addr=address,
                           context=context, kind=template)
    case.verify_message_id = mail.message_id
    transition(session, case, CaseStatus.AWAITING_VERIFICATION, actor="runner",
               details=details)


# "No, that was not me": a reply that denies the request must not confirm it.
_DENIAL = re.compile(
    r"\b(ikke mig|ikke sendt|har ikke (bedt|skrevet|sendt)|not me|did not (send|ask|write)|"
    r"didn'?t (send|ask|write)|never (sent|asked)|nej\b|no\b,? (i|it|that))",
    re.IGNORECASE)


def confirm_from_reply(session: Session, case: Case, sender: str | None, text: str,
                       thread: tuple[str, ...]) -> bool:
    """The address on file answered our verification mail: the case may go on."""
    if case.status != CaseStatus.AWAITING_VERIFICATION or not case.verify_address:
        return False
    if normalize_email(sender) != normalize_email(case.verify_address):
        return False
    if case.verify_message_id not in thread:
        return False  # a reply to another of our mails (the ack) proves nothing
    if _DENIAL.search(text):
        transition(session, case, CaseStatus.TRIAGE, actor="worker",
                   reason="the address on file denied the request")
        return True
    case.verified_at = utcnow()
    transition(session, case, CaseStatus.OPEN, actor="worker",
               details={"verified": "reply from the address on file"})
    return True


def expire_job(db: Database, config: Config, renderer: Renderer) -> int:
    """Close cases whose verification went unanswered for `replies.verification_days`
    (the §5.2 mail said so; the request can always be sent again)."""
    cutoff = utcnow() - timedelta(days=config.replies.verification_days)
    closed = 0
    with db.transaction() as session:
        waiting = session.exec(select(Case).where(
            Case.status == CaseStatus.AWAITING_VERIFICATION,
            col(Case.updated_at) < cutoff)).all()
        for case in waiting:
            transition(session, case, CaseStatus.CLOSED, actor="scheduler",
                       reason="verification not answered in time")
            closed += 1
    return closed
