"""The scheduler in `dsrbot serve`: jobs the law asks for without anyone writing in.

Each job is `job(db, config, renderer) -> int` (how much it did), run in a thread off the
event loop. Jobs are data: a name, when it is due, and the dotted path of its function,
so the list reads as the bot's standing duties.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.config import Config
from bot.outbound.render import Renderer
from bot.store.db import Database
from bot.timeutil import COPENHAGEN, utcnow

log = logging.getLogger(__name__)

Job = Callable[[Database, Config, Renderer], int]


@dataclass(frozen=True)
class Duty:
    name: str
    path: str  # "module:function"
    daily: bool  # once a day at retention.sweep_hour, else on every tick
    enabled: Callable[[Config], bool] = lambda config: True

    def load(self) -> Job:
        module, _, function = self.path.partition(":")
        job: Job = getattr(importlib.import_module(module), function)
        return job


DUTIES: tuple[Duty, ...] = (
    Duty("retention sweep", "bot.retention.sweep:sweep_job", daily=True,
         enabled=lambda config: config.retention.sweep),
    Duty("deadline reminders", "bot.cases.deadlines:reminder_job", daily=False),
    Duty("purge of the bot's own old data", "bot.cases.scrub:purge_job", daily=True),
    Duty("unanswered verifications", "bot.cases.verification:expire_job", daily=True),
)

TICK_SECONDS = 60.0


def _due_today(duty: Duty, config: Config, last: dict[str, str], now: datetime) -> bool:
    local = now.astimezone(COPENHAGEN)
    if not duty.daily:
        return True
    return local.hour >= config.retention.sweep_hour and last.get(duty.name) != local.date(
    ).isoformat()


def run_due(db: Database, config: Config, renderer: Renderer, last: dict[str, str]) -> int:
    """Run every duty that is due now (in the calling thread); how much they did."""
    done = 0
    now = utcnow()
    for duty in DUTIES:
        if not duty.enabled(config) or not _due_today(duty, config, last, now):
            continue
        try:
            done += duty.load()(db, config, renderer)
            last[duty.name] = now.astimezone(COPENHAGEN).date().isoformat()
        except Exception:  # one duty failing must not stop the others; it runs again
            log.exception("scheduled duty %s failed", duty.name)
    return done


async def run_scheduler(db: Database, config: Config, renderer: Renderer,
                        tick: float = TICK_SECONDS) -> None:
    """Run the duties until cancelled."""
    last: dict[str, str] = {}
    while True:
        with contextlib.suppress(Exception):
            await db.run(run_due, db, config, renderer, last)
        await asyncio.sleep(tick)
