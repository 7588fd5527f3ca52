"""Inbound SMTP (aiosmtpd): answer 250 only after the raw message is committed."""

from __future__ import annotations

import asyncio
import logging
import socket
from collections.abc import Callable
from typing import Any

from aiosmtpd.smtp import SMTP, Envelope, Session

from bot.ingress.inbox import Arrival, IntakeWriter

log = logging.getLogger(__name__)


class LenientSMTP(SMTP):
    # RFC 5321 allows 1000-byte lines, but real mail (long HTML lines) breaks it; a 500
    # would bounce a genuine request, so we accept longer lines within the size limit.
    line_length_limit = 64 * 1024


class IntakeHandler:
    """aiosmtpd handler: DATA is stored in one transaction, then acknowledged."""

    def __init__(self, writer: IntakeWriter, on_stored: Callable[[], None] = lambda: None) -> None:
        self.writer = writer
        self.on_stored = on_stored

    async def handle_DATA(self, server: SMTP, session: Session, envelope: Envelope) -> str:
        raw = envelope.original_content or envelope.content or b""
        if isinstance(raw, str):
            raw = raw.encode("utf-8", "surrogateescape")
        peer = session.peer[0] if isinstance(session.peer, tuple) else str(session.peer)
        try:
            stored = await self.writer.store(Arrival(
                raw, channel="smtp", mail_from=envelope.mail_from,
                rcpt_to=list(envelope.rcpt_tos), peer=peer,
            ))
        except Exception:
            log.exception("could not store an inbound message; the sender will retry")
            return "451 4.3.0 Temporary storage failure, please try again later"
        self.on_stored()
        if not stored.created:
            return f"250 2.0.0 OK: already stored as {stored.inbound_id}"
        return f"250 2.0.0 OK: stored as {stored.inbound_id}"


async def start_smtp_server(
    writer: IntakeWriter, host: str, port: int, max_size: int, on_stored: Callable[[], None],
    hostname: str | None = None,
) -> asyncio.Server:
    """Listen inside the running event loop (aiosmtpd's Controller would add a thread)."""
    handler = IntakeHandler(writer, on_stored)
    loop = asyncio.get_running_loop()
    # aiosmtpd looks up the FQDN for every connection unless told; once is enough.
    hostname = hostname or await loop.run_in_executor(None, socket.getfqdn)

    def factory() -> Any:
        return LenientSMTP(handler, data_size_limit=max_size, enable_SMTPUTF8=True,
                           hostname=hostname, ident="dsrbot")

    return await loop.create_server(factory, host=host, port=port)
