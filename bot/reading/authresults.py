"""Is a From address genuine? Believe Authentication-Results only from our own servers."""

from __future__ import annotations

import re
from collections.abc import Iterable

_RESULT = re.compile(r"\b(dkim|dmarc)\s*=\s*(\w+)([^;]*)", re.IGNORECASE)
_PROPERTY = re.compile(r"\bheader\.(d|i|from)\s*=\s*@?([^\s;]+)", re.IGNORECASE)


def _authserv_id(header: str) -> str:
    # RFC 8601: the header starts with the authserv-id, optionally followed by a version.
    return header.split(";", 1)[0].strip().split()[0].casefold() if header.strip() else ""


def _passes_for(header: str, domain: str) -> bool:
    for _method, result, properties in _RESULT.findall(header):
        if result.casefold() != "pass":
            continue
        for _, value in _PROPERTY.findall(properties):
            value = value.casefold().rstrip(".")
            if value == domain or value.endswith("@" + domain):
                return True
    return False


def from_is_authenticated(
    sender: str | None, results: Iterable[str], trusted_authserv_ids: Iterable[str]
) -> bool:
    """True when one of our own receiving servers recorded dkim=pass or dmarc=pass for the
    sender's domain. Headers added by anyone else (a sender can write any header) count
    for nothing."""
    if not sender or "@" not in sender:
        return False
    domain = sender.rsplit("@", 1)[1].casefold()
    trusted = {t.casefold() for t in trusted_authserv_ids}
    return any(
        _authserv_id(header) in trusted and _passes_for(header, domain) for header in results
    )
