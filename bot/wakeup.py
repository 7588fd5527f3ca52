"""A service loop's nap: sleep until nudged or until the poll interval passes."""

from __future__ import annotations

import asyncio
import contextlib


async def nap(wakeup: asyncio.Event, seconds: float) -> None:
    """Wait for `wakeup` at most `seconds`, then clear it; a cancellation always gets through.

    Not `asyncio.wait_for`: before Python 3.12 it returns normally when the task is
    cancelled in the same loop pass as the event is set, and a stopping service whose
    loop swallowed its cancellation never stops (seen as a hung shutdown in CI).
    """
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(seconds):
            await wakeup.wait()
    wakeup.clear()
