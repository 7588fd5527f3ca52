"""Objection handler (art. 21, gdpr-dk.md §1.8, §4.6, §4.8): opt-out at once, other
objections restrict the records while staff assess them."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.cases.kinds import Intent, ItemAction, RecordKind
from bot.config import Config
from bot.outbound.render import Renderer, Reply
from bot.reading.classify import classify
from bot.register.snapshot import CustomerRec, InvoiceRec, JobRec, PersonRec, Role, Snapshot
from bot.retention.dates import FinancialYear
from handlers.contract import CaseFacts, Outcome, Settings
from handlers.objection import HANDLER, general_objection

ADDRESS = "jens@mail.example.com"
CASE = {"ref": "DSR-2026-00043", "received_at": "2026-03-02T08:00:00+00:00",
        "due_at": "2026-04-02"}
OPTOUT = "Afmeld mig venligst jeres nyhedsbrev."
GENERAL = "Jeg gør indsigelse mod, at I bruger mine oplysninger til statistik."
BOTH = ("Afmeld mig jeres nyhedsbrev. Jeg gør desuden indsigelse mod, at I bruger mine "
        "oplysninger til statistik og forretningsudvikling.")


def facts(text: str, *, optout: bool, trusted: bool = True, lang: str = "da",
          intents: tuple[Intent, ...] = (Intent.OBJECTION,)) -> CaseFacts:
    return CaseFacts(
        ref=CASE["ref"], intents=intents, language=lang,
        requester_email=ADDRESS, requester_name="Jens Nielsen",
        sender_authenticated=trusted, verified=False, received_on=date(2026, 3, 2),
        due_on=date(2026, 4, 2), today=date(2026, 3, 2),
        flags=frozenset({"marketing_optout"} if optout else ()), text=text, auto=False)


SETTINGS = Settings(financial_year=FinancialYear(), notice={}, company={})


def snapshot(*, found: bool = True, suppressed: bool = False) -> Snapshot:
    if not found:
        return Snapshot(ADDRESS, (), (), (), (), (), suppressed)
    job = JobRec("J-501", "Gelænder", date(2024, 9, 1), date(2024, 10, 1),
                 (InvoiceRec("F-1001", date(2024, 10, 14), 12500.0),), ())
    rec = CustomerRec("C1001", "person", "Jens Nielsen", None, "Smedevej 1", None, ADDRESS,
                      (job,))
    person = PersonRec(Role.CUSTOMER, "C1001", "C1001", "Jens Nielsen", "Jens Nielsen", ADDRESS,
                       None, address="Smedevej 1")
    contact = PersonRec(Role.CONTACT, "P-9", "C3001", "Byg A/S", "Jens Nielsen", ADDRESS, None,
                        title="Indkøber")
    return Snapshot(ADDRESS, (person, contact), (rec,), (), (), (), suppressed)


def rows(outcome: Outcome) -> list[tuple[Any, ...]]:
    return [(i.action, i.kind, i.ref, i.customer_ref, i.field, i.until) for i in outcome.items]


def render(outcome: Outcome, lang: str) -> tuple[str, str]:
    spec = outcome.replies[0]
    context = {**spec.context, "case": CASE, "sent_on": "2026-03-03",
               "requester_name": "Jens Nielsen"}
    msg = Renderer(Config()).render(Reply(spec.template, lang, ADDRESS, context), "<id@x>")
    return str(msg["Subject"]), msg.get_content()


SUPPRESS = (ItemAction.UPDATE, RecordKind.SUPPRESSION, "marketing", None, None, None)
RESTRICTED = [
    (ItemAction.RESTRICT, RecordKind.CUSTOMER, "C1001", "C1001", "restriction", None),
    (ItemAction.RESTRICT, RecordKind.JOB, "J-501", "C1001", "restriction", None),
    (ItemAction.RESTRICT, RecordKind.INVOICE, "F-1001", "C1001", "restriction", None),
    (ItemAction.RESTRICT, RecordKind.CONTACT, "P-9", "C3001", "restriction", None),
]


def test_R_OB_01_optout_is_immediate_and_without_approval_even_for_an_unknown_address():
    outcome = HANDLER.plan(facts(OPTOUT, optout=True, trusted=False), snapshot(found=False),
                           SETTINGS)
    assert rows(outcome) == [SUPPRESS]
    assert outcome.needs_approval is False
    assert outcome.needs_confirmation is False  # sender match only, no round trip
    assert outcome.staff_reason is None
    assert [r.template for r in outcome.replies] == ["optout"]
    assert outcome.replies[0].context == {"other_data": False, "more_asked": False}


def test_R_OB_01_optout_of_a_customer_touches_nothing_else():
    outcome = HANDLER.plan(facts(OPTOUT, optout=True, trusted=False), snapshot(), SETTINGS)
    assert rows(outcome) == [SUPPRESS]
    assert outcome.needs_approval is False and outcome.needs_confirmation is False
    assert outcome.replies[0].context == {"other_data": True,  # §4.8: other bases stay
                                          "more_asked": False}
    assert outcome.subject_refs == ("C1001", "P-9")


def test_R_OB_01_an_address_already_on_the_list_gets_no_second_entry():
    outcome = HANDLER.plan(facts(OPTOUT, optout=True), snapshot(suppressed=True), SETTINGS)
    assert outcome.items == ()
    assert outcome.needs_approval is False
    assert outcome.replies[0].template == "optout"


def test_R_OB_01_art_21_1_objection_restricts_and_waits_for_staff():
    outcome = HANDLER.plan(facts(GENERAL, optout=False), snapshot(), SETTINGS)
    assert rows(outcome) == RESTRICTED
    assert outcome.needs_approval is True  # §4.0 step 7: objection balancing
    assert outcome.needs_confirmation is False
    assert [r.template for r in outcome.replies] == ["objection"]
    assert outcome.replies[0].context == {
        "nothing_found": False, "records": ["customer", "job", "invoice", "contact"],
        "optout": False}
    assert all("21(1)" in i.reason for i in outcome.items)


def test_R_OB_01_art_21_1_objection_from_an_untrusted_sender_is_confirmed_first():
    outcome = HANDLER.plan(facts(GENERAL, optout=False, trusted=False), snapshot(), SETTINGS)
    assert outcome.needs_approval is True and outcome.needs_confirmation is True


def test_R_OB_01_optout_and_general_objection_together_do_both():
    outcome = HANDLER.plan(facts(BOTH, optout=True), snapshot(), SETTINGS)
    assert rows(outcome) == [SUPPRESS, *RESTRICTED]
    assert outcome.needs_approval is True
    assert [r.template for r in outcome.replies] == ["objection"]
    assert outcome.replies[0].context["optout"] is True


def test_R_OB_01_art_21_1_objection_with_nothing_registered_is_answered_without_staff():
    outcome = HANDLER.plan(facts(GENERAL, optout=False), snapshot(found=False), SETTINGS)
    assert outcome.items == () and outcome.needs_approval is False
    assert outcome.replies[0].context == {"nothing_found": True, "records": [],
                                          "optout": False}


@pytest.mark.parametrize(("text", "general"), [
    (OPTOUT, False),
    ("Stop sending me offers!", False),
    ("Please unsubscribe me.", False),
    ("Jeg gør indsigelse mod direkte markedsføring.", False),
    ("I object to the use of my e-mail address for direct marketing.", False),
    ("Jeg trækker mit samtykke tilbage og vil ikke modtage nyhedsbreve.", False),
    (BOTH, True),
    ("Please unsubscribe me. I also object to the processing of my data for statistics.",
     True),
    ("Jeg gør indsigelse mod jeres behandling af mine oplysninger og vil ikke have flere "
     "tilbud.", True),
])
def test_R_OB_01_a_general_objection_is_told_from_the_optout_itself(text, general):
    assert general_objection(text) is general


@pytest.mark.parametrize("text", [
    "jeres sælger kimer mig ned hver anden uge, det skal være slut nu",
    "jag vill inte att ni ringer mig hela tiden",
])
def test_R_OB_01_an_optout_only_the_model_reads_is_still_just_an_optout(text):
    """No rule phrase reads these; the classifier's flag and evidence still lead the
    handler to the suppression list, not to restricting every record."""
    reading = classify(text)
    assert "marketing_optout" in reading.flags
    outcome = HANDLER.plan(facts(text, optout=True), snapshot(), SETTINGS)
    assert rows(outcome) == [SUPPRESS]
    assert outcome.needs_approval is False


@pytest.mark.parametrize("lang", ["da", "en"])
def test_R_OB_01_rendered_optout_is_a_brief_confirmation(lang):
    subject, body = render(HANDLER.plan(facts(OPTOUT, optout=True), snapshot(), SETTINGS), lang)
    assert "DSR-2026-00043" in subject and "DSR-2026-00043" in body
    assert "privacy@clsmed.dk" in body
    if lang == "da":
        assert "afmeldt al markedsføring" in body and "spærreliste" in body
        assert "bevarer vi som hidtil" in body
    else:
        assert "unsubscribed from all our marketing" in body and "suppression list" in body
        assert "kept as before" in body
    assert "Smedevej" not in body


@pytest.mark.parametrize(("lang", "handled", "invite"), [
    ("da", "Resten af din henvendelse behandler vi i samme sag",
     "Hvis du også ønsker indsigt i eller sletning"),
    ("en", "We are handling the rest of your request in the same case",
     "If you would also like access to or erasure"),
])
def test_R_OB_01_an_optout_beside_an_erasure_does_not_invite_what_was_asked(lang, handled,
                                                                          invite):
    """ "Slet mig, og lad være med at ringe": the opt-out is confirmed at once; the erasure
    has its own answer, so the confirmation says so rather than inviting it."""
    both = (Intent.ERASURE, Intent.OBJECTION)
    _, body = render(HANDLER.plan(facts(OPTOUT, optout=True, lang=lang, intents=both),
                                  snapshot(), SETTINGS), lang)
    assert handled in body and invite not in body
    _, alone = render(HANDLER.plan(facts(OPTOUT, optout=True, lang=lang), snapshot(),
                                   SETTINGS), lang)
    assert invite in alone and handled not in alone


@pytest.mark.parametrize("lang", ["da", "en"])
def test_R_OB_01_rendered_objection_reply_restricts_assesses_and_has_complaint_clause(lang):
    subject, body = render(HANDLER.plan(facts(BOTH, optout=True), snapshot(), SETTINGS), lang)
    assert "DSR-2026-00043" in subject and "DSR-2026-00043" in body
    assert "Datatilsynet" in body and "Carl Jacobsens Vej 35" in body
    if lang == "da":
        assert "vægtige legitime grunde" in body
        assert "2. april 2026" in body and "begrundelse" in body
        assert "afmeldt al markedsføring" in body
    else:
        assert "compelling legitimate grounds" in body
        assert "2 April 2026" in body and "reasons" in body
        assert "unsubscribed from all our marketing" in body


@pytest.mark.parametrize("lang", ["da", "en"])
def test_R_OB_01_rendered_objection_with_nothing_found(lang):
    _subject, body = render(HANDLER.plan(facts(GENERAL, optout=False), snapshot(found=False),
                                        SETTINGS), lang)
    assert "DSR-2026-00043" in body and "Datatilsynet" in body
    assert ("ingen personoplysninger" if lang == "da" else "no personal data") in body
