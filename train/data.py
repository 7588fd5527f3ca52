"""The labelled mails the model learns from, each read as the classifier reads it.

The model learns only from train/corpus: mails written for training by helpers who saw
neither the code nor any test set, in many voices and languages. Everything the tests
check (tests/corpus, tests/regression, the public letters, every sentence in tests/*.py)
stays out, so that each of those tests is a check on mail the model never saw: an item
that contains a sentence of five or more words from a test is left out.
"""

from __future__ import annotations

import ast
import email
import email.policy
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from unittest.mock import patch

from bot.reading import understand as understand_module
from bot.reading.classify import Classification, classify, fold
from bot.reading.model import model_text

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "train" / "corpus"
TESTS = ROOT / "tests"
LEAK_WORDS = 5  # a test sentence this long inside a training mail would be learnt by heart
LEAK_SENTENCE_WORDS = 8
_WORDS = re.compile(r"[^\W_]+")
_SENTENCE = re.compile(r"[.!?\n]+")


@dataclass(frozen=True)
class Example:
    source: str  # the set it came from: folds are held out a whole set at a time
    name: str
    text: str  # folded subject + own text, as the classifier sees it
    intents: frozenset[str]
    rules: frozenset[str]  # what the rules alone read


def wrap(subject: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Afsender <afsender@example.org>"
    msg["To"] = "privacy@clsmed.dk"
    msg["Subject"] = subject
    msg.set_content(body, charset="utf-8", cte="8bit")
    return msg.as_bytes()


def _seen_by_classifier(raw: bytes) -> tuple[str, Classification]:
    """The (subject, text) understand() hands to classify(), and what the rules read.

    Watching the call, rather than redoing its choices (forwards, reply subjects, the
    sender's own quoted words), keeps the model's training input the same as at run time.
    """
    seen: list[str] = []

    def watch(text: str, subject: str = "", **kwargs: Any) -> Classification:
        seen.append(model_text(text, subject))
        return classify(text, subject, **kwargs)

    with patch.object(understand_module, "classify", watch):
        result = understand_module.understand(raw).classification
    return (seen[-1] if seen else ""), result


def read(source: str, name: str, raw: bytes, intents: list[str]) -> Example:
    text, result = _seen_by_classifier(raw)
    return Example(source, name, text, frozenset(intents), frozenset(result.intents))


def _labels(path: Path) -> Iterator[dict[str, object]]:
    for line in path.read_text("utf-8").splitlines():
        if line.strip():
            yield json.loads(line)


def from_folder(base: Path, source: str = "") -> Iterator[Example]:
    """A folder of .eml files with a labels.jsonl beside them."""
    for label in _labels(base / "labels.jsonl"):
        name = str(label["file"])
        intents = [str(i) for i in label["intents"]]  # type: ignore[attr-defined]
        yield read(source or base.name, name, (base / name).read_bytes(), intents)


def _words(text: str) -> str:
    return " ".join(_WORDS.findall(fold(text)))


def test_sentences() -> set[str]:
    """Every string in the tests (LEAK_WORDS words or more) and every sentence of every
    test mail (LEAK_SENTENCE_WORDS or more), as plain folded words."""
    strings: set[str] = set()
    sentences: set[str] = set()
    for path in TESTS.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.add(_words(node.value))
    for path in TESTS.glob("**/*.eml"):
        sentences.update(map(_words, _SENTENCE.split(_body(path.read_bytes()))))
    # a mail's sentence must be longer: greetings and our own name recur everywhere
    return ({w for w in strings if w.count(" ") + 1 >= LEAK_WORDS}
            | {w for w in sentences if w.count(" ") + 1 >= LEAK_SENTENCE_WORDS})


def _body(raw: bytes) -> str:
    message = email.message_from_bytes(raw, policy=email.policy.default)
    part = message.get_body(("plain", "html"))
    try:
        return str(part.get_content()) if part is not None else ""
    except (LookupError, ValueError):  # a test of broken mail: nothing to learn from it
        return ""


def from_corpus() -> Iterator[Example]:
    tested = test_sentences()
    for batch in sorted(CORPUS.glob("*/*.jsonl")):
        for label in _labels(batch):
            subject, text = str(label.get("subject") or ""), str(label["text"])
            plain = _words(f"{subject} {text}")
            if any(sentence in plain for sentence in tested):
                continue
            intents = [str(i) for i in label["intents"]]  # type: ignore[attr-defined]
            yield read(batch.parent.name, str(label["id"]), wrap(subject, text), intents)


def examples() -> list[Example]:
    return list(from_corpus())
