"""Score the classifier against a labelled folder: per-intent precision/recall, exact sets.

Pure apart from reading the files it is pointed at; the CLI (`dsrbot eval`, which reads
the firm's name and addresses from --config) prints format_report(score(gold, predicted)).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bot.reading.classify import INTENTS, Classification, classify
from bot.reading.context import DEFAULT_CONTEXT, ReadingContext


@dataclass(frozen=True)
class Label:
    """One line of labels.jsonl."""

    file: str
    language: str
    intents: frozenset[str]
    auto: bool = False
    departed: tuple[dict[str, str], ...] = ()
    requester: str | None = None
    flags: frozenset[str] = frozenset()
    note: str = ""


@dataclass(frozen=True)
class IntentScore:
    intent: str
    support: int  # gold messages carrying the intent
    predicted: int  # messages the classifier gave the intent
    true_positives: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.support if self.support else 1.0


@dataclass(frozen=True)
class Miss:
    file: str
    expected: frozenset[str]
    got: frozenset[str]


@dataclass(frozen=True)
class Report:
    total: int
    exact: int  # messages whose predicted set equals the gold set
    per_intent: tuple[IntentScore, ...]
    misses: tuple[Miss, ...] = field(default=())

    @property
    def accuracy(self) -> float:
        return self.exact / self.total if self.total else 1.0


def _label(row: Mapping[str, Any], where: str) -> Label:
    try:
        intents = frozenset(row["intents"])
        unknown = intents - set(INTENTS)
        if unknown:
            raise ValueError(f"unknown intents {sorted(unknown)}")
        return Label(
            file=str(row["file"]), language=str(row.get("language", "")), intents=intents,
            auto=bool(row.get("auto", False)),
            departed=tuple(dict(d) for d in row.get("departed") or ()),
            requester=row.get("requester"), flags=frozenset(row.get("flags") or ()),
            note=str(row.get("note", "")),
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"{where}: bad label: {exc}") from exc


def load_labels(path: Path) -> dict[str, Label]:
    """labels.jsonl -> {file name: Label}; a malformed line is named in the error."""
    labels: dict[str, Label] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{where}: not JSON: {exc}") from exc
        label = _label(row, where)
        labels[label.file] = label
    return labels


def score(
    gold: Mapping[str, frozenset[str]], predicted: Mapping[str, frozenset[str]]
) -> Report:
    """Compare intent sets file by file; a file without a prediction counts as ()."""
    per_intent = []
    for intent in INTENTS:
        truth = {f for f, s in gold.items() if intent in s}
        said = {f for f in gold if intent in predicted.get(f, frozenset())}
        per_intent.append(IntentScore(intent, len(truth), len(said), len(truth & said)))
    misses = tuple(
        Miss(f, frozenset(gold[f]), frozenset(predicted.get(f, frozenset())))
        for f in sorted(gold)
        if frozenset(gold[f]) != frozenset(predicted.get(f, frozenset()))
    )
    return Report(len(gold), len(gold) - len(misses), tuple(per_intent), misses)


def _names(intents: frozenset[str]) -> str:
    return ", ".join(sorted(intents)) or "(none)"


def format_report(report: Report) -> str:
    """A table per intent, the exact-set accuracy, then every miss."""
    lines = [f"{'intent':<15}{'support':>8}{'predicted':>10}{'precision':>10}{'recall':>8}"]
    for s in report.per_intent:
        lines.append(f"{s.intent:<15}{s.support:>8}{s.predicted:>10}"
                     f"{s.precision:>10.3f}{s.recall:>8.3f}")
    lines.append("")
    lines.append(f"exact-set accuracy: {report.exact}/{report.total} = {report.accuracy:.3f}")
    if report.misses:
        lines.append(f"misses ({len(report.misses)}):")
        lines.extend(f"  {m.file}: expected [{_names(m.expected)}], got [{_names(m.got)}]"
                     for m in report.misses)
    return "\n".join(lines)


def predict_file(path: Path, context: ReadingContext = DEFAULT_CONTEXT) -> Classification:
    """Classify one file: a .txt letter as it stands, an .eml through the mail parser.
    ``context`` says who "we" are (see `dsrbot eval --config`)."""
    path = Path(path)
    if path.suffix.lower() == ".eml":
        from bot.reading.understand import understand  # parses MIME; imported lazily (heavier)

        return understand(path.read_bytes(), context=context).classification
    return classify(path.read_text(encoding="utf-8"), context=context)
