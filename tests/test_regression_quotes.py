"""A reply's own text on replies nobody on the team wrote (tests/regression/quotes1).

Fifty replies from Gmail, Outlook, Apple Mail, Thunderbird and others, in five languages,
written blind by a helper who saw neither the code nor the peers fixtures; measured
once untuned (50/50) and kept as a regression set. Each reply keeps every line its
sender wrote (above, between and below quotes) and leaks none of the quoted original,
scored as the peers corpus is (tests/peers.py: quote_problems).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.reading.understand import understand
from tests.peers import quote_problems

SET = Path(__file__).resolve().parent / "regression" / "quotes1"

# Replies read wrongly today, by file name, with the reason (strict xfail).
KNOWN_MISSES: dict[str, str] = {}


def _rows() -> list[dict[str, Any]]:
    lines = (SET / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def _params() -> list[Any]:
    out = []
    for row in _rows():
        reason = KNOWN_MISSES.get(row["file"])
        marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
        out.append(pytest.param(row, id=row["file"], marks=marks))
    return out


def test_every_reply_is_labelled() -> None:
    assert sorted(p.name for p in SET.glob("*.eml")) == sorted(r["file"] for r in _rows())
    assert set(KNOWN_MISSES) <= {r["file"] for r in _rows()}


@pytest.mark.parametrize("row", _params())
def test_own_text_is_kept_and_quote_left_out(row: dict[str, Any]) -> None:
    parsed = understand((SET / row["file"]).read_bytes()).parsed
    assert quote_problems(row, parsed.own_text, parsed.signature) == []
