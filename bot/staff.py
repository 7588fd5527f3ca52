"""Staff logins: argon2 password hashes, created or reset from the CLI."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import Session, select

from bot.cases.lifecycle import audit
from bot.store.models import StaffUser
from bot.timeutil import utcnow

_hasher = PasswordHasher()


def set_password(session: Session, name: str, password: str) -> bool:
    """Create the login `name`, or reset its password; True when it was created."""
    user = session.exec(select(StaffUser).where(StaffUser.name == name)).first()
    created = user is None
    if user is None:
        user = StaffUser(name=name, password_hash="", created_at=utcnow())
    user.password_hash = _hasher.hash(password)
    session.add(user)
    audit(session, "staff.created" if created else "staff.password_reset", actor="cli",
          details={"staff": name})
    return created


def check_password(session: Session, name: str, password: str) -> bool:
    user = session.exec(select(StaffUser).where(StaffUser.name == name)).first()
    if user is None:
        return False
    try:
        return _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
