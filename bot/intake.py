"""Store a received raw message durably, once; every ingress channel calls this before it acks."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32

from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from bot.cases import audit
from bot.db import Database
from bot.models import Inbound
from bot.timeutil import utcnow


@dataclass(frozen=True)
class Stored:
    inbound_id: int
    created: bool  # False when this exact message was stored before


def _message_id(raw: bytes) -> str | None:
    try:
        headers = BytesHeaderParser(policy=compat32).parsebytes(raw[:256 * 1024])
        value = headers.get("Message-ID")
    except Exception:  # a header block too broken to read still gets stored
        return None
    text = str(value or "").strip()[:500]
    return text or None


def _find(db: Database, digest: str) -> int | None:
    with db.transaction() as session:
        return session.exec(select(Inbound.id).where(Inbound.content_sha256 == digest)).first()


def store_inbound(
    db: Database,
    raw: bytes,
    *,
    channel: str,
    mail_from: str | None = None,
    rcpt_to: list[str] | None = None,
    peer: str | None = None,
) -> Stored:
    """Commit `raw` as a new inbound message, or find the identical one stored earlier."""
    digest = hashlib.sha256(raw).hexdigest()
    existing = _find(db, digest)
    if existing is not None:
        return Stored(existing, False)
    try:
        with db.transaction() as session:
            row = Inbound(
                channel=channel, received_at=utcnow(), mail_from=mail_from, rcpt_to=rcpt_to,
                peer=peer, message_id=_message_id(raw), content_sha256=digest, size=len(raw),
                raw=raw, status="received",
            )
            session.add(row)
            session.flush()
            assert row.id is not None
            audit(session, "inbound.received", actor=channel,
                  details={"inbound_id": row.id, "size": len(raw)})
            return Stored(row.id, True)
    except IntegrityError:
        # The same bytes arrived twice at once (a client retrying): the other copy won.
        again = _find(db, digest)
        if again is None:
            raise
        return Stored(again, False)
