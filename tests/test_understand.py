"""Who is asking and what for: forwards, bulk mail and departed people's addresses."""

from __future__ import annotations

import pytest

from bot.config import Config
from bot.reading.context import DEFAULT_CONTEXT, ReadingContext
from bot.reading.understand import understand
from tests.mailfactory import plain

GENERAL_TALK = ("Kære medlem\n\nLæs vores nye vejledning: hvad gør I, når en kontaktperson er "
                "fratrådt hos kunden, og hvornår skal kundedata slettes?\n\nHent den på "
                "medlemssiden.")


def test_list_mail_about_gdpr_topics_asks_for_nothing():
    raw = plain(GENERAL_TALK, subject="[Medlemsnyt] GDPR og sletning",
                sender="nyt@forening.example.dk", extra={"List-Id": "<nyt.forening.example.dk>"})
    u = understand(raw)
    assert u.auto and u.classification.intents == ()


def test_a_personal_auto_reply_can_still_report_a_departure():
    raw = plain("Jeg er ikke længere ansat hos Hansen VVS ApS. Skriv i stedet til "
                "lise@hansen-vvs.example.dk.", subject="Autosvar: Tilbud",
                sender="peter.holm@hansen-vvs.example.dk", name="Peter Holm",
                extra={"Auto-Submitted": "auto-replied"})
    u = understand(raw)
    assert u.classification.intents == ("contact_left",)
    assert "peter.holm@hansen-vvs.example.dk" in {d.email for d in u.classification.departed}


def test_departed_address_is_completed_from_the_quoted_thread():
    body = ("Hej Anja\n\nJeg overtager sagen, da Susanne Beck er stoppet hos os.\n\n"
            "Fra: Anja Holst <anja@clsmed.dk>\nSendt: 9. marts 2026 11:20\n"
            "Til: Susanne Beck <sb@fisker.example.dk>\nEmne: Tilbud\n\nHej Susanne")
    u = understand(plain(body, subject="SV: Tilbud", sender="jorgen@fisker.example.dk"))
    assert "contact_left" in u.classification.intents
    assert "sb@fisker.example.dk" in {d.email for d in u.classification.departed}


def test_a_departed_first_name_gets_the_full_name_and_address_the_thread_gives_it():
    body = ("Hej Anja\n\nHenrik har været stoppet siden jul, så send tilbuddet til mig.\n\n"
            "Fra: Anja Holst <anja@clsmed.dk>\nSendt: 9. marts 2026 11:20\n"
            "Til: Henrik Lund <hl@brdrholm.example.dk>\nEmne: Tilbud\n\nHej Henrik")
    u = understand(plain(body, subject="SV: Tilbud", sender="jorgen@brdrholm.example.dk"))
    assert [(d.name, d.email) for d in u.classification.departed] == [
        ("Henrik Lund", "hl@brdrholm.example.dk")]


def test_a_departed_person_copied_on_the_mail_is_on_file_by_that_address():
    # set230: "Cc: o.garnier@..." - the only address of the mail built from the name
    body = "Bonjour,\n\nM. Olivier Garnier a quitté l'entreprise à la fin du mois de février."
    u = understand(plain(body, subject="Livraison", sender="logistique@garnier.example.com",
                         extra={"Cc": "o.garnier@garnier.example.com"}))
    assert [(d.name, d.email) for d in u.classification.departed] == [
        ("Olivier Garnier", "o.garnier@garnier.example.com")]


def test_a_surname_first_display_name_in_the_thread_still_gives_the_address():
    body = ("Sehr geehrte Damen und Herren,\n\nbitte beachten Sie, dass Herr Matthias Kessler "
            "zum 28.02.2026 aus unserem Unternehmen ausgeschieden ist.\n\n"
            "Von: Lars Lund <lars@clsmed.dk>\nGesendet: 2. März 2026 09:10\n"
            "An: Kessler, Matthias <m.kessler@albers.example.com>\nBetreff: Lieferavis\n\nHallo")
    u = understand(plain(body, subject="AW: Lieferavis", sender="petra@albers.example.com"))
    assert "m.kessler@albers.example.com" in {d.email for d in u.classification.departed}


def test_a_copied_colleague_with_another_name_is_not_who_left():
    body = "Hej\n\nHenrik Lund er stoppet hos os. Skriv til mig fremover."
    u = understand(plain(body, subject="Kontakt", sender="jorgen@brdrholm.example.dk",
                         extra={"Cc": "ole.berg@brdrholm.example.dk"}))
    assert [d.email for d in u.classification.departed] == [None]


def test_our_own_staff_in_the_thread_is_never_taken_for_who_left():
    body = ("Hej\n\nAnja har været stoppet siden jul, så send tilbuddet til mig.\n\n"
            "Fra: Anja Holst <anja@clsmed.dk>\nSendt: 9. marts 2026 11:20\n"
            "Til: Jørgen Lund <jorgen@brdrholm.example.dk>\nEmne: Tilbud\n\nHej Jørgen")
    u = understand(plain(body, subject="SV: Tilbud", sender="jorgen@brdrholm.example.dk"))
    assert "anja@clsmed.dk" not in {d.email for d in u.classification.departed}


def test_a_departure_told_in_the_senders_own_quoted_mail_is_not_told_again():
    body = ("Hej Birgitte\n\nHer kommer den første ordre fra mig: 3 stk. gitterriste.\n\n"
            "Fra: Sofie Winther <sw@stalbyg.example.dk>\nSendt: 2. april 2026 09:14\n"
            "Til: Birgitte Holm <bh@clsmed.dk>\nEmne: Ny kontaktperson\n\nHej Birgitte\n\n"
            "Bent Kjær er gået på pension fra 1. april, så det er mig, der står for indkøbet.")
    u = understand(plain(body, subject="SV: Ny kontaktperson", sender="sw@stalbyg.example.dk"))
    assert u.classification.intents == ()


def _over_own_request(note: str) -> tuple[str, ...]:
    """What a reply with `note` on top of the sender's own quoted access request reads as."""
    body = (f"{note}\n\n"
            "Den man. 9. feb. 2026 kl. 21.05 skrev Jakob Thorsen <jakob@mail.example.com>:\n"
            "> Jeg vil gerne have en kopi af de personoplysninger, I har om mig.\n")
    u = understand(plain(body, subject="Re: Mine data", sender="jakob@mail.example.com"))
    return u.classification.intents


def test_a_reminder_quoting_the_senders_own_request_still_asks_for_it():
    note = "Hej igen\n\nJeg har stadig ikke hørt fra jer om min henvendelse."
    assert _over_own_request(note) == ("access",)


def test_a_second_reminder_reaches_the_request_below_our_receipt():
    """Her reminder quotes her first reminder, which quotes our receipt, which quotes the
    request: "Rykker igen ... det, jeg bad om?" still asks for the copy."""
    body = ("Rykker igen. Hvornår kan jeg forvente at få det, jeg bad om?\n\n"
            "Den fre. 13. mar. 2026 kl. 07.55 skrev Jakob Thorsen <jakob@mail.example.com>:\n"
            "> Jeg har ikke hørt noget siden kvitteringen.\n>\n"
            "> Den fre. 20. feb. 2026 kl. 21.03 skrev CL Smed A/S <privacy@clsmed.dk>:\n"
            ">> Tak for din henvendelse. Vi vender tilbage hurtigst muligt.\n>>\n"
            ">> Den fre. 20. feb. 2026 kl. 21.02 skrev Jakob Thorsen <jakob@mail.example.com>:\n"
            ">>> Jeg vil gerne have en kopi af de personoplysninger, I har om mig.\n")
    u = understand(plain(body, subject="Re: Mine data", sender="jakob@mail.example.com"))
    assert u.classification.intents == ("access",)


@pytest.mark.parametrize("note", [
    "Please disregard my request below - I found the invoice I was looking for. No need to "
    "send anything.",
    "Glem min mail herunder, jeg fandt fakturaen selv. I behøver ikke gøre noget alligevel.",
])
def test_a_reply_withdrawing_the_senders_own_quoted_request_asks_for_nothing(note: str):
    assert _over_own_request(f"Hej\n\n{note}") == ()


def test_a_reminder_that_says_not_to_ignore_it_still_asks():
    assert _over_own_request("Please don't ignore my request below again.") == ("access",)


def test_a_bounce_reporting_a_departure_names_the_recipient_not_the_mail_server():
    body = ("Levering til disse modtagere eller grupper mislykkedes:\n\n"
            "ha@krogh-beton.example.dk\nDenne mailadresse er lukket, da medarbejderen er "
            "fratrådt hos Krogh Beton A/S. Send venligst din mail til post@krogh-beton.example.dk.")
    raw = plain(body, subject="Ikke leveret: Kontoudtog", name="Mail Delivery System",
                sender="postmaster@krogh-beton.example.dk",
                extra={"Auto-Submitted": "auto-replied"})
    departed = understand(raw).classification.departed
    assert [(d.name, d.email) for d in departed] == [(None, "ha@krogh-beton.example.dk")]


def test_a_lower_case_first_name_that_is_also_a_word_is_a_name_where_it_opens_a_line():
    body = "hej\n\nkurt er gaaet paa pension fra 1 april og hans mail lukkes."
    departed = understand(plain(body, subject="kurt", sender="erik@stigebyg.example.dk")
                          ).classification.departed
    assert [(d.name, d.email) for d in departed] == [("Kurt", None)]


def test_his_is_no_name_hans():
    body = "hej\n\nhans kollega er stoppet hos os, saa skriv til mig fremover."
    departed = understand(plain(body, subject="info", sender="erik@stigebyg.example.dk")
                          ).classification.departed
    assert not any((d.name or "").startswith("Hans") for d in departed)


def test_an_invoice_portal_names_the_reference_it_rejects_and_no_mailbox():
    body = ("Faktura 24852 fra CL Smed A/S er afvist.\n\nÅrsag: Rekvirent / Deres ref. "
            "\"Jonna Friis\" er ikke længere ansat hos Holstebro Stålmontage A/S og kan ikke "
            "godkende fakturaer.\n\nDenne mail er sendt automatisk og kan ikke besvares.")
    raw = plain(body, subject="Faktura afvist", sender="noreply-faktura@holstebro.example.dk",
                extra={"Auto-Submitted": "auto-generated"})
    departed = understand(raw).classification.departed
    assert [(d.name, d.email) for d in departed] == [("Jonna Friis", None)]


def test_our_own_news_to_everyone_reports_no_customers_contact_leaving():
    body = ("Hej alle\n\nSom de fleste nok ved, går Kaj Overgaard på pension den 31. marts efter "
            "32 år på værkstedet. Vi holder afskedsreception torsdag kl. 14 i frokoststuen.")
    u = understand(plain(body, subject="Kaj går på pension", sender="sk@clsmed.dk"))
    assert u.classification.intents == ()


def test_a_thank_you_quoting_our_confirmation_of_her_request_asks_for_nothing():
    body = ("Tak, det er fint.\n\n"
            "Den man. 9. feb. 2026 kl. 21.05 skrev CL Smed A/S <privacy@clsmed.dk>:\n"
            "> Vi har nu slettet dine oplysninger.\n>\n"
            "> Den fre. 6. feb. 2026 kl. 10.00 skrev Jakob Thorsen <jakob@mail.example.com>:\n"
            ">> Slet venligst alle mine oplysninger.\n")
    u = understand(plain(body, subject="Re: Sletning", sender="jakob@mail.example.com"))
    assert u.classification.intents == ()


def test_a_thank_you_quoting_our_own_mail_asks_for_nothing():
    body = ("Tak, det er fint.\n\n"
            "Den man. 9. feb. 2026 kl. 21.05 skrev CL Smed A/S <privacy@clsmed.dk>:\n"
            "> Vi har nu slettet dine oplysninger og sender dig en kopi af loggen.\n")
    u = understand(plain(body, subject="Re: Sletning", sender="jakob@mail.example.com"))
    assert u.classification.intents == ()


def test_a_web_form_request_names_the_person_in_reply_to():
    body = ("Ny henvendelse via kontaktformularen på clsmed.dk\n\nNavn: Helle Winkel\n"
            "E-mail: helle.winkel@mail.example.com\nBesked: Jeg vil gerne have slettet alle "
            "mine oplysninger hos jer.\n")
    raw = plain(body, subject="Ny henvendelse via kontaktformular", sender="no-reply@clsmed.dk",
                name="clsmed.dk kontaktformular",
                extra={"Auto-Submitted": "auto-generated",
                       "Reply-To": "helle.winkel@mail.example.com"})
    u = understand(raw)
    assert u.auto and u.classification.intents == ("erasure",)
    assert u.requester_email == "helle.winkel@mail.example.com"


# --------------------------------------------------------------------------- configuration

NORDBYG = ReadingContext(firm_name="Nordbyg ApS", own_addresses=frozenset({"gdpr@nordbyg.example"}),
                         own_domains=frozenset({"nordbyg.example"}),
                         trusted_authserv_ids=("mx.nordbyg.example",))
FORWARD = ("Hej, den her kom ind hos mig.\n\n---------- Forwarded message ---------\n"
           "From: Jens Hansen <jens@mail.example.com>\nDate: Mon, 9 Mar 2026 10:00\n"
           "Subject: Sletning\nTo: <anja@nordbyg.example>\n\n"
           "Slet venligst alle mine oplysninger.\n")


def test_who_is_staff_comes_from_the_reading_context():
    raw = plain(FORWARD, subject="Fwd: Sletning", sender="anja@nordbyg.example",
                name="Anja Holst", to="gdpr@nordbyg.example")
    theirs = understand(raw, context=NORDBYG)
    assert theirs.requester_email == "jens@mail.example.com"
    assert theirs.forwarded_by == "anja@nordbyg.example"
    assert not theirs.forward_authenticated  # no Authentication-Results from their MX
    # Under the default configuration (CL Smed's) Anja is a customer forwarding her own mail.
    ours = understand(raw)
    assert (ours.requester_email, ours.forwarded_by) == ("anja@nordbyg.example", None)
    assert theirs.classification.intents == ours.classification.intents == ("erasure",)


def test_the_default_context_is_the_default_configuration():
    assert ReadingContext.from_config(Config()) == DEFAULT_CONTEXT


def test_a_shared_mailbox_closing_is_no_person_leaving():
    raw = plain("Denne mailadresse er ikke længere i brug. Fakturaer sendes via NemHandel.",
                subject="Autosvar: Faktura 1020", sender="faktura@byg.example.dk",
                name="Byg A/S Faktura", extra={"Auto-Submitted": "auto-replied"})
    assert understand(raw).classification.intents == ()


def test_a_persons_mailbox_closing_still_reports_their_departure():
    raw = plain("Denne mailadresse er ikke længere i brug. Skriv til info@byg.example.dk.",
                subject="Autosvar: Faktura 1020", sender="ole.berg@byg.example.dk",
                name="Ole Berg", extra={"Auto-Submitted": "auto-replied"})
    assert understand(raw).classification.intents == ("contact_left",)


def test_a_colleague_forwarding_our_web_forms_notice_forwards_the_person_on_the_form():
    body = ("Fra kontaktformularen - en til jer. /Anja\n\n"
            "---------- Videresendt besked ----------\n"
            "Fra: CL Smed hjemmeside <noreply@clsmed.dk>\nDato: 24. mar. 2026 11.57\n"
            "Emne: Ny henvendelse fra kontaktformular\nTil: <info@clsmed.dk>\n\n"
            "Navn: Ulla Berg\nE-mail: ulla.berg@privat.example.dk\nBesked:\n"
            "Stop venligst med at sende kataloger og fjern min adresse fra jeres liste.\n")
    u = understand(plain(body, subject="Fwd: Ny henvendelse fra kontaktformular",
                         sender="anja@clsmed.dk", name="Anja Holm"))
    assert u.classification.intents == ("objection",)
    assert (u.requester_email, u.forwarded_by) == ("ulla.berg@privat.example.dk", "anja@clsmed.dk")


def test_a_colleague_forwarding_our_own_newsletter_forwards_no_one():
    body = ("Se lige vores nyhedsbrev. /Anja\n\n---------- Videresendt besked ----------\n"
            "Fra: CL Smed <nyhedsbrev@clsmed.dk>\nDato: 24. mar. 2026 11.57\n"
            "Emne: Forårstilbud\nTil: <kunder@clsmed.dk>\n\nSpar 20% på altaner i april.\n")
    u = understand(plain(body, subject="Fwd: Forårstilbud", sender="anja@clsmed.dk"))
    assert u.classification.intents == () and u.forwarded_by is None


def test_a_departed_first_name_gets_the_address_the_senders_own_words_give_it():
    body = ("Hej\n\nJeres nyhedsbrev går stadig til Peter Damgaard "
            "(pd@brandt.example.dk), men Peter har ikke været ansat her siden nytår. "
            "Fjern ham venligst fra jeres liste.\n\nMig selv må I gerne beholde på listen.")
    u = understand(plain(body, subject="SV: CL Smed Nyt", sender="anne@brandt.example.dk"))
    assert [(d.name, d.email) for d in u.classification.departed] == [
        ("Peter Damgaard", "pd@brandt.example.dk")]


def _staff_forward(note: str, original: str, subject: str) -> bytes:
    body = (f"{note}\n\n---------- Videresendt besked ----------\n"
            "Fra: Hans Rasmussen <hans@fiber.example.dk>\nDato: 3. marts 2026 09:12\n"
            f"Emne: {subject}\nTil: <faktura@clsmed.dk>\n\n{original}")
    return plain(body, subject=f"VS: {subject}", sender="lise@clsmed.dk", name="Lise Kragh")


def test_a_colleagues_note_relays_what_the_customer_asked_on_the_phone():
    raw = _staff_forward(
        "Hej privacy\n\nHans Rasmussen ringede i formiddags. Han har betalt fakturaen og bad "
        "samtidig om at vi sletter hans mobilnummer og mailadresse.\n\n/Lise",
        "Hej\n\nFaktura 2025-1422 er betalt i dag.\n\nHans", "Betaling af faktura 2025-1422")
    u = understand(raw)
    assert u.classification.intents == ("erasure",)
    assert u.requester_email == "hans@fiber.example.dk"


def test_a_colleagues_note_is_not_read_when_the_forwarded_mail_asks_itself():
    raw = _staff_forward("Til privacy - kan I tage den?\n\n/Lise",
                         "Hej\n\nSend mig en kopi af de oplysninger, I har om mig.\n\nHans",
                         "Mine oplysninger")
    assert understand(raw).classification.intents == ("access",)


def test_a_forwarded_phishing_mail_asks_for_nothing():
    raw = _staff_forward(
        "Hej\n\nDen her kom i nat. Det ligner phishing, men der står noget om sletning.\n\nMette",
        "Kære kunde\n\nVi har modtaget en anmodning om sletning af din konto og alle tilknyttede "
        "persondata i henhold til GDPR. Hvis du ikke har bedt om dette, skal du annullere "
        "anmodningen inden for 24 timer, ellers slettes kontoen permanent.\n\nAnnuller sletning",
        "Anmodning om sletning af din konto")
    assert understand(raw).classification.intents == ()


# --------------------------------------------------------------------------- a yes to our offer
# set127 (stop 18): "ja tak" under the firm's own question asks for what it offered.

_OUR_COPY_OFFER = (
    "Den 11. feb. 2026 kl. 10.30 skrev Birgitte Holm <bh@clsmed.dk>:\n\n"
    "> Kære Inge\n>\n> Tak for besked om din nye adresse. Vi har nu rettet den.\n>\n"
    "> Vil du have, at vi sender dig en kopi af de oplysninger, vi har registreret? Så svar "
    "blot ja.\n>\n> Venlig hilsen\n> Birgitte Holm\n> CL Smed A/S · www.clsmed.dk\n")
_OUR_LIST_OFFER = (
    "Den 9. feb. 2026 kl. 14.12 skrev CL Smed A/S <privacy@clsmed.dk>:\n\n"
    "> Vi har nu slettet dine kontaktoplysninger, som du bad om.\n>\n"
    "> Dit mobilnummer står også på vores liste til sms-tilbud. Skal vi også fjerne dig fra "
    "den? Så svar blot på denne mail.\n>\n> CL Smed A/S\n")
_OUR_COPY_BEFORE_ERASURE = (
    "On Mon, 16 Feb 2026 at 09:30, CL Smed A/S <privacy@clsmed.dk> wrote:\n\n"
    "> We have received your request to delete your personal data.\n>\n"
    "> Before we do so: would you like a copy of the data we hold about you? If so, just "
    "reply \"yes\".\n>\n> CL Smed A/S\n")


def _answer(text: str, quoted: str, subject: str = "Re: Din henvendelse") -> set[str]:
    raw = plain(f"{text}\n\n{quoted}", subject=subject, sender="inge@mail.example.com")
    return set(understand(raw).classification.intents)


def test_a_yes_to_our_offer_of_a_copy_asks_for_access():
    assert _answer("ja tak :)\n\nInge", _OUR_COPY_OFFER) == {"access"}


def test_a_yes_to_our_offer_to_take_someone_off_a_list_named_before_is_an_objection():
    assert _answer("Ja tak, gerne det også", _OUR_LIST_OFFER) == {"objection"}


def test_a_yes_asks_for_the_last_question_not_for_what_our_mail_tells():
    # the mail tells of the erasure asked before; the question offers a copy
    assert _answer("Yes please.\n\nSimon", _OUR_COPY_BEFORE_ERASURE) == {"access"}


def test_a_no_to_our_offer_asks_nothing():
    assert _answer("Nej tak, det behøver jeg ikke.", _OUR_COPY_OFFER) == set()


def test_a_yes_under_someone_elses_question_asks_nothing():
    quoted = _OUR_COPY_OFFER.replace("bh@clsmed.dk", "bh@andet.example.dk").replace(
        "CL Smed A/S · www.clsmed.dk", "Andet Firma")
    assert _answer("ja tak", quoted) == set()


def test_a_yes_with_a_story_of_its_own_is_read_as_the_story():
    text = ("Ja, vi kommer gerne forbi torsdag og kigger på lågen, hvis det passer jer, og så "
            "tager vi tegningerne med.")
    assert _answer(text, _OUR_COPY_OFFER) == set()


def test_a_yes_to_a_question_that_offers_nothing_of_the_kind_asks_nothing():
    quoted = _OUR_COPY_OFFER.replace(
        "Vil du have, at vi sender dig en kopi af de oplysninger, vi har registreret?",
        "Passer det, at vi kommer torsdag kl. 8?")
    assert _answer("ja tak", quoted) == set()


def test_a_reply_under_our_discount_campaign_opts_out():
    raw = plain("Nej tak til flere af de her. Jeg skal ikke have havelåger.\n\nEbbe",
                subject="SV: Forår hos CL Smed – 10 % på havelåger", sender="ebbe@net.example.dk")
    assert understand(raw).classification.intents == ("objection",)


def test_go_ahead_and_delete_everything_under_our_erasure_thread():
    raw = plain("Sure. The job was the staircase at Klitvej 41.\n\nPlease go ahead and delete "
                "everything you're allowed to.\n\nFiona",
                subject="Re: Your erasure request – confirming your identity",
                sender="fiona@example.org")
    assert understand(raw).classification.intents == ("erasure",)


def test_send_the_data_here_under_our_access_thread():
    raw = plain("Ja, det er mig. Send gerne oplysningerne til denne adresse.\n\nTina",
                subject="SV: Din anmodning om indsigt – sag 2026-009",
                sender="tina@example.dk")
    assert understand(raw).classification.intents == ("access",)


def test_our_own_employee_leaving_is_no_customers_contact_leaving():
    # set132 (stop 18): an HR notice to all staff
    raw = plain("Hej alle\n\nPer Vinther fra værkstedet har valgt at stoppe hos os, og hans sidste "
                "arbejdsdag er tirsdag den 31. marts.\n\nPers mail (pv@clsmed.dk) bliver "
                "omstillet til Ulrik fra 1. april.\n\nBirgit", subject="Per Vinther stopper",
                sender="bn@clsmed.dk")
    reading = understand(raw).classification
    assert reading.intents == () and reading.departed == ()


def test_a_customers_contact_leaving_is_still_read_from_our_colleagues_note():
    raw = plain("Hej privacy\n\nJens Holm (jh@holmbyg.example.dk) er stoppet hos Holm Byg, "
                "siger deres bogholder. Kan I fjerne ham?\n\nKasper", subject="Holm Byg",
                sender="km@clsmed.dk")
    reading = understand(raw).classification
    assert "contact_left" in reading.intents
    assert [d.email for d in reading.departed] == ["jh@holmbyg.example.dk"]


@pytest.mark.parametrize("signature", ["(formerly tom.fairbairn@northgatefab.example.com)",
                                       "tidligere: tom.fairbairn@northgatefab.example.com"])
def test_a_former_contact_signing_with_the_old_address_is_on_file_by_it(signature: str) -> None:
    """Who left writes from a private address; the contact on file is the old work one."""
    raw = plain("Hello,\n\nI was your contact at Northgate Fabrication until February, when I "
                "left the company. Could you tell me what you still have on me, and then "
                f"delete it?\n\nBest wishes,\nTom Fairbairn\n{signature}\n",
                sender="tfairbairn@mail.example.com", name="Tom Fairbairn", subject="My details")
    seen = understand(raw)
    assert "contact_left" in seen.classification.intents
    assert [d.email for d in seen.classification.departed] == [
        "tom.fairbairn@northgatefab.example.com"]


def test_a_former_address_of_someone_else_is_not_the_senders() -> None:
    raw = plain("Hej\n\nJeg er stoppet hos Vestbyg og har fået nyt job. Send fremover til min "
                "private adresse.\n\nMvh Jens\nSkriv ikke til min kollega, tidligere "
                "pb@vestbyg.example.dk\n", sender="jens@mail.example.com", subject="Ny adresse")
    departed = understand(raw).classification.departed
    assert all(d.email != "pb@vestbyg.example.dk" for d in departed)



def test_who_left_writing_privately_is_on_file_by_the_address_our_mail_went_to() -> None:
    quote = ("\n\nFrom: Jonas Hog <jonas@clsmed.dk>\nSent: Wednesday, March 4, 2026 2:10 PM\n"
             "To: Chris Moyo <c.moyo@nordhavn.example.com>\nSubject: PO 7781\n\nHi Chris, any "
             "update on the delivery date?\n")
    raw = plain("Hi Jonas,\n\nJust to let you know I've left Nordhavn Steel - Friday was my last "
                "day. Please delete my mobile number.\n\nChris Moyo" + quote,
                sender="chris.moyo@mail.example.com", name="Chris Moyo", subject="RE: PO 7781")
    departed = understand(raw).classification.departed
    assert [d.email for d in departed] == ["c.moyo@nordhavn.example.com"]


def test_who_left_writing_from_work_keeps_that_address() -> None:
    quote = ("\n\nFrom: Jonas Hog <jonas@clsmed.dk>\nTo: Chris Moyo <c.moyo@nordhavn.example.com>"
             "\nSubject: PO 7781\n\nHi Chris, any update?\n")
    raw = plain("Hi Jonas,\n\nI've left Nordhavn Steel - Friday was my last day. Please write to "
                "orders@nordhavn.example.com instead.\n\nChris Moyo" + quote,
                sender="c.moyo@nordhavn.example.com", name="Chris Moyo", subject="RE: PO 7781")
    departed = understand(raw).classification.departed
    assert [d.email for d in departed] == ["c.moyo@nordhavn.example.com"]


@pytest.mark.parametrize(("address", "theirs"), [
    ("tom.fairbairn@northgatefab.example.com", True), ("tfairbairn@northgatefab.example.com", True),
    ("tf@northgatefab.example.com", True), ("tom@northgatefab.example.com", True),
    ("t.fairbairn@northgatefab.example.com", True),
    ("pb@northgatefab.example.com", False), ("customerservice@northgatefab.example.com", False),
    ("tomas.berg@northgatefab.example.com", False),
])
def test_whose_former_address_it_is(address: str, theirs: bool) -> None:
    from bot.reading.classify import Departed
    from bot.reading.understand import _names_owner

    assert _names_owner(Departed("Tom Fairbairn", None), address) is theirs


def test_a_colleagues_phone_note_names_the_person_who_called() -> None:
    raw = plain("Telefonnotat\nRinger: Birthe Holm, tlf. 12 48 93 07, mail "
                "birthe.holm@post.example.org\nHun flytter til Spanien og ønsker alt slettet, "
                "hun er ikke kunde mere.\n/Anne", sender="anne@clsmed.dk", name="Anne",
                subject="Telefonnotat - sletning")
    seen = understand(raw)
    assert seen.classification.intents == ("erasure",)
    assert seen.requester_email == "birthe.holm@post.example.org"
    assert seen.forwarded_by == "anne@clsmed.dk"
    assert not seen.forward_authenticated  # no Authentication-Results: staff look first


def test_our_web_forms_notice_names_the_person_who_wrote() -> None:
    raw = plain("Der er modtaget en ny henvendelse via www.clsmed.dk/kontakt\n\nNavn: Tom Reilly\n"
                "E-mail: tom.reilly@mail.example.com\n\nBesked:\nDelete my account and "
                "everything you've got on me.\n", sender="web@clsmed.dk", name="Kontaktformular",
                subject="Ny henvendelse fra kontaktformularen")
    seen = understand(raw)
    assert seen.requester_email == "tom.reilly@mail.example.com"
    assert seen.classification.intents == ("erasure",)


def test_a_colleagues_own_mail_naming_no_outsider_is_theirs() -> None:
    raw = plain("Hej privacy\n\nJeg vil gerne have en kopi af de oplysninger, I har om mig som "
                "medarbejder.\n\nAnne", sender="anne@clsmed.dk", name="Anne", subject="Indsigt")
    seen = understand(raw)
    assert seen.requester_email == "anne@clsmed.dk" and seen.forwarded_by is None


def test_our_own_mail_servers_bounce_names_no_requester() -> None:
    raw = plain("This is the mail system at host mail.clsmed.dk.\n\nI'm sorry to have to inform "
                "you that your message could not be delivered to one or more recipients.\n\n"
                "<indkob@fjordbyg.example.dk>: host mx.fjordbyg.example.dk said: 550 5.1.1 User "
                "unknown\n", sender="mailer-daemon@clsmed.dk", name="Mail Delivery System",
                subject="Undelivered Mail Returned to Sender")
    seen = understand(raw)
    assert seen.auto and seen.requester_email != "indkob@fjordbyg.example.dk"
