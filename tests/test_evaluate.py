"""bot.reading.evaluate: labels file, metrics and report on small hand-made inputs."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from bot.cli import main
from bot.reading.context import DEFAULT_CONTEXT
from bot.reading.evaluate import format_report, load_labels, predict_file, score

F = frozenset


def by_intent(report, intent):
    return next(s for s in report.per_intent if s.intent == intent)


def test_perfect_prediction() -> None:
    gold = {"a": F({"access"}), "b": F(), "c": F({"erasure", "objection"})}
    report = score(gold, dict(gold))
    assert (report.exact, report.total, report.accuracy) == (3, 3, 1.0)
    assert report.misses == ()
    erasure = by_intent(report, "erasure")
    assert (erasure.support, erasure.predicted, erasure.true_positives) == (1, 1, 1)
    assert erasure.precision == erasure.recall == 1.0


def test_precision_recall_and_misses() -> None:
    gold = {
        "1": F({"access"}),
        "2": F({"access", "portability"}),
        "3": F({"erasure"}),
        "4": F(),
    }
    predicted = {
        "1": F({"access"}),
        "2": F({"access"}),  # misses portability
        "3": F({"erasure", "objection"}),  # extra objection
        "4": F({"erasure"}),  # business mail read as erasure
    }
    report = score(gold, predicted)
    assert report.exact == 1 and report.accuracy == 0.25
    access = by_intent(report, "access")
    assert (access.support, access.predicted, access.true_positives) == (2, 2, 2)
    erasure = by_intent(report, "erasure")
    assert erasure.precision == 0.5 and erasure.recall == 1.0
    portability = by_intent(report, "portability")
    assert portability.recall == 0.0 and portability.precision == 1.0  # nothing predicted
    objection = by_intent(report, "objection")
    assert objection.precision == 0.0 and objection.support == 0
    assert [(m.file, set(m.expected), set(m.got)) for m in report.misses] == [
        ("2", {"access", "portability"}, {"access"}),
        ("3", {"erasure"}, {"erasure", "objection"}),
        ("4", set(), {"erasure"}),
    ]


def test_missing_prediction_counts_as_nothing() -> None:
    report = score({"x": F({"access"}), "y": F()}, {"y": F()})
    assert report.exact == 1
    assert report.misses[0].file == "x" and report.misses[0].got == F()


def test_empty_gold() -> None:
    report = score({}, {})
    assert report.total == 0 and report.accuracy == 1.0


def test_format_report() -> None:
    report = score({"a.txt": F({"access"}), "b.txt": F()}, {"a.txt": F(), "b.txt": F()})
    text = format_report(report)
    assert "exact-set accuracy: 1/2 = 0.500" in text
    assert "a.txt: expected [access], got [(none)]" in text
    lines = text.splitlines()
    assert lines[0].split() == ["intent", "support", "predicted", "precision", "recall"]
    assert any(line.split()[:3] == ["access", "1", "0"] for line in lines)


def _write_labels(path: Path, rows: list[object]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    return path


def test_load_labels(tmp_path: Path) -> None:
    path = _write_labels(tmp_path / "labels.jsonl", [
        {"file": "a.txt", "language": "da", "intents": ["erasure", "access"], "note": "n"},
        {"file": "b.eml", "language": "en", "intents": [], "auto": True,
         "departed": [{"name": "Jens Hansen", "email": "jh@x.example"}],
         "requester": "r@x.example", "flags": ["bounce"]},
    ])
    labels = load_labels(path)
    assert labels["a.txt"].intents == F({"access", "erasure"})
    assert labels["a.txt"].auto is False
    b = labels["b.eml"]
    assert (b.auto, b.requester, b.flags) == (True, "r@x.example", F({"bounce"}))
    assert b.departed == ({"name": "Jens Hansen", "email": "jh@x.example"},)


@pytest.mark.parametrize("row", [
    {"language": "da", "intents": []},  # no file
    {"file": "a.txt", "intents": ["delete"]},  # not an intent
])
def test_bad_label_is_named(tmp_path: Path, row: dict[str, object]) -> None:
    path = _write_labels(tmp_path / "labels.jsonl", [{"file": "ok.txt", "intents": []}, row])
    with pytest.raises(ValueError, match=r"labels\.jsonl:2"):
        load_labels(path)


def test_not_json_is_named(tmp_path: Path) -> None:
    path = tmp_path / "labels.jsonl"
    path.write_text('{"file": "a.txt", "intents": []}\n{oops\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"labels\.jsonl:2: not JSON"):
        load_labels(path)


def test_predict_txt(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Hej, slet venligst alle mine oplysninger.", encoding="utf-8")
    assert predict_file(path).intents == ("erasure",)


def test_predict_eml(tmp_path: Path) -> None:
    path = tmp_path / "a.eml"
    path.write_bytes(
        b"From: Jens Hansen <jens@example.com>\r\nTo: privacy@clsmed.dk\r\n"
        b"Subject: Mine oplysninger\r\nMessage-ID: <1@example.com>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        + b"Hvad har I registreret om mig?\r\n"
    )
    assert predict_file(path).intents == ("access",)


LETTER = "Att.: Nordbyg ApS\n\nOpdater venligst adressen. Den nye er Østergade 4, 8000 Aarhus C."


def test_predict_reads_as_the_given_firm(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(LETTER, encoding="utf-8")
    assert predict_file(path).intents == ()  # under CL Smed's name, Nordbyg is a firm writing
    nordbyg = replace(DEFAULT_CONTEXT, firm_name="Nordbyg ApS")
    assert predict_file(path, nordbyg).intents == ("rectification",)


def test_cli_eval_reads_the_firm_from_config(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.txt").write_text(LETTER, encoding="utf-8")
    labels = tmp_path / "labels.jsonl"
    labels.write_text(json.dumps({"file": "a.txt", "intents": ["rectification"]}) + "\n",
                      encoding="utf-8")
    for firm, accuracy in (("Nordbyg ApS", "1/1"), ("CL Smed A/S", "0/1")):
        config = tmp_path / "config.toml"
        config.write_text(f'[company]\nname = "{firm}"\n', encoding="utf-8")
        assert main(["eval", str(tmp_path), str(labels), "--config", str(config)]) == 0
        assert f"exact-set accuracy: {accuracy}" in capsys.readouterr().out
