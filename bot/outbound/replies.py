"""The bot's standard messages for a case (the acknowledgement now), rendered and queued."""

from __future__ import annotations

import re
import secrets

from sqlmodel import Session

from bot.config import Config
from bot.outbound.outbox import queue_mail
from bot.outbound.render import Renderer, Reply, reply_language
from bot.store.models import Case

DSR_INTENTS = frozenset({"access", "erasure", "rectification", "restriction", "objection",
                         "portability"})


# A display name is the sender's to choose: in a greeting it could carry a link or a
# whole advert to whoever the From address names. Plain names only, else no name.
_PLAIN_NAME = re.compile(r"[^\W\d_][\w .'-]{0,58}", re.UNICODE)


def greeting_name(name: str | None) -> str | None:
    if not name or not _PLAIN_NAME.fullmatch(name.strip()) or "www" in name.casefold():
        return None
    return name.strip()


def _domain(config: Config) -> str:
    return config.company.privacy_address.rsplit("@", 1)[1]


def queue_acknowledgement(session: Session, config: Config, renderer: Renderer, case: Case) -> bool:
    """Queue the §5.1 acknowledgement for a person's request; False when none is due."""
    intents = [i for i in (case.intents or []) if i in DSR_INTENTS]
    if not intents or case.requester_email is None or case.ref is None:
        return False
    # A staff forward's Message-ID means nothing to the requester: start a new thread then.
    own_thread = case.forwarded_by is None and case.request_message_id is not None
    references = tuple((case.request_references or "").split()) if own_thread else ()
    reply = Reply(
        template="ack", language=reply_language(case.language), to_addr=case.requester_email,
        context={"case": case, "intents": intents,
                 "requester_name": greeting_name(case.requester_name)},
        in_reply_to=case.request_message_id if own_thread else None, references=references,
    )
    # A random part, so nobody can guess the ID and pose as a reply in this thread.
    msg = renderer.render(reply, f"<{case.ref}.ack.{secrets.token_hex(6)}@{_domain(config)}>")
    queue_mail(session, msg, case_id=case.id, kind="ack", template="ack")
    return True
