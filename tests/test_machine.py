"""Machine mail is recognised the way an MTA recognises it, and a person's mail is not.

One group per class of evidence (headers, report parts, null sender, the mail system's
addresses, subjects, report bodies, challenge-response robots, Lotus Notes), each with
mail in several languages, and then people's mail that shares words with it: a mention
of a failed delivery, a pasted error line, a quoted or forwarded bounce.
"""

from __future__ import annotations

import pytest

from bot.reading.message import ParsedMessage, parse_message
from bot.reading.understand import understand

OWN = frozenset({"privacy@clsmed.dk"})


def raw_mail(
    body: str,
    *,
    sender: str = "Jens Nielsen <jens.nielsen@mail.example.com>",
    subject: str = "Mine oplysninger",
    headers: str = "",
    content_type: str = "text/plain; charset=utf-8",
) -> bytes:
    head = (f"From: {sender}\nTo: privacy@clsmed.dk\nSubject: {subject}\n"
            "Date: Tue, 03 Mar 2026 10:12:00 +0100\nMessage-ID: <t-1@mail.example.com>\n"
            f"{headers}MIME-Version: 1.0\nContent-Type: {content_type}\n\n")
    return (head + body).encode("utf-8")


def parsed(body: str, **kwargs: str) -> ParsedMessage:
    return parse_message(raw_mail(body, **kwargs), own_addresses=OWN)


def reason(body: str, **kwargs: str) -> str | None:
    return parsed(body, **kwargs).auto_reason


# --------------------------------------------------------------------------- the sender


@pytest.mark.parametrize("headers, sender", [
    ("Return-Path: <>\n", "Mail Server <mx@mail.example.net>"),
    ("", "<>"),
])
def test_null_sender_is_machine(headers: str, sender: str) -> None:
    found = reason("Your message could not be delivered.", headers=headers, sender=sender,
                   subject="Nyaan")
    assert found is not None and found.startswith("null sender")


@pytest.mark.parametrize("sender", [
    "MAILER-DAEMON", "MAILER-DAEMON (Mail Delivery System)", "post_master@vtext.example.com",
    "mailer_daemon@mx.example.jp", "Mail Delivery Subsystem <MAILER-DAEMON>",
    "Mail Delivery System <delivery@mx.example.org>", "POSTMASTER@example.co.jp",
])
def test_mail_system_sender_is_machine(sender: str) -> None:
    assert reason("Error: Invalid user address", sender=sender, subject="Re: Test") is not None


def test_mailer_daemon_keeps_its_reason() -> None:
    """understand._is_bulk reads this reason; it must not change for existing mail."""
    found = reason("x", sender="MAILER-DAEMON@mx.example.org", subject="failure notice")
    assert found == "machine sender (mailer-daemon@mx.example.org)"


def test_return_path_of_a_person_is_not_machine() -> None:
    assert reason("Slet mine data.", headers="Return-Path: <jens.nielsen@mail.example.com>\n") \
        is None


# --------------------------------------------------------------------------- headers


@pytest.mark.parametrize("header", [
    "X-Failed-Recipients: kijitora@example.jp", "X-MS-Exchange-Message-Is-Ndr: ",
    "X-MLServer: fml [fml 4.0.3 release]", "Mailing-List: contact list-help@example.org",
    "List-Subscribe: <mailto:list-ctl@example.org?body=subscribe>",
])
def test_robot_headers_are_machine(header: str) -> None:
    value = header.split(":", 1)[1].strip() or "yes"
    name = header.split(":", 1)[0]
    assert reason("Nyaan", headers=f"{name}: {value}\n", subject="Nyaan") is not None


# --------------------------------------------------------------------------- report parts

_BOUNDARY = "b1"


def _multipart(*parts: tuple[str, str], kind: str = "mixed") -> tuple[str, str]:
    body = "".join(f"--{_BOUNDARY}\nContent-Type: {ctype}\n\n{text}\n" for ctype, text in parts)
    return body + f"--{_BOUNDARY}--\n", f'multipart/{kind}; boundary="{_BOUNDARY}"'


_RETURNED = ("From: jens@clsmed.dk\nTo: kijitora@example.jp\nSubject: Svar\n\n"
             "Tak for din henvendelse.\n")


@pytest.mark.parametrize("ctype, text", [
    ("message/delivery-status", "Reporting-MTA: dns; mx.example.jp\n\n"
     "Final-Recipient: rfc822; kijitora@example.jp\nAction: failed\nStatus: 5.1.1\n"),
    ("message/feedback-report", "Feedback-Type: abuse\nUser-Agent: SomeISP/1.0\nVersion: 1\n"),
    ("message/disposition-notification", "Final-Recipient: rfc822; a@example.jp\n"
     "Disposition: automatic-action/MDN-sent-automatically; displayed\n"),
])
def test_report_part_inside_mixed_is_machine(ctype: str, text: str) -> None:
    body, content_type = _multipart(("text/plain", "Delivery Status"), (ctype, text),
                                    ("message/rfc822", _RETURNED))
    assert reason(body, content_type=content_type, subject="Nyaan") is not None


def test_multipart_report_keeps_its_reason() -> None:
    body, content_type = _multipart(("text/plain", "x"), kind="report")
    assert reason(body, content_type=content_type) == "delivery report"


def test_hotmail_complaint_is_machine() -> None:
    """Hotmail's junk-mail reporting (JMRP) sends the reported mail in multipart/mixed."""
    reported = "X-HmXmrOriginalRecipient: kijitora@example.com\n" + _RETURNED
    body, content_type = _multipart(("message/rfc822", reported))
    found = reason(body, content_type=content_type, sender="staff@hotmail.com",
                   subject="complaint about message from 192.0.2.222")
    assert found is not None and found.startswith("feedback report")


def test_person_attaching_a_bounce_is_not_machine() -> None:
    """The report inside an attached message is not this mail's structure."""
    bounce = ('From: MAILER-DAEMON@mx.example.org\nSubject: Undelivered Mail\n'
              'Content-Type: multipart/report; report-type=delivery-status; boundary="b2"\n\n'
              "--b2\nContent-Type: text/plain\n\nfailed\n--b2\n"
              "Content-Type: message/delivery-status\n\nAction: failed\n--b2--\n")
    body, content_type = _multipart(
        ("text/plain", "Hej\n\nMin mail til jer kom retur, se vedhæftet. Slet venligst mine "
                       "oplysninger.\n\nJens"),
        ("message/rfc822", bounce))
    assert reason(body, content_type=content_type, subject="Min mail kom retur") is None


# --------------------------------------------------------------------------- subjects


@pytest.mark.parametrize("subject", [
    "failure notice", "Delivery failure notification", "Undelivered Mail Returned to Sender",
    "Returned mail: see transcript for details", "Mail delivery failed: returning message",
    "Delivery Status Notification (Failure)", "Nondeliverable mail", "Non Delivery Notification",
    "Unzustellbar: Anfrage", "Non recapitabile: Richiesta", "Onbestelbaar: Vraag",
    "Olevererbart: Fråga", "Kan ikke leveres: Spørgsmål", "Não entregue: Pedido",
    "No se puede entregar: Solicitud", "Impossible de remettre: Demande",
    "Niedostarczalne: Pytanie", "[Postmaster] Email Delivery Failure",
    "mx.example.net Mail delivery failed", "Warning: could not send message for past 4 hours",
    "Delivery Status", "Недоставленное сообщение", "メッセージを配信できません。",
    "Delayed Mail (still being retried)", "DELIVERY FAILURE: User x not listed",
])
def test_delivery_failure_subjects_are_machine(subject: str) -> None:
    assert reason("Nyaan", subject=subject) is not None


@pytest.mark.parametrize("subject", [
    "Automatic reply: Faktura", "Automatische Antwort: Rechnung",
    "Risposta automatica: Fattura", "Respuesta automática: Factura",
    "Réponse automatique : Facture", "Automatisch antwoord: Factuur",
    "Automaattinen vastaus: Lasku", "Out of Office AutoReply: Invoice",
    "AUTO: Jane Doe is out of the office (returning 02.05.2026)",
    "AUTO: Hans Meier ist außer Haus (Rückkehr am 04.05.2026)",
])
def test_auto_reply_subjects_are_machine(subject: str) -> None:
    assert reason("Tak for din mail.", subject=subject) is not None


@pytest.mark.parametrize("subject", [
    "Re: Undeliverable: Faktura", "Fwd: Returned mail: see transcript for details",
    "Delivery delayed - ordre 1234", "Levering af ordre 1234 mislykkedes", "Auto: min bil",
    "Kan ikke leveres før fredag", "Delivery of the gate is late", "Svar om leveringsfejl",
    "Question about delivery status of my order", "Non delivery of order 1234",
    "Undelivered order 1234", "Email not delivered to your sales address - delete my data",
])
def test_people_subjects_are_not_machine(subject: str) -> None:
    assert reason("Hej\n\nSlet venligst mine oplysninger.\n\nJens", subject=subject) is None


# --------------------------------------------------------------------------- report bodies

POSTFIX = """This is the mail system at host mx.example.net.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<kijitora@example.jp>: host mx.example.jp[192.0.2.1] said: 550 5.1.1
    <kijitora@example.jp>: Recipient address rejected: User unknown
"""
QMAIL = """Hi. This is the qmail-send program at mx.example.org.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.
"""
SENDMAIL = """The original message was received at Thu, 29 Apr 2026 23:45:01 +0900
from [192.0.2.31]

   ----- The following addresses had permanent fatal errors -----
<kijitora@example.com>
    (reason: 550 5.1.1 <kijitora@example.com>... User unknown)
"""
EXCHANGE_DE = """Die Zustellung an folgende Empfänger oder Gruppen ist fehlgeschlagen:

kijitora@example.de
Die E-Mail-Adresse wurde nicht gefunden.
"""
EXCHANGE_DA = """Levering til følgende modtagere eller grupper mislykkedes:

jens@example.dk
Mailadressen blev ikke fundet.
"""
EXCHANGE_ES = """La entrega a los siguientes destinatarios ha fallado:

juan@example.es
"""
DSN_LINES = """Reporting-MTA: dns; mx.example.org
Final-Recipient: rfc822; kijitora@example.jp
Action: failed
Status: 5.1.1
Diagnostic-Code: smtp; 550 5.1.1 User unknown
"""


@pytest.mark.parametrize("body", [POSTFIX, QMAIL, SENDMAIL, EXCHANGE_DE, EXCHANGE_DA,
                                  EXCHANGE_ES, DSN_LINES])
def test_report_bodies_without_other_signs_are_machine(body: str) -> None:
    found = reason(body, sender="Mail Server <mx@mail.example.net>", subject="Nyaan")
    assert found is not None and found.startswith("delivery failure text")


def test_report_body_keeps_bounce_reading() -> None:
    """A report is no bulk mail: understand still reads it (and flags the bounce)."""
    reading = understand(raw_mail(POSTFIX, sender="mx@mail.example.net", subject="Nyaan"))
    assert reading.auto and "bulk" not in reading.classification.flags
    assert reading.classification.intents == ()


@pytest.mark.parametrize("body", [
    # Mentions a failed delivery in passing.
    "Hej\n\nJeg fik \"Mail delivery failed\" da jeg skrev til info@, så her igen: slet "
    "venligst alle mine oplysninger.\n\nJens Nielsen",
    "Hi,\n\nMy mail to your sales address was undeliverable, so I write here. Please "
    "delete my personal data.\n\nJohn",
    # Pastes the one error line they got.
    "Hej\n\nJeg får denne fejl når jeg skriver til jer: 550 5.1.1 <salg@clsmed.dk>: "
    "Recipient address rejected: User unknown. Slet mig fra jeres kundeliste.\n\nJens",
    "Hi,\n\nI tried your sales address, but the message could not be delivered: 550 5.1.1 "
    "User unknown. My message was rejected again today. Please delete my data.\n\nJohn",
    # Quotes a bounce below their own words.
    "Hej\n\nSe nedenfor. Jeg vil gerne have indsigt i mine oplysninger.\n\nJens\n\n"
    "> This is the mail system at host mx.example.net.\n> Action: failed\n> Status: 5.1.1\n",
    # Outlook reply: the earlier mail below a header block, without quote marks.
    "Hej igen, jeg har stadig ikke hørt noget.\n\nFra: Mail Delivery System\n"
    "Sendt: 3. marts 2026\nEmne: Undelivered Mail\n\nThis is the mail system at host x.\n"
    "Action: failed\nStatus: 5.1.1\n",
    # A person waiting for us.
    "Hello, I am still awaiting your confirmation that my data has been deleted. "
    "Please reply to this mail.\n\nAnna",
    "Hej\n\nJeg er ikke på kontoret i næste uge, men slet venligst mine data.\n\nJens",
])
def test_people_mentioning_bounces_are_not_machine(body: str) -> None:
    assert reason(body) is None


def test_person_forwarding_a_bounce_is_not_machine() -> None:
    body = ("Hej\n\nMin anmodning kom retur. Slet venligst mine oplysninger.\n\nJens\n\n"
            "---------- Forwarded message ---------\nFrom: Mail Delivery Subsystem "
            "<mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n\n"
            + POSTFIX)
    assert reason(body, subject="Fwd: Delivery Status Notification (Failure)") is None


# --------------------------------------------------------------------------- other robots


@pytest.mark.parametrize("body", [
    "Hello,\n\nI use a challenge-response system to protect my inbox. Your message is held "
    "pending verification. Please click the link below to confirm you are a human:\n"
    "https://verify.example.net/c/8812\n",
    "Your email to kijitora@example.net has been held until you verify that you are a "
    "real person. To release it, click https://boxbe.example.com/r?id=1\n",
    "Hej\n\nDin mail er tilbageholdt, indtil du har bekræftet at du er et menneske. "
    "Klik her: https://bekraeft.example.dk/x\n",
])
def test_challenge_response_is_machine(body: str) -> None:
    found = reason(body, sender="kijitora@example.net", subject="Re: Mine oplysninger")
    assert found is not None and found.startswith("challenge-response")


@pytest.mark.parametrize("body", [
    "I will be out of the office starting 01.07.2026 and will not return until 22.07.2026.\n\n"
    "I will respond to your message when I return.",
    "Ich werde ab 01.07.2026 nicht im Büro sein. Ich kehre zurück am 22.07.2026.",
])
def test_lotus_notes_absence_without_headers_is_machine(body: str) -> None:
    assert reason(body, subject="Faktura 1234") is not None


def test_body_scan_reads_only_the_top() -> None:
    """The body is scanned on its first HEAD_CHARS only, so a huge mail costs no more: the
    same robot's words are found at the top and not below that much of the mail's text."""
    from bot.reading.machine import HEAD_CHARS
    robot = ("I use a challenge-response system to protect my inbox. Your message is held "
             "pending verification. Please click the link below to confirm you are a human:\n"
             "https://verify.example.net/c/8812\n")
    filler = "Tak for tilbuddet, vi vender tilbage om tagbøjlerne.\n" * (HEAD_CHARS // 40)
    assert reason(robot + filler * 2_000, sender="kijitora@example.net") is not None
    assert reason(filler + robot, sender="kijitora@example.net") is None
