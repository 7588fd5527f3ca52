"""Our own labelled corpus (tests/corpus), through the real parser and classifier.

Every message is checked against its own label: the exact intent set, `auto`, the
requester of a forward and the departed people of a contact_left notice. No business
mail may ever be read as erasure or contact_left (safety). A message the classifier
currently gets wrong is listed by name in KNOWN_MISSES and runs as a strict xfail, so
both a new miss and a silently fixed one fail the suite.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from bot.reading.understand import Understanding, understand

CORPUS = Path(__file__).resolve().parent / "corpus"
LABELS = {
    row["file"]: row
    for row in map(json.loads, (CORPUS / "labels.jsonl").read_text(encoding="utf-8").splitlines())
}
UNSAFE = {"erasure", "contact_left"}  # never for ordinary business mail

# file -> what it is read as vs. its label. Empty: every corpus message matches its label.
KNOWN_MISSES: dict[str, str] = {}


@cache
def read(name: str) -> Understanding:
    return understand((CORPUS / name).read_bytes())


def check_against_label(label: dict[str, Any], u: Understanding) -> None:
    """Assert that one reading matches its label exactly (shared with test_regression)."""
    assert sorted(u.classification.intents) == sorted(label["intents"])
    if "auto" in label:
        assert u.auto == label["auto"], u.parsed.auto_reason
    if label.get("requester"):
        assert u.requester_email == label["requester"]
    found = u.classification.departed
    for person in label.get("departed") or []:  # null: who left is not known from the text
        if person.get("email"):
            assert person["email"].casefold() in {(d.email or "").casefold() for d in found}
        elif person.get("name"):  # (as typed: a phone's "kim" is the reading's "Kim")
            first = person["name"].split()[0].casefold()
            assert any(first in (d.name or "").casefold() for d in found), found


def params(names: list[str], misses: dict[str, str], prefix: str = "") -> list[Any]:
    """One pytest.param per file; the known misses as strict xfails with their reason."""
    return [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=misses[prefix + name]))
        if prefix + name in misses else name
        for name in names
    ]


def test_corpus_is_large_and_mixed():
    assert len(LABELS) >= 150
    business = [r for r in LABELS.values() if not r["intents"]]
    danish = [r for r in LABELS.values() if r["language"] == "da"]
    assert len(business) >= len(LABELS) * 0.4 and len(danish) > len(LABELS) / 2


def test_every_message_is_labelled_and_every_known_miss_exists():
    assert sorted(p.name for p in CORPUS.glob("*.eml")) == sorted(LABELS)
    assert set(KNOWN_MISSES) <= set(LABELS)


@pytest.mark.parametrize("name", sorted(n for n, row in LABELS.items() if not row["intents"]))
def test_business_mail_is_never_read_as_erasure_or_contact_left(name):
    got = set(read(name).classification.intents)
    assert not got & UNSAFE, f"business mail read as {sorted(got)}"


@pytest.mark.parametrize("name", params(sorted(LABELS), KNOWN_MISSES))
def test_corpus_message(name):
    check_against_label(LABELS[name], read(name))
