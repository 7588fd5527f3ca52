"""IMAP intake (imap-tools): take new mail from an existing mailbox, store it, then mark it.

Many firms receive requests in a mailbox they already have (Microsoft 365, Google
Workspace, their host's Dovecot). This reads one folder of it in a thread of its own
(imap-tools blocks): connect, select, fetch every new message by UID in UID order, store
its raw bytes with `store_inbound` (the SMTP intake's function, channel "imap"), and only
after that commit flag it `\\Seen`, or move it to `processed_folder`. Then it waits for
more with IDLE where the server offers it, or polls every `poll_seconds`.

Why nothing is lost or doubled:
- The order is store (commit) -> flag or move -> remember the UID (`ImapState`). A crash
  before the commit leaves the message unflagged and its UID unremembered: it is fetched
  again. A crash after the commit fetches it again too, and the inbox store, which is
  idempotent on identical content (`content_sha256` is unique), answers "already stored".
- "New" is a UID above the last one remembered, whatever its flags (staff reading the
  mailbox in Outlook must not hide a request from us). When UIDVALIDITY is not the one
  remembered (first start, or the server renumbered the folder), remembered UIDs mean
  nothing: every unseen message is fetched again and the content hash drops the ones
  already stored.
- Our own mail (From = the privacy address: our replies, copies of them) would make a
  loop; it is not stored, only flagged `\\Seen` so that it is not fetched again. All other
  mail, machine mail included, is stored: the worker recognises that and never answers it.

When the server goes away, the loop reconnects with capped exponential backoff. Stopping
sets an event that the IDLE wait checks every `idle_slice` seconds, so IDLE never holds
up shutdown.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import shlex
import ssl
import subprocess
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from typing import Any

from imap_tools import BaseMailBox, MailBox, MailBoxStartTls, MailBoxUnencrypted
from imap_tools.utils import encode_folder
from sqlmodel import select

from bot.config import Config, ImapConfig
from bot.ingress.inbox import Stored, store_inbound
from bot.store.db import Database
from bot.store.models import ImapState
from bot.timeutil import utcnow

log = logging.getLogger(__name__)

SOCKET_TIMEOUT = 60.0  # a server that stops answering mid-command is treated as gone
IDLE_RENEW = 10 * 60.0  # RFC 2177: re-issue IDLE well within 29 minutes (and NATs forget)
TOKEN_TIMEOUT = 30.0
STOP_TIMEOUT = 15.0

StoreFn = Callable[..., Stored]


class ServerGone(ConnectionError):
    """The server said BYE or closed the connection; reconnect."""


class ImapCommandFailed(RuntimeError):
    """The server refused a command (NO); the pass is retried after a reconnect."""


@dataclass
class Backoff:
    """Capped exponential delays between reconnects; reset once a pass succeeds."""

    first: float = 1.0
    cap: float = 300.0
    current: float = 0.0

    def next(self) -> float:
        self.current = min(self.cap, self.current * 2 if self.current else self.first)
        return self.current

    def reset(self) -> None:
        self.current = 0.0


def fetch_token(command: str) -> str:
    """Run the configured token command (as isync and aerc do); its first line is the token.

    No shell: the command is split like a shell would, so a config value cannot smuggle
    in pipes or substitutions. Its output is never logged (it is a credential).
    """
    argv = shlex.split(command)
    if not argv:
        raise RuntimeError("imap.oauth2_token_command is empty (needed with auth = xoauth2)")
    done = subprocess.run(argv, capture_output=True, text=True, timeout=TOKEN_TIMEOUT,
                          check=False)
    token = done.stdout.strip().splitlines()[0] if done.stdout.strip() else ""
    if done.returncode != 0 or not token:
        raise RuntimeError(f"imap.oauth2_token_command failed (exit {done.returncode})")
    return token


def open_mailbox(imap: ImapConfig) -> BaseMailBox:
    """An unauthenticated connection as `security` says (TLS checked against system CAs)."""
    if imap.security == "ssl":
        return MailBox(imap.host, imap.port, timeout=SOCKET_TIMEOUT,
                       ssl_context=ssl.create_default_context())
    if imap.security == "starttls":
        return MailBoxStartTls(imap.host, imap.port, timeout=SOCKET_TIMEOUT,
                               ssl_context=ssl.create_default_context())
    return MailBoxUnencrypted(imap.host, imap.port, timeout=SOCKET_TIMEOUT)


def log_in(box: BaseMailBox, imap: ImapConfig) -> None:
    """Password login, or XOAUTH2 with a fresh token (Microsoft 365, Gmail) each time."""
    if imap.auth == "xoauth2":
        box.xoauth2(imap.username, fetch_token(imap.oauth2_token_command), initial_folder=None)
    else:
        box.login(imap.username, imap.password, initial_folder=None)


def is_own_mail(raw: bytes, own: frozenset[str]) -> bool:
    """True when the From header names one of our own addresses (our replies)."""
    try:
        headers = BytesHeaderParser().parsebytes(raw, headersonly=True)
        senders = getaddresses([str(value) for value in headers.get_all("From", [])])
    except Exception:  # a From we cannot read is not ours: store it, the worker copes
        return False
    return any(address.casefold() in own for _, address in senders if address)


def _raw_body(response: list[object]) -> bytes | None:
    """The message bytes from a `UID FETCH (BODY.PEEK[])` answer; None if it is gone."""
    for item in response:
        if isinstance(item, tuple) and len(item) == 2 and b"BODY[]" in item[0]:
            return bytes(item[1])
    return None


class ImapIntake:
    """Reads `imap.folder` until stopped; see the module docstring for the guarantees."""

    def __init__(self, db: Database, config: Config,
                 on_stored: Callable[[], None] = lambda: None, *,
                 store: StoreFn = store_inbound, backoff: Backoff | None = None,
                 idle_slice: float = 1.0) -> None:
        self.db, self.config, self.imap = db, config, config.imap
        self.on_stored = on_stored
        self._notify = on_stored  # what the intake thread calls; run() routes it to the loop
        self.store = store
        self.backoff = backoff or Backoff()
        self.idle_slice = idle_slice
        self.stopping = threading.Event()
        self.key = f"{self.imap.username}@{self.imap.host}/{self.imap.folder}"

    # --- running ----------------------------------------------------------------------

    async def run(self) -> None:
        """Serve in a thread until cancelled; then stop that thread and wait for it."""
        loop = asyncio.get_running_loop()

        def nudge_in_loop() -> None:
            # The worker's nudge touches asyncio objects: run it in the loop's own thread.
            with contextlib.suppress(RuntimeError):  # the loop is closing: nobody to wake
                loop.call_soon_threadsafe(self.on_stored)

        self._notify = nudge_in_loop
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="imap-intake")
        serving = loop.run_in_executor(executor, self.serve)
        try:
            await asyncio.shield(serving)
        finally:
            self.stopping.set()
            await asyncio.wait([serving], timeout=STOP_TIMEOUT)
            executor.shutdown(wait=False)

    def stop(self) -> None:
        """Ask `serve` to end (it sees this within `idle_slice` seconds while idling)."""
        self.stopping.set()

    def serve(self) -> None:
        """Connect, take mail, wait for more; reconnect with backoff on any failure."""
        while not self.stopping.is_set():
            try:
                self._session()
            except Exception as exc:  # the server, the network or the database: retry
                delay = self.backoff.next()
                log.warning("IMAP intake: %s: %s; reconnecting in %.1f s",
                            type(exc).__name__, exc, delay)
                self.stopping.wait(delay)

    def fetch_once(self) -> int:
        """One connection, one pass (until nothing new); how many messages were stored."""
        box = self._connect()
        try:
            return self._drain(box)
        finally:
            _logout(box)

    def _session(self) -> None:
        box = self._connect()
        try:
            log.info("IMAP intake connected to %s:%d, folder %s", self.imap.host,
                     self.imap.port, self.imap.folder)
            while not self.stopping.is_set():
                self._drain(box)
                self.backoff.reset()  # only a pass that worked earns a quick retry
                self._wait(box)
        finally:
            _logout(box)

    def _connect(self) -> BaseMailBox:
        box = open_mailbox(self.imap)
        try:
            log_in(box, self.imap)
            _refresh_capabilities(box)
            target = self.imap.processed_folder
            if target and not box.folder.exists(target):
                box.folder.create(target)
        except BaseException:
            _logout(box)
            raise
        return box

    # --- waiting ----------------------------------------------------------------------

    def _wait(self, box: BaseMailBox) -> None:
        if self.imap.idle and "IDLE" in box.client.capabilities:
            self._idle(box)
        else:
            self.stopping.wait(self.imap.poll_seconds)

    def _idle(self, box: BaseMailBox) -> None:
        """IDLE until the folder changes, the renewal time comes, or we are stopped.

        Polled in short slices so that a stop is seen within `idle_slice` seconds.
        """
        renew_at = time.monotonic() + IDLE_RENEW
        with box.idle as idle:  # DONE is sent on the way out
            while not self.stopping.is_set() and time.monotonic() < renew_at:
                started = time.monotonic()
                lines = idle.poll(timeout=self.idle_slice)
                if any(line.startswith(b"* BYE") for line in lines):
                    raise ServerGone("the server ended the session")
                if lines:
                    return  # EXISTS, EXPUNGE, FETCH ...: look at the folder again
                # imap-tools returns at once, with nothing, when the socket hit EOF.
                if time.monotonic() - started < self.idle_slice / 2:
                    raise ServerGone("the connection closed during IDLE")

    # --- one pass ---------------------------------------------------------------------

    def _drain(self, box: BaseMailBox) -> int:
        """Pass until a pass finds nothing: a message that arrived while we flagged others
        was announced to that command, not to the IDLE that follows."""
        total = 0
        while not self.stopping.is_set():
            found, stored = self._pass(box)
            total += stored
            if not found:
                break
        return total

    def _pass(self, box: BaseMailBox) -> tuple[int, int]:
        """Select the folder and take what is new; (messages looked at, messages stored)."""
        validity = self._select(box)
        state = self._load_state()
        if state is not None and state[0] == validity:
            return self._take_new(box, validity, state[1])
        return self._rescan(box, state, validity)

    def _take_new(self, box: BaseMailBox, validity: int, last: int) -> tuple[int, int]:
        # "UID n:*" also answers the highest UID when it is below n, hence the filter.
        uids = [uid for uid in _uids(box, f"UID {last + 1}:*") if uid > last]
        stored = 0
        for uid in uids:
            if self.stopping.is_set():
                break
            stored += self._take(box, uid)
            self._save_state(validity, uid)  # after the flag: a crash before it re-fetches
        return len(uids), stored

    def _rescan(self, box: BaseMailBox, state: tuple[int | None, int] | None,
                validity: int) -> tuple[int, int]:
        """First start or a new UIDVALIDITY: take every unseen message.

        The top UID is read first and remembered only when all unseen mail is taken: a
        crash half-way re-scans (what was taken is \\Seen by then, or de-duplicated), and
        mail that staff had read before we ever looked is not taken.
        """
        if state is not None:
            log.warning("IMAP UIDVALIDITY of %s changed (%s -> %s); re-scanning unseen mail",
                        self.imap.folder, state[0], validity)
        top = max(_uids(box, "UID *"), default=0)
        unseen = _uids(box, "UNSEEN")
        stored = 0
        for uid in unseen:
            if self.stopping.is_set():
                return len(unseen), stored
            stored += self._take(box, uid)
        self._save_state(validity, max([top, *unseen]))
        return len(unseen), stored

    def _take(self, box: BaseMailBox, uid: int) -> int:
        """Store one message, then flag or move it; 1 when it was new to the inbox."""
        raw = _raw_body(_uid_command(box, "FETCH", str(uid), "(BODY.PEEK[])"))
        if raw is None:
            return 0  # expunged since the search: nothing to take
        if is_own_mail(raw, self.config.own_addresses):
            _flag_seen(box, uid)
            log.info("IMAP uid %d: our own mail, not stored (flagged \\Seen)", uid)
            return 0
        stored = self.store(self.db, raw, channel="imap", peer=self.imap.host)
        log.info("IMAP uid %d %s inbound %d", uid,
                 "stored as" if stored.created else "was already stored as", stored.inbound_id)
        self._notify()
        self._mark_done(box, uid)
        return int(stored.created)

    def _mark_done(self, box: BaseMailBox, uid: int) -> None:
        target = self.imap.processed_folder
        _flag_seen(box, uid)  # also when moving: the copy in processed_folder reads as read
        if not target:
            return
        if "MOVE" in box.client.capabilities:
            _uid_command(box, "MOVE", str(uid), _folder(target))
            return
        # No MOVE: copy, then delete only this message (UID EXPUNGE), never anyone else's.
        _uid_command(box, "COPY", str(uid), _folder(target))
        _uid_command(box, "STORE", str(uid), "+FLAGS.SILENT", "(\\Deleted)")
        if "UIDPLUS" in box.client.capabilities:
            _uid_command(box, "EXPUNGE", str(uid))

    def _select(self, box: BaseMailBox) -> int:
        """SELECT the folder (again, each pass: cheap, and a new UIDVALIDITY shows here)."""
        box.folder.set(self.imap.folder)
        _, data = box.client.response("UIDVALIDITY")
        if not data or data[0] is None:
            raise ServerGone("the server sent no UIDVALIDITY")
        return int(data[0])

    # --- what we remember -------------------------------------------------------------

    def _load_state(self) -> tuple[int | None, int] | None:
        with self.db.reading() as session:
            row = session.exec(select(ImapState).where(ImapState.mailbox == self.key)).first()
            return None if row is None else (row.uidvalidity, row.last_uid)

    def _save_state(self, validity: int, last_uid: int) -> None:
        with self.db.transaction() as session:
            row = session.exec(select(ImapState).where(ImapState.mailbox == self.key)).first()
            row = row or ImapState(mailbox=self.key)
            row.uidvalidity, row.last_uid, row.updated_at = validity, last_uid, utcnow()
            session.add(row)


def _uids(box: BaseMailBox, criteria: str) -> list[int]:
    # charset=None: some servers (Exchange) refuse an explicit CHARSET on plain criteria.
    return sorted(int(uid) for uid in box.uids(criteria, charset=None))


def _flag_seen(box: BaseMailBox, uid: int) -> None:
    # Not imap-tools' flag(): it EXPUNGEs after every STORE, which would also remove
    # messages that staff merely marked \Deleted.
    _uid_command(box, "STORE", str(uid), "+FLAGS.SILENT", "(\\Seen)")


def _uid_command(box: BaseMailBox, command: str, *args: str) -> list[Any]:
    """A UID command whose NO is an error (imaplib only raises on BAD)."""
    status, data = box.client.uid(command, *args)
    if status != "OK":
        raise ImapCommandFailed(f"UID {command} answered {status}: {data!r:.200}")
    return list(data)


def _refresh_capabilities(box: BaseMailBox) -> None:
    """imaplib keeps the greeting's capabilities, but servers name more after login
    (Dovecot: MOVE, UIDPLUS); without them we would copy and delete instead of moving."""
    status, data = box.client.capability()
    if status == "OK" and data and isinstance(data[-1], bytes):
        box.client.capabilities = tuple(data[-1].decode("ascii", "replace").upper().split())


def _folder(name: str) -> str:
    return encode_folder(name).decode("ascii")  # modified UTF-7, quoted where needed


def _logout(box: BaseMailBox) -> None:
    """Log out if the connection still works; a dead one is only closed."""
    try:
        box.logout()
    except Exception:
        with contextlib.suppress(Exception):
            box.client.shutdown()  # closes imaplib's reader and the socket under it
