"""IMAP intake against a real Dovecot on loopback (tests/dovecot.py starts one per session)."""

from __future__ import annotations

import asyncio
import contextlib
import imaplib
import logging
import shlex
import ssl
import sys
import time
from collections.abc import AsyncIterator, Iterator
from email.header import decode_header, make_header
from pathlib import Path

import pytest
from imap_tools import AND, MailMessageFlags
from sqlmodel import select

from bot.app import NUDGE_KEY
from bot.config import Config
from bot.ingress.imap import Backoff, ImapIntake, fetch_token, is_own_mail
from bot.ingress.inbox import store_inbound
from bot.store.db import Database
from bot.store.models import Case, ImapState, Inbound
from tests.conftest import make_config
from tests.dovecot import Dovecot, ImapUser, start_dovecot, stop_dovecot
from tests.mailfactory import plain
from tests.service import running, wait_for

REQUEST = "Jeg vil gerne have indsigt i mine oplysninger."


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    server = start_dovecot()
    yield server
    stop_dovecot(server)


@pytest.fixture
def imap_user(dovecot: Dovecot) -> ImapUser:
    return dovecot.add_user()


def imap_section(dovecot: Dovecot, user: ImapUser, **extra: object) -> dict[str, object]:
    return {"enabled": True, "host": dovecot.host, "port": dovecot.port, "security": "none",
            "username": user.name, "password": user.password, "poll_seconds": 0.2, **extra}


@pytest.fixture
def config(tmp_path: Path, dovecot: Dovecot, imap_user: ImapUser) -> Config:
    return make_config(tmp_path, imap=imap_section(dovecot, imap_user))


def intake(db: Database, config: Config, **kwargs: object) -> ImapIntake:
    # Short slices and delays: the tests stop, restart and break the server on purpose.
    options: dict[str, object] = {"backoff": Backoff(0.1, 0.5), "idle_slice": 0.2, **kwargs}
    return ImapIntake(db, config, **options)  # type: ignore[arg-type]


@contextlib.asynccontextmanager
async def serving(box: ImapIntake) -> AsyncIterator[ImapIntake]:
    task = asyncio.create_task(box.run())
    try:
        yield box
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def request(n: int, body: str = REQUEST, **kwargs: str) -> bytes:
    return plain(f"{body} ({n})", message_id=f"<imap-{n}@mail.example.com>", **kwargs)


def append(dovecot: Dovecot, user: ImapUser, raw: bytes, folder: str = "INBOX",
           seen: bool = False) -> None:
    with dovecot.login(user) as box:
        box.append(raw, folder, flag_set=[MailMessageFlags.SEEN] if seen else [])


def flags(dovecot: Dovecot, user: ImapUser, folder: str = "INBOX") -> dict[int, bool]:
    """uid -> is it \\Seen, read without touching the flags."""
    with dovecot.login(user) as box:
        box.folder.set(folder)
        return {int(m.uid or 0): MailMessageFlags.SEEN in m.flags
                for m in box.fetch(AND(all=True), mark_seen=False, headers_only=True)}


def stored(db: Database) -> list[Inbound]:
    with db.reading() as session:
        return list(session.exec(select(Inbound).order_by(Inbound.id)))  # type: ignore[arg-type]


def state(db: Database) -> tuple[int | None, int]:
    with db.reading() as session:
        row = session.exec(select(ImapState)).one()
        return row.uidvalidity, row.last_uid


# --- the way of a request -------------------------------------------------------------


def _app_runs_imap(app: object) -> bool:
    return any(getattr(ctx, "__name__", "") == "_imap_ctx"
               for ctx in getattr(app, "cleanup_ctx", ()))


async def test_a_request_in_the_inbox_becomes_one_case_and_one_reply(config, dovecot, imap_user):
    async with running(config) as bot:
        own = None
        if not _app_runs_imap(bot.app):  # until bot/app.py starts the intake itself
            own = intake(bot.db, config, on_stored=bot.app[NUDGE_KEY])
        async with contextlib.AsyncExitStack() as stack:
            if own is not None:
                await stack.enter_async_context(serving(own))
            append(dovecot, imap_user, request(1))
            await wait_for(lambda: _acks(bot.outbox()))
            rows = stored(bot.db)
            assert [(r.channel, r.message_id) for r in rows] == [
                ("imap", "<imap-1@mail.example.com>")]
            assert rows[0].raw == request(1)  # the bytes as the server holds them
            with bot.db.reading() as session:
                (case,) = session.exec(select(Case)).all()
            # One acknowledgement (the unknown requester's "no data" answer may follow it),
            # every mail threaded to the request and carrying the one case's reference.
            mails = bot.outbox()
            assert len(_acks(mails)) == 1
            for mail in mails:
                assert mail["To"] == "jens.nielsen@mail.example.com"
                assert mail["In-Reply-To"] == "<imap-1@mail.example.com>"
                assert f"[{case.ref}]" in str(make_header(decode_header(mail["Subject"])))
            assert flags(dovecot, imap_user) == {1: True}


def _acks(mails: list) -> list:
    return [m for m in mails if "Kvittering" in m["Subject"]]


@pytest.mark.parametrize("processed", ["", "Behandlet"])
def test_flagged_or_moved_only_after_the_commit(tmp_path, db, dovecot, imap_user, processed):
    config = make_config(tmp_path,
                         imap=imap_section(dovecot, imap_user, processed_folder=processed))
    append(dovecot, imap_user, request(1))
    seen_at_store: list[dict[int, bool]] = []

    def store(*args, **kwargs):
        seen_at_store.append(flags(dovecot, imap_user))  # what the mailbox shows meanwhile
        return store_inbound(*args, **kwargs)

    assert intake(db, config, store=store).fetch_once() == 1
    assert seen_at_store == [{1: False}]  # untouched while the commit was under way
    assert len(stored(db)) == 1
    if processed:
        assert flags(dovecot, imap_user) == {}
        assert flags(dovecot, imap_user, processed) == {1: True}
    else:
        assert flags(dovecot, imap_user) == {1: True}
    assert state(db)[1] == 1


def test_killed_between_fetch_and_commit_loses_and_doubles_nothing(db, config, dovecot,
                                                                   imap_user):
    append(dovecot, imap_user, request(1))
    append(dovecot, imap_user, request(2))

    def dies(*args, **kwargs):
        raise OSError("killed before the commit")

    with pytest.raises(OSError):
        intake(db, config, store=dies).fetch_once()
    assert stored(db) == [] and flags(dovecot, imap_user) == {1: False, 2: False}

    # Killed after the commit of #1 but before its flag: the store answers "already stored".
    calls: list[int] = []

    def dies_after_commit(*args, **kwargs):
        result = store_inbound(*args, **kwargs)
        calls.append(result.inbound_id)
        if len(calls) == 1:
            raise OSError("killed after the commit")
        return result

    with pytest.raises(OSError):
        intake(db, config, store=dies_after_commit).fetch_once()
    assert len(stored(db)) == 1 and flags(dovecot, imap_user) == {1: False, 2: False}

    assert intake(db, config).fetch_once() == 1  # started again: #1 was in, #2 is new
    rows = stored(db)
    assert [r.message_id for r in rows] == ["<imap-1@mail.example.com>",
                                            "<imap-2@mail.example.com>"]
    assert flags(dovecot, imap_user) == {1: True, 2: True}
    assert intake(db, config).fetch_once() == 0 and len(stored(db)) == 2


async def test_a_failed_store_is_retried_by_the_running_intake(db, config, dovecot, imap_user,
                                                               caplog):
    failures = [OSError("database away")]

    def flaky(*args, **kwargs):
        if failures:
            raise failures.pop()
        return store_inbound(*args, **kwargs)

    append(dovecot, imap_user, request(1))
    with caplog.at_level(logging.WARNING, logger="bot.ingress.imap"):
        async with serving(intake(db, config, store=flaky)):
            await wait_for(lambda: flags(dovecot, imap_user) == {1: True})
    assert len(stored(db)) == 1
    assert "database away; reconnecting" in caplog.text


# --- what is taken, what is left -------------------------------------------------------


def test_own_mail_is_left_alone_and_machine_mail_is_stored(db, config, dovecot, imap_user):
    ours = plain("Tak for din henvendelse.", sender="privacy@clsmed.dk", name="CL Smed",
                 message_id="<ack-1@clsmed.dk>", to="jens.nielsen@mail.example.com")
    auto = request(2, body="Jeg er på ferie", extra={"Auto-Submitted": "auto-replied"})
    for raw in (ours, auto, request(3)):
        append(dovecot, imap_user, raw)
    assert intake(db, config).fetch_once() == 2
    assert [r.message_id for r in stored(db)] == ["<imap-2@mail.example.com>",
                                                  "<imap-3@mail.example.com>"]
    assert flags(dovecot, imap_user) == {1: True, 2: True, 3: True}  # ours: \Seen, not stored
    assert is_own_mail(b"From: =?utf-8?q?CL_Smed?= <PRIVACY@clsmed.dk>\r\n\r\n",
                       config.own_addresses)


def test_mail_read_before_the_first_start_is_not_taken_but_later_mail_is(db, config, dovecot,
                                                                         imap_user):
    append(dovecot, imap_user, request(1), seen=True)  # staff's, before the bot existed
    append(dovecot, imap_user, request(2))
    assert intake(db, config).fetch_once() == 1
    append(dovecot, imap_user, request(3), seen=True)  # read in Outlook before we looked
    assert intake(db, config).fetch_once() == 1
    assert [r.message_id for r in stored(db)] == ["<imap-2@mail.example.com>",
                                                  "<imap-3@mail.example.com>"]


# --- the server misbehaves --------------------------------------------------------------


async def test_a_dovecot_restart_during_idle_is_survived(db, config, dovecot, imap_user, caplog):
    async with serving(intake(db, config)) as box:
        append(dovecot, imap_user, request(1))
        await wait_for(lambda: len(stored(db)) == 1)
        await asyncio.sleep(0.3)  # back in IDLE
        with caplog.at_level(logging.WARNING, logger="bot.ingress.imap"):
            await asyncio.to_thread(dovecot.stop)
            await asyncio.sleep(0.3)  # a reconnect or two is refused meanwhile
            await asyncio.to_thread(dovecot.start)
            append(dovecot, imap_user, request(2))
            await wait_for(lambda: len(stored(db)) == 2)
        assert "reconnecting" in caplog.text
        await wait_for(lambda: flags(dovecot, imap_user) == {1: True, 2: True})
        started = time.monotonic()
    assert time.monotonic() - started < 5.0  # a stop does not wait for IDLE (10 min)
    assert box.stopping.is_set()


def test_a_uidvalidity_change_neither_loses_nor_doubles(db, config, dovecot, imap_user):
    for n in (1, 2):
        append(dovecot, imap_user, request(n))
    assert intake(db, config).fetch_once() == 2
    old_validity, old_last = state(db)
    with dovecot.login(imap_user) as box:
        box.delete("1")  # staff tidied up #1 (expunged, so the numbering below shrinks)
        box.flag("2", MailMessageFlags.SEEN, False)  # and marked #2 unread again
    # The server loses its UID list (a restore, a migration): Dovecot renumbers from 1
    # with a new UIDVALIDITY. Meanwhile #3 arrives.
    dovecot.stop()
    # Its UID list and indexes go; dovecot-uidvalidity stays, so the new value is higher.
    for index in [imap_user.maildir / "dovecot-uidlist", *imap_user.maildir.glob("dovecot.*")]:
        index.unlink()
    _deliver_to_maildir(imap_user, request(3))
    dovecot.start()
    assert flags(dovecot, imap_user) == {1: False, 2: False}  # #3 now has UID 2 <= old_last
    assert old_last == 2

    assert intake(db, config).fetch_once() == 1  # #3; #2 is fetched again and de-duplicated
    assert [r.message_id for r in stored(db)] == [f"<imap-{n}@mail.example.com>"
                                                  for n in (1, 2, 3)]
    assert state(db) != (old_validity, old_last) and state(db)[0] != old_validity
    assert flags(dovecot, imap_user) == {1: True, 2: True}
    append(dovecot, imap_user, request(4))
    assert intake(db, config).fetch_once() == 1 and len(stored(db)) == 4


def _deliver_to_maildir(user: ImapUser, raw: bytes) -> None:
    """As the local delivery agent would: a file in new/ (Dovecot only renames it)."""
    path = user.maildir / "new" / f"{time.time_ns()}.test.localhost"
    path.write_bytes(raw)


# --- logins and modes -------------------------------------------------------------------


def test_oauth2_login_with_a_token_from_the_configured_command(tmp_path, db, dovecot,
                                                               imap_user):
    token = dovecot.tokens.issue(imap_user.name)
    script = tmp_path / "token.py"
    script.write_text(f"print({token!r})\n")
    command = f"{shlex.quote(sys.executable)} {shlex.quote(str(script))}"
    section = imap_section(dovecot, imap_user, auth="xoauth2", oauth2_token_command=command,
                           password="")
    config = make_config(tmp_path, imap=section)
    append(dovecot, imap_user, request(1))
    assert intake(db, config).fetch_once() == 1
    assert dovecot.tokens.asked[-1] == token  # Dovecot asked our endpoint about it
    script.write_text("print('tok-expired')\n")
    with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
        intake(db, config).fetch_once()


def test_the_token_command_runs_without_a_shell():
    assert fetch_token("echo tok-1 | cat") == "tok-1 | cat"
    with pytest.raises(RuntimeError, match="exit 1"):
        fetch_token("false")
    with pytest.raises(RuntimeError, match="empty"):
        fetch_token("  ")


async def test_polling_when_idle_is_off(tmp_path, db, dovecot, imap_user):
    config = make_config(tmp_path, imap=imap_section(dovecot, imap_user, idle=False))
    async with serving(intake(db, config)):
        append(dovecot, imap_user, request(1))
        await wait_for(lambda: len(stored(db)) == 1)
        append(dovecot, imap_user, request(2))
        await wait_for(lambda: len(stored(db)) == 2)


@pytest.mark.parametrize("security", ["ssl", "starttls"])
def test_tls_with_the_certificate_checked(tmp_path, db, dovecot, imap_user, monkeypatch,
                                          security):
    port = dovecot.tls_port if security == "ssl" else dovecot.port
    section = imap_section(dovecot, imap_user, security=security, port=port)
    config = make_config(tmp_path, imap=section)
    append(dovecot, imap_user, request(1))
    with pytest.raises(ssl.SSLCertVerificationError):  # the test CA is not trusted yet
        intake(db, config).fetch_once()
    monkeypatch.setenv("SSL_CERT_FILE", str(dovecot.ca_file))
    assert intake(db, config).fetch_once() == 1
