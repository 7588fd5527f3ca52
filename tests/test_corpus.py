"""Our own labelled corpus (tests/corpus), through the real parser and classifier.

Per message, strictly: no business mail is read as erasure or contact_left (safety),
machine mail is recognised, forwards name the right requester, departed people are found.
Intent sets are scored together: exact-set accuracy of at least 0.97 (issue #3).
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from bot.reading.evaluate import format_report, score
from bot.reading.understand import Understanding, understand

CORPUS = Path(__file__).resolve().parent / "corpus"
LABELS = {
    row["file"]: row
    for row in map(json.loads, (CORPUS / "labels.jsonl").read_text(encoding="utf-8").splitlines())
}
UNSAFE = {"erasure", "contact_left"}  # never for ordinary business mail


@cache
def read(name: str) -> Understanding:
    return understand((CORPUS / name).read_bytes())


def test_corpus_is_large_and_mixed():
    assert len(LABELS) >= 150
    business = [r for r in LABELS.values() if not r["intents"]]
    danish = [r for r in LABELS.values() if r["language"] == "da"]
    assert len(business) >= len(LABELS) * 0.4 and len(danish) > len(LABELS) / 2


@pytest.mark.parametrize("name", sorted(LABELS))
def test_corpus_message(name):
    label = LABELS[name]
    u = read(name)
    got = set(u.classification.intents)
    if not label["intents"]:
        assert not got & UNSAFE, f"business mail read as {sorted(got)}"
    assert u.auto == label.get("auto", False), u.parsed.auto_reason
    if label.get("requester"):
        assert u.requester_email == label["requester"]
    if set(label["intents"]) == got:
        for person in label.get("departed", []):
            found = u.classification.departed
            if person.get("email"):
                assert person["email"].casefold() in {(d.email or "").casefold() for d in found}
            elif person.get("name"):
                assert any(person["name"].split()[0] in (d.name or "") for d in found)


def test_exact_set_accuracy_at_least_097():
    gold = {name: frozenset(label["intents"]) for name, label in LABELS.items()}
    predicted = {name: frozenset(read(name).classification.intents) for name in LABELS}
    report = score(gold, predicted)
    assert report.accuracy >= 0.97, format_report(report)
