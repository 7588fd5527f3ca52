"""The durable outbox: mail is queued with the change that caused it, then delivered with retry."""

from __future__ import annotations

import asyncio
import email.policy
import hashlib
import logging
import os
import secrets
import socket
import time
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

import aiosmtplib
from sqlmodel import Session, col, select

from bot.cases.lifecycle import audit
from bot.cases.scrub import forget_body
from bot.config import OutboundConfig
from bot.store.db import Database
from bot.store.models import Outbox
from bot.timeutil import utcnow
from bot.wakeup import nap

log = logging.getLogger(__name__)

# While one sender delivers a row, it is hidden from others for this long; a sender
# that crashes mid-delivery thus hands the row back instead of losing it.
LEASE = timedelta(minutes=5)
MAX_BACKOFF = 3600.0


def queue_mail(
    session: Session, msg: EmailMessage, *, case_id: int | None, kind: str, template: str
) -> Outbox:
    """Add a rendered message to the outbox inside the caller's transaction."""
    now = utcnow()
    to_addr = str(msg["To"])
    # An address like jørgen@… cannot be written with RFC 2047 words (that would be a
    # different, invalid address); such mail goes out as SMTPUTF8 (RFC 6531) instead.
    policy = email.policy.default if to_addr.isascii() else email.policy.SMTPUTF8
    row = Outbox(
        case_id=case_id, kind=kind, template=template, message_id=str(msg["Message-ID"]),
        to_addr=to_addr, raw=msg.as_bytes(policy=policy), status="queued",
        next_attempt_at=now, created_at=now,
    )
    session.add(row)
    session.flush()
    audit(session, "outbox.queued", actor="worker", case_id=case_id,
          details={"outbox_id": row.id, "kind": kind, "template": template})
    return row


class Transport(Protocol):
    async def deliver(self, to_addr: str, message_id: str, raw: bytes) -> None: ...


class MaildirTransport:
    """Writes each message into a Maildir's new/ folder, named after its Message-ID.

    The file name is derived from the Message-ID, so delivering the same mail again
    after a crash overwrites the first copy instead of adding a second one.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        for sub in ("tmp", "new", "cur"):
            (path / sub).mkdir(parents=True, exist_ok=True)

    def _write(self, message_id: str, raw: bytes) -> None:
        digest = hashlib.sha256(message_id.encode()).hexdigest()[:24]
        name = f"{int(time.time())}.{digest}.{socket.gethostname()}"
        for existing in (self.path / "new").glob(f"*.{digest}.*"):
            existing.unlink()  # a re-delivery of the same mail replaces the earlier copy
        tmp = self.path / "tmp" / name
        with open(tmp, "wb") as handle:
            handle.write(raw)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, self.path / "new" / name)

    async def deliver(self, to_addr: str, message_id: str, raw: bytes) -> None:
        await asyncio.to_thread(self._write, message_id, raw)


class SmtpTransport:
    """Hands mail to a relay with aiosmtplib: STARTTLS and login when configured."""

    def __init__(self, config: OutboundConfig, sender: str) -> None:
        self.config = config
        self.sender = sender

    async def deliver(self, to_addr: str, message_id: str, raw: bytes) -> None:
        cfg = self.config
        await aiosmtplib.send(
            raw, sender=self.sender, recipients=[to_addr], hostname=cfg.host, port=cfg.port,
            username=cfg.username or None, password=cfg.password or None,
            start_tls=cfg.starttls and not cfg.use_tls, use_tls=cfg.use_tls,
            cert_bundle=cfg.cafile or None, timeout=cfg.timeout_seconds,
            mail_options=None if to_addr.isascii() else ["SMTPUTF8"],
        )


def make_transport(config: OutboundConfig, sender: str) -> Transport:
    if config.transport == "smtp":
        return SmtpTransport(config, sender)
    return MaildirTransport(Path(config.maildir))


@dataclass(frozen=True)
class _Due:
    id: int
    to_addr: str
    message_id: str
    raw: bytes
    lease: str  # proves, when the result is recorded, that this sender still holds the row


def claim_one(session: Session, exclude: frozenset[int] = frozenset()) -> _Due | None:
    """Lease the next due mail (skipping rows another sender holds).

    One row per lease, taken just before it is sent: the lease only has to outlast a
    single delivery, and a sender that dies hands the row back when it expires.
    """
    now = utcnow()
    row = session.exec(
        select(Outbox)
        .where(Outbox.status == "queued", col(Outbox.next_attempt_at) <= now,
               col(Outbox.id).not_in(exclude))
        .order_by(col(Outbox.next_attempt_at))
        .limit(1)
        .with_for_update(skip_locked=True)
    ).first()
    if row is None:
        return None
    row.next_attempt_at = now + LEASE
    row.lease_token = secrets.token_hex(8)
    session.add(row)
    assert row.id is not None
    return _Due(row.id, row.to_addr, row.message_id, row.raw, row.lease_token)


def _leased(session: Session, outbox_id: int, lease: str) -> Outbox | None:
    """The row, if it is still queued under our lease (nobody else took it meanwhile)."""
    row = session.exec(select(Outbox).where(Outbox.id == outbox_id).with_for_update()).first()
    if row is None or row.status != "queued" or row.lease_token != lease:
        return None
    return row


def mark_sent(session: Session, outbox_id: int, lease: str) -> None:
    row = _leased(session, outbox_id, lease)
    if row is None:
        return
    row.status, row.sent_at, row.attempts = "sent", utcnow(), row.attempts + 1
    row.lease_token = None
    forget_body(session, row)  # delivered: the body leaves the outbox (issue 7 item 5)
    session.add(row)
    audit(session, "outbox.sent", actor="sender", case_id=row.case_id,
          details={"outbox_id": row.id, "attempts": row.attempts})


def mark_failed_attempt(
    session: Session, outbox_id: int, lease: str, error: str, config: OutboundConfig
) -> None:
    """Count a failed attempt; retry later with exponential backoff, or give up visibly."""
    row = _leased(session, outbox_id, lease)
    if row is None:
        return
    row.attempts += 1
    row.lease_token = None
    row.last_error = error[:1000]
    if row.attempts >= config.max_attempts:
        row.status = "failed"
        audit(session, "outbox.failed", actor="sender", case_id=row.case_id,
              details={"outbox_id": row.id, "attempts": row.attempts})
    else:
        delay = min(config.retry_base_seconds * 2 ** (row.attempts - 1), MAX_BACKOFF)
        row.next_attempt_at = utcnow() + timedelta(seconds=delay)
    session.add(row)


class Sender:
    """Delivers due outbox rows until stopped; woken early when new mail is queued."""

    def __init__(self, db: Database, transport: Transport, config: OutboundConfig) -> None:
        self.db = db
        self.transport = transport
        self.config = config
        self.wakeup = asyncio.Event()

    def _claim(self, tried: frozenset[int]) -> _Due | None:
        with self.db.transaction() as session:
            return claim_one(session, tried)

    def _record(self, item: _Due, error: str | None) -> None:
        with self.db.transaction() as session:
            if error is None:
                mark_sent(session, item.id, item.lease)
            else:
                mark_failed_attempt(session, item.id, item.lease, error, self.config)

    async def deliver_due(self, limit: int = 100) -> int:
        """One pass over due mail; returns how many were delivered."""
        delivered = 0
        tried: set[int] = set()  # one attempt per mail and pass, however short the backoff
        for _ in range(limit):
            item = await self.db.run(self._claim, frozenset(tried))
            if item is None:
                break
            tried.add(item.id)
            try:
                await self.transport.deliver(item.to_addr, item.message_id, item.raw)
            except Exception as exc:  # any transport failure is retried, never lost
                # The type only: SMTP errors quote the recipient address (personal data).
                log.warning("delivery of outbox %s failed: %s", item.id, type(exc).__name__)
                await self.db.run(self._record, item, f"{type(exc).__name__}: {exc}")
                continue
            await self.db.run(self._record, item, None)
            log.info("mail %s sent (outbox %s)", item.message_id, item.id)  # no address
            delivered += 1
        return delivered

    async def run(self) -> None:
        while True:
            try:
                await self.deliver_due()
            except Exception:
                log.exception("outbox pass failed; trying again")
            await nap(self.wakeup, self.config.poll_seconds)
