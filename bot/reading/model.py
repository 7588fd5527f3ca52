"""A small linear model the project trains itself: per-intent probabilities for a text.

The rules in classify.py find the phrases that make a request and keep precision; this
model, trained by `train/train.py` on a few thousand labelled mails written in many
voices, adds recall where people say the same thing in words no rule lists. It reads
words and word pairs of the folded text; its weights ship with the code in
model.json.gz (nothing is fetched at run time) and are loaded on first use.
"""

from __future__ import annotations

import gzip
import itertools
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("model.json.gz")
# Beside the rules' reading of a letter longer than this, the model (which reads the
# opening only) added nothing on the regression sets, and it costs a tenth of the time.
LONG = 2_000
MAX_CHARS = 1_200  # a polite letter asks late (set18); measured: 600 more costs no rate
# How sure the model must be before it adds an intent the rules did not read: where the
# rules read nothing (ALONE), and beside what they did read (BESIDE), where the rules'
# reading already explains the mail. Erasure and contact_left destroy data, so they need
# more. Chosen by measurement on the regression sets written by other hands
# (tests/regression/README.md).
NEVER = 1.01  # above any probability
# A departure the rules cannot name a person for is a truck, a machine or a firm as often
# as a person (measured): contact_left stays with the rules.
# A restriction alone needs 0.8: "før det er rettet" of crooked rafters read 0.77, and 0.8
# cost no labelled mail (measured on all 11,008).
ALONE = {"erasure": 0.85, "contact_left": NEVER, "restriction": 0.8}
BESIDE = {"erasure": NEVER, "contact_left": NEVER}
DEFAULT_ALONE = 0.7
DEFAULT_BESIDE = 0.99
# An opt-out said in a sentence of its own beside the request the rules read ("Slet mig. Og
# ring ikke mere"), read on that sentence alone (classify._second_objection, which also
# asks that it names marketing and refuses it): 0.7 to 0.9 read the same 12,608 labelled
# mails; set126's, written to test second wishes, chose 0.8.
SECOND_OPT_OUT = 0.8
# The total below which no probability reaches additions' lowest bar (derived, so a bar
# lowered later lowers it too; the margin keeps a sigmoid that rounds up to the bar)
_LOWEST_BAR = min(DEFAULT_ALONE, DEFAULT_BESIDE, *ALONE.values(), *BESIDE.values())
_NO_BAR = math.log(_LOWEST_BAR / (1 - _LOWEST_BAR)) - 1e-6

_WORD = re.compile(r"[^\W\d_]+")


def model_text(text: str, subject: str) -> str:
    """What the model reads: the subject and the sender's own text, folded."""
    from bot.reading.classify import fold  # classify imports this module

    return fold(f"{subject}\n{text[:MAX_CHARS]}")


Feature = str | tuple[str, str]  # a word, or two neighbouring words


def features(folded: str) -> set[Feature]:
    """Words and neighbouring word pairs ("slet", ("slet", "mig")) of a folded text.

    Pairs are tuples, not joined strings: a tuple reuses its words' hashes, and this runs
    on every mail (measured: a fifth of the model's time)."""
    words = _WORD.findall(folded[:MAX_CHARS])
    return {*words, *itertools.pairwise(words)}


@dataclass(frozen=True)
class Model:
    intents: tuple[str, ...]
    bias: tuple[float, ...]
    weights: dict[Feature, tuple[float, ...]]

    def scores(self, folded: str) -> dict[str, float]:
        """Probability per intent that the text asks for it."""
        return self.scores_of(features(folded))

    def scores_of(self, present: Iterable[Feature]) -> dict[str, float]:
        return {i: _sigmoid(t) for i, t in zip(self.intents, self._totals(present), strict=True)}

    def likely(self, present: Iterable[Feature]) -> dict[str, float]:
        """scores_of for the intents that could pass any bar; the rest left out (most of
        them, on most mails: a sigmoid each is a tenth of the model's time)."""
        return {i: _sigmoid(t) for i, t in zip(self.intents, self._totals(present), strict=True)
                if t >= _NO_BAR}

    def _totals(self, present: Iterable[Feature]) -> Iterable[float]:
        rows = filter(None, map(self.weights.get, present))  # all in C: runs on every mail
        # one column sum per intent, in C: a message has hundreds of features
        return map(sum, zip(self.bias, *rows, strict=True))  # one weight per intent


@dataclass(frozen=True)
class Learned:
    """An intent the model reads that the rules did not."""

    intent: str
    probability: float
    cue: str  # the word or word pair in the text that weighs most for it ("slet mig")


def additions(model: Model, folded: str, read: Iterable[str] = (),
              vetoed: Iterable[str] = ()) -> list[Learned]:
    """Intents the model is sure enough of beyond those the rules `read`; never `vetoed`."""
    present = features(folded)
    read = frozenset(read)
    bar, default = (BESIDE, DEFAULT_BESIDE) if read else (ALONE, DEFAULT_ALONE)
    out = []
    for intent, p in model.likely(present).items():
        if intent not in read and intent not in vetoed and p >= bar.get(intent, default):
            out.append(Learned(intent, p, _strongest(model, present, model.intents.index(intent))))
    return out


def sure_of(model: Model, folded: str, intent: str, bar: float) -> Learned | None:
    """The model's reading of one intent in `folded` (one sentence, say), if at least `bar`."""
    present = features(folded)
    probability = model.scores_of(present)[intent]  # any bar: the caller chooses it
    if probability < bar:
        return None
    return Learned(intent, probability, _strongest(model, present, model.intents.index(intent)))


def _strongest(model: Model, present: set[Feature], index: int) -> str:
    weight = {name(f): model.weights[f][index] for f in present if f in model.weights}
    return max(weight, key=lambda f: (weight[f], f), default="")


def name(feature: Feature) -> str:
    """A feature as text: the word, or the two words with a space between."""
    return feature if isinstance(feature, str) else " ".join(feature)


def _feature(text: str) -> Feature:
    first, _, second = text.partition(" ")
    return (first, second) if second else first


def _sigmoid(value: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, value))))


def build(intents: Iterable[str], bias: Iterable[float],
          weights: dict[str, list[float]]) -> Model:
    """A model from stored weights, keyed by name(feature)."""
    return Model(tuple(intents), tuple(bias),
                 {_feature(k): tuple(v) for k, v in weights.items()})


@cache
def load(path: Path = WEIGHTS) -> Model | None:
    """The shipped model, or None when no weights are installed (rules alone then)."""
    if not path.exists():
        return None
    data = json.loads(gzip.decompress(path.read_bytes()))
    return build(data["intents"], data["bias"], data["weights"])


def save(model: Model, path: Path = WEIGHTS, *, meta: dict[str, object] | None = None) -> None:
    data = {"intents": model.intents, "bias": model.bias, "meta": meta or {},
            "weights": {name(k): list(v) for k, v in sorted(
                model.weights.items(), key=lambda item: name(item[0]))}}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    path.write_bytes(gzip.compress(text.encode("utf-8"), mtime=0))
