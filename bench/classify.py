#!/usr/bin/env python3
"""Classifier throughput: messages/s of bot.reading.classify vs a trivial pass over the same texts.

Reads every .txt of the public corpus (../shared/corpus/public) and the sender's own
text of every .eml in tests/corpus (parsed once, outside the timing), then classifies
them all several times. As a baseline in the same run it times `text.lower()` plus one
regex search per text, so the ratio says what the classifier costs on this machine.
It also prints what compiling the lexicons costs: the import (start-up), the first pass
over the texts (which compiles the rules they need, or reads them from the compiled-regex
cache, bot/reading/regexcache.py, when an earlier run left it), and, in a fresh process,
compiling every rule of every language at once (classify.preload), first with an empty
cache and then with the cache that run wrote. Usage:

    python bench/classify.py [DIR ...] [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_START = time.perf_counter()
from bot.reading.classify import classify  # noqa: E402  (after the path set-up above)

IMPORT_SECONDS = time.perf_counter() - _START  # start-up: the lexicons compile lazily
_PRELOAD = ("import sys, time; sys.path.insert(0, sys.argv[1]); t = time.perf_counter(); "
            "import bot.reading.classify as c; c.preload(); print(time.perf_counter() - t)")


DEFAULT_DIRS = (Path(os.environ.get("DSRBOT_PUBLIC", ROOT.parent / "shared" / "corpus" / "public")),
                ROOT / "tests" / "corpus")
_BASELINE = re.compile(r"\bslet\w*|\bdelete\w*")


def load(folders: Sequence[Path]) -> list[tuple[str, str]]:
    """(subject, text) pairs: .txt as they stand, .eml as the parser hands them over."""
    texts: list[tuple[str, str]] = []
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            if path.name.lower() != "readme.txt":
                texts.append(("", path.read_text(encoding="utf-8")))
        emls = sorted(folder.glob("*.eml"))
        if emls:
            from bot.reading.message import parse_message

            for path in emls:
                parsed = parse_message(path.read_bytes())
                texts.append((parsed.subject, parsed.own_text))
    return texts


def rate(texts: list[tuple[str, str]], rounds: int, work: Callable[[str, str], object]) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for subject, text in texts:
            work(subject, text)
    return rounds * len(texts) / (time.perf_counter() - start)


def trivial(subject: str, text: str) -> object:
    return _BASELINE.search(text.lower())


def preload_seconds(cache: Path) -> float:
    """Import plus compiling every rule of every language, in a fresh process whose
    compiled-regex cache (bot/reading/regexcache.py) is the folder `cache`."""
    env = {**os.environ, "DSRBOT_CACHE_DIR": str(cache)}
    done = subprocess.run([sys.executable, "-c", _PRELOAD, str(ROOT)], check=True,
                          capture_output=True, text=True, env=env)
    return float(done.stdout)


def cold_and_warm() -> tuple[float, float]:
    """preload_seconds with no cache (it writes one), then with the one it wrote."""
    with tempfile.TemporaryDirectory() as cache:
        return preload_seconds(Path(cache)), preload_seconds(Path(cache))


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dirs", nargs="*", type=Path, default=list(DEFAULT_DIRS))
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    texts = load([d for d in args.dirs if d.is_dir()])
    if not texts:
        print("no .txt or .eml files found", file=sys.stderr)
        return 1
    first = timed(lambda: rate(texts, 1, lambda s, t: classify(t, s)))  # compiles, warms up
    second = timed(lambda: rate(texts, 1, lambda s, t: classify(t, s)))
    ours = rate(texts, args.rounds, lambda s, t: classify(t, s))
    base = rate(texts, args.rounds, trivial)
    chars = sum(len(t) for _, t in texts) / len(texts)
    print(f"{len(texts)} messages, {chars:.0f} characters on average, {args.rounds} rounds")
    print(f"start-up (import):  {IMPORT_SECONDS:10.3f} s")
    print(f"first pass:         {first:10.3f} s, of which compiling on first use "
          f"~{first - second:.3f} s")
    cold, warm = cold_and_warm()
    print(f"every rule at once: {cold:10.3f} s (import + preload(), fresh process, no cache)")
    print(f"  from the cache:   {warm:10.3f} s (the same, sources and code read from disk)")
    print(f"classify:           {ours:10.0f} messages/s")
    print(f"lower() + 1 regex:  {base:10.0f} messages/s")
    print(f"ratio:              {base / ours:10.1f}x slower than the trivial pass")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
