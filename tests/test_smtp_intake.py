"""SMTP intake against a real aiosmtpd listener and the standard library's smtplib client."""

from __future__ import annotations

import asyncio
import contextlib
import smtplib

import pytest
from sqlalchemy import text
from sqlmodel import select

from bot.ingress.inbox import IntakeWriter
from bot.ingress.smtp import start_smtp_server
from bot.store.models import Inbound
from tests.mailfactory import plain


@pytest.fixture
async def smtp_port(db):
    writer = IntakeWriter(db)
    task = asyncio.create_task(writer.run())
    server = await start_smtp_server(writer, "127.0.0.1", 0, 50_000, on_stored=lambda: None)
    yield server.sockets[0].getsockname()[1]
    server.close()
    await server.wait_closed()
    task.cancel()  # and wait for it: the db fixture disposes the engine right after
    with contextlib.suppress(asyncio.CancelledError):
        await task


def _send(port: int, raw: bytes) -> tuple[int, bytes]:
    """One transaction; returns the server's final answer to DATA (smtplib does not raise)."""
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as client:
        client.ehlo()
        client.mail("jens.nielsen@mail.example.com")
        client.rcpt("privacy@clsmed.dk")
        return client.data(raw)


def _inbound(db) -> list[Inbound]:
    with db.transaction() as session:
        return list(session.exec(select(Inbound)))


async def test_250_means_the_raw_message_is_committed(db, smtp_port):
    raw = plain("Jeg vil gerne have indsigt i mine oplysninger.")
    code, answer = await asyncio.to_thread(_send, smtp_port, raw)
    assert code == 250 and b"stored as" in answer
    rows = _inbound(db)  # a fresh session: only committed rows are visible
    assert len(rows) == 1
    assert rows[0].raw == raw and rows[0].status == "received"
    assert rows[0].message_id == "<req-1@mail.example.com>"
    assert rows[0].mail_from == "jens.nielsen@mail.example.com"


async def test_451_when_the_database_cannot_commit_then_the_retry_is_kept(db, smtp_port):
    with db.engine.begin() as conn:  # the store is really broken, not mocked
        conn.execute(text("ALTER TABLE inbound RENAME TO inbound_away"))
    code, answer = await asyncio.to_thread(_send, smtp_port, plain("Slet mine data"))
    assert code == 451, answer
    with db.engine.begin() as conn:
        conn.execute(text("ALTER TABLE inbound_away RENAME TO inbound"))
    code, _ = await asyncio.to_thread(_send, smtp_port, plain("Slet mine data"))
    assert code == 250 and len(_inbound(db)) == 1


async def test_552_above_the_configured_size(db, smtp_port):
    big = plain("x" * 80 + "\n" + ("y" * 76 + "\n") * 1000)
    code, answer = await asyncio.to_thread(_send, smtp_port, big)
    assert code == 552, answer
    assert _inbound(db) == []
    code, _ = await asyncio.to_thread(_send, smtp_port, plain("small"))
    assert code == 250  # the listener goes on after refusing


async def test_identical_resend_is_stored_once(db, smtp_port):
    raw = plain("Send mig en kopi af mine data")
    first = await asyncio.to_thread(_send, smtp_port, raw)
    second = await asyncio.to_thread(_send, smtp_port, raw)
    assert first[0] == second[0] == 250
    assert b"already stored" in second[1]
    assert len(_inbound(db)) == 1
