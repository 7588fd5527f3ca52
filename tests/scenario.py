"""Scenario harness: the whole service in the test's loop, the register loaded, mail in by
SMTP, staff decisions through the real CLI, mail out in the Maildir, the clock set with
DSRBOT_NOW."""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import mailbox
from collections.abc import AsyncIterator
from dataclasses import dataclass
from email.message import Message
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from bot import cli
from bot.cases.kinds import CaseStatus
from bot.config import Config, parse_config
from bot.register.io import import_register, parse_register
from bot.store.models import Case, Inbound
from bot.timeutil import reset_clock
from tests.conftest import base_raw
from tests.mailfactory import plain
from tests.service import Running, running, wait_for

REGISTER = Path(__file__).resolve().parent / "data" / "scenario_register.json"
AUTH = "mx.clsmed.dk; dkim=pass header.d={domain}; dmarc=pass header.from={domain}"
BUSY = (CaseStatus.RECEIVED, CaseStatus.OPEN, CaseStatus.EXECUTING)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(str(value))


def write_config(path: Path, raw: dict[str, dict[str, Any]]) -> None:
    lines = []
    for section, values in raw.items():
        lines.append(f"[{section}]")
        lines += [f"{key} = {_toml_value(value)}" for key, value in values.items()]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def scenario_raw(tmp_path: Path, **sections: dict[str, Any]) -> dict[str, dict[str, Any]]:
    # Scenarios send many mails from one address: the ack cap has its own tests.
    return base_raw(tmp_path, **{"replies": {"acks_per_address_per_day": 50}, **sections})


@dataclass
class Scene:
    bot: Running
    config: Config
    config_path: Path
    sent: int = 0

    async def mail(self, body: str, *, sender: str, subject: str = "Mine oplysninger",
                   name: str = "", authenticated: bool = False, **extra: str) -> None:
        """Send one mail by SMTP and wait until the bot has done all it can with it."""
        self.sent += 1
        headers = dict(extra)
        if authenticated:
            headers["Authentication-Results"] = AUTH.format(domain=sender.rsplit("@", 1)[1])
        message_id = headers.pop("message_id", f"<scene-{self.sent}@{sender.rsplit('@', 1)[1]}>")
        raw = plain(body, subject=subject, sender=sender, name=name, message_id=message_id,
                    extra=headers)
        await self.bot.send(raw, sender=sender)
        await self.settle()

    async def settle(self) -> None:
        await wait_for(self._idle, timeout=20)

    def _idle(self) -> bool:
        with self.bot.db.reading() as session:
            waiting = session.exec(select(Inbound.id).where(
                col(Inbound.status).in_(["received", "processing"]))).first()
            busy = session.exec(select(Case.id).where(
                col(Case.status).in_([str(s) for s in BUSY]))).first()
        return waiting is None and busy is None

    async def cli(self, *args: str) -> tuple[int, str]:
        """Run `dsrbot ARGS --config FILE` in this process, as staff would in a terminal."""
        def run() -> tuple[int, str]:
            out = io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                code = cli.main([*args, "--config", str(self.config_path)])
            return code, out.getvalue()
        code, text = await asyncio.to_thread(run)
        await self.settle()
        return code, text

    async def queue(self) -> list[dict[str, Any]]:
        code, text = await self.cli("queue", "list", "--json")
        assert code == 0, text
        return [json.loads(line) for line in text.splitlines() if line.startswith("{")]

    async def show(self, ident: str) -> dict[str, Any]:
        code, text = await self.cli("cases", "show", ident, "--json")
        assert code == 0, text
        return json.loads(text.splitlines()[-1])

    async def cases(self) -> list[dict[str, Any]]:
        _code, text = await self.cli("cases", "list", "--json")
        return [json.loads(line) for line in text.splitlines() if line.startswith("{")]

    def outbox(self) -> list[mailbox.MaildirMessage]:
        return self.bot.outbox()

    async def delivered(self, count: int) -> list[mailbox.MaildirMessage]:
        """Wait until at least `count` mails are in the Maildir, then return all."""
        await wait_for(lambda: len(self.outbox()) >= count, timeout=20)
        await asyncio.sleep(0.2)  # anything else queued with them lands too
        return self.outbox()


def body(msg: Message) -> str:
    part = msg.get_body(preferencelist=("plain",)) if hasattr(msg, "get_body") else None
    target = part or msg
    if target.is_multipart():
        target = target.get_payload()[0]
    payload = target.get_payload(decode=True)
    return payload.decode(target.get_content_charset() or "utf-8") if payload else ""


def attachments(msg: Message) -> dict[str, str]:
    found = {}
    for part in msg.walk():
        name = part.get_filename()
        if name:
            found[name] = part.get_payload(decode=True).decode("utf-8")
    return found


@contextlib.asynccontextmanager
async def scene(tmp_path: Path, monkeypatch: Any, *, now: str = "2026-03-10T10:00:00+01:00",
                register: Path | None = REGISTER, **sections: dict[str, Any],
                ) -> AsyncIterator[Scene]:
    """The service running at `now` with the scenario register loaded."""
    monkeypatch.setenv("DSRBOT_NOW", now)
    reset_clock()
    raw = scenario_raw(tmp_path, **sections)
    config_path = tmp_path / "config.toml"
    write_config(config_path, raw)
    config = parse_config(raw)
    try:
        async with running(config) as bot:
            if register is not None:
                with bot.db.transaction() as session:
                    import_register(session, parse_register(register.read_text("utf-8")))
            yield Scene(bot, config, config_path)
    finally:
        reset_clock()
