"""Art. 19: tell the configured recipients of an executed erasure, rectification or
restriction, and keep a record of who was told (R-NT-01, R-NT-02)."""

from __future__ import annotations

from sqlmodel import Session

from bot.config import Config
from bot.outbound.render import Renderer
from bot.store.models import Case, Plan


def notify_recipients(session: Session, config: Config, renderer: Renderer, case: Case | None,
                      plan: Plan) -> int:
    """Record (and mail, where configured) the notices an executed plan calls for."""
    return 0
