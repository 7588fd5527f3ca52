#!/usr/bin/env python3
"""Quote stripping: our splitter against quotequail, mail-parser-reply and email-reply-parser.

Its one job: score and time every contender on the 47 quote items of the peers corpus
(../shared/corpus/peers, or $DSRBOT_PEERS), as tests/test_peers_quotes.py scores ours.

Every contender gets the body the bot decodes (bot.reading.message: charset, format=flowed,
CRLF; decoded once, outside the timing). A plain-text body goes to every contender as text.
For the 9 HTML-only items our splitter and the two text-only libraries get the bot's text
of the HTML (html_to_text, blockquotes as "> " lines); quotequail gets the raw HTML
(quote_html / unwrap_html) and its kept HTML is turned into text the same way to score it.
Options: quotequail with quote_intro_line=True, mail-parser-reply with Danish + English
and keep_hyphen_lists=True, email-reply-parser as it comes.
A contender's reply text (and its signature, where it separates one) is scored with
tests.peers.quote_problems. Timing interleaves the contenders, takes the best of several
repeats and gives messages/s and the ratio to ours from the same run. The libraries are
bench-only: one that is not installed is reported as such. Usage:

    python bench/quotes.py [--seconds 0.3] [--repeats 5]
"""

from __future__ import annotations

import argparse
import contextlib
import email
import email.policy
import importlib
import math
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The bot's own body decoding and splitter (private helpers: the bench needs the exact input).
from bot.reading.headers import header  # noqa: E402
from bot.reading.message import _FORWARD_SUBJECT, _body_parts, _body_text, html_to_text  # noqa: E402
from bot.reading.quotes import split_text  # noqa: E402
from bot.reading.understand import understand  # noqa: E402
from tests.peers import PEERS, item_id, quote_problems, raw_of, select  # noqa: E402

# mail-parser-reply looks for reply headers in these languages (dsrbot reads Danish and
# English mail; the library always adds English).
MPR_LANGUAGES = ("da", "en")


@dataclass(frozen=True)
class Body:
    ident: str
    item: dict[str, Any]
    raw: bytes
    text: str  # what our splitter gets: the plain part, or the text of the HTML part
    html: str  # the HTML part when there is no plain text, else ""
    forward_hint: bool  # the subject says Fwd (as parse_message passes it)


Reply = tuple[str, str]  # (own text, signature)
Contender = Callable[[Body], Reply]


def body_of(item: dict[str, Any]) -> Body:
    """One item's body, decoded as parse_message decodes it."""
    raw = raw_of(item)
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    plain, html, _, _ = _body_parts(msg)
    text = _body_text(msg)[0]
    hint = bool(_FORWARD_SUBJECT.match(header(msg, "Subject")))
    return Body(item_id(item), item, raw, text, "" if plain.strip() else html, hint)


def load_bodies() -> list[Body]:
    items = [param.values[0] for param in select("quote")]
    return [body_of(item) for item in items if item is not None]


# --- contenders --------------------------------------------------------------------------


def ours(body: Body) -> Reply:
    split = split_text(body.text, forward_hint=body.forward_hint)
    return split.own, split.signature


def _quotequail_quote(lib: ModuleType) -> Contender:
    """quote()/quote_html(): the expanded part (above the first quote) is the reply; the
    "On … wrote:" line goes with the quote (quote_intro_line=True; the default keeps it)."""
    def run(body: Body) -> Reply:
        if body.html:
            parts = lib.quote_html(body.html, quote_intro_line=True)
            return html_to_text("".join(part for shown, part in parts if shown)), ""
        parts = lib.quote(body.text, quote_intro_line=True)
        return "\n".join(part for shown, part in parts if shown), ""
    return run


def _quotequail_unwrap(lib: ModuleType) -> Contender:
    """unwrap()/unwrap_html(): the text above and below the quoted message is the reply."""
    def run(body: Body) -> Reply:
        if body.html:
            found = lib.unwrap_html(body.html)
            kept = body.html if found is None else \
                found.get("html_top", "") + found.get("html_bottom", "")
            return html_to_text(kept), ""
        found = lib.unwrap(body.text)
        if found is None:
            return body.text, ""
        return found.get("text_top", "") + "\n" + found.get("text_bottom", ""), ""
    return run


def _mail_parser_reply(lib: ModuleType) -> Contender:
    """The latest reply's body; its signatures and disclaimers as the signature. Read as
    EmailReplyParser.read does, but with keep_hyphen_lists (else "- item" ends the reply)."""
    def run(body: Body) -> Reply:
        message = lib.EmailMessage(body.text, languages=list(MPR_LANGUAGES),
                                   keep_hyphen_lists=True)
        latest = message.read().replies[0]
        return latest.body, "\n".join([latest.signatures, *latest.disclaimers])
    return run


def _email_reply_parser(lib: ModuleType) -> Contender:
    """The visible fragments; unquoted signature fragments as the signature."""
    def run(body: Body) -> Reply:
        message = lib.EmailReplyParser.read(body.text)
        signature = [f.content for f in message.fragments if f.signature and not f.quoted]
        return message.reply, "\n".join(signature)
    return run


# contender name -> (module to import, how to use it)
LIBRARIES: dict[str, tuple[str, Callable[[ModuleType], Contender]]] = {
    "quotequail.quote": ("quotequail", _quotequail_quote),
    "quotequail.unwrap": ("quotequail", _quotequail_unwrap),
    "mail-parser-reply": ("mailparser_reply", _mail_parser_reply),
    "email-reply-parser": ("email_reply_parser", _email_reply_parser),
}


def contenders() -> dict[str, Contender | None]:
    """Ours first, then every library that imports (None for one that does not)."""
    found: dict[str, Contender | None] = {"ours (bot.reading.quotes)": ours}
    for name, (module, use) in LIBRARIES.items():
        try:
            found[name] = use(importlib.import_module(module))
        except ImportError:
            found[name] = None
    return found


# --- scoring and timing ------------------------------------------------------------------


def problems(run: Contender, body: Body) -> list[str]:
    try:
        own, signature = run(body)
    except Exception as error:  # a library that crashes on an item fails that item
        return [f"raised {type(error).__name__}: {error}"]
    return quote_problems(body.item, own, signature)


def failures(run: Contender, bodies: list[Body]) -> dict[str, list[str]]:
    """Item id -> its problems, for every item the contender fails."""
    return {b.ident: found for b in bodies if (found := problems(run, b))}


def _elapsed(run: Contender, bodies: list[Body], rounds: int) -> float:
    start = time.perf_counter()
    for _ in range(rounds):
        for body in bodies:
            with contextlib.suppress(Exception):  # a crash is scored as a failure
                run(body)
    return time.perf_counter() - start


def rates(runs: dict[str, Contender], bodies: list[Body], seconds: float,
          repeats: int) -> dict[str, float]:
    """Messages/s: rounds sized to about `seconds`, best of `repeats`, contenders interleaved."""
    rounds = {n: math.ceil(seconds / max(_elapsed(r, bodies, 1), 1e-9)) for n, r in runs.items()}
    best = dict.fromkeys(runs, math.inf)
    for _ in range(repeats):
        for name, run in runs.items():
            best[name] = min(best[name], _elapsed(run, bodies, rounds[name]))
    return {name: rounds[name] * len(bodies) / best[name] for name in runs}


def input_mismatches(bodies: list[Body]) -> list[str]:
    """Items where ours on the bench input differs from the bot's own reading of the mail."""
    return [b.ident for b in bodies if ours(b)[0] != understand(b.raw).parsed.own_text]


# --- report ------------------------------------------------------------------------------


def print_table(found: dict[str, Contender | None], failed: dict[str, dict[str, list[str]]],
                speed: dict[str, float], total: int) -> None:
    ours_rate = next(iter(speed.values()))
    print(f"{'contender':28} {'passed':>9} {'fraction':>9} {'msg/s':>10} {'vs ours':>9}")
    for name, run in found.items():
        if run is None:
            print(f"{name:28} not installed")
            continue
        passed = total - len(failed[name])
        print(f"{name:28} {passed:>4}/{total:<4} {passed / total:>9.2f} {speed[name]:>10.0f} "
              f"{speed[name] / ours_rate:>8.2f}x")


def print_failures(failed: dict[str, dict[str, list[str]]]) -> None:
    for name, items in failed.items():
        print(f"\n{name}: fails {len(items)}")
        for ident, found in items.items():
            more = f" (+{len(found) - 1} more)" if len(found) > 1 else ""
            print(f"  {ident}: {found[0][:90]}{more}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=0.3, help="per timed repeat")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    bodies = load_bodies()
    if not bodies:
        print(f"no quote items: is the peers corpus at {PEERS}? (set DSRBOT_PEERS)")
        return 1
    if mismatched := input_mismatches(bodies):
        print(f"warning: bench input differs from understand() on {mismatched}")
    found = contenders()
    runs = {name: run for name, run in found.items() if run is not None}
    failed = {name: failures(run, bodies) for name, run in runs.items()}
    speed = rates(runs, bodies, args.seconds, args.repeats)
    html = sum(1 for b in bodies if b.html)
    print(f"{len(bodies)} quote items ({html} HTML-only), best of {args.repeats} repeats\n")
    print_table(found, failed, speed, len(bodies))
    print_failures(failed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
