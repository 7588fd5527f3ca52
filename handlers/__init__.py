"""Request handlers: one module per kind of request, in one explicit registry.

`registry()` is called when the service, a worker or the CLI starts: a missing or
duplicate intent fails there, loudly, instead of leaving a kind of request unanswered.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from bot.cases.kinds import Intent
from handlers.contract import Handler


class RegistryError(RuntimeError):
    """The handler tuple does not cover every intent exactly once."""


def _handlers() -> tuple[Handler, ...]:
    from handlers import (
        access,
        contact_left,
        erasure,
        objection,
        portability,
        rectification,
        restriction,
    )

    return (access.HANDLER, portability.HANDLER, rectification.HANDLER, restriction.HANDLER,
            objection.HANDLER, erasure.HANDLER, contact_left.HANDLER)


def build_registry(handlers: Iterable[Handler]) -> dict[Intent, Handler]:
    registry: dict[Intent, Handler] = {}
    for handler in handlers:
        if handler.intent in registry:
            raise RegistryError(f"two handlers for {handler.intent}")
        registry[handler.intent] = handler
    missing = [str(i) for i in Intent if i not in registry]
    if missing:
        raise RegistryError(f"no handler for {', '.join(missing)}")
    return registry


def registry() -> Mapping[Intent, Handler]:
    """Every intent's handler; raises RegistryError if one is missing or doubled."""
    return build_registry(_handlers())
