"""Train the intent model on train/data.py's examples and write bot/reading/model.json.gz.

    python train/train.py            # train on everything, write the weights
    python train/train.py --folds    # hold out one source at a time and print how the
                                     # rules, the model and the two combined do on it

Needs the `train` extra (scikit-learn); the bot itself only reads the weights.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from bot.reading import model as intent_model
from bot.reading.classify import INTENTS
from bot.reading.context import DEFAULT_CONTEXT
from train.data import Example, examples, from_folder

C = 4.0  # inverse regularisation, chosen with --folds
PRUNE = 0.2  # smaller weights change few decisions (measured) and cost a look-up per word


# The firm the training mail was written to ("CL Smed", clsmed.dk) is not a feature: the
# model must read another firm's mail the same way (the name comes from the config).
FIRM_WORDS = frozenset(DEFAULT_CONTEXT.firm_words) | {
    domain.split(".")[0] for domain in DEFAULT_CONTEXT.own_domains}


def _row(example: Example) -> dict[str, int]:
    names = map(intent_model.name, intent_model.features(example.text))
    return dict.fromkeys((n for n in names if FIRM_WORDS.isdisjoint(n.split())), 1)


def fit(train: Sequence[Example]) -> intent_model.Model:
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform([_row(e) for e in train])
    names = vectorizer.get_feature_names_out()
    columns, bias = [], []
    for intent in INTENTS:
        target = [intent in e.intents for e in train]
        clf = LogisticRegression(C=C, max_iter=2000, class_weight="balanced")
        clf.fit(matrix, target)
        columns.append(clf.coef_[0])
        bias.append(float(clf.intercept_[0]))
    weights = {}
    for index, name in enumerate(names):
        row = [round(float(col[index]), 3) for col in columns]
        if max(abs(w) for w in row) >= PRUNE:
            weights[str(name)] = row
    return intent_model.build(INTENTS, bias, weights)


Combine = Callable[[frozenset[str], dict[str, float]], frozenset[str]]


def _union(threshold: float) -> Combine:
    def combine(rules: frozenset[str], p: dict[str, float]) -> frozenset[str]:
        return rules | {i for i, v in p.items() if v >= threshold}
    return combine


def _fill(threshold: float) -> Combine:
    def combine(rules: frozenset[str], p: dict[str, float]) -> frozenset[str]:
        return rules or frozenset(i for i, v in p.items() if v >= threshold)
    return combine


def strategies() -> dict[str, Combine]:
    found: dict[str, Combine] = {"rules": lambda r, p: r, "model.5": lambda r, p: frozenset(
        i for i, v in p.items() if v >= 0.5)}
    for t in (0.5, 0.7, 0.85, 0.95):
        found[f"union{t}"] = _union(t)
        found[f"fill{t}"] = _fill(t)
    return found


def folds(data: list[Example]) -> None:
    sources = sorted({e.source for e in data})
    ways = strategies()
    total: Counter[str] = Counter()
    wrong_positive: Counter[str] = Counter()
    for source in sources:
        model = fit([e for e in data if e.source != source])
        held = [e for e in data if e.source == source]
        line = []
        for name, combine in ways.items():
            got = [combine(e.rules, model.scores(e.text)) for e in held]
            right = sum(g == e.intents for g, e in zip(got, held, strict=True))
            total[name] += right
            for g, e in zip(got, held, strict=True):
                for i in g - e.intents:
                    if i in ("erasure", "contact_left"):
                        wrong_positive[name] += 1
            line.append(f"{name}={right / len(held):.3f}")
        print(f"{source:28} n={len(held):4} " + " ".join(line))
    print("overall", " ".join(f"{k}={v / len(data):.3f}(fp-e/cl {wrong_positive[k]})"
                              for k, v in total.items()))


def measure(model: intent_model.Model, folders: list[str]) -> None:
    """How each way of combining rules and model does on labelled folders (dev sets)."""
    for folder in folders:
        held = list(from_folder(Path(folder)))
        report(Path(folder).name, held, model)


def report(name: str, held: list[Example], model: intent_model.Model) -> Counter[str]:
    line, right_by = [], Counter[str]()
    for way, combine in strategies().items():
        got = [combine(e.rules, model.scores(e.text)) for e in held]
        right = sum(g == e.intents for g, e in zip(got, held, strict=True))
        fp = sum(len((g - e.intents) & {"erasure", "contact_left"})
                 for g, e in zip(got, held, strict=True))
        right_by[way] = right
        line.append(f"{way}={right / len(held):.3f}/{fp}")
    print(f"{name:28} n={len(held):4} " + " ".join(line))
    return right_by


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--folds", action="store_true")
    parser.add_argument("--measure", nargs="*", default=[],
                        help="labelled folders to score every combination on")
    args = parser.parse_args()
    data = examples()
    print(f"{len(data)} examples", Counter(e.source for e in data))
    if args.folds:
        folds(data)
        return
    if args.measure:
        measure(fit(data), args.measure)
        return
    model = fit(data)
    intent_model.save(model, meta={"examples": len(data), "C": C, "prune": PRUNE})
    print(f"{len(model.weights)} features -> {intent_model.WEIGHTS}")


if __name__ == "__main__":
    main()
