"""Scenarios through the real service: SMTP in, the case runner, approval through the CLI,
mail out in the Maildir, the clock set with DSRBOT_NOW (gdpr-dk.md §4, §5; issue 6)."""

from __future__ import annotations

import json

from sqlmodel import select

from bot.store.models import Contact, Customer, Hold, Invoice, Job, Lead, QualityCheck
from tests.scenario import attachments, body, scene

JENS = "jens.nielsen@mail.example.com"
ACCESS_DA = "Hej\n\nJeg vil gerne have indsigt i de personoplysninger, I har om mig.\n\nJens"
ERASURE_DA = "Hej\n\nSlet venligst alle mine personoplysninger hos jer.\n\nJens Nielsen"


def _rows(s, model):
    with s.bot.db.reading() as session:
        return list(session.exec(select(model)))


async def test_access_from_the_address_on_file_is_answered_after_approval(tmp_path, monkeypatch):
    """R-AC-02, R-SEC-01, §4.0 step 7: staff see the extract; it goes to the address on file."""
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail(ACCESS_DA, sender=JENS, name="Jens Nielsen")
        queue = await s.queue()
        assert len(queue) == 1 and queue[0]["kind"] == "access"
        plan = queue[0]["plan"]
        assert {i["action"] for i in plan} == {"send"}
        assert {"C1001", "J1", "F-1001", "F-1002"} <= {i["ref"] for i in plan}
        code, text = await s.cli("queue", "approve", str(queue[0]["id"]), "--staff", "mette")
        assert code == 0, text
        mails = await s.delivered(2)
        cases = await s.cases()
    assert cases[0]["status"] == "answered" and cases[0]["subject_refs"] == ["C1001"]
    assert {m["To"] for m in mails} == {JENS}
    answer = next(m for m in mails if "indsigt" in m["Subject"].lower()
                  and not m["Subject"].startswith("Kvittering"))
    files = attachments(answer)
    assert set(files) == {"extract.json", "extract.csv"}
    extract = json.loads(files["extract.json"])
    dumped = json.dumps(extract, ensure_ascii=False)
    assert "F-1001" in dumped and "Søndergade 4" in dumped
    assert "Datatilsynet" in body(answer)


def _by_ref(plan, ref):
    return [i for i in plan if i["ref"] == ref]


async def test_erasure_keeps_each_invoice_for_its_own_financial_year(tmp_path, monkeypatch):
    """R-RT-01, R-RT-02, R-ER-01, §4.2 worked examples: the 2024 invoice until 2029-12-31, the
    invoice dated 8 January 2025 for a job finished in December 2024 until 2030-12-31; the
    rest is really deleted now."""
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail(ERASURE_DA, sender=JENS, name="Jens Nielsen", authenticated=True)
        (queued,) = await s.queue()
        plan = queued["plan"]
        assert {(i["action"], i["until"]) for i in _by_ref(plan, "F-1001")} == {
            ("keep", "2029-12-31")}
        assert {(i["action"], i["until"]) for i in _by_ref(plan, "F-1002")} == {
            ("keep", "2030-12-31")}
        code, text = await s.cli("queue", "approve", str(queued["id"]))
        assert code == 0, text
        mails = await s.delivered(2)
        customer = _rows(s, Customer)[0]
        holds = {(h.ref, h.until.isoformat() if h.until else None) for h in _rows(s, Hold)}
        checks, invoices = _rows(s, QualityCheck), _rows(s, Invoice)
    c1001 = next(c for c in [customer] if c.ref == "C1001")
    assert c1001.phone is None and c1001.email is None  # gone, not flagged
    assert checks == [] or all(q.job_id != 1 for q in checks)
    assert {i.number for i in invoices} >= {"F-1001", "F-1002"}
    assert ("F-1001", "2029-12-31") in holds and ("F-1002", "2030-12-31") in holds
    answer = next(m for m in mails if not m["Subject"].startswith("Kvittering"))
    text = body(answer)
    assert "31. december 2029" in text and "31. december 2030" in text
    assert "Datatilsynet" in text and answer["To"] == JENS


async def test_erasure_from_an_unauthenticated_sender_waits_for_the_address_on_file(
        tmp_path, monkeypatch):
    """Contracts §4: a destructive plan without a trusted DKIM/DMARC pass needs a
    confirmation round trip; the reply from that address lets it go on."""
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail(ERASURE_DA, sender=JENS, name="Jens Nielsen")
        assert await s.queue() == []
        (case,) = await s.cases()
        assert case["status"] == "awaiting_verification"
        mails = await s.delivered(2)
        confirm = next(m for m in mails if ".confirm." in m["Message-ID"])
        assert confirm["To"] == JENS
        await s.mail("Ja, det er mig. Slet dem bare.", sender=JENS, subject="Re: Bekræft",
                     **{"In-Reply-To": confirm["Message-ID"]})
        queue = await s.queue()
    assert len(queue) == 1 and queue[0]["kind"] == "erasure"


async def test_spoofed_from_with_reply_to_elsewhere_sends_nothing_elsewhere(tmp_path, monkeypatch):
    """R-SEC-01: data go only to the address on file, never to Reply-To."""
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail(ACCESS_DA, sender=JENS, name="Jens Nielsen",
                     **{"Reply-To": "thief@evil.example.net"})
        (queued,) = await s.queue()
        await s.cli("queue", "approve", str(queued["id"]))
        mails = await s.delivered(2)
    assert {m["To"] for m in mails} == {JENS}


async def test_a_company_address_opens_no_contact_or_owner_data(tmp_path, monkeypatch):
    """§3.3, R-DK-03: info@ stands for the company, which is not a person."""
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail(ACCESS_DA, sender="info@hansen-vvs.example.dk", name="Hansen VVS")
        queue = await s.queue()
        (case,) = await s.cases()
        mails = await s.delivered(1)
    assert queue == [] and case["status"] == "triage"
    for mail in mails:
        text = body(mail)
        assert "Morten" not in text and "Peter Hansen" not in text and "30 30 30 30" not in text


async def test_a_contact_reported_by_a_colleague_is_deleted_after_approval(tmp_path, monkeypatch):
    """§4.3: the namesake at another customer and the namesake lead stay untouched."""
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail("Hej\n\nMorten Jensen er stoppet hos os. Fremover skal I kontakte mig.\n\n"
                     "Venlig hilsen\nPeter Hansen", sender="peter@hansen-vvs.example.dk",
                     name="Peter Hansen", subject="Kontaktperson")
        (queued,) = await s.queue()
        assert [(i["action"], i["ref"], i["customer_ref"]) for i in queued["plan"]] == [
            ("delete", "P1", "C2001")]
        await s.cli("queue", "approve", str(queued["id"]))
        mails = await s.delivered(2)
        contacts = {(c.customer_id, c.ref) for c in _rows(s, Contact)}
        leads = _rows(s, Lead)
        customers = {c.id: c.ref for c in _rows(s, Customer)}
    refs = {(customers[cid], ref) for cid, ref in contacts}
    assert ("C2001", "P1") not in refs
    assert {("C2001", "P2"), ("C3001", "P1"), ("C3001", "P2")} <= refs
    assert [lead.ref for lead in leads] == ["L1"]
    reply = [m for m in mails if m["To"] == "peter@hansen-vvs.example.dk"]
    assert reply and all("Indkøber" not in body(m) and "30 30 30 30" not in body(m)
                         for m in reply)


async def test_a_departure_reported_from_another_companys_domain_changes_nothing(
        tmp_path, monkeypatch):
    """§4.3 step 1: the reporter must be at the same customer."""
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail("Hej\n\nSøren Aagaard er stoppet hos Hansen VVS.\n\nLise",
                     sender="lise@smith-staal.example.dk", name="Lise Berg",
                     subject="Kontaktperson")
        queue = await s.queue()
        (case,) = await s.cases()
        contacts = {c.ref for c in _rows(s, Contact) if c.name == "Søren Aagaard"}
    assert queue == [] and case["status"] == "triage" and contacts == {"P2"}


async def test_access_and_erasure_in_one_mail_send_the_copy_before_deleting(
        tmp_path, monkeypatch):
    """§4.9: access first (data must exist to be copied), then erasure."""
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail("Send mig en kopi af mine oplysninger, og slet dem derefter.",
                     sender=JENS, name="Jens Nielsen", authenticated=True)
        (queued,) = await s.queue()
        actions = [i["action"] for i in queued["plan"]]
        assert "send" in actions and "delete" in actions
        assert actions.index("send") < actions.index("delete")
        await s.cli("queue", "approve", str(queued["id"]))
        mails = await s.delivered(3)
    answers = [m for m in mails if not m["Subject"].startswith("Kvittering")]
    assert len(answers) == 2
    assert "extract.json" in attachments(answers[0]) or "extract.json" in attachments(answers[1])


async def test_a_rectified_phone_number_is_applied_at_once(tmp_path, monkeypatch):
    """§4.4: a verified person's own contact field is corrected without waiting."""
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail("Hej\n\nMit nye telefonnummer er 22 33 44 55. Ret det venligst.\n\nJens",
                     sender=JENS, name="Jens Nielsen", authenticated=True)
        queue = await s.queue()
        customer = next(c for c in _rows(s, Customer) if c.ref == "C1001")
        (case,) = await s.cases()
    assert queue == [] and customer.phone == "+4522334455" and customer.phone_e164 == "+4522334455"
    assert case["status"] == "answered"


async def test_a_marketing_opt_out_takes_effect_at_once(tmp_path, monkeypatch):
    """R-OB-01: no approval, no verification beyond sender match, immediately."""
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail("Afmeld mig venligst jeres nyhedsbrev. Jeg vil ikke have flere tilbud.",
                     sender=JENS, name="Jens Nielsen", subject="Afmeld")
        queue = await s.queue()
        with s.bot.db.reading() as session:
            from bot.register.suppression import is_suppressed
            suppressed = is_suppressed(session, JENS)
        mails = await s.delivered(2)
    assert queue == [] and suppressed
    assert len(mails) == 2 and {m["To"] for m in mails} == {JENS}


async def test_an_unknown_sender_is_told_that_nothing_is_registered(tmp_path, monkeypatch):
    """§4.9: a truthful "no data found" answer, at once."""
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail(ACCESS_DA, sender="ukendt@mail.example.com", name="Ukendt Person")
        mails = await s.delivered(2)
        (case,) = await s.cases()
    assert case["status"] == "answered"
    assert {m["To"] for m in mails} == {"ukendt@mail.example.com"}


async def test_a_known_name_from_a_new_address_is_verified_at_the_address_on_file(
        tmp_path, monkeypatch):
    """§4.0 step 4, §5.2: ask the address on file; the answer goes there, never elsewhere."""
    new = "jens.privat@gmail.com"
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail(ACCESS_DA, sender=new, name="Jens Nielsen")
        (case,) = await s.cases()
        assert case["status"] == "awaiting_verification"
        mails = await s.delivered(2)
        verify = next(m for m in mails if ".verify." in m["Message-ID"])
        assert verify["To"] == JENS
        assert "CPR" in body(verify) and new in body(verify)
        await s.mail("Ja, det er mig.", sender=JENS, subject="Re: Bekræft",
                     **{"In-Reply-To": verify["Message-ID"]})
        (queued,) = await s.queue()
        await s.cli("queue", "approve", str(queued["id"]))
        mails = await s.delivered(3)
    answers = [m for m in mails if attachments(m)]
    assert len(answers) == 1 and answers[0]["To"] == JENS
    assert all(m["To"] != new for m in mails if attachments(m))


async def test_an_ongoing_job_blocks_its_data(tmp_path, monkeypatch):
    """§4.2: an ongoing contract keeps what is needed to finish it."""
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail("Slet venligst alle mine oplysninger.", sender="karen.holm@mail.example.com",
                     name="Karen Holm", authenticated=True)
        (queued,) = await s.queue()
        await s.cli("queue", "approve", str(queued["id"]))
        await s.delivered(2)
        jobs = {j.ref for j in _rows(s, Job)}
        karen = next(c for c in _rows(s, Customer) if c.ref == "C4001")
    assert "J1" in jobs and karen.email == "karen.holm@mail.example.com"
    kept = {(i["ref"], i["action"]) for i in queued["plan"] if i["customer_ref"] == "C4001"}
    assert ("J1", "keep") in kept and not any(a == "delete" and r == "J1" for r, a in kept)


async def test_a_plan_the_register_changed_under_is_asked_again(tmp_path, monkeypatch):
    """Issue 6 §1: never a stale plan carried out blindly."""
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail(ACCESS_DA, sender=JENS, name="Jens Nielsen")
        (first,) = await s.queue()
        with s.bot.db.transaction() as session:
            jens = session.exec(select(Customer).where(Customer.ref == "C1001")).one()
            jens.address = "Nørregade 9, 7100 Vejle"
            session.add(jens)
        await s.cli("queue", "approve", str(first["id"]))
        queue = await s.queue()
        (case,) = await s.cases()
    assert case["status"] == "awaiting_approval"
    assert len(queue) == 1 and queue[0]["id"] != first["id"] and queue[0]["version"] == 2


async def test_acknowledgements_to_one_address_are_capped(tmp_path, monkeypatch):
    """A forged sender must not turn the bot against a victim's mailbox."""
    async with scene(tmp_path, monkeypatch, replies={"acks_per_address_per_day": 3}) as s:
        for n in range(6):
            await s.mail(f"Hvad har I registreret om mig? ({n})", sender="offer@mail.example.com",
                         subject=f"Spørgsmål {n}", message_id=f"<flood-{n}@mail.example.com>")
        await s.delivered(3)
        with s.bot.db.reading() as session:
            from bot.store.models import Outbox
            acks = [o for o in session.exec(select(Outbox)) if o.kind.startswith("ack")]
    assert len(acks) == 3


async def test_a_breach_goes_to_staff_whatever_the_threshold(tmp_path, monkeypatch):
    """R-BR-01: a setting may tune the bot, never switch off a legal safeguard."""
    async with scene(tmp_path, monkeypatch, classifier={"triage_threshold": 0.0}) as s:
        await s.mail("I har sendt mine oplysninger til en forkert person! Det er et databrud. "
                     "Slet alle mine oplysninger.", sender=JENS, name="Jens Nielsen",
                     authenticated=True)
        (case,) = await s.cases()
        queue = await s.queue()
    assert case["status"] == "triage" and queue == []


async def test_a_staff_claims_hold_keeps_a_job_through_an_erasure(tmp_path, monkeypatch):
    """§2.7, R-RT-02: a claims hold set by staff survives the erasure until its date."""
    async with scene(tmp_path, monkeypatch) as s:
        code, text = await s.cli("holds", "add", "job", "J1", "--customer", "C1001",
                                 "--until", "2029-10-01", "--staff", "mette")
        assert code == 0, text
        await s.mail(ERASURE_DA, sender=JENS, name="Jens Nielsen", authenticated=True)
        (queued,) = await s.queue()
        await s.cli("queue", "approve", str(queued["id"]))
        await s.delivered(2)
        checks = _rows(s, QualityCheck)
        jobs = {j.ref for j in _rows(s, Job)}
    assert "J1" in jobs and len(checks) >= 1  # the held job keeps its quality check
    assert any(i["ref"] == "J1" and i["action"] == "keep" for i in queued["plan"])


async def test_a_chaser_joins_the_open_case(tmp_path, monkeypatch):
    """Issue 6 §7: a reminder of an open request opens no second case."""
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail(ACCESS_DA, sender=JENS, name="Jens Nielsen")
        await s.mail("Hej igen. Jeg har endnu ikke fået indsigt i mine oplysninger?",
                     sender=JENS, name="Jens Nielsen", subject="Rykker")
        cases = await s.cases()
        shown = await s.show(cases[0]["ref"])
    assert len(cases) == 1
    assert [m["direction"] for m in shown["messages"]].count("in") == 2


async def test_a_departure_auto_reply_is_planned_for_staff_and_not_answered(
        tmp_path, monkeypatch):
    """§4.3: an auto-reply saying the person left plans the deletion; no machine is answered."""
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail("Tak for din mail. Søren Aagaard er ikke længere ansat hos Hansen VVS ApS. "
                     "Kontakt i stedet info@hansen-vvs.example.dk.",
                     sender="soren@hansen-vvs.example.dk", name="Søren Aagaard",
                     subject="Autosvar: Tilbud", **{"Auto-Submitted": "auto-replied"})
        (queued,) = await s.queue()
        await s.cli("queue", "approve", str(queued["id"]))
        contacts = {c.ref for c in _rows(s, Contact) if c.name == "Søren Aagaard"}
        (case,) = await s.cases()
    assert [(i["action"], i["ref"]) for i in queued["plan"]] == [("delete", "P2")]
    assert contacts == set() and case["status"] == "closed"
    assert s.outbox() == []


async def test_an_erasure_beside_a_general_objection_deletes_what_it_restricted(
        tmp_path, monkeypatch):
    """Art. 21 restricts the data until staff decide, art. 17 erases it: in one approved
    plan the erasure wins, so the plan does not hold a row and then refuse to delete it."""
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail("Hej\n\nJeg gør indsigelse mod jeres behandling af mine personoplysninger, "
                     "og jeg vil bede jer om at slette alle mine oplysninger.\n\nJens Nielsen",
                     sender=JENS, name="Jens Nielsen", authenticated=True)
        (queued,) = await s.queue()
        await s.cli("queue", "approve", str(queued["id"]))
        mails = await s.delivered(3)
        (case,) = await s.cases()
    assert set(case["intents"]) == {"erasure", "objection"}
    assert case["status"] == "answered"
    erasure = next(m for m in mails if "sletning" in m["Subject"])
    assert "har vi slettet" in body(erasure)
