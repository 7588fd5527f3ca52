"""Tell staff about work waiting for them: a mail to `[notify] staff_address` and/or a
Slack/Teams-style incoming-webhook post to `[notify] webhook_url`, both durable.

Both are queued in the caller's transaction (no notice for a change that rolled back) and
hold only the case's reference and kind: intents, status, due date and days left, never
the requester's name, address or words. Mail goes out through the shared outbox sender;
the webhook posts are Outbox rows of their own kind and status, delivered with retry and
backoff by `StaffWebhookSender` here.
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import secrets
from dataclasses import dataclass
from datetime import timedelta
from email.message import EmailMessage
from typing import Any

import aiohttp
from sqlmodel import Session, col, select

from bot.cases.lifecycle import audit
from bot.config import Config, OutboundConfig
from bot.outbound.outbox import queue_mail
from bot.outbound.render import Renderer, Reply
from bot.outbound.replies import case_context
from bot.store.db import Database
from bot.store.models import Case, Outbox
from bot.timeutil import today, utcnow

log = logging.getLogger(__name__)

EVENTS = frozenset({"plan_waiting", "triage", "deadline_at_risk", "case_failed"})
TEMPLATE = "staff_notice"
NOTICE_KIND = "staff_notice"
WEBHOOK_KIND = "staff_webhook"
# Not "queued": the shared mail sender claims every "queued" row and would mail the post.
WEBHOOK_QUEUED = "webhook_queued"
# Stored instead of the URL: an incoming-webhook URL is a secret, which belongs in the
# config, not in the database and its backups; the sender posts to the configured URL.
WEBHOOK_LABEL = "[notify] webhook_url"
# Staff at a Danish firm read their notices in Danish, whatever the requester wrote in.
STAFF_LANGUAGE = "da"
LEASE = timedelta(minutes=5)
MAX_BACKOFF = 3600.0
_ADDRESS = re.compile(r"[^\s<>\"']+@[^\s<>\"']+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")


# --- queueing --------------------------------------------------------------------------


def notify_staff(session: Session, config: Config, renderer: Renderer, event: str,
                 case: Case | None, detail: str = "", *, mail: bool = True) -> int:
    """Queue the notices for `event` in the caller's transaction; how many were queued.

    `mail=False` skips the mail (the deadline reminder is already a mail to staff)."""
    if event not in EVENTS:
        raise ValueError(f"unknown staff event {event!r} (known: {', '.join(sorted(EVENTS))})")
    notify = config.notify
    by_mail = bool(notify.staff_address) and mail
    if not (by_mail or notify.webhook_url):
        return 0
    msg = render_notice(config, renderer, event, case, detail)
    case_id = case.id if case is not None else None
    if by_mail:
        queue_mail(session, msg, case_id=case_id, kind=NOTICE_KIND, template=TEMPLATE)
    if notify.webhook_url:
        queue_post(session, config, chat_text(msg), event, case_id)
    return int(by_mail) + int(bool(notify.webhook_url))


def safe_detail(detail: str) -> str:
    """The caller's note on one line, with anything shaped like an address taken out:
    a reason must never carry the requester into a chat channel."""
    return _ADDRESS.sub("[…]", _CONTROL.sub(" ", detail)).strip()[:200]


def notice_context(event: str, case: Case | None, detail: str) -> dict[str, Any]:
    """What a notice may say: the case's reference and kind, nothing about the person."""
    context: dict[str, Any] = {"event": event, "detail": safe_detail(detail), "case": None,
                               "intents": [], "status": None, "days_left": None}
    if case is not None:
        due = case.extended_due_at or case.due_at
        context.update(case=case_context(case), intents=list(case.intents or []),
                       status=str(case.status), days_left=(due - today()).days)
    return context


def render_notice(config: Config, renderer: Renderer, event: str, case: Case | None,
                  detail: str) -> EmailMessage:
    to_addr = config.notify.staff_address or config.company.privacy_address
    reply = Reply(template=TEMPLATE, language=STAFF_LANGUAGE, to_addr=to_addr,
                  context=notice_context(event, case, detail))
    domain = config.company.privacy_address.rsplit("@", 1)[1]
    ref = case.ref if case is not None and case.ref else "dsrbot"
    return renderer.render(reply, f"<{ref}.staff-{event}.{secrets.token_hex(6)}@{domain}>")


def chat_text(msg: EmailMessage) -> str:
    """The chat post says what the mail says: one wording, checked once for personal data."""
    return f"{msg['Subject']}\n\n{msg.get_content().strip()}"


def queue_post(session: Session, config: Config, text: str, event: str,
               case_id: int | None) -> Outbox:
    """One incoming-webhook post as an Outbox row, in the caller's transaction.

    The row has no case_id (the audit event links the case): an erasure scrubs a case's
    undelivered rows as mail to the person, and would blank a pending post."""
    now = utcnow()
    domain = config.company.privacy_address.rsplit("@", 1)[1]
    row = Outbox(case_id=None, kind=WEBHOOK_KIND, template=TEMPLATE,
                 message_id=f"<staff-webhook.{event}.{secrets.token_hex(8)}@{domain}>",
                 to_addr=WEBHOOK_LABEL, raw=json.dumps({"text": text}).encode("utf-8"),
                 status=WEBHOOK_QUEUED, next_attempt_at=now, created_at=now)
    session.add(row)
    session.flush()
    audit(session, "outbox.queued", actor="notify", case_id=case_id,
          details={"outbox_id": row.id, "kind": WEBHOOK_KIND, "event": event})
    return row


# --- delivering the webhook posts ---------------------------------------------------------


@dataclass(frozen=True)
class DuePost:
    id: int
    raw: bytes
    lease: str  # proves, when the result is recorded, that this sender still holds the row


def claim_post(session: Session, exclude: frozenset[int] = frozenset()) -> DuePost | None:
    """Lease the next due post; a sender that dies hands it back when the lease ends."""
    now = utcnow()
    row = session.exec(
        select(Outbox).where(Outbox.kind == WEBHOOK_KIND, Outbox.status == WEBHOOK_QUEUED,
                             col(Outbox.next_attempt_at) <= now, col(Outbox.id).not_in(exclude))
        .order_by(col(Outbox.next_attempt_at)).limit(1).with_for_update(skip_locked=True)
    ).first()
    if row is None or row.id is None:
        return None
    row.next_attempt_at, row.lease_token = now + LEASE, secrets.token_hex(8)
    session.add(row)
    return DuePost(row.id, row.raw, row.lease_token)


def _leased(session: Session, post: DuePost) -> Outbox | None:
    row = session.exec(select(Outbox).where(Outbox.id == post.id).with_for_update()).first()
    if row is None or row.status != WEBHOOK_QUEUED or row.lease_token != post.lease:
        return None
    return row


def record_post(session: Session, post: DuePost, error: str | None,
                config: OutboundConfig) -> None:
    """Sent, or one more failed attempt: retried with exponential backoff, then `failed`."""
    row = _leased(session, post)
    if row is None:
        return
    row.attempts, row.lease_token, row.last_error = row.attempts + 1, None, error
    if error is None:
        row.status, row.sent_at = "sent", utcnow()
    elif row.attempts >= config.max_attempts:
        row.status = "failed"
    else:
        delay = min(config.retry_base_seconds * 2 ** (row.attempts - 1), MAX_BACKOFF)
        row.next_attempt_at = utcnow() + timedelta(seconds=delay)
    session.add(row)
    if row.status != WEBHOOK_QUEUED:
        audit(session, f"outbox.{row.status}", actor="notify",
              details={"outbox_id": row.id, "attempts": row.attempts})


class StaffWebhookSender:
    """Posts due staff notices to `[notify] webhook_url` until stopped."""

    def __init__(self, db: Database, config: Config) -> None:
        self.db, self.config = db, config

    def _claim(self, tried: frozenset[int]) -> DuePost | None:
        with self.db.transaction() as session:
            return claim_post(session, tried)

    def _record(self, post: DuePost, error: str | None) -> None:
        with self.db.transaction() as session:
            record_post(session, post, error, self.config.outbound)

    async def post(self, http: aiohttp.ClientSession, raw: bytes) -> str | None:
        """None when the endpoint took it; else why not. Never the URL: it is a secret."""
        try:
            async with http.post(self.config.notify.webhook_url, data=raw,
                                 headers={"Content-Type": "application/json"}) as response:
                return None if response.status < 300 else f"HTTP {response.status}"
        except (aiohttp.ClientError, TimeoutError) as exc:
            return type(exc).__name__

    async def deliver_due(self, http: aiohttp.ClientSession, limit: int = 50) -> int:
        """One pass over due posts (one attempt each); how many were delivered."""
        delivered, tried = 0, set[int]()
        for _ in range(limit):
            post = await self.db.run(self._claim, frozenset(tried))
            if post is None:
                break
            tried.add(post.id)
            error = await self.post(http, post.raw)
            if error is not None:
                log.warning("staff webhook post %s failed: %s", post.id, error)
            await self.db.run(self._record, post, error)
            delivered += error is None
        return delivered

    async def run(self) -> None:
        timeout = aiohttp.ClientTimeout(total=self.config.outbound.timeout_seconds)
        async with aiohttp.ClientSession(timeout=timeout) as http:
            while True:
                try:
                    await self.deliver_due(http)
                except Exception:
                    log.exception("staff webhook pass failed; trying again")
                await asyncio.sleep(self.config.outbound.poll_seconds)
