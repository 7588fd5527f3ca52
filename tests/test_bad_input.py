"""Broken and hostile mail ends with a clear status or SMTP answer; the service keeps going."""

from __future__ import annotations

import asyncio
import smtplib

import pytest
from sqlmodel import select

from bot.cases.inbound import Worker
from bot.ingress.inbox import store_inbound
from bot.outbound.render import Renderer
from bot.store.models import Inbound
from tests.mailfactory import plain
from tests.service import running, wait_for

HOSTILE = {
    "truncated_mime": (
        b"From: a@mail.example.com\r\nTo: privacy@clsmed.dk\r\nSubject: slet\r\n"
        b"Message-ID: <trunc@x>\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=\"zzz\"\r\n\r\n--zzz\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        b"U2xldCBtaW5lIG9wbHlzbmlu"
    ),
    "unknown_charset": (
        b"From: b@mail.example.com\r\nSubject: =?x-unknown?q?Sletning?=\r\n"
        b"Message-ID: <charset@x>\r\nContent-Type: text/plain; charset=x-unknown-42\r\n\r\n"
        b"Slet venligst mine oplysninger \xe6\xf8\xe5\r\n"
    ),
    "ten_thousand_headers": (
        b"From: c@mail.example.com\r\nMessage-ID: <headers@x>\r\n"
        + b"".join(b"X-Junk-%d: %d\r\n" % (i, i) for i in range(10_000))
        + b"Subject: hej\r\n\r\nSend mig mine data\r\n"
    ),
    "nul_bytes": (
        b"From: d@mail.example.com\r\nSubject: n\x00ul\r\nMessage-ID: <nul@x>\r\n\r\n"
        b"Sl\x00et mig \x00\x00 venligst\r\n"
    ),
    "no_headers_at_all": b"just some text\r\nwithout any header\r\n",
    "html_script": (
        b"From: e@mail.example.com\r\nMessage-ID: <script@x>\r\nSubject: <script>alert(1)</script>"
        b"\r\nContent-Type: text/html\r\n\r\n<script>fetch('//evil')</script><p>indsigt</p>\r\n"
    ),
    "encoded_crlf_in_headers": (
        b"From: g@mail.example.com\r\nTo: =?utf-8?q?a=0D=0A?= <privacy@clsmed.dk>\r\n"
        b"Message-ID: =?utf-8?q?x=0D=0ABcc:_victim@example.com?=\r\n"
        b"Subject: =?utf-8?q?Slet=0D=0ABcc:_victim@example.com?=\r\n\r\n"
        b"Jeg vil gerne have indsigt i mine oplysninger.\r\n"
    ),
    "forged_from_header_injection": (
        b"From: \"x\r\n Bcc: victim@example.com\" <f@mail.example.com>\r\n"
        b"Message-ID: <inject@x>\r\nSubject: test\r\n\r\nindsigt tak\r\n"
    ),
}

FINISHED = {"done", "not_a_request", "auto_ignored", "failed", "duplicate", "case_reply"}


def _statuses(db) -> dict[str, tuple[str, str | None]]:
    with db.transaction() as session:
        rows = session.exec(select(Inbound))
        return {r.message_id or f"#{r.id}": (r.status, r.error) for r in rows}


async def test_hostile_corpus_each_gets_a_status_and_service_survives(config):
    async with running(config) as bot:
        for name, raw in HOSTILE.items():
            refused = await bot.send(raw, sender=f"{name}@mail.example.com")
            assert refused == {}, name
        await wait_for(lambda: all(s in FINISHED for s, _ in _statuses(bot.db).values()))
        statuses = _statuses(bot.db)
        assert len(statuses) == len(HOSTILE)  # nothing lost, nothing merged
        for status, error in statuses.values():
            assert status != "failed" or error  # a failure always says why
        # A real request with hostile encoded headers is still a request, and its ack
        # carries no smuggled header.
        await wait_for(bot.outbox)
        for ack in bot.outbox():
            assert ack["Bcc"] is None and "victim" not in ack.as_string()
        assert any(s == "done" for s, _ in statuses.values())
        # ...and the service still answers an ordinary request afterwards.
        await bot.send(plain("Jeg vil gerne have indsigt i mine data.", message_id="<ok@x>"))
        await wait_for(lambda: _statuses(bot.db).get("<ok@x>", ("",))[0] == "done")


async def test_30_mb_mail_is_refused_with_552_and_the_listener_goes_on(config):
    async with running(config) as bot:
        # Like a mail with a 30 MB attachment: base64 lines of 76 characters.
        line = b"QUJD" * 19 + b"\r\n"
        big = plain("Slet mig") + line * (30 * 1024 * 1024 // len(line))

        def send_big() -> tuple[int, bytes]:
            with smtplib.SMTP("127.0.0.1", bot.port, timeout=60) as client:
                client.ehlo()
                client.mail("big@mail.example.com")
                client.rcpt("privacy@clsmed.dk")
                return client.data(big)

        code, answer = await asyncio.to_thread(send_big)
        assert code == 552, answer
        assert _statuses(bot.db) == {}
        assert await bot.send(plain("indsigt tak", message_id="<after-big@x>")) == {}


async def test_size_is_refused_up_front_when_the_client_declares_it(config):
    async with running(config) as bot:
        def declare() -> tuple[int, bytes]:
            with smtplib.SMTP("127.0.0.1", bot.port, timeout=30) as client:
                client.ehlo()
                return client.mail("big@mail.example.com", options=[f"SIZE={30 * 1024 * 1024}"])

        code, _ = await asyncio.to_thread(declare)
        assert code == 552


def _boom(work) -> None:
    raise RuntimeError("stage exploded on purpose")


def test_a_message_the_worker_cannot_process_is_failed_with_its_reason(db, config):
    stored = store_inbound(db, plain("indsigt"), channel="smtp")
    worker = Worker(db, config, Renderer(config), stages=(_boom,))
    worker.process_available()
    with db.transaction() as session:
        row = session.get(Inbound, stored.inbound_id)
    assert row is not None
    assert row.status == "failed" and row.attempts == config.worker.max_attempts
    assert row.error is not None and "stage exploded on purpose" in row.error
    assert row.raw == plain("indsigt")  # the message itself is kept for a retry


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_each_hostile_message_parses_directly(name):
    from bot.reading.message import parse_message

    parsed = parse_message(HOSTILE[name])
    assert "\x00" not in parsed.own_text and "\x00" not in parsed.subject
    assert "<script" not in parsed.own_text


async def test_nul_in_the_envelope_is_stored_cleanly_on_postgresql(tmp_path, pg_url):
    from tests.conftest import make_config

    config = make_config(tmp_path, database={"url": pg_url})
    async with running(config) as bot:
        def send_with_nul() -> tuple[int, bytes]:
            with smtplib.SMTP("127.0.0.1", bot.port, timeout=30) as client:
                client.ehlo()
                client.mail("nul\x00sender@mail.example.com")
                client.rcpt("privacy@clsmed.dk")
                return client.data(plain("indsigt tak", message_id="<nul\x00id@x>"))

        code, answer = await asyncio.to_thread(send_with_nul)
        assert code == 250, answer
        await wait_for(lambda: all(s in FINISHED for s, _ in _statuses(bot.db).values()))
        with bot.db.transaction() as session:
            row = session.exec(select(Inbound)).one()
    assert row.mail_from is not None and "\x00" not in row.mail_from
