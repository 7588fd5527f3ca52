"""Deadlines: extension notices (R-DL-03) and staff reminders on day 14 and 21 (R-DL-02)."""

from __future__ import annotations

from bot.config import Config
from bot.outbound.render import Renderer
from bot.store.db import Database


def reminder_job(db: Database, config: Config, renderer: Renderer) -> int:
    """Remind staff of cases that reached a reminder day; how many reminders went."""
    return 0
