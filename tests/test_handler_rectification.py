"""Rectification handler (art. 16, gdpr-dk.md §1.3, §4.4): own new details, at once."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from bot.cases.kinds import Intent, ItemAction, RecordKind
from bot.config import Config
from bot.outbound.render import Renderer, Reply
from bot.register.snapshot import CustomerRec, InvoiceRec, JobRec, PersonRec, Role, Snapshot
from bot.retention.dates import FinancialYear
from handlers.contract import CaseFacts, Outcome, Settings
from handlers.rectification import HANDLER

ADDRESS = "jens@mail.example.com"
CASE = {"ref": "DSR-2026-00044", "received_at": "2026-03-02T08:00:00+00:00",
        "due_at": "2026-04-02"}
NEW_PHONE = "Hej, mit nye telefonnummer er 22 33 44 55. Mvh Jens"
NEW_EMAIL = "Please update my e-mail address to jens.nielsen@newmail.example.com"
NEW_TITLE = "Min nye titel er Indkøbschef."
NEW_ADDRESS = "Vi er flyttet. Ny adresse: Smedevej 12, 7100 Vejle"


def facts(text: str, *, trusted: bool = True) -> CaseFacts:
    return CaseFacts(
        ref=CASE["ref"], intents=(Intent.RECTIFICATION,), language="da",
        requester_email=ADDRESS, requester_name="Jens Nielsen",
        sender_authenticated=trusted, verified=False, received_on=date(2026, 3, 2),
        due_on=date(2026, 4, 2), today=date(2026, 3, 2), flags=frozenset(), text=text,
        auto=False)


SETTINGS = Settings(financial_year=FinancialYear(), notice={}, company={})


def customer() -> tuple[PersonRec, CustomerRec]:
    job = JobRec("J-501", "Gelænder", date(2024, 9, 1), date(2024, 10, 1),
                 (InvoiceRec("F-1001", date(2024, 10, 14), 12500.0),), ())
    person = PersonRec(Role.CUSTOMER, "C1001", "C1001", "Jens Nielsen", "Jens Nielsen", ADDRESS,
                       "11 22 33 44", address="Smedevej 1, 7100 Vejle")
    return person, CustomerRec("C1001", "person", "Jens Nielsen", None,
                               "Smedevej 1, 7100 Vejle", "11 22 33 44", ADDRESS, (job,))


def owner() -> PersonRec:
    return PersonRec(Role.OWNER, "O-3", "C2001", "Nielsen ApS", "Jens Nielsen", ADDRESS,
                     "11223344", address="Smedevej 1, 7100 Vejle")


def contact() -> PersonRec:
    return PersonRec(Role.CONTACT, "P-9", "C3001", "Byg A/S", "Jens Nielsen", ADDRESS, None,
                     title="Indkøber", employed=True)


def lead() -> PersonRec:
    return PersonRec(Role.LEAD, "L-12", None, None, "Jens Nielsen", ADDRESS, None,
                     company="Nielsen Byg")


def snapshot(*roles: PersonRec, customers: tuple[CustomerRec, ...] = ()) -> Snapshot:
    return Snapshot(ADDRESS, roles, customers, (), (), (), False)


def with_customer(*more: PersonRec) -> Snapshot:
    person, rec = customer()
    return snapshot(person, *more, customers=(rec,))


def rows(outcome: Outcome) -> list[tuple[Any, ...]]:
    return [(i.action, i.kind, i.ref, i.customer_ref, i.field, i.value) for i in outcome.items]


def render(outcome: Outcome, lang: str) -> tuple[str, str]:
    spec = outcome.replies[0]
    context = {**spec.context, "case": CASE, "sent_on": "2026-03-03",
               "requester_name": "Jens Nielsen"}
    msg = Renderer(Config()).render(Reply(spec.template, lang, ADDRESS, context), "<id@x>")
    return str(msg["Subject"]), msg.get_content()


def test_R_AU_01_new_phone_is_applied_at_once_without_approval_for_a_trusted_sender():
    outcome = HANDLER.plan(facts(NEW_PHONE), with_customer(owner(), lead()), SETTINGS)
    u = ItemAction.UPDATE
    assert rows(outcome) == [
        (u, RecordKind.CUSTOMER, "C1001", "C1001", "phone", "+4522334455"),
        (u, RecordKind.OWNER, "O-3", "C2001", "phone", "+4522334455"),
        (u, RecordKind.LEAD, "L-12", None, "phone", "+4522334455"),
    ]
    assert outcome.needs_approval is False  # §4.0 step 7: own contact fields, no staff
    assert outcome.needs_confirmation is False
    assert outcome.staff_reason is None
    assert outcome.subject_refs == ("C1001", "O-3", "L-12")
    (reply,) = outcome.replies
    assert reply.template == "rectification"
    assert reply.context == {
        "nothing_found": False, "corrected": [{"field": "phone", "value": "+4522334455"}],
        "unchanged": [], "email_changed": False, "invoices_kept": False}


def test_R_AU_01_untrusted_sender_confirms_from_the_address_on_file_first():
    outcome = HANDLER.plan(facts(NEW_PHONE, trusted=False), with_customer(), SETTINGS)
    assert outcome.needs_confirmation is True
    assert outcome.needs_approval is False
    assert [i.field for i in outcome.items] == ["phone"]


def test_R_AU_01_a_new_email_address_is_updated_but_shown_to_staff_first():
    outcome = HANDLER.plan(facts(NEW_EMAIL), with_customer(contact()), SETTINGS)
    assert rows(outcome) == [
        (ItemAction.UPDATE, RecordKind.CUSTOMER, "C1001", "C1001", "email",
         "jens.nielsen@newmail.example.com"),
        (ItemAction.UPDATE, RecordKind.CONTACT, "P-9", "C3001", "email",
         "jens.nielsen@newmail.example.com"),
    ]
    assert outcome.needs_approval is True
    assert outcome.needs_confirmation is False
    assert outcome.replies[0].context["email_changed"] is True


def test_R_AU_01_no_readable_new_value_goes_to_staff():
    text = "Mine oplysninger hos jer er forkerte, ret dem venligst."
    outcome = HANDLER.plan(facts(text), with_customer(), SETTINGS)
    assert outcome.items == () and outcome.replies == ()
    assert outcome.staff_reason is not None and "no new value" in outcome.staff_reason
    assert outcome.subject_refs == ("C1001",)


def test_R_AU_01_a_contacts_title_is_updated():
    outcome = HANDLER.plan(facts(NEW_TITLE), snapshot(contact()), SETTINGS)
    assert rows(outcome) == [
        (ItemAction.UPDATE, RecordKind.CONTACT, "P-9", "C3001", "title", "Indkøbschef")]
    assert outcome.needs_approval is False
    assert "contact person record" in outcome.items[0].what
    assert "Indkøbschef" not in outcome.items[0].what + outcome.items[0].reason


def test_R_AU_01_title_goes_only_to_the_roles_that_have_one():
    outcome = HANDLER.plan(facts(NEW_TITLE), snapshot(owner(), contact()), SETTINGS)
    assert [(i.kind, i.field) for i in outcome.items] == [(RecordKind.CONTACT, "title")]


def test_R_AU_01_an_owner_has_no_title_so_staff_read_it():
    outcome = HANDLER.plan(facts(NEW_TITLE), snapshot(owner()), SETTINGS)
    assert outcome.items == () and outcome.replies == ()
    assert outcome.staff_reason is not None
    assert "title" in outcome.staff_reason and "owner" in outcome.staff_reason


def test_R_AU_01_a_lead_has_no_address_so_staff_read_it():
    outcome = HANDLER.plan(facts(NEW_ADDRESS), snapshot(lead()), SETTINGS)
    assert outcome.items == ()
    assert outcome.staff_reason is not None and "address" in outcome.staff_reason


def test_R_AU_01_an_invoice_correction_goes_to_staff():
    text = ("Min adresse er forkert på faktura F-1001, den rigtige er Smedevej 12, "
            "7100 Vejle.")
    outcome = HANDLER.plan(facts(text), with_customer(), SETTINGS)
    assert outcome.items == ()
    assert outcome.staff_reason is not None and "credit note" in outcome.staff_reason


def test_R_AU_01_future_invoices_at_a_new_address_are_no_invoice_correction():
    text = "Vi er flyttet. Send fremover fakturaer til ny adresse: Smedevej 12, 7100 Vejle"
    outcome = HANDLER.plan(facts(text), with_customer(), SETTINGS)
    assert outcome.staff_reason is None
    assert [(i.field, i.value) for i in outcome.items] == [
        ("address", "Smedevej 12, 7100 Vejle")]
    assert outcome.replies[0].context["invoices_kept"] is True  # issued ones stay as issued


def test_R_AU_01_two_different_new_values_for_one_field_go_to_staff():
    text = "Mit nye nummer er 22 33 44 55. Min kollegas nye nummer er 33 44 55 66."
    outcome = HANDLER.plan(facts(text), with_customer(), SETTINGS)
    assert outcome.items == ()
    assert outcome.staff_reason is not None and "phone" in outcome.staff_reason


def test_R_AU_01_a_value_already_on_file_changes_nothing():
    person = PersonRec(Role.LEAD, "L-12", None, None, "Jens Nielsen", ADDRESS, "+45 2233 4455")
    outcome = HANDLER.plan(facts(NEW_PHONE), snapshot(person), SETTINGS)
    assert outcome.items == ()
    assert outcome.needs_approval is False and outcome.needs_confirmation is False
    assert outcome.replies[0].context["unchanged"] == ["phone"]
    assert outcome.replies[0].context["corrected"] == []


def test_R_AU_01_nothing_found_is_answered_without_approval():
    outcome = HANDLER.plan(facts(NEW_PHONE, trusted=False), snapshot(), SETTINGS)
    assert outcome.items == ()
    assert outcome.needs_approval is False and outcome.needs_confirmation is False
    assert outcome.replies[0].template == "rectification"
    assert outcome.replies[0].context["nothing_found"] is True


def test_R_AU_01_plan_is_deterministic():
    assert HANDLER.plan(facts(NEW_EMAIL), with_customer(), SETTINGS) == HANDLER.plan(
        facts(NEW_EMAIL), with_customer(), SETTINGS)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_R_NT_01_rendered_reply_names_the_correction_recipients_and_complaint_clause(lang):
    outcome = HANDLER.plan(facts(NEW_EMAIL), with_customer(), SETTINGS)
    subject, body = render(outcome, lang)
    assert "DSR-2026-00044" in subject and "DSR-2026-00044" in body
    assert "jens.nielsen@newmail.example.com" in body  # their own new value, to them
    assert "Datatilsynet" in body and "Carl Jacobsens Vej 35" in body
    if lang == "da":
        assert "E-mailadresse: jens.nielsen@newmail.example.com" in body
        assert "giver vi dem besked om rettelsen" in body  # art. 19
        assert "nye e-mailadresse" in body
    else:
        assert "E-mail address: jens.nielsen@newmail.example.com" in body
        assert "inform them of the correction" in body
        assert "new e-mail address" in body
    assert "Smedevej" not in body and "F-1001" not in body


@pytest.mark.parametrize("lang", ["da", "en"])
def test_R_AU_01_rendered_nothing_found_reply(lang):
    _subject, body = render(HANDLER.plan(facts(NEW_PHONE), snapshot(), SETTINGS), lang)
    assert "DSR-2026-00044" in body and "Datatilsynet" in body
    assert ("ingen personoplysninger" if lang == "da" else "no personal data") in body
