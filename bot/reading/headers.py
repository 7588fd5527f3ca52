"""Header values read safely from any real-world message: decoded, on one line, never raising."""

from __future__ import annotations

import re
from datetime import datetime
from email.header import decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from bot.normalize import normalize_email

_CONTROL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")


def _clean(text: str) -> str:
    """One line of header text: no CR, LF, NUL or other control characters."""
    return _CONTROL.sub(" ", text).strip()


def raw_header(msg: Message, name: str) -> str:
    """Decode a header ourselves from its raw value (for ones the policy cannot parse)."""
    for key, value in msg.raw_items():
        if key.lower() == name.lower():
            try:
                return str(make_header(decode_header(str(value))))
            except Exception:
                return str(value)
    return ""


def header(msg: Message, name: str) -> str:
    """A header's decoded text on one line; never raises on malformed encodings.

    Encoded words may decode to CR/LF ("=?utf-8?q?x=0D=0AX:_y?="): those would let a
    sender smuggle headers into our replies, so control characters become spaces.
    """
    try:
        value = msg.get(name)
        text = "" if value is None else str(value)
    except Exception:  # the policy could not parse it
        text = raw_header(msg, name)
    return _clean(text)


def all_headers(msg: Message, name: str) -> tuple[str, ...]:
    try:
        values = msg.get_all(name, failobj=[])
    except Exception:
        return ()
    return tuple(_clean(str(v)) for v in values or ())


def msgid(value: str) -> str | None:
    """A well-formed <id@host>, or None: anything else must not reach our own headers."""
    found = re.search(r"<[^<>\s\x00-\x1f\x7f]{1,250}>", value)
    return found.group(0) if found else None


def recipients(msg: Message, name: str = "To") -> tuple[str, ...]:
    try:
        pairs = getaddresses([header(msg, name)])
    except Exception:
        return ()
    return tuple(a for _, a in pairs if a)


def address(value: str) -> tuple[str | None, str | None]:
    name, addr = parseaddr(value)
    return normalize_email(addr), (name.strip() or None)


def date(value: str) -> datetime | None:
    if not value:
        return None
    try:
        moment = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return moment if moment.tzinfo else None
