"""Run the whole service inside a test's event loop, and talk to it like a mail server would."""

from __future__ import annotations

import asyncio
import mailbox
import smtplib
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path

from aiohttp import web

from bot.app import DB_KEY, SMTP_KEY, create_app
from bot.config import Config
from bot.store.db import Database


@dataclass
class Running:
    app: web.Application
    port: int
    config: Config

    @property
    def db(self) -> Database:
        return self.app[DB_KEY]

    def outbox(self) -> list[mailbox.MaildirMessage]:
        box = mailbox.Maildir(Path(self.config.outbound.maildir), create=False)
        return list(box)  # iterating a Maildir yields its messages

    async def send(self, raw: bytes, sender: str = "jens.nielsen@mail.example.com",
                   rcpt: str = "privacy@clsmed.dk") -> dict:
        def deliver() -> dict:
            with smtplib.SMTP("127.0.0.1", self.port, timeout=30) as client:
                return client.sendmail(sender, [rcpt], raw)
        return await asyncio.to_thread(deliver)


@asynccontextmanager
async def running(config: Config) -> AsyncIterator[Running]:
    runner = web.AppRunner(create_app(config), handle_signals=False)
    await runner.setup()
    try:
        server = runner.app[SMTP_KEY]
        port = server.sockets[0].getsockname()[1]
        yield Running(runner.app, port, config)
    finally:
        await runner.cleanup()


async def wait_for(predicate: Callable[[], object], timeout: float = 10.0) -> object:
    """Poll until `predicate()` is truthy; fail the test after `timeout` seconds."""
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        value = await asyncio.to_thread(predicate)
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        await asyncio.sleep(0.05)
