"""The trained intent model (bot/reading/model.py) and how classify() lets it speak.

The model adds recall where a person says a request in words no rule lists; the rules
keep the context and the precision: the model gets no say on machine mail, on a
sentence the rules read and set aside (negated, about an invoice, an erasure called
off), and never alone on erasure below a high bar or on a departure.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import bot.reading.classify as classify_module
from bot.reading import model as intent_model
from bot.reading.classify import INTENTS, classify


@pytest.fixture
def model() -> intent_model.Model:
    loaded = intent_model.load()
    assert loaded is not None, "bot/reading/model.json.gz must ship with the code"
    return loaded


def without_model(text: str) -> tuple[str, ...]:
    real = classify_module.intent_model.load
    classify_module.intent_model.load = lambda: None  # type: ignore[assignment]
    try:
        return classify(text).intents
    finally:
        classify_module.intent_model.load = real


def test_the_weights_ship_and_load(model: intent_model.Model) -> None:
    assert model.intents == INTENTS
    assert len(model.weights) > 1_000
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    assert '"reading/model.json.gz"' in pyproject.read_text()  # installed with the package


def test_the_firm_is_no_feature(model: intent_model.Model) -> None:
    """The firm's name comes from the configuration, not from the learned weights."""
    firm = {"cl", "smed", "clsmed"}
    assert not [f for f in model.weights if firm & set(intent_model.name(f).split())]


def test_features_are_words_and_neighbouring_pairs() -> None:
    assert intent_model.features("slet mine data") == {
        "slet", "mine", "data", ("slet", "mine"), ("mine", "data")}
    long_text = "ord " * 1_000 + "sletning"
    assert "sletning" not in intent_model.features(long_text)  # reads the opening only


def test_save_and_load_keep_every_weight(tmp_path: Path, model: intent_model.Model) -> None:
    path = tmp_path / "model.json.gz"
    intent_model.save(model, path)
    again = intent_model.load(path)
    assert again is not None and again.weights == model.weights and again.bias == model.bias


def test_no_weights_means_rules_alone(tmp_path: Path) -> None:
    assert intent_model.load(tmp_path / "absent.json.gz") is None


def test_scores_are_probabilities_per_intent(model: intent_model.Model) -> None:
    scores = model.scores("hvad har i gemt om mig, send mig en kopi")
    assert set(scores) == set(INTENTS)
    assert all(0.0 < p < 1.0 for p in scores.values())
    assert scores["access"] > 0.9 > scores["contact_left"]


def test_additions_leave_out_what_the_rules_read_and_what_is_vetoed(
        model: intent_model.Model) -> None:
    text = "hvad har i gemt om mig, send mig en kopi"
    assert [f.intent for f in intent_model.additions(model, text)] == ["access"]
    assert intent_model.additions(model, text, read=("access",)) == []
    assert intent_model.additions(model, text, vetoed=("access",)) == []


# Requests in everyday words no rule lists: the rules alone read nothing (R-DSR-01).
PLAIN_WORDS = [
    # (the rules have since learnt "holde op med at ringe til mig"; this one they still miss)
    ("Jeres sælger kimer mig ned hver anden uge, det skal være slut nu.", "objection"),
    ("hey, do u guys keep stuff on me in ur system? pls send it over. thx", "access"),
]


@pytest.mark.parametrize(("text", "intent"), PLAIN_WORDS)
def test_the_model_reads_a_request_the_rules_miss(text: str, intent: str) -> None:
    assert without_model(text) == ()
    result = classify(text)
    assert result.intents == (intent,)
    assert result.confidence >= 0.6  # above triage: the bot answers
    evidence = [e.phrase for e in result.evidence if e.intent == intent]
    assert evidence and all(phrase in text for phrase in evidence)  # shown to staff


def test_machine_mail_gets_no_say() -> None:
    text = "hey, what info do u guys have on me? pls send it over. thx"
    assert classify(text, auto=True).intents == ()


@pytest.mark.parametrize("text", [
    "Send mig en kopi af fakturaen fra marts, tak.",
    "Hvor har I mine nøgler? Montøren tog dem med.",
    "Please don't delete my account.",
    "Min adresse skal ikke ændres, kun leveringsstedet.",
])
def test_a_sentence_the_rules_set_aside_stays_aside(text: str) -> None:
    assert classify(text).intents == ()


def test_an_erasure_called_off_is_not_read_back_in() -> None:
    text = ("Vil I slette mig fra jeres kundekartotek?\n\nPS: glem det jeg skrev ovenfor, vi "
            "skal have lavet altanen om til sommer, så lad det bare stå.")
    result = classify(text)
    assert "erasure" not in result.intents
    assert any(e.intent == "no_erasure" for e in result.evidence)


def test_a_departure_is_never_read_by_the_model_alone(model: intent_model.Model) -> None:
    text = "lastbilen er kørt fra lageret og kommer ved titiden"
    assert "contact_left" not in classify(text).intents
    assert intent_model.ALONE["contact_left"] > 1.0 and intent_model.BESIDE["contact_left"] > 1.0


def test_one_learned_intent_per_sentence() -> None:
    """A sentence the rules do not read is one request to the model: its likeliest intent
    stays; intents from another sentence are kept."""
    from bot.reading.classify import _Document, _one_per_sentence
    from bot.reading.context import DEFAULT_CONTEXT

    doc = _Document.of("Hva har I om mig, fik sms om tilbud. Ret min adresse.", "", DEFAULT_CONTEXT)
    learned = [intent_model.Learned("access", 0.97, "om mig"),
               intent_model.Learned("objection", 0.82, "tilbud"),
               intent_model.Learned("rectification", 0.9, "adresse")]
    kept = _one_per_sentence(doc, learned)
    assert [f.intent for f in kept] == ["access", "rectification"]


def test_sure_of_reads_one_intent_at_the_callers_bar(model: intent_model.Model) -> None:
    text = "hvad har i gemt om mig, send mig en kopi"
    found = intent_model.sure_of(model, text, "access", 0.9)
    assert found is not None and found.intent == "access" and found.probability >= 0.9
    assert found.cue and found.cue in text
    assert intent_model.sure_of(model, text, "access", 1.0) is None
    assert intent_model.sure_of(model, text, "contact_left", 0.5) is None
