"""The bot's own data: what an erasure removes from it, and what is purged with time."""

from __future__ import annotations

from sqlmodel import Session

from bot.config import Config
from bot.outbound.render import Renderer
from bot.store.db import Database
from bot.store.models import Case, Plan, PlanItem


def purge_job(db: Database, config: Config, renderer: Renderer) -> int:
    """Purge raw mails and bodies of closed cases past their period; how many."""
    return 0


def scrub_after_execution(session: Session, config: Config, case: Case | None,
                          plan: Plan, items: list[PlanItem]) -> None:
    """After an executed erasure: remove the person from the bot's own records too."""
