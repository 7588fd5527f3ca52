"""The erasure ledger: keyed hashes of what was erased, kept outside the database.

A record erased on request must not come back with the next import of the firm's
register, nor with a database restored from a backup (gdpr-dk.md §0, D11). The ledger is
an append-only file of keyed hashes (bot/keys.py) — no names, no addresses — next to the
database, so that a restored database can be checked against it.
"""

from __future__ import annotations

import json
from pathlib import Path

from bot.config import Config
from bot.keys import keyed_hash, load_key


def record_key(config: Config, kind: str, customer_ref: str | None, ref: str) -> str:
    """The ledger's key for one register row."""
    key = load_key(config.retention.key_file)
    return keyed_hash(key, "row", kind, customer_ref or "", ref)


def _entries(config: Config) -> list[dict[str, str]]:
    path = Path(config.retention.ledger_file)
    if not path.exists():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def erased_keys(config: Config) -> frozenset[str]:
    """Every row key the ledger says was erased (deleted, not merely cleared)."""
    return frozenset(e["key"] for e in _entries(config) if e.get("action") == "delete")


def is_erased(config: Config, kind: str, customer_ref: str | None, ref: str) -> bool:
    return record_key(config, kind, customer_ref, ref) in erased_keys(config)
