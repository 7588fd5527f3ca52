"""The sender's own words apart from quotes (issue #9): one test per kind of mail layout.

Each example is a small realistic mail of our own, in Danish or English: answers between
quotes, text under a quote, format=flowed quote depth, HTML replies, Outlook header blocks
in the languages our customers write, Gmail, Apple Mail, mail.ru and Yandex attributions,
phone signatures and forwards.
"""

from __future__ import annotations

import pytest

from bot.reading.message import html_to_text, parse_message
from bot.reading.quotes import split_text, unflow
from tests.mailfactory import plain


def _html_mail(html: str, subject: str = "SV: Sletning") -> bytes:
    return (f"From: Jens <jens@mail.example.com>\r\nTo: privacy@clsmed.dk\r\nSubject: {subject}"
            "\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html).encode()


# --- answers between and under quotes ----------------------------------------------------


def test_answers_between_quotes_are_all_kept_in_order():
    text = ("Den tir. 3. mar. 2026 kl. 10.12 skrev CL Smed A/S <privacy@clsmed.dk>:\n"
            "> Hvad er dit kundenummer?\n\nDet er 40213.\n\n> Og din nuværende adresse?\n\n"
            "Kirkevej 14, 7100 Vejle.\n\n> Vi sletter så de gamle oplysninger.\n\n"
            "Ja tak, slet dem.\n\nMvh Jens")
    split = split_text(text)
    assert split.own == "Det er 40213.\n\nKirkevej 14, 7100 Vejle.\n\nJa tak, slet dem."
    assert split.signature == "Mvh Jens"
    assert split.quoted.startswith("Den tir. 3. mar. 2026")  # quoted_own_words reads this


def test_text_written_under_the_quote_is_the_senders():
    text = ("On Tue, 3 Mar 2026 at 10:12, CL Smed A/S <privacy@clsmed.dk> wrote:\n"
            "> Would you like us to delete your data?\n\nYes please, delete everything.")
    assert split_text(text).own == "Yes please, delete everything."


def test_greeting_above_the_attribution_stays_with_the_answer():
    text = ("Hi,\nOn Tue, 3 Mar 2026 at 10:12, Mette <mette@clsmed.dk> wrote:\n"
            "> Which address?\n\nThe one in Vejle.")
    assert split_text(text).own == "Hi,\n\nThe one in Vejle."


def test_a_sentence_ending_in_a_colon_is_not_an_attribution():
    text = "Jeg skrev til jer den 3. marts 2026:\n\nJeg ønsker indsigt i mine oplysninger."
    assert split_text(text).own == text


def test_a_paragraph_whose_verb_goes_on_is_not_an_attribution():
    # a flowed paragraph joined into one line: an address, "skrev" and a colon, but the verb
    # opens a sentence that goes on (set237: everything under it was lost)
    text = ("Jeg var jeres kontakt hos Hansen Stål (bk@hansenstaal.example.dk), men jeg er "
            "fratrådt pr. 1. marts. Jeg skrev det kort til Søren i sidste uge, men vil gerne "
            "have det formelt:\n\n1) Send mig en kopi af hvad I har om mig.\n2) Slet mig.")
    assert split_text(text).own == text


def test_an_attribution_naming_the_writer_after_the_verb_is_still_cut():
    text = ("Tak, slet det hele.\n\nDen tir. 3. mar. 2026 kl. 10.12 skrev Jens Peter Hansen "
            "Sørensen <jens@hansen.example.dk>:\nVil du have dine oplysninger slettet?")
    assert split_text(text).own == "Tak, slet det hele."


# --- format=flowed -----------------------------------------------------------------------


def test_flowed_quote_does_not_swallow_the_reply_below_it():
    assert unflow("> Vil du slettes? \r\nJa tak.", delsp=False) == "> Vil du slettes? \nJa tak."


def test_flowed_lines_join_within_one_quote_depth():
    text = ">> gammel \r\n>> tekst\r\n> svar \r\n> fortsat\r\nnyt \r\n svar"
    assert unflow(text, delsp=False) == ">> gammel tekst\n> svar fortsat\nnyt svar"


def test_flowed_reply_under_a_quote_in_a_real_message():
    raw = (b"From: a@mail.example.com\r\nSubject: Re: x\r\n"
           b"Content-Type: text/plain; charset=utf-8; format=flowed\r\n\r\n"
           b"Den 03.03.2026 10:12, CL Smed A/S skrev:\r\n> Skal vi slette dine data? \r\n"
           b"Ja, slet alt.\r\n")
    assert parse_message(raw).own_text == "Ja, slet alt."


def test_delsp_removes_the_soft_break_space():
    assert unflow("oplys\r\nninger", delsp=True) == "oplys\nninger"
    assert unflow("oplys \r\nninger", delsp=True) == "oplysninger"


# --- HTML --------------------------------------------------------------------------------


def test_inline_html_stays_on_one_line_and_blocks_break():
    html = ("<div><b>Fra:</b>&nbsp;<a href='mailto:m@clsmed.dk'>Mette</a><br>"
            "<b>Sendt:</b> 3. marts 2026</div><p>Ny <span>linje</span></p>"
            "<table><tr><td>Navn</td><td>Jens</td></tr></table>")
    assert html_to_text(html) == "Fra:\xa0Mette\nSendt: 3. marts 2026\nNy linje\nNavn Jens"


def test_html_blockquotes_become_quoted_lines_and_hidden_parts_go():
    html = ("<head><title>x</title><style>p{}</style></head><body><p>Ja tak</p>"
            "<blockquote><div>Slet?</div><blockquote>Ældre</blockquote></blockquote>"
            "<pre>kode  1\nkode 2</pre><script>alert(1)</script></body>")
    assert html_to_text(html) == "Ja tak\n> Slet?\n> > Ældre\nkode  1\nkode 2"


def test_broken_html_gives_what_it_can():
    assert html_to_text("<p>Slet mig</p><![ broken") == "Slet mig"


def test_outlook_html_reply_is_cut_at_its_header_block():
    html = ("<p class=MsoNormal>Ja tak, slet alt.<o:p></o:p></p><div style='border:none;"
            "border-top:solid #E1E1E1 1.0pt'><p class=MsoNormal><b>Fra:</b> CL Smed A/S "
            "&lt;privacy@clsmed.dk&gt;<br><b>Sendt:</b> 3. marts 2026 10:12<br><b>Til:</b> "
            "Jens<br><b>Emne:</b> Sletning</p></div><p>Ønsker du sletning?</p>")
    parsed = parse_message(_html_mail(html))
    assert parsed.own_text == "Ja tak, slet alt."
    assert "Ønsker du sletning?" in parsed.quoted_text


def test_gmail_html_reply_drops_its_attribution_and_quote():
    html = ('<div dir="ltr">Tak, det er fint.</div><br><div class="gmail_quote">'
            '<div class="gmail_attr">Den tir. 3. mar. 2026 kl. 10.12 skrev CL Smed A/S &lt;'
            '<a href="mailto:privacy@clsmed.dk">privacy@clsmed.dk</a>&gt;:<br></div>'
            '<blockquote class="gmail_quote">Vi har slettet dine data.</blockquote></div>')
    assert parse_message(_html_mail(html)).own_text == "Tak, det er fint."


def test_thunderbird_html_answers_between_quotes():
    html = ('<div class="moz-cite-prefix">On 03/03/2026 10:12, CL Smed A/S wrote:<br></div>'
            '<blockquote type="cite">Customer number?</blockquote><p>40213</p>'
            '<blockquote type="cite">Address?</blockquote><p>Kirkevej 14</p>')
    assert parse_message(_html_mail(html)).own_text == "40213\nKirkevej 14"


def test_hotmail_header_block_starting_with_the_date():
    html = ("<div>Fint, tak.<br><div><hr id='stopSpelling'>Date: Tue, 3 Mar 2026 10:12 +0100"
            "<br>Subject: Sletning<br>From: privacy@clsmed.dk<br>To: jens@mail.example.com"
            "<br><br><div>Vi har slettet dine data.</div></div></div>")
    assert parse_message(_html_mail(html)).own_text == "Fint, tak."


# --- Outlook header blocks in many languages ---------------------------------------------


@pytest.mark.parametrize(
    "header",
    [
        "Fra: CL Smed A/S <privacy@clsmed.dk>\nSendt: 3. marts 2026 10:12\nTil: Jens\n"
        "Emne: Sletning",
        "Fra: CL Smed A/S <privacy@clsmed.dk>\nSendt: tirsdag 3. mars 2026 10:12\nTil: Jens\n"
        "Emne: Sletting",  # Norwegian
        "Från: CL Smed A/S <privacy@clsmed.dk>\nSkickat: den 3 mars 2026 10:12\nTill: Jens\n"
        "Ämne: Radering",
        "Von: CL Smed A/S <privacy@clsmed.dk>\nGesendet: Dienstag, 3. März 2026 10:12\nAn: Jens\n"
        "Betreff: Löschung",
        "Van: CL Smed A/S <privacy@clsmed.dk>\nVerzonden: dinsdag 3 maart 2026 10:12\nAan: Jens\n"
        "Onderwerp: Verwijdering",
        "De : CL Smed A/S <privacy@clsmed.dk>\nEnvoyé : mardi 3 mars 2026 10:12\nÀ : Jens\n"
        "Objet : Suppression",
        "От: CL Smed A/S <privacy@clsmed.dk>\nОтправлено: 3 марта 2026 г. 10:12\nКому: Jens\n"
        "Тема: Удаление",
        "*From:* CL Smed A/S [mailto:privacy@clsmed.dk]\n*Sent:* Tuesday, March 3, 2026 10:12 AM\n"
        "*To:* Jens\n*Subject:* Deletion",
        "________________________________\nFrom: CL Smed A/S <privacy@clsmed.dk>\n"
        "Sent: Tuesday, March 3, 2026 10:12 AM\nTo: Jens\nSubject: Deletion",
    ],
)
def test_outlook_header_block_in_any_language_ends_the_own_text(header):
    text = f"Tak, det er fint.\n\n{header}\n\nVi har slettet dine data.\n\n> ældre\n\nmere historik"
    split = split_text(text)
    assert split.own == "Tak, det er fint."
    assert "slettet" in split.quoted and "historik" in split.quoted
    assert split.forwarded_block is None


def test_a_form_with_two_header_like_fields_is_not_history():
    text = "Fra: Jens Nielsen\nEmne: Indsigt\nBesked: Send mig mine oplysninger."
    assert split_text(text).own == text


# --- attribution lines ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "attribution",
    [
        "Den tir. 3. mar. 2026 kl. 10.12 skrev CL Smed A/S <privacy@clsmed.dk>:",
        "tir. 3. mar. 2026 kl. 10.12 skrev CL Smed A/S <privacy@clsmed.dk>:",  # Gmail, no "Den"
        "Den tir. 3. mar. 2026 kl. 10.12 skrev CL Smed A/S <\nprivacy@clsmed.dk>:",
        "On Tue, Mar 3, 2026 at 10:12 AM CL Smed A/S\n<privacy@clsmed.dk>\nwrote:",
        "2026-03-03 10:12 GMT+01:00 CL Smed A/S <privacy@clsmed.dk>:",  # Gmail, ISO date
        "03.03.2026, 10:12, \"CL Smed A/S\" <privacy@clsmed.dk>:",  # Yandex
        "Tue, 3 Mar 2026 10:12:00 +0100 от CL Smed A/S <privacy@clsmed.dk>:",  # mail.ru
        "03.03.2026 10:12 пользователь \"CL Smed\" <\nprivacy@clsmed.dk> написал:",  # Android
        "Am 03.03.2026 um 10:12 schrieb CL Smed A/S <privacy@clsmed.dk>:",
        "Le 3 mars 2026 à 10:12, CL Smed A/S <privacy@clsmed.dk> a écrit :",
        "Op 3 mrt. 2026 om 10:12 heeft CL Smed A/S <privacy@clsmed.dk> het volgende "
        "geschreven:",
    ],
)
def test_attributions_in_every_form_leave_only_the_answer(attribution):
    text = f"Ja, slet mine data.\n\n{attribution}\n\n> Ønsker du sletning?\n>\n> CL Smed"
    split = split_text(text)
    assert split.own == "Ja, slet mine data."
    assert split.quoted.startswith(attribution.split("\n")[0])


def test_attribution_over_an_unquoted_original_ends_the_own_text():
    text = ("Ok, tak.\n\nOn Tuesday, March 3, 2026, 10:12 AM, CL Smed <privacy@clsmed.dk> wrote:"
            "\n\nVi har slettet dine data.")
    assert split_text(text).own == "Ok, tak."


def test_a_dated_line_with_an_address_counts_only_above_a_quote():
    text = "Mit nummer pr. 03.03.2026 10:12 er registreret under jens@mail.example.com:\n\n40213"
    assert split_text(text).own == text


# --- signatures ------------------------------------------------------------------------------


def test_phone_footer_is_a_signature_but_a_sentence_is_not():
    assert split_text("Slet mig.\n\nSendt fra min iPhone").signature == "Sendt fra min iPhone"
    text = "Slet mig.\n\nSent from my desk, which is easier than my phone."
    assert split_text(text).own == text


# --- forwards ------------------------------------------------------------------------------


def test_original_message_line_is_reply_history_not_a_forward():
    text = ("Tak.\n\n-----Oprindelig meddelelse-----\nFra: Mette <mette@clsmed.dk>\n"
            "Sendt: 3. marts 2026 10:12\nTil: Jens\nEmne: Sletning\n\nSlettet.")
    split = split_text(text)
    assert split.own == "Tak." and split.forwarded_block is None


def test_outlook_forward_under_a_rule_names_the_customer():
    body = ("Kan I tage denne?\n\n________________________________\n"
            "Fra: Jens Nielsen <jens.nielsen@mail.example.com>\nSendt: 3. marts 2026 10:12\n"
            "Til: info@clsmed.dk\nEmne: Slet mig\n\nSlet venligst mine oplysninger.")
    parsed = parse_message(plain(body, subject="VS: Slet mig", sender="mette@clsmed.dk"))
    assert parsed.own_text == "Kan I tage denne?"
    assert parsed.forwarded is not None
    assert parsed.forwarded.sender == "jens.nielsen@mail.example.com"
    assert parsed.forwarded.subject == "Slet mig"
    assert parsed.forwarded.text == "Slet venligst mine oplysninger."


def test_apple_mail_forward_inside_a_quote_names_the_customer():
    html = ("Til jer<br><blockquote type='cite'><div>Begin forwarded message:</div><br>"
            "<div><b>From: </b>Jens Nielsen &lt;jens.nielsen@mail.example.com&gt;</div>"
            "<div><b>Subject: </b>Slet mig</div><div><b>Date: </b>3 March 2026 at 10:12:00 CET"
            "</div><br><div>Slet venligst mine oplysninger.</div></blockquote>")
    parsed = parse_message(_html_mail(html, subject="Fwd: Slet mig"))
    assert parsed.own_text == "Til jer"
    assert parsed.forwarded is not None
    assert parsed.forwarded.sender == "jens.nielsen@mail.example.com"
    assert parsed.forwarded.text == "Slet venligst mine oplysninger."


def test_a_postscript_below_the_signature_is_the_senders_own_text() -> None:
    split = split_text("Bestilling: 40 tagbøjler.\n\nHilsen\nMartin Skov\nSkov Tag ApS\n\n"
                       "PS: Send mig ikke flere tilbudsmails.\n")
    assert "PS: Send mig ikke flere tilbudsmails." in split.own
    assert "Martin Skov" in split.signature and "tilbudsmails" not in split.signature


def test_a_disclaimer_after_a_postscript_stays_out() -> None:
    split = split_text("Tak.\n\nMvh\nIb\n\nP.S. Ret min adresse til Søvej 2.\n\n"
                       "Denne e-mail kan indeholde fortrolige oplysninger.\n")
    assert "Ret min adresse" in split.own and "fortrolige" not in split.own


def test_answers_marked_inside_an_unquoted_history_are_the_senders():
    text = ("Hej Bo, mine svar står inde i din mail med [KL].\n\nMvh Karen\n\n"
            "-----Oprindelig meddelelse-----\nFra: Bo <bo@clsmed.dk>\nSendt: 2. marts 2026\n"
            "Emne: Spørgsmål\n\nSkal regningen til Ole?\n\n[KL] Nej, Ole er stoppet hos os.\n\n"
            "Er tegningen godkendt?\n\n  --> Ja, send den.\n")
    split = split_text(text)
    assert "Nej, Ole er stoppet hos os." in split.own and "Ja, send den." in split.own
    assert "Skal regningen til Ole?" not in split.own


def test_marked_lines_in_a_history_stay_history_without_the_senders_word():
    text = ("Tak for sidst.\n\n-----Oprindelig meddelelse-----\nFra: Bo <bo@clsmed.dk>\n"
            "Sendt: 2. marts 2026\nEmne: Referat\n\n[KL] Ole er stoppet hos os.\n")
    assert "Ole" not in split_text(text).own


def test_a_ticket_receipt_echoing_the_mail_it_got_keeps_the_echo_as_history():
    text = ("Vi har modtaget din henvendelse og oprettet sag 123.\n\nDin henvendelse:\n"
            "------------------------------\nHej\nVores lagermand Ib Berg er fratrådt.\n"
            "------------------------------\n")
    split = split_text(text)
    assert "fratrådt" not in split.own and "fratrådt" in split.quoted


@pytest.mark.parametrize("marker", ["Start på videresendt besked:", "Start på videresendt e-mail:",
                                    "Begin forwarded message:"])
def test_an_iphone_forward_with_a_quoted_header_block_names_the_original(marker: str) -> None:
    """Apple Mail on a phone: the note, then the marker, then the original as a '>' quote."""
    from bot.reading.understand import understand

    raw = plain("Til privacy – videresender, det er vist en til jer.\n\n/Susanne\n\n"
                f"{marker}\n\n> Fra: Kasper Holt <kasper.holt@mail.example.com>\n"
                "> Dato: 16. marts 2026 kl. 08.12.40 CET\n> Til: info@clsmed.dk\n"
                "> Emne: Optagelser\n>\n> Hej\n>\n> Jeg vil gerne bede om at få udleveret de "
                "optagelser, hvor jeg er med.\n", sender="susanne@clsmed.dk",
                subject="Fwd: Optagelser")
    seen = understand(raw)
    assert seen.requester_email == "kasper.holt@mail.example.com"
    assert seen.classification.intents == ("access",)
