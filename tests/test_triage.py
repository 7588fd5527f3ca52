"""Low-confidence readings go to staff; corrections are applied and kept as test cases."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from sqlmodel import select

from bot.cases.corrections import CorrectionError, correct_reading, export_corrections
from bot.cases.inbound import Worker
from bot.cases.lifecycle import open_case, transition
from bot.ingress.inbox import store_inbound
from bot.outbound.render import Renderer
from bot.store.models import Case, ClassifierCorrection, Inbound, Outbox
from tests.mailfactory import plain


def _triage_case(db, raw: bytes) -> int:
    stored = store_inbound(db, raw, channel="smtp")
    with db.transaction() as session:
        case = open_case(session, channel="smtp", received_at=datetime(2026, 3, 2, 9, tzinfo=UTC),
                         intents=["objection"], language="da", confidence=0.3,
                         requester_email="jens@mail.example.com", request_message_id="<t@x>")
        transition(session, case, "triage", actor="test")
        inbound = session.get(Inbound, stored.inbound_id)
        assert inbound is not None
        inbound.case_id, inbound.status = case.id, "done"
        assert case.id is not None
        return case.id


def test_below_threshold_goes_to_triage_with_a_neutral_ack(db, config):
    strict = replace(config, classifier=replace(config.classifier, triage_threshold=1.0))
    store_inbound(db, plain("Jeg vil gerne have indsigt i mine oplysninger."), channel="smtp")
    Worker(db, strict, Renderer(strict)).process_available()
    with db.transaction() as session:
        case = session.exec(select(Case)).one()
        assert case.status == "triage"
        outbox = session.exec(select(Outbox)).all()
        assert [(m.template, m.to_addr) for m in outbox] == [
            ("ack_triage", "jens.nielsen@mail.example.com")]


def test_staff_correction_opens_the_case_and_sends_the_ack(db, config):
    case_id = _triage_case(db, plain("Hvad ved I egentlig om mig?"))
    with db.transaction() as session:
        correct_reading(session, config, Renderer(config), case_id, ["access"], "mette")
    with db.transaction() as session:
        case = session.get(Case, case_id)
        correction = session.exec(select(ClassifierCorrection)).one()
        outbox = session.exec(select(Outbox)).all()
    assert case is not None and case.status == "open" and case.intents == ["access"]
    assert correction.intents_before == ["objection"] and correction.intents_after == ["access"]
    assert correction.corrected_by == "mette"
    assert len(outbox) == 1 and outbox[0].to_addr == "jens@mail.example.com"


def test_correction_to_nothing_closes_the_case(db, config):
    case_id = _triage_case(db, plain("Vi gør indsigelse mod fakturaen."))
    with db.transaction() as session:
        correct_reading(session, config, Renderer(config), case_id, [], "mette")
    with db.transaction() as session:
        case = session.get(Case, case_id)
        assert case is not None and case.status == "closed"
        assert session.exec(select(Outbox)).first() is None


def test_unknown_intent_is_refused(db, config):
    case_id = _triage_case(db, plain("x"))
    with db.transaction() as session, pytest.raises(CorrectionError, match="delete_all"):
        correct_reading(session, config, Renderer(config), case_id, ["delete_all"], "mette")


def test_corrections_export_as_a_labelled_corpus(db, config, tmp_path):
    raw = plain("Hvad ved I egentlig om mig?")
    case_id = _triage_case(db, raw)
    with db.transaction() as session:
        correct_reading(session, config, Renderer(config), case_id, ["access"], "mette")
    with db.transaction() as session:
        assert export_corrections(session, tmp_path / "new") == 1
    label = json.loads((tmp_path / "new" / "labels.jsonl").read_text())
    assert label["intents"] == ["access"] and label["language"] == "da"
    assert (tmp_path / "new" / label["file"]).read_bytes() == raw
