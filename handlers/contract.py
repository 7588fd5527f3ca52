"""The one small interface every request handler meets: plan read-only, execute approved."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlmodel import Session

from bot.store.models import Action, Case


@dataclass(frozen=True)
class PlannedAction:
    """One step that discloses or destroys data; it waits for staff before it runs."""

    kind: str
    subject_ref: str | None
    plan: dict[str, Any] = field(default_factory=dict)


class Handler(Protocol):
    intent: str  # the intent this handler serves, e.g. "erasure"

    def plan(self, session: Session, case: Case) -> list[PlannedAction]:
        """What would be done for `case`; reads only, writes nothing."""
        ...

    def execute(self, session: Session, case: Case, action: Action) -> None:
        """Carry out exactly the approved action; must be harmless to repeat."""
        ...
