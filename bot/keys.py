"""The installation's secret key, and keyed hashes made with it.

Some records must outlive the person they are about without naming them: the erasure
ledger, the opt-out list, the pseudonym on an erased person's request log. A keyed hash
(HMAC-SHA256) of an identifier lets the bot recognise it again, while a copy of the
database alone cannot be used to test guesses at who it was.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=4)
def load_key(path: str) -> bytes:
    """The key in `path`, made (mode 0600) on first use."""
    file = Path(path)
    if not file.exists():
        file.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(file, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as out:
            out.write(secrets.token_hex(32) + "\n")
    return bytes.fromhex(file.read_text().strip())


def keyed_hash(key: bytes, *parts: str) -> str:
    """HMAC-SHA256 of the parts (case-folded, unit-separated), as hex."""
    message = "\x1f".join(p.casefold().strip() for p in parts).encode()
    return hmac.new(key, message, hashlib.sha256).hexdigest()
