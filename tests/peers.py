"""Other mail projects' public test data (../shared/corpus/peers): items, raw bytes, verdicts.

Each item of labels.jsonl is scored as that folder's README says; the test modules only
parametrise over these items and list known misses by name.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping
from email.message import EmailMessage
from functools import cache
from pathlib import Path
from typing import Any

import pytest

PEERS = Path(os.environ.get(
    "DSRBOT_PEERS", Path(__file__).resolve().parents[2] / "shared" / "corpus" / "peers"))

Item = dict[str, Any]


@cache
def items() -> tuple[Item, ...]:
    labels = PEERS / "labels.jsonl"
    if not labels.exists():
        return ()
    return tuple(json.loads(line) for line in labels.read_text("utf-8").splitlines() if line)


def select(test: str, known_misses: Mapping[str, str] | None = None) -> list[Any]:
    """pytest params for one kind of check, each named by its file (and mbox part); an
    item in `known_misses` runs as a strict xfail with its reason."""
    chosen = [i for i in items() if i["test"] == test]
    if not chosen:
        # In CI the corpus must be there; a missing one would turn every check green.
        mark = pytest.mark.skipif(os.environ.get("CI") != "true", reason=f"no {PEERS}")
        return [pytest.param(None, id="corpus-missing", marks=mark)]
    misses = known_misses or {}
    return [pytest.param(i, id=item_id(i), marks=[
        pytest.mark.xfail(reason=misses[item_id(i)], strict=True)] if item_id(i) in misses
        else []) for i in chosen]


def item_id(item: Item) -> str:
    part = item.get("mbox_part")
    return str(item["file"]) + ("" if part is None else f"#{part}")


def require(item: Item | None) -> Item:
    if item is None:
        pytest.fail(f"the peers corpus is missing: {PEERS} (set DSRBOT_PEERS)")
    return item


def _mbox_part(data: bytes, index: int) -> bytes:
    parts = re.split(rb"(?m)^From [^\n]*\n", data)
    messages = [p for p in parts if p.strip()]
    return messages[index]


def raw_of(item: Item) -> bytes:
    """The bytes to hand to the bot: the file, one mbox message, or a body in a minimal mail."""
    data = (PEERS / item["file"]).read_bytes()
    if item.get("mbox_part") is not None:
        return _mbox_part(data, item["mbox_part"])
    if item.get("wrap"):
        msg = EmailMessage()
        msg["From"] = "Test Sender <sender@example.org>"
        msg["To"] = "privacy@clsmed.dk"
        msg["Subject"] = "Re: test"
        subtype = item["wrap"].split("/", 1)[1]
        msg.set_content(data.decode("utf-8", "replace"), subtype=subtype, charset="utf-8",
                        cte="8bit")
        return msg.as_bytes()
    return bytes(data)


def _squash(text: str, html: bool) -> str:
    return re.sub(r"\s+", "" if html else " ", text).strip()


def quote_problems(item: Item, own_text: str, signature: str) -> list[str]:
    """Why a quote item fails (empty when it passes), as the peers README scores it."""
    html = item.get("wrap") == "text/html"
    own = _squash(own_text, html)
    own_and_sign = _squash(own_text + "\n" + signature, html)
    problems = []
    for line in (item.get("expect_reply") or "").splitlines():
        if line.strip() and _squash(line, html) not in own_and_sign:
            problems.append(f"reply line lost: {line!r}")
    for phrase in item.get("must_contain") or ():
        if _squash(phrase, html) not in own:
            problems.append(f"own text lost: {phrase!r}")
    for phrase in item.get("must_not_contain") or ():
        if _squash(phrase, html) in own:
            problems.append(f"quote leaked: {phrase!r}")
    return problems
