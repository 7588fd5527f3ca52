"""Restriction handler (art. 18, gdpr-dk.md §1.5, §4.5): every record flagged, staff confirm."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.cases.kinds import Intent, ItemAction, RecordKind
from bot.config import Config
from bot.outbound.render import Renderer, Reply
from bot.register.snapshot import (
    CustomerRec,
    HoldRec,
    InvoiceRec,
    JobRec,
    PersonRec,
    QualityCheckRec,
    Role,
    Snapshot,
)
from bot.retention.dates import FinancialYear
from handlers.contract import CaseFacts, Outcome, Settings
from handlers.restriction import HANDLER

ADDRESS = "jens@mail.example.com"
CASE = {"ref": "DSR-2026-00042", "received_at": "2026-03-02T08:00:00+00:00",
        "due_at": "2026-04-02"}


def facts(*, trusted: bool = True, text: str = "Begræns behandlingen af mine oplysninger.",
          ) -> CaseFacts:
    return CaseFacts(
        ref=CASE["ref"], intents=(Intent.RESTRICTION,), language="da",
        requester_email=ADDRESS, requester_name="Jens Nielsen",
        sender_authenticated=trusted, verified=False, received_on=date(2026, 3, 2),
        due_on=date(2026, 4, 2), today=date(2026, 3, 2), flags=frozenset(), text=text,
        auto=False)


SETTINGS = Settings(financial_year=FinancialYear(), notice={}, company={})


def customer(ref: str = "C1001") -> tuple[PersonRec, CustomerRec]:
    job = JobRec("J-501", "Gelænder", date(2024, 9, 1), date(2024, 10, 1),
                 (InvoiceRec("F-1001", date(2024, 10, 14), 12500.0),),
                 (QualityCheckRec(7, date(2024, 10, 2), "ok", None),))
    person = PersonRec(Role.CUSTOMER, ref, ref, "Jens Nielsen", "Jens Nielsen", ADDRESS,
                       "+4522334455", address="Smedevej 1, 7100 Vejle")
    return person, CustomerRec(ref, "person", "Jens Nielsen", None, "Smedevej 1, 7100 Vejle",
                               "+4522334455", ADDRESS, (job,))


def owner() -> PersonRec:
    return PersonRec(Role.OWNER, "O-3", "C2001", "Nielsen ApS", "Jens Nielsen", ADDRESS, None,
                     address="Smedevej 1")


def contact() -> PersonRec:
    return PersonRec(Role.CONTACT, "P-9", "C3001", "Byg A/S", "Jens Nielsen", ADDRESS, None,
                     title="Indkøber", employed=True)


def lead() -> PersonRec:
    return PersonRec(Role.LEAD, "L-12", None, None, "Jens Nielsen", ADDRESS, None,
                     company="Nielsen Byg")


def snapshot(roles: tuple[PersonRec, ...] = (), customers: tuple[CustomerRec, ...] = (),
             holds: tuple[HoldRec, ...] = (), company_refs: tuple[str, ...] = ()) -> Snapshot:
    return Snapshot(ADDRESS, roles, customers, company_refs, holds, (), False)


def everything() -> Snapshot:
    person, rec = customer()
    return snapshot((person, owner(), contact(), lead()), (rec,))


def rows(outcome: Outcome) -> set[tuple[Any, ...]]:
    return {(i.action, i.kind, i.ref, i.customer_ref, i.field, i.until) for i in outcome.items}


def render(outcome: Outcome, lang: str) -> tuple[str, str]:
    spec = outcome.replies[0]
    context = {**spec.context, "case": CASE, "sent_on": "2026-03-03",
               "requester_name": "Jens Nielsen"}
    msg = Renderer(Config()).render(Reply(spec.template, lang, ADDRESS, context), "<id@x>")
    return str(msg["Subject"]), msg.get_content()


def test_R_RS_01_restricts_every_record_of_the_person():
    outcome = HANDLER.plan(facts(), everything(), SETTINGS)
    r = ItemAction.RESTRICT
    assert rows(outcome) == {
        (r, RecordKind.CUSTOMER, "C1001", "C1001", "restriction", None),
        (r, RecordKind.JOB, "J-501", "C1001", "restriction", None),
        (r, RecordKind.INVOICE, "F-1001", "C1001", "restriction", None),
        (r, RecordKind.QUALITY_CHECK, "qc-7", "C1001", "restriction", None),
        (r, RecordKind.OWNER, "O-3", "C2001", "restriction", None),
        (r, RecordKind.CONTACT, "P-9", "C3001", "restriction", None),
        (r, RecordKind.LEAD, "L-12", None, "restriction", None),
    }
    assert len(outcome.items) == 7
    assert outcome.subject_refs == ("C1001", "O-3", "P-9", "L-12")
    assert outcome.staff_reason is None


def test_R_RS_01_staff_confirm_the_ground_before_the_flags_are_set():
    outcome = HANDLER.plan(facts(trusted=True), everything(), SETTINGS)
    assert outcome.needs_approval is True
    assert outcome.needs_confirmation is False


def test_R_RS_01_untrusted_sender_confirms_from_the_address_on_file():
    outcome = HANDLER.plan(facts(trusted=False), everything(), SETTINGS)
    assert outcome.needs_approval is True
    assert outcome.needs_confirmation is True


def test_R_RS_01_reply_names_the_kinds_of_record_restricted():
    outcome = HANDLER.plan(facts(), everything(), SETTINGS)
    (reply,) = outcome.replies
    assert reply.template == "restriction"
    assert reply.context == {"nothing_found": False,
                             "records": ["customer", "job", "invoice", "quality_check",
                                         "owner", "contact", "lead"]}


def test_R_RS_01_plan_items_carry_no_personal_values():
    outcome = HANDLER.plan(facts(), everything(), SETTINGS)
    for item in outcome.items:
        assert "Jens" not in item.what and "Nielsen" not in item.what
        assert item.value is None
    assert "invoice F-1001 dated 2024-10-14" in {i.what for i in outcome.items}


def test_R_RS_01_a_row_already_restricted_is_not_flagged_twice():
    person, rec = customer()
    held = HoldRec("customer", "C1001", "C1001", "restriction", None, "staff:anna")
    booked = HoldRec("invoice", "C1001", "F-1001", "bookkeeping", date(2030, 12, 31), "rule")
    outcome = HANDLER.plan(facts(), snapshot((person,), (rec,), (held, booked)), SETTINGS)
    refs = {i.ref for i in outcome.items}
    assert "C1001" not in refs
    assert refs == {"J-501", "F-1001", "qc-7"}  # a bookkeeping hold is no restriction
    assert outcome.replies[0].context["records"][0] == "customer"


def test_R_RS_01_nothing_found_is_answered_without_approval():
    outcome = HANDLER.plan(facts(trusted=False), snapshot(), SETTINGS)
    assert outcome.items == ()
    assert outcome.needs_approval is False and outcome.needs_confirmation is False
    assert outcome.replies[0].template == "restriction"
    assert outcome.replies[0].context == {"nothing_found": True, "records": []}


def test_R_DK_03_a_company_address_restricts_nothing():
    outcome = HANDLER.plan(facts(), snapshot(company_refs=("C2001",)), SETTINGS)
    assert outcome.items == () and outcome.needs_approval is False
    assert outcome.replies[0].context["nothing_found"] is True


def test_R_RS_01_plan_is_deterministic():
    assert HANDLER.plan(facts(), everything(), SETTINGS) == HANDLER.plan(
        facts(), everything(), SETTINGS)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_R_RS_01_rendered_reply_has_ref_storage_notice_and_complaint_clause(lang):
    subject, body = render(HANDLER.plan(facts(), everything(), SETTINGS), lang)
    assert "DSR-2026-00042" in subject and "DSR-2026-00042" in body
    assert "Datatilsynet" in body and "Carl Jacobsens Vej 35" in body
    assert "privacy@clsmed.dk" in body
    if lang == "da":
        assert "kun bliver opbevaret" in body
        assert "før begrænsningen bliver ophævet" in body  # art. 18(3)
        assert "dine fakturaer" in body and "kontaktperson" in body
    else:
        assert "only stored" in body
        assert "before the restriction is lifted" in body
        assert "your invoices" in body and "contact person" in body
    assert "Smedevej" not in body and "F-1001" not in body


@pytest.mark.parametrize("lang", ["da", "en"])
def test_R_RS_01_rendered_nothing_found_reply(lang):
    _subject, body = render(HANDLER.plan(facts(), snapshot(), SETTINGS), lang)
    assert "DSR-2026-00042" in body and "Datatilsynet" in body
    assert ("ingen personoplysninger" if lang == "da" else "no personal data") in body
