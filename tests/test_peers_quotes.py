"""A reply's own text, apart from what it quotes, on other projects' test data (peers corpus).

Each quote item (talon's standard and HTML replies, github's and zapier's email reply
parser fixtures) keeps every line of the sender's reply and leaks none of the quoted
message, scored as the corpus README says (tests/peers.py: quote_problems).
"""

from __future__ import annotations

import pytest

from bot.reading.understand import understand
from tests.peers import Item, quote_problems, raw_of, require, select

# Items read wrongly today, by name, with the reason. strict: fixing one must remove it.
KNOWN_MISSES: dict[str, str] = {}


@pytest.mark.parametrize("item", select("quote", KNOWN_MISSES))
def test_reply_is_kept_and_quote_left_out(item: Item | None) -> None:
    item = require(item)
    parsed = understand(raw_of(item)).parsed
    assert quote_problems(item, parsed.own_text, parsed.signature) == []
