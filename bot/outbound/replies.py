"""The bot's mails for a case, rendered and queued: acknowledgements, verification
requests, and the replies a plan carries. Every one goes to an address the case allows."""

from __future__ import annotations

import re
import secrets
from datetime import timedelta
from typing import Any

from sqlmodel import Session, col, select

from bot.cases.lifecycle import audit
from bot.config import Config
from bot.normalize import normalize_email
from bot.outbound.outbox import queue_mail
from bot.outbound.render import Renderer, Reply, reply_language
from bot.store.models import Case, Outbox, Plan
from bot.timeutil import today, utcnow

DSR_INTENTS = frozenset({"access", "erasure", "rectification", "restriction", "objection",
                         "portability"})
ACK_KINDS = ("ack", "ack_triage")


# A display name is the sender's to choose: in a greeting it could carry a link or a
# whole advert to whoever the From address names. Plain names only, else no name.
_PLAIN_NAME = re.compile(r"[^\W\d_][\w .'-]{0,58}", re.UNICODE)


def greeting_name(name: str | None) -> str | None:
    if not name or not _PLAIN_NAME.fullmatch(name.strip()) or "www" in name.casefold():
        return None
    return name.strip()


def _domain(config: Config) -> str:
    return config.company.privacy_address.rsplit("@", 1)[1]


def case_context(case: Case) -> dict[str, Any]:
    """What every case mail may say about the case itself."""
    return {"ref": case.ref, "received_at": case.received_at.isoformat(),
            "due_at": (case.extended_due_at or case.due_at).isoformat()}


def _threading(case: Case, to_addr: str) -> tuple[str | None, tuple[str, ...]]:
    # Thread only to the requester's own message; a staff forward's Message-ID, or a
    # mail to another address (the address on file), starts a new thread.
    own = (case.forwarded_by is None and case.request_message_id is not None
           and normalize_email(to_addr) == case.requester_email_norm)
    if not own:
        return None, ()
    return case.request_message_id, tuple((case.request_references or "").split())


def queue_case_mail(session: Session, config: Config, renderer: Renderer, case: Case, *,
                    template: str, to_addr: str, context: dict[str, Any], kind: str,
                    attachments: tuple[tuple[str, str, str], ...] = ()) -> Outbox:
    """Render `template` for `case` and queue it in the caller's transaction."""
    in_reply_to, references = _threading(case, to_addr)
    is_requester = normalize_email(to_addr) == case.requester_email_norm
    full = {"case": case_context(case), "sent_on": today().isoformat(),
            "requester_name": greeting_name(case.requester_name) if is_requester else None,
            **context}
    reply = Reply(template=template, language=reply_language(case.language), to_addr=to_addr,
                  context=full, in_reply_to=in_reply_to, references=references,
                  attachments=attachments)
    # A random part, so nobody can guess the ID and pose as a reply in this thread.
    msg = renderer.render(reply, f"<{case.ref}.{kind}.{secrets.token_hex(6)}@{_domain(config)}>")
    return queue_mail(session, msg, case_id=case.id, kind=kind, template=template)


def mailbox_key(address: str) -> str:
    """The mailbox behind an address: `offer+1@x` and `offer+2@x` reach the same person."""
    local, _, domain = address.casefold().rpartition("@")
    return f"{local.split('+', 1)[0]}@{domain}"


def mails_today(session: Session, address: str, kinds: tuple[str, ...]) -> int:
    """How many mails of these kinds went to this mailbox in the last 24 hours: the one
    count behind every per-address cap (acknowledgements, verification requests)."""
    since = utcnow() - timedelta(days=1)
    key = mailbox_key(address)
    local, _, domain = key.rpartition("@")
    sent = session.exec(select(Outbox.to_addr).where(
        col(Outbox.kind).in_(kinds), col(Outbox.created_at) >= since,
        col(Outbox.to_addr).ilike(f"{local}%@{domain}"))).all()
    return sum(1 for to in sent if mailbox_key(to) == key)


def queue_acknowledgement(session: Session, config: Config, renderer: Renderer, case: Case,
                          *, neutral: bool = False) -> bool:
    """Queue the §5.1 acknowledgement (or, for a case staff must read first, a neutral
    one: received, a colleague reads it, answer by the due date). False when none went."""
    intents = [i for i in (case.intents or []) if i in DSR_INTENTS]
    if case.requester_email is None or case.ref is None or not (intents or neutral):
        return False
    limit = config.replies.acks_per_address_per_day
    if mails_today(session, case.requester_email, ACK_KINDS) >= limit:
        audit(session, "ack.capped", actor="worker", case_id=case.id,
              details={"limit": config.replies.acks_per_address_per_day})
        return False
    template = "ack_triage" if neutral else "ack"
    queue_case_mail(session, config, renderer, case, template=template,
                    to_addr=case.requester_email, context={"intents": intents}, kind=template)
    return True


class ReplyAddressError(ValueError):
    """A plan's reply names an address the case does not allow (R-SEC-01)."""


def queue_plan_reply(session: Session, config: Config, renderer: Renderer, case: Case,
                     reply: dict[str, Any], plan: Plan, index: int) -> Outbox:
    """One of an executed plan's replies, to the address on file and nowhere else."""
    allowed = case.verify_address if case.verified_at else case.requester_email
    to_addr = reply.get("to") or allowed
    if not to_addr or normalize_email(to_addr) != normalize_email(allowed):
        raise ReplyAddressError(f"plan {plan.id} reply {index}: not the address on file")
    attachments = tuple((a["filename"], a["content_type"], a["text"])
                        for a in reply.get("attachments", []))
    return queue_case_mail(session, config, renderer, case, template=reply["template"],
                           to_addr=to_addr, context=reply["context"],
                           kind=reply.get("kind", "answer"), attachments=attachments)
