"""Erasure handler (art. 17): what is deleted, what the law keeps and until when, and the
reply that says so (gdpr-dk.md §1.4, §2.6, §2.7, §4.2, §5.4, §5.5)."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

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
from handlers.contract import CaseFacts, Item, Outcome, Settings
from handlers.erasure import HANDLER

A, K = ItemAction, RecordKind
TODAY = date(2026, 3, 10)
ADDRESS = "jens@example.com"
CALENDAR = Settings(FinancialYear(), notice={}, company={})


# --- builders ------------------------------------------------------------------------------


def facts(today: date = TODAY, trusted: bool = True) -> CaseFacts:
    return CaseFacts(
        ref="DSR-2026-00042", intents=(Intent.ERASURE,), language="da",
        requester_email=ADDRESS, requester_name="Jens Nielsen",
        sender_authenticated=trusted, verified=False, received_on=today,
        due_on=date(2026, 4, 10), today=today, flags=frozenset(), text="Slet mig",
        auto=False)


def invoice(number: str, day: date | None) -> InvoiceRec:
    return InvoiceRec(number, day, 12500.0)


def qc(qc_id: int, day: date | None = None) -> QualityCheckRec:
    return QualityCheckRec(qc_id, day, "ok", "svejsning kontrolleret")


def job(ref: str, completed: date | None, invoices: tuple[InvoiceRec, ...] = (),
        checks: tuple[QualityCheckRec, ...] = ()) -> JobRec:
    return JobRec(ref, "Stålkonstruktion", None, completed, invoices, checks)


def customer(*jobs: JobRec, ref: str = "C1001") -> CustomerRec:
    return CustomerRec(ref, "person", "Jens Nielsen", None, "Smedevej 1, 7100 Vejle",
                       "+4520304050", ADDRESS, jobs)


def customer_role(ref: str = "C1001") -> PersonRec:
    return PersonRec(Role.CUSTOMER, ref, ref, "Jens Nielsen", "Jens Nielsen", ADDRESS,
                     "+4520304050", address="Smedevej 1, 7100 Vejle")


def snapshot_of(*customers: CustomerRec, roles: tuple[PersonRec, ...] = (),
                holds: tuple[HoldRec, ...] = (), suppressed: bool = False) -> Snapshot:
    people = tuple(customer_role(c.ref) for c in customers) + roles
    return Snapshot(ADDRESS, people, customers, (), holds, (), suppressed)


def hold(kind: RecordKind, ref: str, reason: str, until: date | None,
         customer_ref: str | None = "C1001") -> HoldRec:
    return HoldRec(kind.value, customer_ref, ref, reason, until, "staff:anne")


def plan(snap: Snapshot, *, today: date = TODAY, trusted: bool = True,
         cfg: Settings = CALENDAR) -> Outcome:
    return HANDLER.plan(facts(today, trusted), snap, cfg)


def items_for(outcome: Outcome, kind: RecordKind, ref: str) -> list[Item]:
    return [i for i in outcome.items if i.kind is kind and i.ref == ref]


def only(outcome: Outcome, kind: RecordKind, ref: str) -> Item:
    found = items_for(outcome, kind, ref)
    assert len(found) == 1, found
    return found[0]


def keeps(outcome: Outcome, kind: RecordKind, ref: str) -> dict[str | None, date | None]:
    """The holds an item list puts on one row: reason -> last day kept (and no DELETE)."""
    found = items_for(outcome, kind, ref)
    assert not [i for i in found if i.action is A.DELETE], found
    return {i.field: i.until for i in found if i.action is A.KEEP}


def render(outcome: Outcome, lang: str) -> str:
    """The reply as the runner renders it: case, sent_on and greeting added."""
    context = {**outcome.replies[0].context,
               "case": {"ref": "DSR-2026-00042", "received_at": "2026-03-10T08:00:00+00:00",
                        "due_at": "2026-04-10"},
               "sent_on": "2026-03-12", "requester_name": "Jens Nielsen"}
    reply = Reply(outcome.replies[0].template, lang, ADDRESS, context)
    return Renderer(Config()).render(reply, "<id@x>").get_content()


# --- worked examples (gdpr-dk.md §4.2) -------------------------------------------------------


def test_R_RT_01_invoice_2024_is_kept_until_2029_12_31_and_the_rest_deleted():
    out = plan(snapshot_of(customer(job("J-1", date(2024, 10, 14),
                                        (invoice("F-1001", date(2024, 10, 14)),),
                                        (qc(7), qc(8))))))
    assert keeps(out, K.INVOICE, "F-1001") == {"bookkeeping": date(2029, 12, 31)}
    # The job stays only as the invoice's parent; its quality checks go.
    assert keeps(out, K.JOB, "J-1") == {"bookkeeping": date(2029, 12, 31)}
    assert only(out, K.QUALITY_CHECK, "qc-7").action is A.DELETE
    assert only(out, K.QUALITY_CHECK, "qc-8").action is A.DELETE
    rows = items_for(out, K.CUSTOMER, "C1001")
    cleared = {i.field for i in rows if i.action is A.UPDATE and i.value is None}
    assert cleared == {"phone", "email"}  # name and address stay on the invoice
    assert {(i.field, i.until) for i in rows if i.action is A.KEEP} == {
        ("bookkeeping", date(2029, 12, 31))}
    assert not [i for i in rows if i.action is A.DELETE]
    assert all(i.customer_ref == "C1001" for i in out.items if i.kind is not K.SUPPRESSION)


def test_R_RT_01_invoice_dated_january_2025_for_a_december_2024_job_is_kept_until_2030():
    out = plan(snapshot_of(customer(job("J-1", date(2024, 12, 15),
                                        (invoice("F-1002", date(2025, 1, 8)),)))))
    assert keeps(out, K.INVOICE, "F-1002") == {"bookkeeping": date(2030, 12, 31)}
    assert keeps(out, K.JOB, "J-1") == {"bookkeeping": date(2030, 12, 31)}


def test_R_RT_02_jobs_in_2021_and_2024_each_invoice_keeps_its_own_date():
    out = plan(snapshot_of(customer(
        job("J-2021", date(2021, 5, 3), (invoice("F-0900", date(2021, 5, 10)),)),
        job("J-2024", date(2024, 9, 1), (invoice("F-1001", date(2024, 9, 5)),)))))
    assert keeps(out, K.INVOICE, "F-0900") == {"bookkeeping": date(2026, 12, 31)}
    assert keeps(out, K.INVOICE, "F-1001") == {"bookkeeping": date(2029, 12, 31)}
    assert keeps(out, K.JOB, "J-2021") == {"bookkeeping": date(2026, 12, 31)}
    assert keeps(out, K.JOB, "J-2024") == {"bookkeeping": date(2029, 12, 31)}
    # The customer row lasts as long as its latest kept item, not the policy date.
    assert keeps(out, K.CUSTOMER, "C1001") == {"bookkeeping": date(2029, 12, 31)}


def test_R_RT_01_an_invoice_whose_hold_has_ended_is_deleted_with_everything_else():
    out = plan(snapshot_of(customer(job("J-2019", date(2019, 6, 1),
                                        (invoice("F-0500", date(2019, 6, 1)),), (qc(3),)))))
    assert only(out, K.INVOICE, "F-0500").action is A.DELETE  # hold ended 2024-12-31
    assert only(out, K.QUALITY_CHECK, "qc-3").action is A.DELETE
    assert only(out, K.JOB, "J-2019").action is A.DELETE
    assert only(out, K.CUSTOMER, "C1001").action is A.DELETE
    assert not [i for i in out.items if i.action is A.KEEP]
    context = out.replies[0].context
    assert context["partial"] is False and context["kept"] == []


def test_R_RT_01_the_last_day_of_a_hold_still_keeps_the_invoice():
    snap = snapshot_of(customer(job("J-1", date(2021, 5, 3),
                                    (invoice("F-0900", date(2021, 5, 10)),))))
    assert keeps(plan(snap, today=date(2026, 12, 31)), K.INVOICE, "F-0900") == {
        "bookkeeping": date(2026, 12, 31)}
    assert only(plan(snap, today=date(2027, 1, 1)), K.INVOICE, "F-0900").action is A.DELETE


def test_R_RT_01_financial_year_from_july_keeps_a_march_2025_invoice_until_2030_06_30():
    july = Settings(FinancialYear.parse("07-01"), notice={}, company={})
    out = plan(snapshot_of(customer(job("J-1", date(2025, 3, 1),
                                        (invoice("F-1100", date(2025, 3, 15)),)))), cfg=july)
    assert keeps(out, K.INVOICE, "F-1100") == {"bookkeeping": date(2030, 6, 30)}


def test_R_RT_01_an_invoice_without_a_date_is_kept_open_ended_for_staff_to_date():
    out = plan(snapshot_of(customer(job("J-1", date(2024, 3, 1), (invoice("F-X", None),)))))
    item = only(out, K.INVOICE, "F-X")
    assert (item.action, item.field, item.until) == (A.KEEP, "bookkeeping", None)
    assert "staff must set the date" in item.reason
    assert out.needs_approval


# --- what keeps data: ongoing jobs and holds (R-RT-02, §2.7) -----------------------------------


def test_R_RT_02_an_ongoing_job_keeps_its_data_and_the_contact_details_it_needs():
    out = plan(snapshot_of(customer(job("J-9", None, (invoice("F-2000", date(2026, 2, 1)),),
                                        (qc(11),)))))
    assert keeps(out, K.JOB, "J-9") == {"ongoing_job": None, "bookkeeping": date(2031, 12, 31)}
    # The ongoing-job hold and the bookkeeping hold are separate: lifting one frees nothing.
    assert keeps(out, K.INVOICE, "F-2000") == {"ongoing_job": None,
                                               "bookkeeping": date(2031, 12, 31)}
    assert keeps(out, K.QUALITY_CHECK, "qc-11") == {"ongoing_job": None}
    assert keeps(out, K.CUSTOMER, "C1001")["ongoing_job"] is None  # no UPDATE clearing
    kept = out.replies[0].context["kept"]
    assert {"ground": "ongoing_job", "what": "customer_record", "until": None,
            "count": 1} in kept


def test_R_RT_02_a_staff_claims_hold_keeps_its_job_and_quality_checks_until_its_date():
    claims = hold(K.JOB, "J-1", "claims", date(2029, 10, 14))
    out = plan(snapshot_of(customer(job("J-1", date(2024, 10, 14),
                                        (invoice("F-1001", date(2024, 10, 14)),), (qc(7),)),
                                    job("J-2", date(2024, 11, 1), (), (qc(8),))),
                           holds=(claims,)))
    assert keeps(out, K.QUALITY_CHECK, "qc-7") == {"claims": date(2029, 10, 14)}
    assert keeps(out, K.JOB, "J-1") == {"bookkeeping": date(2029, 12, 31),
                                        "claims": date(2029, 10, 14)}
    assert keeps(out, K.INVOICE, "F-1001")["claims"] == date(2029, 10, 14)
    # The hold covers J-1 only: J-2 has nothing kept and goes.
    assert only(out, K.QUALITY_CHECK, "qc-8").action is A.DELETE
    assert only(out, K.JOB, "J-2").action is A.DELETE
    assert {"ground": "claims", "what": "quality_checks", "until": "2029-10-14",
            "count": 1} in out.replies[0].context["kept"]


def test_R_RT_02_a_claims_hold_that_has_ended_keeps_nothing():
    ended = hold(K.JOB, "J-1", "claims", date(2025, 12, 31))
    out = plan(snapshot_of(customer(job("J-1", date(2019, 10, 14), (), (qc(7),))),
                           holds=(ended,)))
    assert only(out, K.QUALITY_CHECK, "qc-7").action is A.DELETE
    assert only(out, K.JOB, "J-1").action is A.DELETE


def test_R_RT_02_the_policy_date_alone_keeps_nothing():
    # Job 2022: CL Smed's own policy date would be 2027-12-31, but no invoice: all goes.
    out = plan(snapshot_of(customer(job("J-1", date(2022, 6, 1), (), (qc(1),)))))
    assert {i.action for i in out.items if i.kind is not K.SUPPRESSION} == {A.DELETE}


def test_R_RS_01_a_restriction_on_a_contact_row_keeps_that_row():
    contact = PersonRec(Role.CONTACT, "P-3", "C2001", "Stål ApS", "Jens Nielsen", ADDRESS,
                        "+4520304050", title="Indkøber", employed=True)
    restricted = hold(K.CONTACT, "P-3", "restriction", None, customer_ref="C2001")
    out = plan(Snapshot(ADDRESS, (contact,), (), (), (restricted,), (), False))
    assert keeps(out, K.CONTACT, "P-3") == {"restriction": None}
    assert {"ground": "restriction", "what": "contact", "until": None,
            "count": 1} in out.replies[0].context["kept"]


# --- roles without bookkeeping material ----------------------------------------------------


def test_R_ER_01_contact_person_and_owner_are_deleted():
    contact = PersonRec(Role.CONTACT, "P-3", "C2001", "Stål ApS", "Jens Nielsen", ADDRESS,
                        "+4520304050", title="Indkøber", employed=True)
    owner = PersonRec(Role.OWNER, "O-1", "C2002", "Smed & Søn I/S", "Jens Nielsen", ADDRESS,
                      "+4520304050", address="Smedevej 1")
    out = plan(Snapshot(ADDRESS, (contact, owner), (), (), (), (), False))
    deleted = only(out, K.CONTACT, "P-3")
    assert (deleted.action, deleted.customer_ref) == (A.DELETE, "C2001")
    assert "17(1)(c)" in deleted.reason
    assert (only(out, K.OWNER, "O-1").action, only(out, K.OWNER, "O-1").customer_ref) == (
        A.DELETE, "C2002")
    context = out.replies[0].context
    assert context["names_on_documents"] is True
    assert "regnskabsbilag" in render(out, "da") and "accounting documents" in render(out, "en")


def test_R_ER_01_a_lead_is_deleted_entirely_with_no_holds():
    lead = PersonRec(Role.LEAD, "L-77", None, None, "Jens Nielsen", ADDRESS, "+4520304050",
                     company="Nielsen Byg", created=date(2025, 2, 1))
    out = plan(Snapshot(ADDRESS, (lead,), (), (), (), (), False))
    item = only(out, K.LEAD, "L-77")
    assert (item.action, item.customer_ref) == (A.DELETE, None)
    assert not [i for i in out.items if i.action is A.KEEP]
    context = out.replies[0].context
    assert context["partial"] is False and context["names_on_documents"] is False
    assert context["erased"] == [{"what": "lead", "count": 1}]
    assert "Bekræftelse af sletning" in Renderer(Config()).render(
        Reply("erasure", "da", ADDRESS, {**context, "case": {"ref": "R"}, "sent_on": "2026-03-12",
                                         "requester_name": None}), "<x@y>")["Subject"]


def test_R_OB_01_the_address_goes_on_the_marketing_opt_out_list():
    lead = PersonRec(Role.LEAD, "L-77", None, None, "Jens Nielsen", ADDRESS, None)
    out = plan(Snapshot(ADDRESS, (lead,), (), (), (), (), False))
    entry = only(out, K.SUPPRESSION, "marketing")
    assert entry.action is A.UPDATE
    again = plan(Snapshot(ADDRESS, (lead,), (), (), (), (), True))
    assert not items_for(again, K.SUPPRESSION, "marketing")  # already on the list
    assert again.replies[0].context["suppression"] is True


# --- who decides (§3.3, §4.0 step 7, R-AU-01) ------------------------------------------------


def test_R_DK_03_a_company_address_goes_to_staff():
    out = plan(Snapshot("info@staal.dk", (), (), ("C2001",), (), (), False))
    assert out.staff_reason and "C2001" in out.staff_reason
    assert out.items == () and out.replies == ()
    assert out.subject_refs == ("C2001",)


def test_R_AU_01_nothing_found_is_answered_without_approval():
    out = plan(Snapshot(ADDRESS, (), (), (), (), (), False), trusted=False)
    assert out.items == ()
    assert (out.needs_approval, out.needs_confirmation, out.staff_reason) == (False, False, None)
    assert out.replies[0].template == "erasure"
    assert out.replies[0].context["nothing_found"] is True
    da, en = render(out, "da"), render(out, "en")
    assert "ingen personoplysninger om dig" in da and "Datatilsynet" in da
    assert "we hold no personal data about you" in en


def test_R_AU_01_found_data_always_need_approval_and_subject_refs():
    lead = PersonRec(Role.LEAD, "L-77", None, None, "Jens Nielsen", ADDRESS, None)
    out = plan(snapshot_of(customer(), roles=(lead,)))
    assert out.needs_approval is True and out.needs_confirmation is False
    assert out.subject_refs == ("C1001", "L-77")


def test_R_AU_01_an_untrusted_sender_must_confirm_from_the_address_on_file():
    out = plan(snapshot_of(customer()), trusted=False)
    assert out.needs_confirmation is True and out.needs_approval is True


# --- invariants -----------------------------------------------------------------------------

PARENT_OF = {K.QUALITY_CHECK: K.JOB, K.INVOICE: K.JOB, K.JOB: K.CUSTOMER}


def _children(snap: Snapshot) -> dict[tuple[str, str], list[tuple[str, str]]]:
    tree: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for c in snap.customers:
        tree[(K.CUSTOMER, c.ref)] = [(K.JOB, j.ref) for j in c.jobs]
        for j in c.jobs:
            tree[(K.JOB, j.ref)] = ([(K.INVOICE, i.number) for i in j.invoices]
                                    + [(K.QUALITY_CHECK, f"qc-{q.id}") for q in j.quality_checks])
    return tree


def assert_no_parent_deleted_under_a_kept_child(snap: Snapshot, out: Outcome) -> None:
    position = {(i.kind, i.ref): n for n, i in enumerate(out.items) if i.action is A.DELETE}
    kept = {(i.kind, i.ref) for i in out.items if i.action is A.KEEP}
    for parent, children in _children(snap).items():
        planned = {(i.kind, i.ref) for i in out.items}
        assert parent in planned and all(c in planned for c in children)
        if parent in position:
            assert not kept & set(children), parent
            assert all(position[c] < position[parent] for c in children), parent
        assert not (parent in position and parent in kept)


def test_R_ER_01_no_row_is_deleted_while_a_child_is_kept():
    snaps = [
        snapshot_of(customer(job("J-1", date(2024, 10, 14),
                                 (invoice("F-1", date(2024, 10, 14)),), (qc(1),)),
                             job("J-2", date(2019, 1, 1), (invoice("F-2", date(2019, 1, 5)),),
                                 (qc(2),)),
                             job("J-3", None, (), (qc(3),)))),
        snapshot_of(customer(job("J-4", date(2018, 1, 1), (invoice("F-4", date(2018, 2, 1)),),
                                 (qc(4),)))),
    ]
    for snap in snaps:
        assert_no_parent_deleted_under_a_kept_child(snap, plan(snap))


days = st.one_of(st.none(), st.dates(min_value=date(2015, 1, 1), max_value=date(2026, 12, 31)))


@st.composite
def registers(draw: st.DrawFn) -> Snapshot:
    numbers = iter(range(1, 1000))
    jobs = tuple(
        job(f"J-{n}", draw(days),
            tuple(invoice(f"F-{n}-{k}", draw(days)) for k in range(draw(st.integers(0, 2)))),
            tuple(qc(next(numbers)) for _ in range(draw(st.integers(0, 2)))))
        for n in range(draw(st.integers(0, 3))))
    rows = [(K.CUSTOMER, "C1001")] + [(K.JOB, j.ref) for j in jobs]
    rows += [(K.QUALITY_CHECK, f"qc-{q.id}") for j in jobs for q in j.quality_checks]
    chosen = draw(st.lists(st.sampled_from(rows), max_size=2))
    holds = tuple(hold(kind, ref, draw(st.sampled_from(["claims", "restriction"])), draw(days))
                  for kind, ref in chosen)
    return snapshot_of(customer(*jobs), holds=holds)


@settings(max_examples=150, deadline=None)
@given(registers(), st.dates(min_value=date(2024, 1, 1), max_value=date(2032, 1, 1)))
def test_R_ER_01_no_row_is_deleted_while_a_child_is_kept_for_any_register(snap, today):
    out = plan(snap, today=today)
    assert_no_parent_deleted_under_a_kept_child(snap, out)
    assert out == plan(snap, today=today)  # deterministic
    json.dumps([r.as_dict() for r in out.replies])  # JSON values only


def test_the_reply_does_not_depend_on_today_while_the_holds_are_the_same():
    snap = snapshot_of(customer(job("J-1", date(2024, 10, 14),
                                    (invoice("F-1001", date(2024, 10, 14)),))))
    assert plan(snap, today=date(2026, 3, 10)).replies == plan(snap, today=date(2026, 9, 1)).replies


def test_items_and_replies_carry_no_personal_values():
    contact = PersonRec(Role.CONTACT, "P-3", "C2001", "Stål ApS", "Jens Nielsen", ADDRESS,
                        "+4520304050", title="Indkøber", employed=True)
    out = plan(snapshot_of(customer(job("J-1", date(2024, 10, 14),
                                        (invoice("F-1001", date(2024, 10, 14)),))),
                           roles=(contact,)))
    text = json.dumps([i.as_dict() for i in out.items] + [r.as_dict() for r in out.replies],
                      ensure_ascii=False)
    for value in ("Jens", "Nielsen", "2030405", ADDRESS, "Smedevej", "Indkøber", "Stål ApS"):
        assert value not in text


# --- the reply (§5.4, §5.5) -------------------------------------------------------------------


def test_R_RT_01_the_replies_name_the_kept_until_dates_and_the_complaint_clause():
    out = plan(snapshot_of(customer(
        job("J-2021", date(2021, 5, 3), (invoice("F-0900", date(2021, 5, 10)),), (qc(1),)),
        job("J-2024", date(2024, 12, 15), (invoice("F-1002", date(2025, 1, 8)),)))))
    reply = out.replies[0]
    assert reply.template == "erasure" and reply.context["partial"] is True
    da, en = render(out, "da"), render(out, "en")
    for text, dates in ((da, ("31. december 2026", "31. december 2030", "12. marts 2026")),
                        (en, ("31 December 2026", "31 December 2030", "12 March 2026"))):
        assert all(d in text for d in dates)
    assert "bogføringslovens § 12" in da and "artikel 17, stk. 3, litra b" in da
    assert "Datatilsynet" in da and "domstolene" in da and "DSR-2026-00042" in da
    assert "slettes derefter automatisk" in da and "spærreliste" in da
    assert "sikkerhedskopi" in da and "nye oplysninger" in da
    assert "begrænse behandlingen" in da and "indsigelse" in da
    assert "Article 17(3)(b)" in en and "Danish courts" in en and "Datatilsynet" in en
    assert "deleted automatically" in en and "restrict" in en and "object" in en
    assert "Jens Nielsen" in da  # greeting only
    assert "Smedevej" not in da and "+4520304050" not in da


def test_R_RT_02_the_reply_gives_the_ground_for_ongoing_jobs_and_claims():
    claims = hold(K.JOB, "J-1", "claims", date(2029, 10, 14))
    out = plan(snapshot_of(customer(job("J-1", date(2024, 10, 14), (), (qc(7),)),
                                    job("J-9", None)), holds=(claims,)))
    da, en = render(out, "da"), render(out, "en")
    assert "litra e" in da and "14. oktober 2029" in da and "ikke er afsluttet" in da
    assert "Article 17(3)(e)" in en and "14 October 2029" in en and "not finished" in en
