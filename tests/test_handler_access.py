"""Access handler (art. 15, gdpr-dk.md §1.2, §4.1, §5.3): the actual data, the notice items,
staff review, and nothing about anyone else."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from typing import Any

import pytest

from bot.cases.kinds import Intent, ItemAction, RecordKind
from bot.config import Config
from bot.notice import load_notice
from bot.outbound.render import Renderer, Reply
from bot.register.snapshot import (
    CustomerRec,
    HoldRec,
    InvoiceRec,
    JobRec,
    PersonRec,
    QualityCheckRec,
    RequestRec,
    Role,
    Snapshot,
    Workplace,
)
from bot.retention.dates import FinancialYear
from handlers.access import COMPANY_ADDRESS, HANDLER
from handlers.contract import CaseFacts, Outcome, ReplySpec, Settings

ADDRESS = "jens@mail.example.com"
CASE = {"ref": "DSR-2026-00042", "received_at": "2026-03-02T08:00:00+00:00",
        "due_at": "2026-04-02"}
NOTICE = load_notice()


def facts(*intents: Intent, language: str = "da", trusted: bool = True) -> CaseFacts:
    return CaseFacts(
        ref=CASE["ref"], intents=intents or (Intent.ACCESS,), language=language,
        requester_email=ADDRESS, requester_name="Jens Nielsen",
        sender_authenticated=trusted, verified=False, received_on=date(2026, 3, 2),
        due_on=date(2026, 4, 2), today=date(2026, 3, 2), flags=frozenset(),
        text="Send mig de oplysninger, I har om mig.", auto=False)


def settings(review: bool = True) -> Settings:
    return Settings(financial_year=FinancialYear(), notice=NOTICE,
                    company={"name": "CL Smed A/S"}, review_extracts=review)


def customer() -> tuple[PersonRec, CustomerRec]:
    job = JobRec("J-100", "Nyt gelænder", date(2024, 9, 2), date(2024, 10, 10),
                 (InvoiceRec("F-1001", date(2024, 10, 14), 12500.0),),
                 (QualityCheckRec(5, date(2024, 10, 10), "godkendt", "Svejsninger set efter"),))
    person = PersonRec(Role.CUSTOMER, "C1001", "C1001", "Jens Nielsen", "Jens Nielsen", ADDRESS,
                       "+45 20 30 40 50", address="Åbakken 3, 7100 Vejle")
    return person, CustomerRec("C1001", "person", "Jens Nielsen", None, "Åbakken 3, 7100 Vejle",
                               "+45 20 30 40 50", ADDRESS, (job,))


def contact() -> PersonRec:
    return PersonRec(Role.CONTACT, "P-7", "C2001", "Vejle Byg A/S", "Jens Nielsen", ADDRESS,
                     "+45 40 50 60 70", title="Indkøber", employed=True)


def owner() -> PersonRec:
    return PersonRec(Role.OWNER, "O-3", "C2002", "Nielsen Smede ApS", "Jens Nielsen", ADDRESS,
                     None, address="Åbakken 3, 7100 Vejle")


def lead() -> PersonRec:
    return PersonRec(Role.LEAD, "L-9", None, None, "Jens Nielsen", ADDRESS, None,
                     company="Nielsen Smede ApS", created=date(2025, 5, 1))


BOOKKEEPING = HoldRec("invoice", "C1001", "F-1001", "bookkeeping", date(2029, 12, 31), "rule")
REQUEST = RequestRec("DSR-2026-00042", date(2026, 3, 2), ("access",), "open")


def snapshot(*roles: PersonRec, customers: tuple[CustomerRec, ...] = (),
             holds: tuple[HoldRec, ...] = (), requests: tuple[RequestRec, ...] = (REQUEST,),
             company_refs: tuple[str, ...] = (), suppressed: bool = False,
             workplaces: tuple[Workplace, ...] = ()) -> Snapshot:
    return Snapshot(ADDRESS, roles, customers, company_refs, holds, requests, suppressed,
                    workplaces)


def customer_snapshot(**kw: Any) -> Snapshot:
    person, record = customer()
    return snapshot(person, customers=(record,), holds=(BOOKKEEPING,), **kw)


def render(reply: ReplySpec, lang: str) -> str:
    """The reply as the runner renders it: its context plus case, date and greeting name."""
    context = {"case": CASE, "sent_on": "2026-03-20", "requester_name": "Jens Nielsen",
               **reply.context}
    msg = Renderer(Config()).render(Reply(reply.template, lang, ADDRESS, context), "<t@x>")
    assert "{{" not in msg.get_content()
    return f"{msg['Subject']}\n{msg.get_content()}"


def attachment(outcome: Outcome, name: str) -> str:
    found = {a.filename: a for a in outcome.replies[0].attachments}
    return found[name].text


def sends(outcome: Outcome) -> list[tuple[ItemAction, RecordKind, str, str | None]]:
    return [(i.action, i.kind, i.ref, i.customer_ref) for i in outcome.items]


# --- what is sent ----------------------------------------------------------------------


def test_r_ac_02_a_customer_gets_every_record_as_a_send_item():
    outcome = HANDLER.plan(facts(), customer_snapshot(), settings())
    assert sends(outcome) == [
        (ItemAction.SEND, RecordKind.CUSTOMER, "C1001", "C1001"),
        (ItemAction.SEND, RecordKind.JOB, "J-100", "C1001"),
        (ItemAction.SEND, RecordKind.INVOICE, "F-1001", "C1001"),
        (ItemAction.SEND, RecordKind.QUALITY_CHECK, "qc-5", "C1001"),
        (ItemAction.SEND, RecordKind.REQUEST_LOG, "DSR-2026-00042", None),
    ]
    assert outcome.subject_refs == ("C1001",)
    assert [r.template for r in outcome.replies] == ["access"]
    for item in outcome.items:  # staff texts name records, never the person's values
        assert "Jens" not in item.what and "Åbakken" not in item.what
        assert item.until is None


def test_r_ac_02_each_role_and_the_opt_out_are_in_the_copy():
    person, record = customer()
    outcome = HANDLER.plan(facts(), snapshot(person, contact(), owner(), lead(),
                                             customers=(record,), suppressed=True), settings())
    kinds = [(i.kind, i.ref) for i in outcome.items]
    assert (RecordKind.CONTACT, "P-7") in kinds and (RecordKind.OWNER, "O-3") in kinds
    assert (RecordKind.LEAD, "L-9") in kinds and (RecordKind.SUPPRESSION, "marketing") in kinds
    assert outcome.subject_refs == ("C1001", "P-7", "O-3", "L-9")


def test_r_au_01_staff_review_the_extract_unless_configured_off():
    assert HANDLER.plan(facts(), customer_snapshot(), settings()).needs_approval is True
    assert HANDLER.plan(facts(), customer_snapshot(), settings(False)).needs_approval is False


def test_r_sec_01_no_confirmation_round_trip_the_copy_goes_to_the_address_on_file():
    outcome = HANDLER.plan(facts(trusted=False), customer_snapshot(), settings())
    assert outcome.needs_confirmation is False and outcome.staff_reason is None
    assert outcome.replies[0].to is None


def test_the_plan_is_deterministic_and_json_only():
    first = HANDLER.plan(facts(), customer_snapshot(), settings())
    again = HANDLER.plan(facts(), customer_snapshot(), settings())
    assert first == again
    json.dumps([r.as_dict() for r in first.replies])


# --- the attachments (R-AC-02, §5.3 copy in a common electronic format) ----------------


def test_r_ac_02_json_attachment_holds_the_actual_data_in_a_stable_order():
    outcome = HANDLER.plan(facts(), customer_snapshot(), settings())
    text = attachment(outcome, "extract.json")
    data = json.loads(text)
    assert "Åbakken" in text  # UTF-8, not \u escapes
    first = data["records"][0]
    assert list(first) == ["section", "ref", "customer_ref", "fields", "restricted"]
    assert first["fields"] == {"name": "Jens Nielsen", "address": "Åbakken 3, 7100 Vejle",
                               "phone": "+45 20 30 40 50", "email": ADDRESS, "cvr": None}
    invoice = data["records"][2]
    assert invoice["fields"] == {"job": "J-100", "date": "2024-10-14", "amount_dkk": 12500.0}
    assert invoice["restricted"] == [{"reason": "bookkeeping", "until": "2029-12-31"}]
    check = data["records"][3]
    assert check["fields"]["notes"] == "Svejsninger set efter"
    request = data["records"][4]
    assert request == {"section": "request_log", "ref": "DSR-2026-00042", "customer_ref": None,
                       "fields": {"received": "2026-03-02", "intents": ["access"],
                                  "status": "open"}, "restricted": []}
    assert [a.content_type for a in outcome.replies[0].attachments] == ["application/json",
                                                                          "text/csv"]


def test_r_pt_01_csv_attachment_has_a_header_and_one_row_per_field():
    text = attachment(HANDLER.plan(facts(), customer_snapshot(), settings()), "extract.csv")
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == ["section", "ref", "customer_ref", "field", "value"]
    assert ["customer", "C1001", "C1001", "address", "Åbakken 3, 7100 Vejle"] in rows
    assert ["customer", "C1001", "C1001", "cvr", ""] in rows
    assert ["invoice", "F-1001", "C1001", "amount_dkk", "12500.00"] in rows
    assert ["invoice", "F-1001", "C1001", "restricted_reason", "bookkeeping"] in rows
    assert ["invoice", "F-1001", "C1001", "restricted_until", "2029-12-31"] in rows
    assert ["request_log", "DSR-2026-00042", "", "intents", "access"] in rows
    assert all(len(row) == 5 for row in rows)


# --- art. 15(4): nobody else's data ---------------------------------------------------


def test_r_ac_15_4_a_contact_person_sees_not_the_colleagues():
    colleague = PersonRec(Role.CONTACT, "P-8", "C2001", "Vejle Byg A/S", "Ole Olsen",
                          "ole@vejlebyg.dk", "+45 11 22 33 44", title="Formand")
    place = Workplace("C2001", "Vejle Byg A/S", "on_file", (contact(), colleague))
    outcome = HANDLER.plan(facts(), snapshot(contact(), workplaces=(place,)), settings())
    everything = json.dumps([r.as_dict() for r in outcome.replies], ensure_ascii=False)
    assert "Ole" not in everything and "P-8" not in everything and "Formand" not in everything
    data = json.loads(attachment(outcome, "extract.json"))
    assert data["records"][0]["fields"] == {
        "customer": "Vejle Byg A/S", "name": "Jens Nielsen", "title": "Indkøber",
        "phone": "+45 40 50 60 70", "email": ADDRESS, "employed": True}
    assert data["records"][0]["customer_ref"] == "C2001"


def test_r_ac_15_4_an_owner_gets_only_their_own_record_not_the_company_or_other_owners():
    outcome = HANDLER.plan(facts(), snapshot(owner(), company_refs=("C2002",)), settings())
    data = json.loads(attachment(outcome, "extract.json"))
    assert [(r["section"], r["ref"]) for r in data["records"]] == [
        ("owner", "O-3"), ("request_log", "DSR-2026-00042")]
    assert data["records"][0]["fields"] == {
        "customer": "Nielsen Smede ApS", "name": "Jens Nielsen",
        "address": "Åbakken 3, 7100 Vejle", "phone": None, "email": ADDRESS}
    assert outcome.subject_refs == ("O-3",)


def test_holds_on_other_rows_of_the_same_ref_are_not_shown():
    other = HoldRec("job", "C9999", "J-100", "claims", date(2029, 10, 1), "staff:anne")
    person, record = customer()
    outcome = HANDLER.plan(facts(), snapshot(person, customers=(record,),
                                             holds=(BOOKKEEPING, other)), settings())
    data = json.loads(attachment(outcome, "extract.json"))
    assert data["records"][1]["restricted"] == []


# --- the reply (§5.3) -----------------------------------------------------------------


def test_r_ac_5_3_context_holds_the_copy_the_notice_and_portability_for_customers():
    outcome = HANDLER.plan(facts(language="en"), customer_snapshot(), settings())
    context = outcome.replies[0].context
    assert context["notice"] == NOTICE["en"]
    assert context["portability_applies"] is True and context["restricted"] is True
    assert context["sections"][2] == {
        "heading": "Invoice F-1001 (job J-100)",
        "fields": [{"label": "Job", "value": "J-100"},
                   {"label": "Date", "value": "14 October 2024"},
                   {"label": "Amount", "value": "DKK 12,500.00"}],
        "holds": ["Restricted: stored only (bookkeeping duty, Danish Bookkeeping Act § 12) "
                  "until 31 December 2029 inclusive"]}
    contact_only = HANDLER.plan(facts(), snapshot(contact()), settings()).replies[0].context
    assert contact_only["portability_applies"] is False and contact_only["restricted"] is False


def test_r_ac_5_3_danish_reply_gives_the_copy_and_every_item():
    body = render(HANDLER.plan(facts(), customer_snapshot(), settings()).replies[0], "da")
    for text in ("Svar på din anmodning om indsigt [DSR-2026-00042]", "Kære Jens Nielsen",
                 "Ja, vi behandler personoplysninger om dig",
                 "Dig som kunde (kundenummer C1001)", "Adresse: Åbakken 3, 7100 Vejle",
                 "Beløb: 12.500,00 kr.", "Dato: 14. oktober 2024",
                 "Begrænset: opbevares kun (bogføringspligt, bogføringsloven § 12) til og med "
                 "31. december 2029", "Bemærkninger: Svejsninger set efter",
                 "Din henvendelse DSR-2026-00042", "Anmodning om: indsigt",
                 "extract.json og extract.csv", "litra b", "litra f", "vores revisor",
                 "databehandlere", "uden for EU/EØS", "udgangen af kalenderåret",
                 "ikke længere er ansat", "din arbejdsgiver", "Ret til berigtigelse",
                 "Ret til sletning", "Ret til begrænsning", "Ret til dataportabilitet",
                 "Din ret til indsigelse", "ingen automatiske afgørelser", "Kopien er gratis",
                 "Datatilsynet", "privacy@clsmed.dk"):
        assert text in body, text


def test_r_ac_5_3_english_reply_gives_the_copy_and_every_item():
    outcome = HANDLER.plan(facts(language="en"), snapshot(contact()), settings())
    body = render(outcome.replies[0], "en")
    for text in ("Reply to your request for access to your personal data [DSR-2026-00042]",
                 "Yes, we process personal data about you",
                 "You as a contact person (registered as P-7) at customer C2001",
                 "Customer (company): Vejle Byg A/S", "Title: Indkøber",
                 "Employed by the customer: yes", "extract.json and extract.csv",
                 "6(1)(f)", "auditor", "processors", "outside the EU/EEA",
                 "end of the calendar year", "Right to rectification", "Right to erasure",
                 "Right to restriction", "Your right to object", "no automated decisions",
                 "Datatilsynet"):
        assert text in body, text
    assert "Right to data portability" not in body  # a contact person has no art. 20 right
    assert "Restricted" not in body


def test_recipients_named_in_the_notice_are_printed_with_their_role():
    notice = {lang: {**NOTICE[lang], "recipients": [
        {"name": "Revision Vejle", "role": "Professionelle rådgivere, herunder vores revisor"}]}
        for lang in NOTICE}
    named = Settings(FinancialYear(), notice, {}, True)
    body = render(HANDLER.plan(facts(), snapshot(contact()), named).replies[0], "da")
    assert "  - Professionelle rådgivere, herunder vores revisor: Revision Vejle\n" in body


# --- nothing found ---------------------------------------------------------------------


def test_no_data_is_a_truthful_answer_without_approval():
    outcome = HANDLER.plan(facts(), snapshot(requests=()), settings())
    assert outcome.items == () and outcome.needs_approval is False
    assert outcome.staff_reason is None and outcome.subject_refs == ()
    [reply] = outcome.replies
    assert reply.template == "no_data" and reply.attachments == ()
    assert reply.context == {"address": ADDRESS, "intents": ["access"]}


@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_data_reply_asks_for_another_address_and_says_nothing_of_others(lang):
    body = render(HANDLER.plan(facts(language=lang), snapshot(requests=()),
                               settings()).replies[0], lang)
    words = {"da": ("ingen personoplysninger registreret", ADDRESS, "anden e-mailadresse",
                    "kontaktperson", "Datatilsynet", "DSR-2026-00042"),
             "en": ("we hold no personal data linked to", ADDRESS, "another e-mail address",
                    "contact person", "Datatilsynet", "DSR-2026-00042")}[lang]
    for text in words:
        assert text in body, text


def test_no_data_names_both_rights_when_both_are_asked():
    outcome = HANDLER.plan(facts(Intent.ACCESS, Intent.PORTABILITY), snapshot(requests=()),
                           settings())
    assert outcome.replies[0].context["intents"] == ["access", "portability"]
    assert "anmodning om indsigt og dataportabilitet" in render(outcome.replies[0], "da")


def test_r_dk_03_a_company_address_goes_to_staff():
    outcome = HANDLER.plan(facts(), snapshot(company_refs=("C2001",)), settings())
    assert outcome.staff_reason == COMPANY_ADDRESS
    assert outcome.items == () and outcome.replies == ()
