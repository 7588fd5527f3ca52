"""The contact_left handler: a contact person who left the customer is deleted (gdpr-dk.md §4.3,
CL Smed's notice: "Kontaktpersoner slettes hurtigst muligt, efter vi er blevet bekendt med, at de
ikke længere er ansat hos kunden")."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from bot.cases.kinds import Intent, ItemAction, RecordKind
from bot.config import Config
from bot.outbound.render import Renderer, Reply
from bot.register.snapshot import PersonRec, Role, Snapshot, Workplace
from bot.retention.dates import FinancialYear
from handlers.contact_left import HANDLER, NOT_TIED, REASON, WHAT
from handlers.contract import CaseFacts, Departure, Outcome, Settings

REPORTER = "anne@jensen-byg.dk"
SETTINGS = Settings(financial_year=FinancialYear(), notice={}, company={})


def contact(ref: str, name: str | None, email: str | None = None, customer: str = "C1001",
            title: str | None = "Indkøber", phone: str | None = "+4520304050") -> PersonRec:
    return PersonRec(Role.CONTACT, ref, customer, "Jensen Byg ApS", name, email, phone,
                     title=title, employed=True)


ANNE = contact("K1", "Anne Holm", REPORTER, title="Bogholder", phone="+4511111111")
MORTEN = contact("K2", "Morten Jensen", "mj@jensen-byg.dk", title="Værkfører",
                 phone="+4522222222")
SOEREN = contact("K3", "Søren Ågaard", "sa@jensen-byg.dk")
CHRISTIAN = contact("K4", "Christian Madsen", None)


def workplace(*contacts: PersonRec, customer: str = "C1001", tie: str = "on_file") -> Workplace:
    return Workplace(customer, "Jensen Byg ApS", tie, contacts)


def snapshot(*places: Workplace, roles: tuple[PersonRec, ...] = (ANNE,),
             address: str | None = REPORTER) -> Snapshot:
    return Snapshot(address, roles, (), (), (), (), False, workplaces=places)


def facts(*departed: Departure, sender: str = REPORTER, auto: bool = False,
          authenticated: bool = True, language: str = "da") -> CaseFacts:
    return CaseFacts(
        ref="DSR-2026-00042", intents=(Intent.CONTACT_LEFT,), language=language,
        requester_email=sender, requester_name="Anne Holm", sender_authenticated=authenticated,
        verified=False, received_on=date(2026, 2, 2), due_on=date(2026, 3, 2),
        today=date(2026, 2, 2), flags=frozenset(), text="", auto=auto, departed=departed,
    )


def left(name: str | None = None, email: str | None = None) -> Departure:
    return Departure(name, email)


HOME = workplace(ANNE, MORTEN, SOEREN, CHRISTIAN)


def plan(f: CaseFacts, s: Snapshot) -> Outcome:
    return HANDLER.plan(f, s, SETTINGS)


def deleted(outcome: Outcome) -> list[tuple[ItemAction, RecordKind, str, str | None]]:
    return [(i.action, i.kind, i.ref, i.customer_ref) for i in outcome.items]


def render(outcome: Outcome, lang: str) -> tuple[str, str]:
    (reply,) = outcome.replies
    context = {**reply.context, "case": {"ref": "DSR-2026-00042",
                                         "received_at": "2026-02-02T09:00:00+00:00",
                                         "due_at": "2026-03-02"},
               "sent_on": "2026-02-03", "requester_name": "Anne Holm"}
    msg = Renderer(Config()).render(Reply(reply.template, lang, REPORTER, context), "<id@x>")
    return str(msg["Subject"]), msg.get_content()


def assert_deletes_only(outcome: Outcome, *people: PersonRec) -> None:
    assert outcome.staff_reason is None
    assert deleted(outcome) == [(ItemAction.DELETE, RecordKind.CONTACT, p.ref, p.customer_ref)
                                for p in people]
    assert outcome.subject_refs == tuple(p.ref for p in people)


def test_handler_is_registered_for_contact_left():
    assert HANDLER.intent is Intent.CONTACT_LEFT


def test_r_4_3_reporter_on_file_reports_by_name_deletes_and_answers_the_reporter():
    outcome = plan(facts(left("Morten Jensen")), snapshot(HOME))
    assert_deletes_only(outcome, MORTEN)
    item = outcome.items[0]
    assert (item.what, item.reason, item.until) == (WHAT, REASON, None)
    assert outcome.needs_approval and not outcome.needs_confirmation
    (reply,) = outcome.replies
    assert (reply.template, reply.to, reply.kind) == ("contact_left", None, "answer")
    assert reply.context == {"self_report": False, "names": ["Morten Jensen"], "count": 1}


def test_r_4_3_departed_found_by_email_case_insensitive():
    outcome = plan(facts(left(email="MJ@Jensen-Byg.dk")), snapshot(HOME))
    assert_deletes_only(outcome, MORTEN)
    # No name was written, so the reply names nobody (the address is not repeated).
    assert outcome.replies[0].context["names"] == []


def test_r_4_3_email_wins_over_a_name_that_matches_someone_else():
    outcome = plan(facts(left("Søren Ågaard", "mj@jensen-byg.dk")), snapshot(HOME))
    assert_deletes_only(outcome, MORTEN)


def test_r_4_3_unknown_email_falls_back_to_the_name():
    outcome = plan(facts(left("Morten Jensen", "morten@private.example")), snapshot(HOME))
    assert_deletes_only(outcome, MORTEN)


def test_r_4_3_ascii_spelling_of_danish_letters_matches():
    outcome = plan(facts(left("Soeren Aagaard")), snapshot(HOME))
    assert_deletes_only(outcome, SOEREN)


def test_r_4_3_initial_and_surname_matches():
    outcome = plan(facts(left("M. Jensen")), snapshot(HOME))
    assert_deletes_only(outcome, MORTEN)


def test_r_4_3_nickname_matches():
    outcome = plan(facts(left("Chris Madsen")), snapshot(HOME))
    assert_deletes_only(outcome, CHRISTIAN)


def test_r_4_3_unique_first_name_alone_matches():
    outcome = plan(facts(left("Morten")), snapshot(HOME))
    assert_deletes_only(outcome, MORTEN)


def test_r_4_3_first_name_shared_by_two_contacts_goes_to_staff():
    other = contact("K5", "Morten Hansen", "mh@jensen-byg.dk")
    outcome = plan(facts(left("Morten")), snapshot(workplace(ANNE, MORTEN, other)))
    assert outcome.items == () and outcome.replies == ()
    assert outcome.staff_reason is not None
    assert "K2" in outcome.staff_reason and "K5" in outcome.staff_reason
    assert "Morten" not in outcome.staff_reason


def test_r_4_3_surname_alone_is_not_enough():
    outcome = plan(facts(left("Jensen")), snapshot(HOME))
    assert outcome.items == () and outcome.staff_reason is not None


def test_r_4_3_same_domain_reporter_is_tied_to_the_customer():
    sender = "ole@jensen-byg.dk"  # not on file, but the customer's own mail domain
    outcome = plan(facts(left("Morten Jensen"), sender=sender),
                   snapshot(workplace(ANNE, MORTEN, tie="domain"), roles=(), address=sender))
    assert_deletes_only(outcome, MORTEN)
    assert outcome.replies[0].to is None


def test_r_4_3_reporter_from_another_company_is_not_tied():
    sender = "kim@andet-firma.dk"
    outcome = plan(facts(left("Morten Jensen", "mj@jensen-byg.dk"), sender=sender),
                   snapshot(roles=(), address=sender))
    assert outcome == plan(facts(left("Morten Jensen"), sender=sender),
                           snapshot(roles=(), address=sender))
    assert outcome.staff_reason == NOT_TIED
    assert outcome.items == () and outcome.replies == ()


def test_r_4_3_free_mail_reporter_is_not_tied():
    sender = "anne.holm@gmail.com"  # the snapshot never gives a free-mail sender a workplace
    outcome = plan(facts(left("Morten Jensen"), sender=sender),
                   snapshot(roles=(), address=sender))
    assert outcome.staff_reason == NOT_TIED and outcome.items == ()


def test_r_4_3_namesake_at_another_customer_is_never_chosen():
    # The reporter's own customer has no Morten Jensen; the one at C2002 is not in the
    # reporter's workplaces and must stay untouched.
    namesake = contact("K9", "Morten Jensen", "mj@andet-firma.dk", customer="C2002")
    outcome = plan(facts(left("Morten Jensen")),
                   snapshot(workplace(ANNE, SOEREN)))
    assert outcome.items == () and outcome.replies == ()
    assert outcome.staff_reason is not None and namesake.ref not in outcome.staff_reason


def test_r_4_3_a_lead_or_owner_with_the_same_name_is_untouched():
    lead = PersonRec(Role.LEAD, "L7", None, None, "Morten Jensen", "mj@jensen-byg.dk", None)
    owner = PersonRec(Role.OWNER, "O3", "C1001", "Jensen Byg ApS", "Morten Jensen",
                      "mj@jensen-byg.dk", None)
    place = Workplace("C1001", "Jensen Byg ApS", "on_file", (ANNE, lead, owner))
    outcome = plan(facts(left("Morten Jensen", "mj@jensen-byg.dk")),
                   snapshot(place, roles=(ANNE, lead, owner)))
    assert outcome.items == () and outcome.staff_reason is not None


def test_r_4_3_lead_namesake_beside_the_contact_is_not_deleted():
    lead = PersonRec(Role.LEAD, "L7", None, None, "Morten Jensen", None, None)
    outcome = plan(facts(left("Morten Jensen")), snapshot(workplace(ANNE, MORTEN, lead)))
    assert_deletes_only(outcome, MORTEN)


def test_r_4_3_auto_reply_plans_the_deletion_without_any_reply():
    sender = "mj@jensen-byg.dk"  # the departed person's own mailbox answered automatically
    outcome = plan(facts(left("Morten Jensen", sender), sender=sender, auto=True,
                         authenticated=False),
                   snapshot(HOME, roles=(MORTEN,), address=sender))
    assert_deletes_only(outcome, MORTEN)
    assert outcome.replies == ()
    assert outcome.needs_approval and not outcome.needs_confirmation


def test_r_4_3_auto_reply_from_a_colleague_address_has_no_reply_either():
    outcome = plan(facts(left("Morten Jensen"), auto=True), snapshot(HOME))
    assert_deletes_only(outcome, MORTEN)
    assert outcome.replies == ()


def test_r_4_3_step5_the_departed_person_reports_their_own_departure():
    sender = "mj@jensen-byg.dk"
    outcome = plan(facts(left("Morten Jensen", sender), sender=sender, authenticated=False),
                   snapshot(HOME, roles=(MORTEN,), address=sender))
    assert_deletes_only(outcome, MORTEN)
    assert outcome.needs_approval and outcome.needs_confirmation
    (reply,) = outcome.replies
    assert reply.context == {"self_report": True, "names": [], "count": 1}
    assert reply.to is None


def test_r_4_3_step5_trusted_self_report_needs_no_confirmation():
    sender = "mj@jensen-byg.dk"
    outcome = plan(facts(left(email=sender), sender=sender),
                   snapshot(roles=(MORTEN,), address=sender))
    assert_deletes_only(outcome, MORTEN)
    assert not outcome.needs_confirmation
    assert outcome.replies[0].context["self_report"] is True


def test_r_4_3_step5_self_report_by_name_matches_the_senders_own_row():
    sender = "mj@jensen-byg.dk"
    outcome = plan(facts(left("Morten Jensen"), sender=sender, authenticated=False),
                   snapshot(HOME, roles=(MORTEN,), address=sender))
    assert_deletes_only(outcome, MORTEN)
    assert outcome.needs_confirmation


def test_r_4_3_several_departed_persons_one_delete_each():
    outcome = plan(facts(left("Morten Jensen"), left("Soeren Aagaard")), snapshot(HOME))
    assert_deletes_only(outcome, MORTEN, SOEREN)
    assert outcome.replies[0].context == {"self_report": False,
                                          "names": ["Morten Jensen", "Soeren Aagaard"],
                                          "count": 2}


def test_r_4_3_several_departed_one_unmatched_sends_the_whole_case_to_staff():
    outcome = plan(facts(left("Morten Jensen"), left("Birgitte Lund")), snapshot(HOME))
    assert outcome.items == () and outcome.replies == ()
    assert outcome.staff_reason is not None and "2 of 2" in outcome.staff_reason


def test_r_4_3_one_person_written_twice_is_deleted_once():
    outcome = plan(facts(left("Morten Jensen"), left(email="mj@jensen-byg.dk")), snapshot(HOME))
    assert_deletes_only(outcome, MORTEN)
    assert outcome.replies[0].context["count"] == 1


def test_r_4_3_message_naming_nobody_goes_to_staff():
    outcome = plan(facts(), snapshot(HOME))
    assert outcome.items == () and outcome.staff_reason is not None


def test_r_4_3_one_mailbox_at_two_customers_goes_to_staff():
    twin = contact("K8", "Morten Jensen", "mj@jensen-byg.dk", customer="C1002")
    outcome = plan(facts(left(email="mj@jensen-byg.dk")),
                   snapshot(HOME, workplace(twin, customer="C1002", tie="domain")))
    assert outcome.items == () and outcome.staff_reason is not None


def test_r_4_3_plan_is_deterministic():
    f, s = facts(left("Morten"), left("Chris Madsen")), snapshot(HOME)
    assert plan(f, s) == plan(replace(f, today=date(2026, 2, 20)), s)


def test_r_rp_01_reply_in_danish_reveals_nothing_from_the_register():
    subject, body = render(plan(facts(left("Morten Jensen")), snapshot(HOME)), "da")
    assert "DSR-2026-00042" in subject and "DSR-2026-00042" in body
    assert "Morten Jensen" in body and "slettet" in body and "ny kontaktperson" in body
    for secret in ("Værkfører", "22222222", "mj@jensen-byg.dk", "Jensen Byg", "K2", "C1001",
                   "Bogholder", "Søren", "Christian"):
        assert secret not in body and secret not in subject
    assert "privacy@clsmed.dk" in body


def test_r_rp_01_reply_in_english_reveals_nothing_from_the_register():
    outcome = plan(facts(left(email="mj@jensen-byg.dk"), language="en"), snapshot(HOME))
    subject, body = render(outcome, "en")
    assert "DSR-2026-00042" in subject and "DSR-2026-00042" in body
    assert "the contact person you told us about" in body and "new contact person" in body
    for secret in ("Værkfører", "22222222", "mj@jensen-byg.dk", "Morten", "Jensen Byg", "K2"):
        assert secret not in body and secret not in subject


def test_r_4_3_reply_lists_several_written_names():
    outcome = plan(facts(left("Morten Jensen"), left("Chris Madsen")), snapshot(HOME))
    _, da = render(outcome, "da")
    _, en = render(outcome, "en")
    assert "Morten Jensen og Chris Madsen" in da and "kontaktpersonerne" in da
    assert "Morten Jensen and Chris Madsen" in en and "Christian" not in en


def test_r_4_3_step5_self_report_reply_confirms_deletion_with_complaint_clause():
    sender = "mj@jensen-byg.dk"
    outcome = plan(facts(left(email=sender), sender=sender),
                   snapshot(roles=(MORTEN,), address=sender))
    for lang, words in (("da", ("slettet", "3. februar 2026", "bogføringslovens § 12",
                                "Datatilsynet")),
                        ("en", ("deleted", "3 February 2026", "Bookkeeping Act",
                                "Datatilsynet"))):
        subject, body = render(outcome, lang)
        assert "DSR-2026-00042" in subject and "DSR-2026-00042" in body
        assert all(w in body for w in words)
        assert "Værkfører" not in body and "22222222" not in body and "Jensen Byg" not in body


def test_r_4_3_a_written_name_that_is_not_a_plain_name_is_not_echoed():
    spam = "Morten Jensen www.spam.example.com"
    outcome = plan(facts(left("Morten Jensen"), left(email="sa@jensen-byg.dk")), snapshot(HOME))
    assert outcome.replies[0].context["names"] == []  # one person has no written name
    outcome = plan(facts(left(spam, "mj@jensen-byg.dk")), snapshot(HOME))
    assert_deletes_only(outcome, MORTEN)
    assert outcome.replies[0].context["names"] == []
