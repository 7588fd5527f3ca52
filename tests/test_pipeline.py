"""End to end: a request by SMTP opens a case with its due date and gets one threaded ack."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timedelta

from sqlmodel import select

from bot.store.models import AuditEvent, Case, Inbound
from bot.timeutil import COPENHAGEN, due_date, local_date
from tests.mailfactory import plain
from tests.service import running, wait_for

DANISH_ACCESS = (
    "Hej CL Smed\n\nJeg vil gerne have indsigt i, hvilke personoplysninger I har registreret "
    "om mig, og have en kopi af dem.\n\nMed venlig hilsen\nJens Nielsen\nKirkevej 12, 7100 Vejle"
)


def _rows(db, model):
    with db.transaction() as session:
        return list(session.exec(select(model)))


def _all_read(db) -> bool:
    """Every stored message has been read to its end (not merely claimed)."""
    return all(r.status not in ("received", "processing") for r in _rows(db, Inbound))


async def test_danish_access_request_by_smtp(config):
    async with running(config) as bot:
        raw = plain(DANISH_ACCESS, subject="Mine oplysninger", message_id="<jn-1@mail.example.com>",
                    extra={"References": "<older@mail.example.com>"})
        await bot.send(raw)
        await wait_for(lambda: len(bot.outbox()) >= 2)
        outbox = sorted(bot.outbox(), key=lambda m: m["Subject"])
        cases = _rows(bot.db, Case)
    assert len(cases) == 1
    case = cases[0]
    assert case.intents is not None and "access" in case.intents
    # Nothing is registered on the address: answered at once that nothing is held.
    assert case.status == "answered" and case.language == "da"
    assert case.due_at == due_date(case.received_at)  # R-DL-01
    assert case.due_at > date(2026, 1, 1)
    acks = [m for m in outbox if m["Subject"].startswith("Kvittering")]
    assert len(outbox) == 2 and len(acks) == 1  # exactly one acknowledgement, one answer
    ack = acks[0]
    assert ack["To"] == "jens.nielsen@mail.example.com"
    assert ack["In-Reply-To"] == "<jn-1@mail.example.com>"
    assert ack["References"].split() == ["<older@mail.example.com>", "<jn-1@mail.example.com>"]
    assert ack["Auto-Submitted"] == "auto-replied"
    assert case.ref in ack["Subject"] and ack["Subject"].startswith("Kvittering")
    body = ack.get_payload(decode=True).decode("utf-8")
    assert "indsigt i dine personoplysninger" in body  # how we understood it (§5.1)
    assert case.ref in body and "gratis" in body
    assert f"{case.due_at.day}. " in body  # the deadline date, in Danish
    assert "Kirkevej" not in body  # no data extract in the acknowledgement (§5.1)


async def test_english_request_gets_an_english_ack(config):
    async with running(config) as bot:
        raw = plain("Please send me a copy of my personal data that you hold.",
                    subject="Subject access request", message_id="<en-1@mail.example.com>")
        await bot.send(raw)
        await wait_for(lambda: len(bot.outbox()) >= 2)
        acks = [m for m in bot.outbox() if m["Subject"].startswith("We have received")]
    assert len(acks) == 1
    assert "access to your personal data" in acks[0].get_payload(decode=True).decode()


async def test_same_message_id_twice_opens_one_case(config):
    async with running(config) as bot:
        raw = plain(DANISH_ACCESS, message_id="<twice@mail.example.com>")
        await bot.send(raw)
        # The sender's server retries through another hop: new trace header, same Message-ID.
        await bot.send(b"Received: from relay2.example.com by mx; Tue, 3 Mar 2026\r\n" + raw)
        await wait_for(lambda: _all_read(bot.db))
        await wait_for(bot.outbox)
        inbound = _rows(bot.db, Inbound)
        cases = _rows(bot.db, Case)
    assert len(inbound) == 2 and len(cases) == 1
    assert sorted(r.status for r in inbound) == ["done", "duplicate"]
    assert {r.case_id for r in inbound} == {cases[0].id}


async def test_machine_mail_is_never_answered(config):
    async with running(config) as bot:
        await bot.send(plain("Jeg er på ferie. Din mail om indsigt bliver ikke læst.",
                             subject="Autosvar: Anmodning", message_id="<ooo@x.example.com>",
                             extra={"Auto-Submitted": "auto-replied"}))
        await bot.send(plain("Slet mig fra nyhedsbrevet", message_id="<loop@clsmed.dk>",
                             sender="privacy@clsmed.dk"))
        await wait_for(lambda: _all_read(bot.db))
        assert bot.outbox() == []
        assert _rows(bot.db, Case) == []
        assert {r.status for r in _rows(bot.db, Inbound)} == {"auto_ignored"}


async def test_reply_to_our_ack_joins_the_case(config):
    async with running(config) as bot:
        await bot.send(plain(DANISH_ACCESS, message_id="<first@mail.example.com>"))
        ack = (await wait_for(bot.outbox))[0]
        reply = plain("Tak, men slet også mine data bagefter.", subject="SV: Kvittering",
                      message_id="<second@mail.example.com>",
                      extra={"In-Reply-To": ack["Message-ID"], "References": ack["Message-ID"]})
        await bot.send(reply)
        await wait_for(lambda: _all_read(bot.db))
        inbound = {r.message_id: r for r in _rows(bot.db, Inbound)}
        cases = _rows(bot.db, Case)
    assert len(cases) == 1
    assert inbound["<second@mail.example.com>"].status == "case_reply"
    assert inbound["<second@mail.example.com>"].case_id == cases[0].id


async def test_every_transition_is_audited_without_personal_data(config):
    async with running(config) as bot:
        await bot.send(plain(DANISH_ACCESS, message_id="<audit@mail.example.com>"))
        await wait_for(bot.outbox)
        await wait_for(lambda: any(e.event == "outbox.sent" for e in _rows(bot.db, AuditEvent)))
        events = _rows(bot.db, AuditEvent)
    names = [e.event for e in events]
    for expected in ("inbound.received", "case.opened", "case.open", "outbox.queued",
                     "inbound.done", "outbox.sent"):
        assert expected in names
    dump = repr([(e.details, e.actor) for e in events])
    assert "jens" not in dump.lower() and "Kirkevej" not in dump


async def test_end_to_end_on_postgresql(tmp_path, pg_url):
    from tests.conftest import make_config

    config = make_config(tmp_path, database={"url": pg_url})
    async with running(config) as bot:
        await bot.send(plain(DANISH_ACCESS, message_id="<pg-1@mail.example.com>"))
        await bot.send(plain(DANISH_ACCESS, message_id="<pg-1@mail.example.com>",
                             subject="Mine oplysninger (igen)"))
        await wait_for(lambda: _all_read(bot.db))
        await wait_for(lambda: len(bot.outbox()) >= 2)  # the ack, and "nothing registered"
        await asyncio.sleep(0.3)
        outbox = bot.outbox()
        cases = _rows(bot.db, Case)
    assert bot.db.engine.dialect.name == "postgresql"
    assert len(cases) == 1 and cases[0].due_at == due_date(cases[0].received_at)
    assert cases[0].status == "answered"
    assert len(outbox) == 2  # the resend opened nothing and got nothing
    assert {m["In-Reply-To"] for m in outbox} == {"<pg-1@mail.example.com>"}


def _forward_body(first: datetime) -> str:
    return (
        "Hej privacy, denne kom ind på info@ i sidste uge.\n\nMvh Mette\n\n"
        "---------- Videresendt besked ----------\n"
        "Fra: Jens Nielsen <jens.nielsen@mail.example.com>\n"
        f"Dato: {first.strftime('%d.%m.%Y %H:%M')}\n"
        "Emne: Slet mine oplysninger\nTil: info@clsmed.dk\n\n"
        "Jeg vil gerne have slettet alle de oplysninger, I har om mig.\n\nMvh Jens"
    )


VERIFIED = {"Authentication-Results":
            "mx.clsmed.dk; dkim=pass header.d=clsmed.dk; dmarc=pass header.from=clsmed.dk"}


async def test_staff_forward_counts_from_the_first_receipt_and_answers_the_customer(config):
    first = datetime.now(COPENHAGEN).replace(second=0, microsecond=0) - timedelta(days=6)
    async with running(config) as bot:
        await bot.send(plain(_forward_body(first), subject="VS: Slet mine oplysninger",
                             sender="mette@clsmed.dk", name="Mette Kontor",
                             message_id="<fwd-1@clsmed.dk>", extra=VERIFIED),
                       sender="mette@clsmed.dk")
        outbox = await wait_for(bot.outbox)
        case = _rows(bot.db, Case)[0]
    assert case.requester_email == "jens.nielsen@mail.example.com"
    assert case.forwarded_by == "mette@clsmed.dk"
    assert case.intents == ["erasure"]
    assert local_date(case.received_at) == first.date()  # R-IN-01: first CL Smed mailbox
    assert case.due_at == due_date(case.received_at)
    assert outbox[0]["To"] == "jens.nielsen@mail.example.com"
    assert outbox[0]["In-Reply-To"] is None  # the staff forward is not the customer's thread


async def test_departure_auto_reply_opens_a_contact_left_case_without_answering(config):
    body = ("Tak for din mail.\n\nJeg er ikke længere ansat hos Hansen VVS ApS. "
            "Kontakt i stedet Lise Hansen på lise@hansen-vvs.example.dk.\n\nVenlig hilsen\n"
            "Peter Holm")
    async with running(config) as bot:
        await bot.send(plain(body, subject="Autosvar: Tilbud på trappe", name="Peter Holm",
                             sender="peter.holm@hansen-vvs.example.dk",
                             message_id="<auto-left@hansen-vvs.example.dk>",
                             extra={"Auto-Submitted": "auto-replied"}),
                       sender="peter.holm@hansen-vvs.example.dk")
        await wait_for(lambda: _all_read(bot.db))
        cases = _rows(bot.db, Case)
        assert bot.outbox() == []  # a machine is never answered
    assert len(cases) == 1 and cases[0].intents == ["contact_left"]
    assert cases[0].requester_email == "peter.holm@hansen-vvs.example.dk"


async def test_unverified_staff_forward_waits_for_staff_and_is_not_backdated(config):
    first = datetime.now(COPENHAGEN).replace(second=0, microsecond=0) - timedelta(days=200)
    forged = {"Authentication-Results": "mx.evil.example.com; dkim=pass header.d=clsmed.dk"}
    async with running(config) as bot:
        await bot.send(plain(_forward_body(first), subject="VS: Slet mine oplysninger",
                             sender="mette@clsmed.dk", message_id="<fwd-2@clsmed.dk>",
                             extra=forged), sender="mette@clsmed.dk")
        await wait_for(lambda: _all_read(bot.db))
        case = _rows(bot.db, Case)[0]
        assert bot.outbox() == []  # nothing goes out before staff have looked
    assert case.status == "triage"
    assert local_date(case.received_at) != first.date()  # R-IN-01 only on a verified forward


async def test_a_request_relayed_by_a_web_form_waits_for_staff(config):
    body = ("Ny henvendelse via kontaktformularen\n\nNavn: Helle Winkel\n"
            "E-mail: helle.winkel@mail.example.com\n"
            "Besked: Jeg vil gerne have slettet alle mine oplysninger hos jer.\n")
    async with running(config) as bot:
        await bot.send(plain(body, subject="Ny henvendelse via kontaktformular",
                             sender="no-reply@clsmed.dk", message_id="<form-1@clsmed.dk>",
                             extra={"Auto-Submitted": "auto-generated",
                                    "Reply-To": "helle.winkel@mail.example.com"}),
                       sender="no-reply@clsmed.dk")
        await wait_for(lambda: _all_read(bot.db))
        case = _rows(bot.db, Case)[0]
        assert bot.outbox() == []  # never answered automatically: it came from a machine
    assert case.status == "triage" and case.requester_email == "helle.winkel@mail.example.com"


async def test_a_colleagues_phone_note_names_the_caller_and_waits_for_staff(config):
    """Even from a verified colleague: a note may name a lawyer or a second caller, so the
    person it names hears nothing before staff have confirmed who asked."""
    note = ("Telefonnotat\nRinger: Birthe Holm, tlf. 20 48 93 07, mail "
            "birthe.holm@post.example.org\nHun flytter til Spanien og ønsker alt slettet.\n/Anne")
    async with running(config) as bot:
        await bot.send(plain(note, subject="Telefonnotat - sletning", sender="anne@clsmed.dk",
                             name="Anne Kontor", message_id="<note-1@clsmed.dk>",
                             extra=VERIFIED), sender="anne@clsmed.dk")
        await wait_for(lambda: _all_read(bot.db))
        case = _rows(bot.db, Case)[0]
        assert bot.outbox() == []
    assert case.status == "triage" and "erasure" in case.intents
    assert case.requester_email == "birthe.holm@post.example.org"
    assert case.forwarded_by == "anne@clsmed.dk"


async def test_unrecognised_mail_to_the_privacy_mailbox_goes_to_staff(config):
    # a question about own data that asks for nothing yet (what it asks, staff find out)
    text = "Hej. Jeg har et spørgsmål angående mine oplysninger. Ring gerne."
    async with running(config) as bot:
        await bot.send(plain(text, subject="Spørgsmål", message_id="<vague@x>"))
        await bot.send(plain("Kan I give et tilbud på en trappe?", subject="Tilbud",
                             message_id="<biz@x>", to="info@clsmed.dk"))
        await wait_for(lambda: _all_read(bot.db))
        cases = _rows(bot.db, Case)
        statuses = {r.message_id: r.status for r in _rows(bot.db, Inbound)}
        acks = await wait_for(bot.outbox)
    # A person who wrote to the privacy mailbox hears at once, in neutral words.
    assert [m["To"] for m in acks] == ["jens.nielsen@mail.example.com"]
    assert acks[0]["Subject"].startswith("Vi har modtaget din henvendelse")
    assert [(c.status, c.intents) for c in cases] == [("triage", [])]
    assert statuses == {"<vague@x>": "done", "<biz@x>": "not_a_request"}
