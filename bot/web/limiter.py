"""The login rate limit: wrong passwords per user name and per address in a sliding minute.

Kept in memory: one serving process answers the desk, and a restart forgetting the count
costs an attacker a restart per five guesses, which they cannot cause from outside.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable, Iterable

WINDOW_SECONDS = 60.0
# Stale entries are dropped once this many keys are held, so that an attacker spraying
# made-up user names grows the table only as far as one minute of requests.
MAX_KEYS = 10_000


class LoginLimiter:
    """After `limit` wrong passwords within a minute, a key (user or address) is refused."""

    def __init__(self, limit: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures.get(key, deque())
        while times and now - times[0] >= WINDOW_SECONDS:
            times.popleft()
        return times

    def blocked(self, keys: Iterable[str]) -> bool:
        """True when any of the keys already had `limit` failures in the last minute."""
        now = self._clock()
        return any(len(self._recent(key, now)) >= self.limit for key in keys)

    def fail(self, keys: Iterable[str]) -> None:
        now = self._clock()
        if len(self._failures) >= MAX_KEYS:
            self._forget_stale(now)
        for key in keys:
            times = self._recent(key, now)
            times.append(now)
            self._failures[key] = times

    def _forget_stale(self, now: float) -> None:
        for key in [k for k in self._failures if not self._recent(k, now)]:
            del self._failures[key]
