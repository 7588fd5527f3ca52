"""Safeguards a review of the request handling found missing, each kept as a test: forged
confirmations, vouching for the wrong address, a company address shared with a person,
holds a departure notice must respect, approvals after the case moved on, floods through
verification mails and plus-addresses (R-SEC-01, R-OB-01, issue 6 §5–§7)."""

from __future__ import annotations

import json

from sqlmodel import select

from bot.store.models import Case, Customer, Hold, Outbox
from bot.timeutil import utcnow
from tests.scenario import REGISTER, scene

JENS = "jens.nielsen@mail.example.com"
FORWARD = ("Hej privacy, denne kom ind på info@.\n\nMvh Mette\n\n"
           "---------- Videresendt besked ----------\n"
           "Fra: Jens Nielsen <jens.nielsen@mail.example.com>\n"
           "Dato: 05.03.2026 10:00\nEmne: Slet mine oplysninger\nTil: info@clsmed.dk\n\n"
           "Jeg vil gerne have slettet alle de oplysninger, I har om mig.\n\nMvh Jens")


def rows(s, model):
    with s.bot.db.reading() as session:
        return list(session.exec(select(model)))


def _register(tmp_path, change) -> object:
    register = json.loads(REGISTER.read_text("utf-8"))
    change(register)
    path = tmp_path / "register.json"
    path.write_text(json.dumps(register), "utf-8")
    return path


async def test_a_reply_to_the_acknowledgement_does_not_confirm(tmp_path, monkeypatch):
    """Whoever wrote from the new address saw the ack; only the mail to the address on
    file (with its own random Message-ID) can confirm."""
    attacker = "jens.privat@gmail.com"
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail("Mit nye telefonnummer er 99 88 77 66. Ret det venligst.",
                     sender=attacker, name="Jens Nielsen")
        mails = await s.delivered(2)
        ack = next(m for m in mails if m["To"] == attacker)
        await s.mail("Ja, det er mig.", sender=JENS, subject="Re: Kvittering",
                     **{"In-Reply-To": ack["Message-ID"]})
        jens = next(c for c in rows(s, Customer) if c.ref == "C1001")
        (case,) = await s.cases()
    assert jens.phone == "+45 20 11 22 33" and case["status"] == "awaiting_verification"


async def test_a_colleagues_dkim_does_not_vouch_for_the_customer(tmp_path, monkeypatch):
    """A verified staff forward proves the colleague, not the person in the forward."""
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail(FORWARD, sender="mette@clsmed.dk", name="Mette", subject="VS: Slet",
                     authenticated=True)
        (case,) = await s.cases()
        (stored,) = rows(s, Case)
    assert not stored.sender_authenticated
    assert case["status"] == "awaiting_verification"


async def test_an_opt_out_runs_and_is_answered_once_across_a_confirmation(
        tmp_path, monkeypatch):
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail("Afmeld mig jeres nyhedsbrev, og slet alle mine personoplysninger.",
                     sender=JENS, name="Jens Nielsen", subject="Afmeld og slet")
        mails = await s.delivered(3)
        confirm = next(m for m in mails if ".confirm." in m["Message-ID"])
        await s.mail("Ja, det er mig.", sender=JENS, subject="Re: Bekræft",
                     **{"In-Reply-To": confirm["Message-ID"]})
        queue = await s.queue()
        templates = [o.template for o in rows(s, Outbox)]
    assert templates.count("optout") == 1 and len(queue) == 1


async def test_a_company_address_shared_by_a_contact_opens_nothing(tmp_path, monkeypatch):
    """Issue 6 §5: info@ stands for the company even when a contact is filed under it."""
    def share(register):
        register["customers"][1]["contacts"][0]["email"] = "info@hansen-vvs.example.dk"
    async with scene(tmp_path, monkeypatch, register=_register(tmp_path, share)) as s:
        await s.mail("Jeg vil gerne have indsigt i de personoplysninger, I har om mig.",
                     sender="info@hansen-vvs.example.dk", name="Hansen VVS")
        queue = await s.queue()
        (case,) = await s.cases()
    assert queue == [] and case["status"] == "triage"


async def test_a_departure_notice_never_deletes_a_restricted_contact(tmp_path, monkeypatch):
    """R-RS-01: a restriction is lifted by a person, not by a colleague's notice."""
    async with scene(tmp_path, monkeypatch) as s:
        with s.bot.db.transaction() as session:
            session.add(Hold(kind="contact", customer_ref="C2001", ref="P1",
                             reason="restriction", until=None, set_by="rule",
                             created_at=utcnow()))
        await s.mail("Hej\n\nMorten Jensen er stoppet hos os.\n\nVenlig hilsen\nPeter Hansen",
                     sender="peter@hansen-vvs.example.dk", name="Peter Hansen",
                     subject="Kontaktperson")
        queue = await s.queue()
        (case,) = await s.cases()
        holds = rows(s, Hold)
    assert queue == [] and case["status"] == "triage"
    assert any(h.ref == "P1" and h.reason == "restriction" for h in holds)


async def test_a_plan_cannot_be_approved_after_its_case_went_to_staff(tmp_path, monkeypatch):
    """A reply that asks for more withdraws the plan it waited with."""
    async with scene(tmp_path, monkeypatch) as s:
        await s.mail("Jeg vil gerne have indsigt i de personoplysninger, I har om mig.",
                     sender=JENS, name="Jens Nielsen", authenticated=True)
        (queued,) = await s.queue()
        (ack,) = await s.delivered(1)
        await s.mail("Og slet venligst alle mine oplysninger bagefter.", sender=JENS,
                     subject="Re: Kvittering", authenticated=True,
                     **{"In-Reply-To": ack["Message-ID"]})
        code, _text = await s.cli("queue", "approve", str(queued["id"]))
        (case,) = await s.cases()
        queue = await s.queue()
    assert code == 1 and case["status"] == "triage" and queue == []


async def test_verification_mails_to_one_person_are_capped(tmp_path, monkeypatch):
    """Six strangers using Jens's name must not flood Jens's mailbox."""
    async with scene(tmp_path, monkeypatch, replies={"acks_per_address_per_day": 3}) as s:
        for n in range(6):
            await s.mail("Jeg vil gerne have indsigt i mine personoplysninger.",
                         sender=f"x{n}@evil.example.net", name="Jens Nielsen",
                         message_id=f"<f{n}@evil.example.net>")
        to_jens = [o.kind for o in rows(s, Outbox) if o.to_addr == JENS]
    assert len(to_jens) == 3


async def test_plus_addresses_share_one_acknowledgement_cap(tmp_path, monkeypatch):
    async with scene(tmp_path, monkeypatch, replies={"acks_per_address_per_day": 3}) as s:
        for n in range(6):
            await s.mail(f"Hvad har I registreret om mig? ({n})",
                         sender=f"offer+{n}@mail.example.com", subject=f"Spm {n}",
                         message_id=f"<p{n}@mail.example.com>")
        acks = [o.to_addr for o in rows(s, Outbox) if o.kind.startswith("ack")]
    assert len(acks) == 3


async def test_a_sole_proprietor_with_employees_goes_to_staff_not_to_failed(
        tmp_path, monkeypatch):
    """Deleting the customer row would take other people's records with it (or fail)."""
    def employ(register):
        jens = register["customers"][0]
        jens["jobs"] = []
        jens["contacts"] = [{"ref": "P9", "name": "Anne Ansat", "title": "Svend",
                             "phone": "+45 60 60 60 60", "email": "anne@mail.example.com",
                             "employed": True}]
    async with scene(tmp_path, monkeypatch, register=_register(tmp_path, employ)) as s:
        await s.mail("Slet venligst alle mine personoplysninger.", sender=JENS,
                     name="Jens Nielsen", authenticated=True)
        (case,) = await s.cases()
        queue = await s.queue()
    assert case["status"] == "triage" and queue == []
