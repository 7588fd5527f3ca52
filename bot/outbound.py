"""The durable outbox: mail is queued with the change that caused it, then delivered with retry."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import os
import socket
import time
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Protocol

import aiosmtplib
from sqlmodel import Session, col, select

from bot.cases import audit
from bot.config import OutboundConfig
from bot.db import Database
from bot.models import Outbox
from bot.timeutil import utcnow

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
    row = Outbox(
        case_id=case_id, kind=kind, template=template, message_id=str(msg["Message-ID"]),
        to_addr=str(msg["To"]), raw=msg.as_bytes(), status="queued",
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


def claim_due(session: Session, limit: int = 20) -> list[_Due]:
    """Lease the queued mail that is due now (skipping rows another sender holds)."""
    now = utcnow()
    rows = session.exec(
        select(Outbox)
        .where(Outbox.status == "queued", col(Outbox.next_attempt_at) <= now)
        .order_by(col(Outbox.next_attempt_at))
        .limit(limit)
        .with_for_update(skip_locked=True)
    ).all()
    due = []
    for row in rows:
        row.next_attempt_at = now + LEASE
        session.add(row)
        assert row.id is not None
        due.append(_Due(row.id, row.to_addr, row.message_id, row.raw))
    return due


def mark_sent(session: Session, outbox_id: int) -> None:
    row = session.get(Outbox, outbox_id)
    if row is None or row.status == "sent":
        return
    row.status, row.sent_at, row.attempts = "sent", utcnow(), row.attempts + 1
    session.add(row)
    audit(session, "outbox.sent", actor="sender", case_id=row.case_id,
          details={"outbox_id": row.id, "attempts": row.attempts})


def mark_failed_attempt(
    session: Session, outbox_id: int, error: str, config: OutboundConfig
) -> None:
    """Count a failed attempt; retry later with exponential backoff, or give up visibly."""
    row = session.get(Outbox, outbox_id)
    if row is None:
        return
    row.attempts += 1
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

    def _claim(self) -> list[_Due]:
        with self.db.transaction() as session:
            return claim_due(session)

    def _record(self, outbox_id: int, error: str | None) -> None:
        with self.db.transaction() as session:
            if error is None:
                mark_sent(session, outbox_id)
            else:
                mark_failed_attempt(session, outbox_id, error, self.config)

    async def deliver_due(self) -> int:
        """One pass over due mail; returns how many were delivered."""
        delivered = 0
        for item in await self.db.run(self._claim):
            try:
                await self.transport.deliver(item.to_addr, item.message_id, item.raw)
            except Exception as exc:  # any transport failure is retried, never lost
                log.warning("delivery of outbox %s failed: %s", item.id, exc)
                await self.db.run(self._record, item.id, f"{type(exc).__name__}: {exc}")
                continue
            await self.db.run(self._record, item.id, None)
            delivered += 1
        return delivered

    async def run(self) -> None:
        while True:
            try:
                await self.deliver_due()
            except Exception:
                log.exception("outbox pass failed; trying again")
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self.wakeup.wait(), self.config.poll_seconds)
            self.wakeup.clear()
