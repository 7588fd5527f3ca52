"""Who is asking and what for: forwards, bulk mail and departed people's addresses."""

from __future__ import annotations

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


def test_a_reminder_quoting_the_senders_own_request_still_asks_for_it():
    body = ("Hej igen\n\nJeg har stadig ikke hørt fra jer om min henvendelse.\n\n"
            "Den man. 9. feb. 2026 kl. 21.05 skrev Jakob Thorsen <jakob@mail.example.com>:\n"
            "> Jeg vil gerne have en kopi af de personoplysninger, I har om mig.\n")
    u = understand(plain(body, subject="Re: Mine data", sender="jakob@mail.example.com"))
    assert u.classification.intents == ("access",)


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
