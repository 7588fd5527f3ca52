"""The retention sweep: plan the deletions CL Smed's notice promises, with no request."""

from __future__ import annotations

from typing import Any

from bot.config import Config
from bot.outbound.render import Renderer
from bot.store.db import Database


def sweep_job(db: Database, config: Config, renderer: Renderer) -> int:
    """Run the sweep once (daily duty); how many items it planned."""
    return 0


def add_commands(sub: Any, add: Any) -> None:
    """`dsrbot sweep` (filled in with the sweep)."""
