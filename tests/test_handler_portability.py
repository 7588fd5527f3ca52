"""Portability handler (art. 20, gdpr-dk.md §1.7, §4.7): a machine-readable export for
natural-person customers, the art. 15 copy instead for everyone else (R-PT-02)."""

from __future__ import annotations

import csv
import io
import json

import pytest

from bot.cases.kinds import Intent, ItemAction, RecordKind
from handlers.access import COMPANY_ADDRESS
from handlers.portability import HANDLER
from tests.test_handler_access import (
    ADDRESS,
    attachment,
    contact,
    customer,
    customer_snapshot,
    facts,
    lead,
    owner,
    render,
    settings,
    snapshot,
)

PORT = (Intent.PORTABILITY,)
BOTH = (Intent.ACCESS, Intent.PORTABILITY)


def names(outcome) -> list[str]:
    return [a.filename for a in outcome.replies[0].attachments]


# --- a natural-person customer: the right applies -------------------------------------


def test_r_pt_01_a_customer_gets_json_and_csv_of_what_they_provided():
    outcome = HANDLER.plan(facts(*PORT), customer_snapshot(), settings())
    assert [(i.action, i.kind, i.ref, i.customer_ref) for i in outcome.items] == [
        (ItemAction.SEND, RecordKind.CUSTOMER, "C1001", "C1001"),
        (ItemAction.SEND, RecordKind.JOB, "J-100", "C1001"),
        (ItemAction.SEND, RecordKind.INVOICE, "F-1001", "C1001"),
    ]  # quality checks and the bot's own records are not data the person provided
    assert all(i.reason == "portability export (art. 20)" for i in outcome.items)
    assert outcome.needs_approval is True and outcome.needs_confirmation is False
    assert outcome.subject_refs == ("C1001",)
    [reply] = outcome.replies
    assert reply.template == "portability" and names(outcome) == ["portability.json",
                                                                   "portability.csv"]
    assert reply.context["applied"] == "portability"
    assert reply.context["included"] == ["Dig som kunde (kundenummer C1001)",
                                         "Job J-100 (kunde C1001)", "Faktura F-1001 (job J-100)"]


def test_r_pt_01_the_files_are_structured_utf8_with_a_header_row():
    outcome = HANDLER.plan(facts(*PORT), customer_snapshot(), settings())
    data = json.loads(attachment(outcome, "portability.json"))
    assert [r["section"] for r in data["records"]] == ["customer", "job", "invoice"]
    assert data["records"][0]["fields"]["address"] == "Åbakken 3, 7100 Vejle"
    rows = list(csv.reader(io.StringIO(attachment(outcome, "portability.csv"))))
    assert rows[0] == ["section", "ref", "customer_ref", "field", "value"]
    assert ["job", "J-100", "C1001", "title", "Nyt gelænder"] in rows
    assert not any(row[0] == "quality_check" for row in rows)


@pytest.mark.parametrize("lang", ["da", "en"])
def test_r_pt_01_the_reply_names_the_files_and_direct_transfer(lang):
    outcome = HANDLER.plan(facts(*PORT, language=lang), customer_snapshot(), settings())
    body = render(outcome.replies[0], lang)
    words = {"da": ("Svar på din anmodning om dataportabilitet [DSR-2026-00042]",
                    "portability.json", "portability.csv", "maskinlæsbare",
                    "Faktura F-1001 (job J-100)", "direkte til en anden virksomhed",
                    "Datatilsynet"),
             "en": ("Reply to your request for data portability [DSR-2026-00042]",
                    "portability.json", "portability.csv", "machine-readable",
                    "Invoice F-1001 (job J-100)", "directly to another company",
                    "Datatilsynet")}[lang]
    for text in words:
        assert text in body, text
    assert "Åbakken" not in body  # the data travel in the files, not in the mail


def test_r_pt_01_with_access_too_the_copy_is_not_attached_twice():
    outcome = HANDLER.plan(facts(*BOTH), customer_snapshot(), settings())
    assert names(outcome) == ["portability.json", "portability.csv"]
    assert outcome.replies[0].context["copy_in_access_reply"] is True
    body = render(outcome.replies[0], "da")
    assert "svar på den anmodning, som vi sender i en særskilt mail" in body
    assert "extract.json" not in body


def test_r_pt_02_a_customer_who_is_also_a_contact_hears_which_data_are_not_covered():
    person, record = customer()
    outcome = HANDLER.plan(facts(*PORT, language="en"),
                           snapshot(person, contact(), customers=(record,)), settings())
    assert [i.kind for i in outcome.items] == [RecordKind.CUSTOMER, RecordKind.JOB,
                                               RecordKind.INVOICE]
    assert outcome.replies[0].context["other_roles"] == ["contact"]
    body = render(outcome.replies[0], "en")
    assert "also registered with us as a contact person at one of our customers" in body
    assert "you can ask for access (Article 15)" in body


# --- owners, contact persons, leads: the right does not apply ---------------------------


def test_r_pt_02_a_contact_person_gets_the_art_15_copy_instead():
    outcome = HANDLER.plan(facts(*PORT), snapshot(contact()), settings())
    assert [(i.action, i.kind, i.ref) for i in outcome.items] == [
        (ItemAction.SEND, RecordKind.CONTACT, "P-7"),
        (ItemAction.SEND, RecordKind.REQUEST_LOG, "DSR-2026-00042")]
    assert "instead of portability" in outcome.items[0].reason
    assert outcome.needs_approval is True
    assert names(outcome) == ["extract.json", "extract.csv"]
    context = outcome.replies[0].context
    assert context["applied"] == "access" and context["other_roles"] == ["contact"]
    assert context["portability_applies"] is False and context["sections"]
    body = render(outcome.replies[0], "da")
    for text in ("gælder retten til dataportabilitet ikke for dig", "litra f",
                 "kontaktperson hos en af vores kunder", "din ret til indsigt (artikel 15)",
                 "Kunde (virksomhed): Vejle Byg A/S", "extract.json og extract.csv",
                 "udgangen af kalenderåret", "Din ret til indsigelse", "Datatilsynet"):
        assert text in body, text
    assert "Ret til dataportabilitet" not in body


def test_r_pt_02_owner_and_lead_in_english():
    outcome = HANDLER.plan(facts(*PORT, language="en"), snapshot(owner(), lead()), settings())
    assert outcome.replies[0].context["other_roles"] == ["lead", "owner"]
    body = render(outcome.replies[0], "en")
    assert ("registered with us as a lead (a possible customer) and an owner at one of our "
            "customers") in body
    assert "therefore does not apply to you" in body and "right of access (Article 15)" in body
    assert "You as an owner (registered as O-3) at customer C2002" in body


def test_r_pt_02_with_access_too_the_copy_travels_in_the_access_reply_only():
    outcome = HANDLER.plan(facts(*BOTH), snapshot(contact()), settings())
    assert outcome.items == () and names(outcome) == []
    assert outcome.needs_approval is True  # a right declined: staff see it
    for lang, text in (("da", "får du i vores svar på den anmodning"),
                       ("en", "are in our reply to that request")):
        body = render(HANDLER.plan(facts(*BOTH, language=lang), snapshot(contact()),
                                   settings()).replies[0], lang)
        assert text in body and "extract.json" not in body


# --- nothing found ---------------------------------------------------------------------


def test_no_data_shares_the_access_template():
    outcome = HANDLER.plan(facts(*PORT), snapshot(requests=()), settings())
    assert outcome.needs_approval is False and outcome.items == ()
    [reply] = outcome.replies
    assert reply.template == "no_data"
    assert reply.context == {"address": ADDRESS, "intents": ["portability"]}
    assert "Svar på din anmodning om dataportabilitet" in render(reply, "da")


def test_no_data_with_access_too_leaves_the_one_answer_to_the_access_handler():
    outcome = HANDLER.plan(facts(*BOTH), snapshot(requests=()), settings())
    assert outcome.replies == () and outcome.items == () and outcome.staff_reason is None
    assert outcome.needs_approval is False


def test_r_dk_03_a_company_address_goes_to_staff():
    outcome = HANDLER.plan(facts(*PORT), snapshot(company_refs=("C2001",)), settings())
    assert outcome.staff_reason == COMPANY_ADDRESS and outcome.replies == ()


def test_the_plan_is_deterministic():
    assert (HANDLER.plan(facts(*PORT), customer_snapshot(), settings())
            == HANDLER.plan(facts(*PORT), customer_snapshot(), settings()))
