"""The chat and raw-mail webhooks (contracts §6): a signed POST is stored like a mail, then 202.

Both channels go through the intake writer, as SMTP does, and are answered only after the
commit; the worker then takes the stored message the normal way (thread, filter, open a
case, acknowledge by mail). The chat answer never carries personal data: it names the
case (or a receipt) and says that the reply goes by mail to the address on file.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
import re
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP, SMTPUTF8
from email.utils import format_datetime

from aiohttp import web
from email_validator import EmailNotValidError, validate_email
from sqlmodel import col, select

from bot.app import CONFIG_KEY, DB_KEY, NUDGE_KEY, WRITER_KEY
from bot.config import Config, WebhookConfig
from bot.ingress.inbox import Arrival, Stored
from bot.outbound.render import reply_language
from bot.store.db import Database
from bot.store.models import Case, Inbound
from bot.timeutil import COPENHAGEN, utcnow

log = logging.getLogger(__name__)

CHAT_PATH = "/webhook/chat"
MIME_PATH = "/webhook/mime"
# How long a chat post waits for the worker to open its case before it answers with the
# stored message's receipt (IN-<id>) instead; the chat widget should not hang longer.
CASE_WAIT = timedelta(seconds=5)
# Extra polling beyond CASE_WAIT, so that a case stamped just inside the window has
# committed before the first answer is decided (replays decide by the same rule).
COMMIT_MARGIN = 1.0
POLL_SECONDS = 0.1
CHAT_LOCK_KEY = web.AppKey("chat_lock", asyncio.Lock)

FIELDS = ("sender", "email", "text", "channel", "message_id")
_TIMESTAMP = re.compile(r"\d{1,12}")
_SIGNATURE = re.compile(r"sha256=([0-9a-fA-F]{64})")
_CHANNEL = re.compile(r"[A-Za-z0-9._-]{1,40}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]+")
_HEADER_LINE = re.compile(rb"[!-9;-~]+:")
UNSETTLED = ("received", "processing")


class WebhookError(Exception):
    """A request we refuse; `status` and `message` become the JSON answer."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status, self.message = status, message


# --- wiring ----------------------------------------------------------------------------


def add_routes(app: web.Application) -> None:
    """Register both webhooks; without `[webhook] secret` they stay off (404), since an
    empty HMAC key would let anyone post. Calling it twice is harmless."""
    if not app[CONFIG_KEY].webhook.secret or _wired(app):
        return
    app[CHAT_LOCK_KEY] = asyncio.Lock()
    app.router.add_post(CHAT_PATH, _json_errors(chat))
    app.router.add_post(MIME_PATH, _json_errors(mime))


def _wired(app: web.Application) -> bool:
    return any(r.resource is not None and r.resource.canonical == CHAT_PATH
               for r in app.router.routes())


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def _json_errors(handler: Handler) -> Handler:
    async def answer(request: web.Request) -> web.StreamResponse:
        try:
            return await handler(request)
        except WebhookError as exc:
            return web.json_response({"error": exc.message}, status=exc.status)
    return answer


# --- the signature (contracts §6) --------------------------------------------------------


def signature(secret: str, timestamp: str, body: bytes) -> str:
    """`sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>`."""
    mac = hmac.new(secret.encode("utf-8"), timestamp.encode("ascii") + b"." + body,
                   hashlib.sha256)
    return f"sha256={mac.hexdigest()}"


def verify(config: WebhookConfig, headers: Mapping[str, str], body: bytes) -> None:
    """Raise 401 unless the body is signed with our secret within the replay window."""
    timestamp = headers.get("X-Dsrbot-Timestamp", "")
    given = _SIGNATURE.fullmatch(headers.get("X-Dsrbot-Signature", ""))
    if not _TIMESTAMP.fullmatch(timestamp) or given is None:
        raise WebhookError(401, "missing or malformed X-Dsrbot-Timestamp/X-Dsrbot-Signature")
    expected = signature(config.secret, timestamp, body)
    if not hmac.compare_digest(expected, f"sha256={given.group(1).lower()}"):
        raise WebhookError(401, "bad signature")
    # A captured request replayed later is refused even with its valid signature.
    if abs(utcnow().timestamp() - int(timestamp)) > config.max_skew_seconds:
        raise WebhookError(401, "timestamp outside the allowed window")


async def read_body(request: web.Request, limit: int) -> bytes:
    """The raw body, read from the stream (aiohttp's 1 MiB client_max_size does not apply
    to raw mail); 413 as soon as it is known to exceed `limit`."""
    if request.content_length is not None and request.content_length > limit:
        raise WebhookError(413, f"body larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.content.iter_chunked(64 * 1024):
        size += len(chunk)
        if size > limit:
            raise WebhookError(413, f"body larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def signed_body(request: web.Request) -> bytes:
    config = request.app[CONFIG_KEY].webhook
    body = await read_body(request, config.max_body)
    verify(config, request.headers, body)
    return body


async def _store(request: web.Request, arrival: Arrival) -> Stored:
    try:
        return await request.app[WRITER_KEY].store(arrival)
    except Exception:
        # Like SMTP's 451: nothing was committed, so the caller must try again.
        log.exception("could not store a webhook message; the caller will retry")
        raise WebhookError(503, "could not store the message; try again later") from None


# --- raw mail --------------------------------------------------------------------------


async def mime(request: web.Request) -> web.Response:
    """POST /webhook/mime: the raw message takes exactly the way of an SMTP mail."""
    raw = await signed_body(request)
    if request.content_type != "message/rfc822":
        raise WebhookError(400, "Content-Type must be message/rfc822")
    if not _HEADER_LINE.match(raw):
        raise WebhookError(400, "the body is not an RFC 5322 message (no header field)")
    stored = await _store(request, Arrival(raw, channel="webhook", peer=request.remote))
    request.app[NUDGE_KEY]()
    log.info("webhook: raw mail stored as inbound %s%s", stored.inbound_id,
             "" if stored.created else " (already stored)")
    return web.json_response({"inbound": stored.inbound_id, "stored": stored.created},
                             status=202)


# --- chat ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ChatMessage:
    sender: str
    email: str
    text: str
    channel: str
    message_id: str


def parse_chat(body: bytes) -> ChatMessage:
    """The contract's JSON object, checked field by field; 400 names what is wrong."""
    try:
        data = json.loads(body)
    except ValueError:  # UnicodeDecodeError is a ValueError too
        raise WebhookError(400, "the body is not JSON") from None
    if not isinstance(data, dict):
        raise WebhookError(400, "the body must be a JSON object")
    missing = [f for f in FIELDS if not isinstance(data.get(f), str) or not data[f].strip()]
    if missing:
        raise WebhookError(400, f"missing or empty field(s): {', '.join(missing)}")
    values = {f: str(data[f]).strip() for f in FIELDS}
    # The name goes into a From header: control characters (header injection) become spaces.
    values["sender"] = _CONTROL.sub(" ", values["sender"])[:200]
    _check_chat(values)
    return ChatMessage(**values)


def _check_chat(values: dict[str, str]) -> None:
    try:
        # Normalised (the domain lower-cased, IDNA-checked); quoted local parts refused.
        values["email"] = validate_email(values["email"], check_deliverability=False).normalized
    except EmailNotValidError:
        raise WebhookError(400, "email: not an e-mail address") from None
    if not _CHANNEL.fullmatch(values["channel"]):
        raise WebhookError(400, "channel: letters, digits, '.', '_' or '-' (at most 40)")
    if len(values["message_id"]) > 200:
        raise WebhookError(400, "message_id: at most 200 characters")


def chat_message_id(message_id: str, config: Config) -> str:
    """Our Message-ID for a chat message: a digest (the caller's id never reaches a
    header) in a namespace of ours, so the same message_id always maps to the same one."""
    digest = hashlib.sha256(message_id.encode("utf-8")).hexdigest()[:40]
    domain = config.company.privacy_address.rsplit("@", 1)[1]
    return f"<{digest}@chat.{domain}>"


def _subject(text: str) -> str:
    words = " ".join(text.split()[:8])
    return f"Chat: {words[:60]}"


def chat_mail(chat: ChatMessage, config: Config, now: datetime) -> bytes:
    """The chat message as the RFC 5322 mail the worker reads like any other."""
    msg = EmailMessage()
    local, _, domain = chat.email.rpartition("@")
    msg["From"] = Address(display_name=chat.sender, username=local, domain=domain)
    msg["To"] = config.company.privacy_address
    msg["Subject"] = _subject(chat.text)
    msg["Date"] = format_datetime(now.astimezone(COPENHAGEN))
    msg["Message-ID"] = chat_message_id(chat.message_id, config)
    msg["X-Dsrbot-Channel"] = chat.channel
    msg.set_content(chat.text, charset="utf-8")
    return msg.as_bytes(policy=SMTP if chat.email.isascii() else SMTPUTF8)


def _chat_inbound(db: Database, message_id: str) -> int | None:
    with db.reading() as session:
        return session.exec(select(Inbound.id).where(
            Inbound.message_id == message_id, Inbound.channel == "chat",
        ).order_by(col(Inbound.id))).first()


async def _store_chat(request: web.Request, chat: ChatMessage) -> int:
    """The inbound id for this message_id: stored now, or found from the first post."""
    app = request.app
    config, db = app[CONFIG_KEY], app[DB_KEY]
    message_id = chat_message_id(chat.message_id, config)
    # Serialised, so two concurrent posts of one message_id cannot both store it.
    async with app[CHAT_LOCK_KEY]:
        known = await db.run(_chat_inbound, db, message_id)
        if known is not None:
            return known
        stored = await _store(request, Arrival(
            chat_mail(chat, config, utcnow()), channel="chat", mail_from=chat.email,
            rcpt_to=[config.company.privacy_address], peer=request.remote))
    app[NUDGE_KEY]()
    log.info("webhook: chat message stored as inbound %s", stored.inbound_id)
    return stored.inbound_id


async def chat(request: web.Request) -> web.Response:
    """POST /webhook/chat: 202 {"case", "reply"} once the message is committed."""
    chat_message = parse_chat(await signed_body(request))
    inbound_id = await _store_chat(request, chat_message)
    answer = await chat_answer(request.app[DB_KEY], inbound_id)
    return web.json_response(answer, status=202)


# --- the chat answer --------------------------------------------------------------------


@dataclass(frozen=True)
class ChatState:
    inbound_id: int
    received_at: datetime
    settled: bool  # the worker is done with the message
    opened_here: bool  # this message opened its case (not a chaser joining another)
    case_ref: str | None = None
    case_created_at: datetime | None = None
    case_language: str = "da"


def chat_state(db: Database, inbound_id: int) -> ChatState:
    with db.reading() as session:
        inbound = session.exec(select(Inbound).where(Inbound.id == inbound_id)).one()
        case = session.get(Case, inbound.case_id) if inbound.case_id is not None else None
        return ChatState(
            inbound_id, inbound.received_at, inbound.status not in UNSETTLED,
            opened_here=inbound.status == "done", case_ref=case.ref if case else None,
            case_created_at=case.created_at if case else None,
            case_language=case.language if case else "da")


_REPLIES = {
    "da": "Tak. Vi har modtaget din henvendelse ({what} {ref}). Svaret sendes pr. e-mail til "
          "den e-mailadresse, vi har registreret – aldrig her i chatten.",
    "en": "Thank you. We have received your message ({what} {ref}). The answer is sent by "
          "e-mail to the address we have on file – never here in the chat.",
}
_WHAT = {("da", True): "sag", ("da", False): "kvittering",
         ("en", True): "case", ("en", False): "receipt"}


def answer_for(state: ChatState) -> dict[str, str]:
    """The chat answer, decided by the rows alone so that a replay gets the same one: the
    case reference if this message opened it within CASE_WAIT of its receipt, else the
    receipt IN-<id>. A chaser joining someone's open case never learns its reference."""
    opened = (state.opened_here and state.case_ref is not None
              and state.case_created_at is not None
              and state.case_created_at <= state.received_at + CASE_WAIT)
    ref = state.case_ref if opened and state.case_ref else f"IN-{state.inbound_id}"
    lang = reply_language(state.case_language) if opened else "da"
    text = _REPLIES[lang].format(what=_WHAT[(lang, opened)], ref=ref)
    return {"case": ref, "reply": text}


async def chat_answer(db: Database, inbound_id: int) -> dict[str, str]:
    """Wait (bounded) for the worker to open the case, then answer by `answer_for`."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + CASE_WAIT.total_seconds() + COMMIT_MARGIN
    while True:
        state = await db.run(chat_state, db, inbound_id)
        if state.settled or loop.time() >= deadline:
            return answer_for(state)
        await asyncio.sleep(POLL_SECONDS)
