"""Real-world MIME becomes one message with the sender's own words (issue: spine §5)."""

from __future__ import annotations

import pytest

from bot.reading.message import html_to_text, parse_message
from bot.reading.quotes import split_text
from tests.mailfactory import alternative, plain

OWN = frozenset({"privacy@clsmed.dk"})


@pytest.mark.parametrize("charset", ["utf-8", "iso-8859-1", "windows-1252"])
@pytest.mark.parametrize("encoding", [None, "base64"])
def test_charsets_and_transfer_encodings_decode(charset, encoding):
    raw = plain("Jeg ønsker indsigt i mine oplysninger. Søren Æbelø", charset=charset,
                encoding=encoding, name="Søren Ærø")
    parsed = parse_message(raw)
    assert parsed.own_text == "Jeg ønsker indsigt i mine oplysninger. Søren Æbelø"
    assert parsed.sender_name == "Søren Ærø"  # RFC 2047 display name
    assert parsed.sender == "jens.nielsen@mail.example.com"


def test_latin1_label_with_windows_1252_bytes_keeps_smart_quotes():
    raw = (b"From: a@example.com\r\nSubject: x\r\nContent-Type: text/plain; charset=iso-8859-1"
           b"\r\n\r\n\x93Slet mig\x94 \x80 s\xf8ren\r\n")
    assert parse_message(raw).own_text == "“Slet mig” € søren"


def test_unknown_charset_falls_back_without_error():
    raw = (b"From: a@example.com\r\nSubject: x\r\nContent-Type: text/plain; charset=x-klingon"
           b"\r\n\r\nslet mine data \xc3\xa6\xc3\xb8\xc3\xa5\r\n")
    assert parse_message(raw).own_text == "slet mine data æøå"


def test_rfc2047_subject_and_quoted_printable_body():
    raw = (b"From: =?iso-8859-1?Q?S=F8ren?= <s@example.dk>\r\n"
           b"Subject: =?utf-8?B?QW5tb2RuaW5nIG9tIHNsZXRuaW5n?=\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n"
           b"Content-Transfer-Encoding: quoted-printable\r\n\r\n"
           b"Jeg =C3=B8nsker sletning af alle mine oplysninger, ogs=C3=A5 de gam=\r\nle.\r\n")
    parsed = parse_message(raw)
    assert parsed.subject == "Anmodning om sletning"
    assert parsed.sender_name == "Søren"
    assert parsed.own_text == "Jeg ønsker sletning af alle mine oplysninger, også de gamle."


def test_alternative_prefers_plain_and_html_only_is_converted():
    raw = alternative("Plain: send mig mine data", "<p>HTML: send mig mine data</p>")
    assert parse_message(raw).own_text == "Plain: send mig mine data"
    html_only = (b"From: a@example.com\r\nSubject: x\r\nContent-Type: text/html; charset=utf-8\r\n"
                 b"\r\n<html><head><style>p{color:red}</style></head><body><div>Hej</div>"
                 b"<div>Slet&nbsp;mine oplysninger<br>tak</div><script>alert('x')</script>"
                 b"</body></html>\r\n")
    text = parse_message(html_only).own_text
    assert "Slet\xa0mine oplysninger" in text and "alert" not in text and "color" not in text


def test_html_blockquote_is_quoted_history():
    text = html_to_text("<p>Tak, det er fint</p><blockquote>Vi har slettet dine data</blockquote>")
    split = split_text(text)
    assert split.own == "Tak, det er fint"
    assert "slettet" in split.quoted


@pytest.mark.parametrize(
    "history",
    [
        "Den tir. 3. mar. 2026 kl. 10.12 skrev CL Smed A/S <privacy@clsmed.dk>:\n> Vi har slettet",
        "On Tue, 3 Mar 2026 at 10:12, CL Smed A/S <privacy@clsmed.dk> wrote:\n> We deleted",
        "Fra: CL Smed A/S <privacy@clsmed.dk>\nSendt: 3. marts 2026 10:12\nTil: Jens\n"
        "Emne: Sletning\n\nVi har slettet dine oplysninger",
        "-----Original Message-----\nFrom: privacy@clsmed.dk\nSubject: sletning\n\nslettet",
        "Am 03.03.2026 um 10:12 schrieb CL Smed A/S <privacy@clsmed.dk>:\n> gelöscht",
    ],
)
def test_quoted_history_is_not_the_senders_text(history):
    split = split_text(f"Tak for svaret.\n\n{history}")
    assert split.own == "Tak for svaret."
    assert "lette" in split.quoted or "delete" in split.quoted or "gelöscht" in split.quoted


def test_inline_quote_lines_are_dropped_but_answers_kept():
    split = split_text("> Ønsker du sletning?\nJa, slet alt.\n> Og indsigt?\nNej tak.")
    assert split.own == "Ja, slet alt.\nNej tak."


def test_signature_and_disclaimer_are_cut():
    text = ("Ret venligst min adresse til Kirkevej 14.\n\nMed venlig hilsen\nJens Nielsen\n"
            "Tlf. 40 12 34 56\n\nDenne e-mail kan indeholde fortrolige oplysninger og "
            "personoplysninger omfattet af GDPR. Slet den, hvis du ikke er modtageren.")
    split = split_text(text)
    assert split.own == "Ret venligst min adresse til Kirkevej 14."
    assert "GDPR" in split.signature


def test_staff_forward_exposes_the_original_sender_and_text():
    body = ("Videresender lige denne her.\n\n---------- Videresendt besked ----------\n"
            "Fra: Jens Nielsen <jens.nielsen@mail.example.com>\nDato: tir. 3. mar. 2026\n"
            "Emne: Slet mig\nTil: <info@clsmed.dk>\n\nSlet venligst alle mine oplysninger.\n\n"
            "Mvh Jens")
    parsed = parse_message(plain(body, subject="VS: Slet mig", sender="mette@clsmed.dk",
                                 name="Mette"))
    assert parsed.own_text == "Videresender lige denne her."
    assert parsed.forwarded is not None
    assert parsed.forwarded.sender == "jens.nielsen@mail.example.com"
    assert parsed.forwarded.text == "Slet venligst alle mine oplysninger."


def test_outlook_forward_with_mailto_brackets():
    body = ("FYI\n\nFrom: Jens Nielsen [mailto:jens.nielsen@mail.example.com]\n"
            "Sent: 3 March 2026 10:12\nTo: info@clsmed.dk\nSubject: My data\n\n"
            "Please send me a copy of my data.")
    parsed = parse_message(plain(body, subject="FW: My data", sender="mette@clsmed.dk"))
    assert parsed.forwarded is not None
    assert parsed.forwarded.sender == "jens.nielsen@mail.example.com"
    assert parsed.forwarded.text == "Please send me a copy of my data."


@pytest.mark.parametrize(
    ("extra", "reason"),
    [
        ({"Auto-Submitted": "auto-replied"}, "Auto-Submitted"),
        ({"Precedence": "bulk"}, "Precedence"),
        ({"List-Id": "<nyhedsbrev.example.com>"}, "mailing list"),
        ({"X-Autoreply": "yes"}, "auto-reply"),
    ],
)
def test_machine_mail_is_recognised(extra, reason):
    parsed = parse_message(plain("Tak for din mail", extra=extra))
    assert parsed.auto and reason in (parsed.auto_reason or "")


def test_ordinary_mail_is_not_machine_mail():
    assert not parse_message(plain("Slet mig", extra={"Auto-Submitted": "no"})).auto


def test_own_address_and_daemons_are_machine_mail():
    assert parse_message(plain("x", sender="privacy@clsmed.dk"), own_addresses=OWN).auto
    assert parse_message(plain("x", sender="MAILER-DAEMON@mx.example.com")).auto
    assert parse_message(plain("Jeg er på ferie", subject="Autosvar: Tilbud")).auto


def test_delivery_report_is_machine_mail():
    raw = (b"From: MAILER-DAEMON@mx.example.com\r\nTo: privacy@clsmed.dk\r\nSubject: failure\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/report; report-type=delivery-status;"
           b" boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nUser unknown\r\n--b\r\n"
           b"Content-Type: message/delivery-status\r\n\r\nStatus: 5.1.1\r\n--b--\r\n")
    parsed = parse_message(raw)
    assert parsed.auto_reason in (
        "delivery report", "machine sender (mailer-daemon@mx.example.com)"
    )


def test_threading_headers_are_read():
    raw = plain("Tak", extra={"In-Reply-To": "<DSR-2026-00001.ack@clsmed.dk>",
                              "References": "<a@x> <DSR-2026-00001.ack@clsmed.dk>"})
    parsed = parse_message(raw)
    assert parsed.in_reply_to == "<DSR-2026-00001.ack@clsmed.dk>"
    assert parsed.references == ("<a@x>", "<DSR-2026-00001.ack@clsmed.dk>")
    assert parsed.message_id == "<req-1@mail.example.com>"


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\x00\x00\x00",
        b"From: \r\nSubject: =?utf-8?q?broken\r\n\r\nbody",
        b"Content-Type: multipart/mixed; boundary=zz\r\n\r\n--zz\r\nContent-Type: text/plain\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64",
        b"From: a@b\r\nContent-Type: text/plain; charset=\"\r\n\r\nhej\x00med\x00nul",
    ],
)
def test_broken_input_parses_without_raising(raw):
    parsed = parse_message(raw)
    assert "\x00" not in parsed.own_text


def test_format_flowed_is_joined_back_into_sentences():
    raw = (b"From: a@mail.example.com\r\nSubject: x\r\n"
           b"Content-Type: text/plain; charset=utf-8; format=flowed\r\n\r\n"
           b"Jeg vil gerne have slettet alle de oplysninger, \r\nI har om mig.\r\n\r\n"
           b"> citat der \r\n> fortsaetter\r\n")
    parsed = parse_message(raw)
    assert parsed.own_text == "Jeg vil gerne have slettet alle de oplysninger, I har om mig."
