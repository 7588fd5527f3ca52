"""The once-blind sets (tests/regression) guard what earlier rounds taught the classifier.

Every message of every set is checked against its own label (exact intent set, `auto`,
departed people), and no business mail may be read as erasure or contact_left. The
messages the classifier currently misses are named in KNOWN_MISSES and run as strict
xfails: a new miss fails, and so does a fixed one until it is taken off the list.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from bot.reading.understand import Understanding, understand
from tests.test_corpus import UNSAFE, check_against_label, params

ROOT = Path(__file__).resolve().parent / "regression"
SETS = sorted(p.name for p in ROOT.iterdir() if (p / "labels.jsonl").exists())

# "setN/file" -> what it is read as vs. its label. set7 is kept untuned as the blind
# reference (tests/regression/README.md), so its five blind misses stay here.
KNOWN_MISSES: dict[str, str] = {
    "set7/r-006.eml": "Swedish 'fel adress ... kan ni ändra det?' read as business mail; "
                      "label rectification",
    "set7/r-013.eml": "'slet lige min mailadresse fra jeres lister' missed: read as objection "
                      "only; label erasure + objection",
    "set7/r-025.eml": "ASCII Danish 'vil gerne vide hvad i har registreret om mig' read as "
                      "business mail; label access",
    "set7/r-057.eml": "'send mig ikke flere nyhedsmails og tilbud' missed: read as "
                      "rectification only; label objection + rectification",
    "set7/r-064.eml": "English 'stop receiving the promotional emails' (after a negated "
                      "deletion) read as business mail; label objection",
}


@cache
def labels(name: str) -> dict[str, dict]:
    lines = (ROOT / name / "labels.jsonl").read_text(encoding="utf-8").splitlines()
    return {row["file"]: row for row in map(json.loads, lines)}


@cache
def read(name: str, file: str) -> Understanding:
    return understand((ROOT / name / file).read_bytes())


def _files(business_only: bool = False) -> list[str]:
    return [f"{s}/{f}" for s in SETS for f, row in sorted(labels(s).items())
            if not (business_only and row["intents"])]


def test_there_are_seven_sets():
    assert len(SETS) == 7 and sum(len(labels(s)) for s in SETS) == 620


def test_every_message_is_labelled_and_every_known_miss_exists():
    for s in SETS:
        assert sorted(p.name for p in (ROOT / s).glob("*.eml")) == sorted(labels(s)), s
    assert set(KNOWN_MISSES) <= set(_files())


@pytest.mark.parametrize("path", _files(business_only=True))
def test_business_mail_is_never_read_as_erasure_or_contact_left(path):
    got = set(read(*path.split("/")).classification.intents)
    assert not got & UNSAFE, f"business mail read as {sorted(got)}"


@pytest.mark.parametrize("path", params(_files(), KNOWN_MISSES))
def test_regression_message(path):
    name, file = path.split("/")
    check_against_label(labels(name)[file], read(name, file))
