"""Builders for realistic raw test mails (bytes), shared by the test modules."""

from __future__ import annotations

from email.header import Header
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.policy import SMTP
from email.utils import formataddr


def plain(
    body: str,
    *,
    subject: str = "Anmodning",
    sender: str = "jens.nielsen@mail.example.com",
    name: str = "Jens Nielsen",
    charset: str = "utf-8",
    encoding: str | None = None,
    message_id: str = "<req-1@mail.example.com>",
    extra: dict[str, str] | None = None,
    to: str = "privacy@clsmed.dk",
) -> bytes:
    msg = MIMEText(body, "plain", charset)
    if encoding == "base64":
        from email import encoders

        del msg["Content-Transfer-Encoding"]
        msg.set_payload(body.encode(charset))
        encoders.encode_base64(msg)
    msg["From"] = formataddr((str(Header(name, "utf-8")), sender))
    msg["To"] = to
    msg["Subject"] = Header(subject, "utf-8").encode()
    msg["Message-ID"] = message_id
    msg["Date"] = "Tue, 03 Mar 2026 10:12:00 +0100"
    for key, value in (extra or {}).items():
        msg[key] = value
    return msg.as_bytes(policy=SMTP)


def alternative(text: str, html: str, **kwargs: str) -> bytes:
    msg = MIMEMultipart("alternative")
    msg.attach(MIMEText(text, "plain", "utf-8"))
    msg.attach(MIMEText(html, "html", "utf-8"))
    msg["From"] = kwargs.get("sender", "Jens Nielsen <jens.nielsen@mail.example.com>")
    msg["To"] = "privacy@clsmed.dk"
    msg["Subject"] = kwargs.get("subject", "Mine data")
    msg["Message-ID"] = kwargs.get("message_id", "<alt-1@mail.example.com>")
    return msg.as_bytes(policy=SMTP)
