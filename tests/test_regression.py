"""The once-blind sets (tests/regression) guard what earlier rounds taught the
classifier: no business mail as erasure or contact_left, and high exact-set accuracy."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from bot.reading.evaluate import format_report, score
from bot.reading.understand import understand

ROOT = Path(__file__).resolve().parent / "regression"
SETS = sorted(p.name for p in ROOT.iterdir() if (p / "labels.jsonl").exists())
UNSAFE = {"erasure", "contact_left"}


@cache
def labels(name: str) -> dict[str, dict]:
    lines = (ROOT / name / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["file"]: row for row in map(json.loads, lines)}


@cache
def intents(name: str, file: str) -> frozenset[str]:
    return frozenset(understand((ROOT / name / file).read_bytes()).classification.intents)


# Exact-set accuracy each set must keep once it has been tuned on; set7 has only been
# measured blind (0.938) and is kept untuned, as the reference for the next round.
FLOOR = 0.97
FLOORS = {"set7": 0.93}


def test_there_are_seven_sets():
    assert len(SETS) == 7 and sum(len(labels(s)) for s in SETS) == 620


@pytest.mark.parametrize("name", SETS)
def test_no_business_mail_is_read_as_erasure_or_contact_left(name):
    unsafe = [f for f, row in labels(name).items()
              if not row["intents"] and intents(name, f) & UNSAFE]
    assert unsafe == []


@pytest.mark.parametrize("name", SETS)
def test_exact_set_accuracy_stays_high(name):
    gold = {f: frozenset(row["intents"]) for f, row in labels(name).items()}
    predicted = {f: intents(name, f) for f in gold}
    report = score(gold, predicted)
    assert report.accuracy >= FLOORS.get(name, FLOOR), format_report(report)
