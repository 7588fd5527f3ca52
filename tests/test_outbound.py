"""Outbox delivery: Maildir, and an SMTP relay with STARTTLS and login (real aiosmtpd)."""

from __future__ import annotations

import asyncio
import mailbox
import ssl
from email.message import EmailMessage

import pytest
import trustme
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
from sqlmodel import select

from bot.config import OutboundConfig
from bot.outbound.outbox import MaildirTransport, Sender, SmtpTransport, queue_mail
from bot.store.models import Outbox


def _mail(n: int = 1) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "CL Smed A/S <privacy@clsmed.dk>"
    msg["To"] = "jens.nielsen@mail.example.com"
    msg["Subject"] = f"Test {n}"
    msg["Message-ID"] = f"<test-{n}@clsmed.dk>"
    msg.set_content("Hej")
    return msg


def _queue(db, n: int = 1) -> int:
    with db.transaction() as session:
        row = queue_mail(session, _mail(n), case_id=None, kind="test", template="none")
        assert row.id is not None
        return row.id


def _row(db, outbox_id: int) -> Outbox:
    with db.transaction() as session:
        row = session.get(Outbox, outbox_id)
        assert row is not None
        return row


async def test_maildir_redelivery_after_a_crash_leaves_one_copy(tmp_path):
    transport = MaildirTransport(tmp_path / "out")
    raw = _mail().as_bytes()
    await transport.deliver("x@example.com", "<test-1@clsmed.dk>", raw)
    await transport.deliver("x@example.com", "<test-1@clsmed.dk>", raw)  # crash before mark_sent
    await transport.deliver("x@example.com", "<test-2@clsmed.dk>", _mail(2).as_bytes())
    box = mailbox.Maildir(tmp_path / "out", create=False)
    ids = sorted(message["Message-ID"] for message in box)
    assert ids == ["<test-1@clsmed.dk>", "<test-2@clsmed.dk>"]


class _Relay:
    """A real SMTP relay on loopback: STARTTLS required, then AUTH LOGIN/PLAIN."""

    def __init__(self) -> None:
        self.received: list[tuple[str, list[str], bytes]] = []
        self.logins: list[str] = []
        self.refuse = 0  # answer this many DATA commands with a temporary failure

    async def handle_DATA(self, server, session, envelope) -> str:
        if self.refuse:
            self.refuse -= 1
            return "451 4.3.0 Relay busy, try again later"
        self.received.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 OK"

    def authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        ok = isinstance(auth_data, LoginPassword) and auth_data == LoginPassword(b"bot", b"s3cret")
        if ok:
            self.logins.append(auth_data.login.decode())
        return AuthResult(success=ok)


@pytest.fixture
async def relay(tmp_path):
    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(server_ctx)
    cafile = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(cafile))
    relay = _Relay()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        lambda: SMTP(relay, tls_context=server_ctx, require_starttls=True,
                     authenticator=relay.authenticate, auth_required=True),
        "127.0.0.1", 0,
    )
    port = server.sockets[0].getsockname()[1]
    yield relay, port, str(cafile)
    server.close()
    await server.wait_closed()


async def test_smtp_relay_with_starttls_and_login(db, relay):
    handler, port, cafile = relay
    cfg = OutboundConfig(transport="smtp", host="127.0.0.1", port=port, username="bot",
                         password="s3cret", starttls=True, cafile=cafile)
    outbox_id = _queue(db)
    sender = Sender(db, SmtpTransport(cfg, "privacy@clsmed.dk"), cfg)
    assert await sender.deliver_due() == 1
    assert handler.logins == ["bot"]
    mail_from, rcpts, content = handler.received[0]
    assert mail_from == "privacy@clsmed.dk" and rcpts == ["jens.nielsen@mail.example.com"]
    assert b"Message-ID: <test-1@clsmed.dk>" in content
    assert _row(db, outbox_id).status == "sent"


async def test_temporary_refusals_are_retried_then_delivered(db, relay):
    handler, port, cafile = relay
    handler.refuse = 2
    cfg = OutboundConfig(transport="smtp", host="127.0.0.1", port=port, username="bot",
                         password="s3cret", cafile=cafile, max_attempts=5,
                         retry_base_seconds=0.0)
    outbox_id = _queue(db)
    sender = Sender(db, SmtpTransport(cfg, "privacy@clsmed.dk"), cfg)
    for attempt in (1, 2):
        assert await sender.deliver_due() == 0
        row = _row(db, outbox_id)
        assert row.status == "queued" and row.attempts == attempt
        assert row.last_error and "451" in row.last_error
    assert await sender.deliver_due() == 1
    assert _row(db, outbox_id).status == "sent" and len(handler.received) == 1


async def test_after_the_last_attempt_the_mail_is_failed_not_dropped(db, relay):
    handler, port, cafile = relay
    handler.refuse = 99
    cfg = OutboundConfig(transport="smtp", host="127.0.0.1", port=port, username="bot",
                         password="s3cret", cafile=cafile, max_attempts=2,
                         retry_base_seconds=0.0)
    outbox_id = _queue(db)
    sender = Sender(db, SmtpTransport(cfg, "privacy@clsmed.dk"), cfg)
    await sender.deliver_due()
    await sender.deliver_due()
    row = _row(db, outbox_id)
    assert row.status == "failed" and row.attempts == 2 and row.raw  # visible to staff


async def test_backoff_grows_and_a_down_relay_loses_nothing(db, unused_tcp_port):
    cfg = OutboundConfig(transport="smtp", host="127.0.0.1", port=unused_tcp_port,
                         retry_base_seconds=30.0, timeout_seconds=2.0)
    outbox_id = _queue(db)
    sender = Sender(db, SmtpTransport(cfg, "privacy@clsmed.dk"), cfg)
    assert await sender.deliver_due() == 0
    first = _row(db, outbox_id)
    assert first.status == "queued" and first.attempts == 1
    assert first.next_attempt_at > first.created_at  # not retried at once
    assert await sender.deliver_due() == 0  # not due yet: no second attempt
    assert _row(db, outbox_id).attempts == 1
    with db.transaction() as session:
        assert len(session.exec(select(Outbox)).all()) == 1


def test_a_non_ascii_address_is_written_as_smtputf8_not_encoded_words(db):
    msg = _mail()
    msg.replace_header("To", "jørgen@mail.example.com")
    with db.transaction() as session:
        row = queue_mail(session, msg, case_id=None, kind="test", template="none")
    assert b"To: j\xc3\xb8rgen@mail.example.com" in row.raw
    assert b"=?utf-8?" not in row.raw.split(b"\n\n")[0]
