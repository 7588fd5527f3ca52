"""Machine mail of other projects' test data (peers corpus) is read as machine mail.

Every bounce, auto-reply and abuse report is flagged `auto` and asks for nothing; a person
forwarding a bounce gets no verdict on `auto` but still no intent; the same message with
CR or CRLF line ends reads exactly like its LF original.
"""

from __future__ import annotations

from functools import cache

import pytest

from bot.reading.understand import Understanding, understand
from tests.peers import PEERS, Item, raw_of, require, select

# Items read wrongly today, by name, with the reason. strict: fixing one must remove it.
KNOWN_MISSES: dict[str, str] = {}


@cache
def _reading(raw: bytes) -> Understanding:
    return understand(raw)


def _lf(raw: bytes) -> bytes:
    return raw.replace(b"\r\n", b"\n").replace(b"\r", b"\n")


def _original(item: Item) -> bytes:
    """The bsd file a mac/dos item repeats; where upstream kept no bsd copy, the item's
    own bytes with LF line ends are that file."""
    path = PEERS / item["variant_of"]
    return path.read_bytes() if path.exists() else _lf(raw_of(item))


@pytest.mark.parametrize("item", select("machine", KNOWN_MISSES))
def test_machine_item(item: Item | None) -> None:
    item = require(item)
    reading = _reading(raw_of(item))
    if item["expect_auto"] is not None:
        assert reading.auto == item["expect_auto"], reading.parsed.auto_reason
    assert reading.classification.intents == ()
    if item.get("variant_of"):
        original = _reading(_original(item))
        assert (reading.auto, reading.classification.intents) == (
            original.auto, original.classification.intents)


def test_bounces_flagged_share() -> None:
    """The headline figure: the share of bounces (LF originals) flagged auto."""
    bounces = [p.values[0] for p in select("machine") if p.values[0]
               and p.values[0]["category"] == "bounce" and not p.values[0].get("variant_of")]
    if not bounces:
        pytest.skip("no peers corpus")
    flagged = sum(_reading(raw_of(item)).auto for item in bounces)
    assert flagged / len(bounces) >= 0.995
