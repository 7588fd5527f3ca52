"""The marketing opt-out list: hashes of addresses that must never be marketed to again."""

from __future__ import annotations

import hashlib

from sqlmodel import Session, select

from bot.normalize import normalize_email
from bot.store.models import Suppression
from bot.timeutil import utcnow


def address_hash(address: str) -> str:
    # A hash, not the address: the list must outlive an erasure of the person (R-OB-01)
    # without becoming a second copy of their e-mail address.
    norm = normalize_email(address) or address.casefold()
    return hashlib.sha256(b"dsrbot-suppression:" + norm.encode()).hexdigest()


def suppress(session: Session, address: str) -> bool:
    """Add `address` to the list; False when it was there already."""
    digest = address_hash(address)
    if session.exec(select(Suppression.id).where(Suppression.address_hash == digest)).first():
        return False
    session.add(Suppression(address_hash=digest, created_at=utcnow()))
    return True


def is_suppressed(session: Session, address: str) -> bool:
    digest = address_hash(address)
    return session.exec(select(Suppression.id).where(
        Suppression.address_hash == digest)).first() is not None
