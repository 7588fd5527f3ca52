"""Every MIME test message of other mail projects (peers corpus) is read without an error,
and quickly: malformed, deeply nested or huge mail must not stop or stall the intake."""

from __future__ import annotations

import time

import pytest

from bot.reading.understand import understand
from tests.peers import Item, raw_of, require, select

LIMIT_SECONDS = 20.0


@pytest.mark.parametrize("item", select("mime"))
def test_mime_item_parses(item: Item | None) -> None:
    raw = raw_of(require(item))
    started = time.monotonic()
    understand(raw)
    assert time.monotonic() - started < LIMIT_SECONDS
