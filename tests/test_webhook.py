"""The chat and raw-mail webhooks (contracts §6): aiohttp's test client against the app, a
real HTTP client against the running service, and `dsrbot serve` as a process."""

from __future__ import annotations

import asyncio
import io
import json
import mailbox
import os
import signal
import smtplib
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer
from sqlmodel import select

from bot.app import CONFIG_KEY, DB_KEY, SMTP_KEY, create_app
from bot.config import Config, WebhookConfig
from bot.ingress import webhook
from bot.ingress.webhook import ChatState, add_routes, answer_for, signature
from bot.register.io import import_register, parse_register
from bot.store.models import Case, Inbound
from bot.timeutil import reset_clock, utcnow
from tests.conftest import make_config
from tests.mailfactory import plain
from tests.service import wait_for

SECRET = "chat-secret-for-tests"
REGISTER = Path(__file__).resolve().parent / "data" / "scenario_register.json"
JENS = "jens.nielsen@mail.example.com"
ACCESS = "Hej. Jeg vil gerne have indsigt i mine personoplysninger. Mvh Jens Nielsen"


def chat_body(**fields: Any) -> bytes:
    body = {"sender": "Jens Nielsen", "email": JENS, "text": ACCESS, "channel": "web-chat",
            "message_id": "chat-msg-0001", **fields}
    return json.dumps({k: v for k, v in body.items() if v is not None}).encode()


def signed(body: bytes, *, ts: int | None = None, secret: str = SECRET,
           content_type: str = "application/json") -> dict[str, str]:
    stamp = str(int(utcnow().timestamp()) if ts is None else ts)
    return {"X-Dsrbot-Timestamp": stamp, "X-Dsrbot-Signature": signature(secret, stamp, body),
            "Content-Type": content_type}


def webhook_config(tmp_path: Path, **webhook_keys: Any) -> Config:
    return make_config(tmp_path, webhook={"secret": SECRET, **webhook_keys},
                       replies={"acks_per_address_per_day": 50})


def load_register(app: web.Application) -> None:
    with app[DB_KEY].transaction() as session:
        import_register(session, parse_register(REGISTER.read_text("utf-8")))


def rows(app: web.Application, model: Any) -> list[Any]:
    with app[DB_KEY].reading() as session:
        return list(session.exec(select(model)).all())


def outbox(config: Config) -> list[mailbox.MaildirMessage]:
    path = Path(config.outbound.maildir)
    return list(mailbox.Maildir(path, create=False)) if (path / "new").exists() else []


@asynccontextmanager
async def hooked_client(config: Config) -> AsyncIterator[TestClient[web.Request, web.Application]]:
    app = create_app(config)
    add_routes(app)  # harmless once create_app registers them itself
    async with TestClient(TestServer(app)) as client:
        load_register(app)
        yield client


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[TestClient[web.Request, web.Application]]:
    async with hooked_client(webhook_config(tmp_path)) as test:
        yield test


async def post_chat(client: TestClient[Any, Any], body: bytes,
                    headers: dict[str, str] | None = None) -> tuple[int, dict[str, Any]]:
    response = await client.post("/webhook/chat", data=body, headers=headers or signed(body))
    return response.status, await response.json()


# --- the chat webhook through aiohttp's test client ---------------------------------------


async def test_good_signature_is_202_with_the_case_after_commit(client):
    status, answer = await post_chat(client, chat_body())
    assert status == 202 and set(answer) == {"case", "reply"}
    cases = rows(client.app, Case)
    assert len(cases) == 1 and answer["case"] == cases[0].ref and cases[0].channel == "chat"
    assert cases[0].ref in answer["reply"]
    inbound = rows(client.app, Inbound)
    assert [(i.channel, i.case_id) for i in inbound] == [("chat", cases[0].id)]


async def test_the_chat_message_is_stored_as_a_mail_in_our_namespace(client):
    await post_chat(client, chat_body(sender='Jens "J" Nielsen\r\nBcc: x@evil.example'))
    raw = rows(client.app, Inbound)[0].raw.decode()
    assert "X-Dsrbot-Channel: web-chat" in raw and "To: privacy@clsmed.dk" in raw
    assert "Subject: Chat: Hej. Jeg vil gerne have indsigt" in raw
    assert "@chat.clsmed.dk>" in raw and "chat-msg-0001" not in raw
    assert "\nBcc:" not in raw  # the name cannot add a header


async def test_the_answer_holds_no_personal_data_and_no_extract(client):
    status, answer = await post_chat(client, chat_body())
    text = json.dumps(answer).casefold()
    assert status == 202
    for personal in ("jens", "nielsen", "mail.example.com", "c1001", "trappe", "vejle"):
        assert personal not in text
    await wait_for(lambda: outbox(client.app[CONFIG_KEY]), timeout=10)
    # What is sent goes by mail, and only to the address on file.
    assert {str(m["To"]) for m in outbox(client.app[CONFIG_KEY])} == {JENS}


async def test_bad_signature_is_401_and_nothing_is_stored(client):
    body = chat_body()
    status, answer = await post_chat(client, body, signed(body, secret="not-the-secret"))
    assert status == 401 and "error" in answer
    assert rows(client.app, Inbound) == []


async def test_missing_signature_is_401(client):
    response = await client.post("/webhook/chat", data=chat_body(),
                                 headers={"Content-Type": "application/json"})
    assert response.status == 401


async def test_a_signature_over_another_body_is_401(client):
    status, _ = await post_chat(client, chat_body(text="Slet alt"), signed(chat_body()))
    assert status == 401 and rows(client.app, Inbound) == []


async def test_stale_timestamp_is_401(client):
    body = chat_body()
    stale = int(utcnow().timestamp()) - 301
    status, answer = await post_chat(client, body, signed(body, ts=stale))
    assert status == 401 and "window" in answer["error"]
    assert rows(client.app, Inbound) == []


async def test_future_timestamp_is_401(client):
    body = chat_body()
    # well past the 300 s window: int() drops up to a second, and the server reads its
    # clock a moment later, so +301 could land inside the window (seen once in CI)
    status, _ = await post_chat(client, body, signed(body, ts=int(utcnow().timestamp()) + 310))
    assert status == 401


async def test_the_window_is_on_the_process_clock(tmp_path, monkeypatch):
    # DSRBOT_NOW a day ahead: a request stamped with the machine's time is stale.
    monkeypatch.setenv("DSRBOT_NOW", (datetime.now(UTC) + timedelta(days=1)).isoformat())
    reset_clock()
    async with hooked_client(webhook_config(tmp_path)) as test:
        body = chat_body()
        status, _ = await post_chat(test, body, signed(body, ts=int(time.time())))
        assert status == 401
        status, _ = await post_chat(test, body, signed(body))
        assert status == 202


async def test_the_same_message_id_again_gets_the_first_answer_and_no_second_case(client):
    first = await post_chat(client, chat_body())
    second = await post_chat(client, chat_body(text="Jeg vil også have mine data slettet."))
    assert first == second and first[0] == 202
    assert len(rows(client.app, Case)) == 1 and len(rows(client.app, Inbound)) == 1


async def test_a_verbatim_replay_within_the_window_gets_the_first_answer(client):
    body = chat_body()
    headers = signed(body)
    first = await post_chat(client, body, headers)
    again = await post_chat(client, body, headers)
    assert first == again and len(rows(client.app, Case)) == 1


async def test_another_message_id_is_another_message(client):
    await post_chat(client, chat_body())
    await post_chat(client, chat_body(message_id="chat-msg-0002", text="Slet mine data."))
    assert len(rows(client.app, Inbound)) == 2


async def test_malformed_json_is_400_with_an_error(client):
    status, answer = await post_chat(client, b'{"sender": "Jens", ')
    assert status == 400 and answer == {"error": "the body is not JSON"}
    assert rows(client.app, Inbound) == []


@pytest.mark.parametrize(("body", "named"), [
    (chat_body(email=None), "email"),
    (chat_body(text="   "), "text"),
    (chat_body(message_id=""), "message_id"),
    (chat_body(sender=None, channel=None), "sender, channel"),
    (chat_body(message_id=42), "message_id"),
    (chat_body(email="jens at mail.example.com"), "email"),
    (chat_body(email="Jens <jens@mail.example.com>"), "email"),
    (chat_body(channel="web chat\r\nX-Evil: 1"), "channel"),
    (b"[1, 2]", "object"),
    (b"\xff\xfe", "JSON"),
])
async def test_a_malformed_body_is_400_naming_the_problem(client, body, named):
    status, answer = await post_chat(client, body)
    assert status == 400 and named in answer["error"]
    assert rows(client.app, Inbound) == []


async def test_an_oversize_body_is_413(tmp_path):
    async with hooked_client(webhook_config(tmp_path, max_body=2000)) as test:
        body = chat_body(text="indsigt " * 400)
        status, answer = await post_chat(test, body)
        assert status == 413 and "2000" in answer["error"]


async def test_webhooks_are_off_without_a_secret(tmp_path):
    async with hooked_client(make_config(tmp_path)) as test:
        body = chat_body()
        response = await test.post("/webhook/chat", data=body, headers=signed(body, secret=""))
        assert response.status == 404


async def test_without_a_worker_in_time_the_answer_is_the_receipt(tmp_path, monkeypatch):
    monkeypatch.setattr(webhook, "CASE_WAIT", timedelta(seconds=0.2))
    monkeypatch.setattr(webhook, "COMMIT_MARGIN", 0.1)
    async with hooked_client(make_config(tmp_path, webhook={"secret": SECRET},
                                       worker={"enabled": False})) as test:
        status, answer = await post_chat(test, chat_body())
        inbound_id = rows(test.app, Inbound)[0].id
        assert status == 202 and answer["case"] == f"IN-{inbound_id}"
        assert f"IN-{inbound_id}" in answer["reply"]
        assert await post_chat(test, chat_body()) == (202, answer)


def _state(**changes: Any) -> ChatState:
    received = datetime(2026, 3, 10, 9, tzinfo=UTC)
    base: dict[str, Any] = {
        "inbound_id": 7, "received_at": received, "settled": True, "opened_here": True,
        "case_ref": "DSR-2026-00003", "case_created_at": received + timedelta(seconds=1),
        "case_language": "en"}
    return ChatState(**{**base, **changes})


def test_the_answer_names_the_case_opened_in_time_in_its_language():
    answer = answer_for(_state())
    assert answer["case"] == "DSR-2026-00003" and answer["reply"].startswith("Thank you")


def test_a_case_opened_after_the_wait_is_answered_with_the_receipt_every_time():
    late = _state(case_created_at=datetime(2026, 3, 10, 9, 0, 6, tzinfo=UTC))
    assert answer_for(late)["case"] == "IN-7" and "kvittering IN-7" in answer_for(late)["reply"]


def test_a_chaser_joining_an_open_case_never_learns_its_reference():
    assert answer_for(_state(opened_here=False))["case"] == "IN-7"


# --- the raw mail webhook ----------------------------------------------------------------


async def post_mime(client: TestClient[Any, Any], raw: bytes,
                    content_type: str = "message/rfc822") -> tuple[int, dict[str, Any]]:
    headers = signed(raw, content_type=content_type)
    # A file-like body: aiohttp warns about large raw bytes (the filter turns it into an error).
    response = await client.post("/webhook/mime", data=io.BytesIO(raw), headers=headers)
    return response.status, await response.json()


def smtp_send(app: web.Application, raw: bytes, sender: str) -> None:
    port = app[SMTP_KEY].sockets[0].getsockname()[1]
    with smtplib.SMTP("127.0.0.1", port, timeout=30) as smtp:
        smtp.sendmail(sender, ["privacy@clsmed.dk"], raw)


def _settled(app: web.Application, count: int) -> bool:
    """Every case past the runner's own steps: "received" waits for reading, "open" for
    planning (a case read but not yet planned is still on its way to waiting for staff)."""
    cases = rows(app, Case)
    return len(cases) == count and all(c.status not in ("received", "open") for c in cases)


async def test_a_raw_mail_is_answered_like_one_by_smtp(client):
    by_webhook = plain("Jeg vil gerne have indsigt i mine oplysninger.", sender=JENS,
                       message_id="<hook-1@mail.example.com>")
    status, answer = await post_mime(client, by_webhook)
    assert status == 202 and answer == {"inbound": rows(client.app, Inbound)[0].id,
                                        "stored": True}
    karen = "karen.holm@mail.example.com"
    by_smtp = plain("Jeg vil gerne have indsigt i mine oplysninger.", sender=karen,
                    name="Karen Holm", message_id="<smtp-1@mail.example.com>")
    await asyncio.to_thread(smtp_send, client.app, by_smtp, karen)
    await wait_for(lambda: _settled(client.app, 2) and len(outbox(client.app[CONFIG_KEY])) >= 2)
    hook_case, smtp_case = sorted(rows(client.app, Case), key=lambda c: c.id or 0)
    assert hook_case.channel == "webhook" and smtp_case.channel == "smtp"
    assert (hook_case.intents, hook_case.status) == (smtp_case.intents, smtp_case.status)
    acks = {str(m["To"]): m for m in outbox(client.app[CONFIG_KEY])}
    assert set(acks) == {JENS, karen}
    assert acks[JENS]["In-Reply-To"] == "<hook-1@mail.example.com>"
    assert hook_case.ref in str(acks[JENS]["Subject"])


async def test_the_same_raw_mail_twice_is_stored_once(client):
    raw = plain("Slet venligst mine oplysninger.", sender=JENS)
    first, second = await post_mime(client, raw), await post_mime(client, raw)
    assert first[0] == second[0] == 202
    assert (first[1]["stored"], second[1]["stored"]) == (True, False)
    assert first[1]["inbound"] == second[1]["inbound"]
    await wait_for(lambda: _settled(client.app, 1))
    assert len(rows(client.app, Case)) == 1


async def test_a_raw_mail_with_a_bad_signature_is_401(client):
    raw = plain("Slet mine data.")
    response = await client.post("/webhook/mime", data=raw, headers={
        **signed(raw, secret="wrong", content_type="message/rfc822")})
    assert response.status == 401 and rows(client.app, Inbound) == []


async def test_a_raw_mail_needs_the_rfc822_content_type(client):
    status, answer = await post_mime(client, plain("Slet mine data."), "text/plain")
    assert status == 400 and "message/rfc822" in answer["error"]


async def test_a_body_that_is_no_mail_is_400(client):
    status, _ = await post_mime(client, b"\r\n\r\njust text, no header")
    assert status == 400 and rows(client.app, Inbound) == []


async def test_a_raw_mail_over_max_body_is_413(tmp_path):
    async with hooked_client(webhook_config(tmp_path, max_body=5000)) as test:
        status, _ = await post_mime(test, plain("x" * 6000))
        assert status == 413 and rows(test.app, Inbound) == []


async def test_a_raw_mail_larger_than_aiohttps_default_limit_is_stored(client):
    big = plain("Jeg vil gerne have indsigt. " + "bilag " * 400_000)  # ~2.4 MB > 1 MiB
    status, answer = await post_mime(client, big)
    assert status == 202 and answer["stored"] is True


# --- a real HTTP client against the running service ---------------------------------------


@asynccontextmanager
async def serving(config: Config) -> AsyncIterator[tuple[web.Application, int]]:
    """The whole service as `dsrbot serve` runs it (tests/service.py's `running` plus the
    web site it leaves out), on a free port; yields the app and the bound web port."""
    app = create_app(config)
    add_routes(app)
    runner = web.AppRunner(app, handle_signals=False)
    await runner.setup()
    try:
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        load_register(app)
        yield app, runner.addresses[0][1]
    finally:
        await runner.cleanup()


async def test_a_real_client_gets_202_and_one_case_from_the_running_service(tmp_path):
    config = webhook_config(tmp_path)
    async with serving(config) as (app, port), aiohttp.ClientSession() as http:
        body = chat_body()
        url = f"http://127.0.0.1:{port}/webhook/chat"
        async with http.post(url, data=body, headers=signed(body)) as response:
            assert response.status == 202
            answer = await response.json()
        async with http.post(url, data=body, headers=signed(body)) as response:
            assert response.status == 202 and await response.json() == answer
        assert [c.ref for c in rows(app, Case)] == [answer["case"]]
        await wait_for(lambda: outbox(config))
        assert [str(m["To"]) for m in outbox(config)] == [JENS]


async def test_a_real_client_is_refused_a_bad_signature_by_the_running_service(tmp_path):
    async with serving(webhook_config(tmp_path)) as (app, port), \
            aiohttp.ClientSession() as http:
        body = chat_body()
        async with http.post(f"http://127.0.0.1:{port}/webhook/chat", data=body,
                             headers=signed(body, secret="guess")) as response:
            assert response.status == 401
        assert rows(app, Inbound) == []


# --- `dsrbot serve` as a process -----------------------------------------------------------


def _routes_wired() -> bool:
    app = create_app(Config(webhook=WebhookConfig(secret="x")))
    return any(r.resource is not None and r.resource.canonical == "/webhook/chat"
               for r in app.router.routes())


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _serve(tmp_path: Path, web_port: int) -> subprocess.Popen[str]:
    (tmp_path / "config.toml").write_text(
        f'[smtp]\nport = {_free_port()}\n[web]\nport = {web_port}\n'
        f'[webhook]\nsecret = "{SECRET}"\n[worker]\nprocesses = 0\n', encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    return subprocess.Popen([sys.executable, "-m", "bot", "serve", "--demo"], cwd=tmp_path,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


async def _post_until_up(url: str, body: bytes) -> tuple[int, dict[str, Any]]:
    deadline = time.monotonic() + 30
    async with aiohttp.ClientSession() as http:
        while True:
            try:
                async with http.post(url, data=body, headers=signed(body)) as response:
                    return response.status, await response.json()
            except aiohttp.ClientConnectionError:
                if time.monotonic() > deadline:
                    raise
                await asyncio.sleep(0.2)


@pytest.mark.skipif(not _routes_wired(), reason="create_app does not register the webhooks yet")
async def test_dsrbot_serve_answers_a_signed_chat_message(tmp_path):
    port = _free_port()
    proc = _serve(tmp_path, port)
    try:
        status, answer = await _post_until_up(f"http://127.0.0.1:{port}/webhook/chat",
                                              chat_body())
        assert status == 202 and answer["case"].startswith(("DSR-", "IN-"))
        assert "jens" not in json.dumps(answer).casefold()
    finally:
        proc.send_signal(signal.SIGTERM)
        _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 0, stderr
