"""Every mail template renders in Danish and English with StrictUndefined."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest

from bot.config import Config
from bot.outbound.render import (
    REPLY_LANGUAGES,
    TEMPLATES,
    Renderer,
    Reply,
    long_date,
    reply_language,
)

SAMPLES = Path(__file__).resolve().parent / "template_samples"
TEMPLATE_NAMES = sorted({p.name.split(".")[0] for p in (TEMPLATES / "mail" / "da").glob("*.j2")
                         if not p.name.startswith("_")})
CONTEXTS = {
    "ack": {
        "case": SimpleNamespace(ref="DSR-2026-00007", received_at=datetime(2026, 1, 31, 9,
                                tzinfo=UTC), due_at=date(2026, 2, 28)),
        "intents": ["access", "erasure", "rectification", "restriction", "objection",
                    "portability"],
        "requester_name": None,
    },
}
# Each handler's templates bring a sample context (JSON, as plans store them), one file
# per template: tests/template_samples/<template>.json. The renderer adds `case`.
CASE = {"ref": "DSR-2026-00007", "received_at": "2026-01-31T09:00:00+00:00",
        "due_at": "2026-02-28"}
for _sample in sorted(SAMPLES.glob("*.json")):
    CONTEXTS[_sample.stem] = {"case": CASE, "requester_name": "Jens Nielsen",
                              "sent_on": "2026-02-10",
                              **json.loads(_sample.read_text(encoding="utf-8"))}


def test_every_template_has_a_test_context_and_both_languages():
    assert set(TEMPLATE_NAMES) == set(CONTEXTS)
    for lang in REPLY_LANGUAGES:
        for name in TEMPLATE_NAMES:
            assert (TEMPLATES / "mail" / lang / f"{name}.txt.j2").exists()
            assert (TEMPLATES / "mail" / lang / f"{name}.subject.j2").exists()


@pytest.mark.parametrize("lang", REPLY_LANGUAGES)
@pytest.mark.parametrize("name", TEMPLATE_NAMES)
def test_template_renders(name, lang):
    msg = Renderer(Config()).render(
        Reply(name, lang, "jens@mail.example.com", CONTEXTS[name], in_reply_to="<a@b>"),
        "<x@clsmed.dk>",
    )
    body = msg.get_content()
    assert "privacy@clsmed.dk" in body and "{{" not in body
    assert "\n" not in str(msg["Subject"])


def test_ack_names_every_intent_and_the_deadline_in_danish():
    body = Renderer(Config()).render(Reply("ack", "da", "x@example.com", CONTEXTS["ack"]),
                                     "<x@clsmed.dk>").get_content()
    assert "28. februar 2026" in body and "31. januar 2026" in body
    for word in ("indsigt", "sletning", "berigtigelse", "begrænsning", "indsigelse",
                 "dataportabilitet", "gratis", "DSR-2026-00007"):
        assert word in body


def test_reply_language_and_dates():
    assert reply_language("da") == "da" and reply_language("sv") == "da"
    assert reply_language("en") == "en" and reply_language("de") == "en"
    assert long_date(date(2026, 5, 1), "da") == "1. maj 2026"
    assert long_date(date(2026, 5, 1), "en") == "1 May 2026"


@pytest.mark.parametrize(
    ("name", "greeted"),
    [
        ("Søren Ærø", "Søren Ærø"),
        ("Anne-Marie O'Neil", "Anne-Marie O'Neil"),
        ("Cheap pills at http://spam.example.com", None),
        ("WIN www.spam.example.com", None),
        ("x" * 80, None),
        (None, None),
    ],
)
def test_only_plain_names_are_used_in_greetings(name, greeted):
    from bot.outbound.replies import greeting_name

    assert greeting_name(name) == greeted
