"""A service loop stops when told to, even when it is nudged in the same instant."""

from __future__ import annotations

import asyncio

import pytest

from bot.wakeup import nap


async def _loop(wakeup: asyncio.Event, passes: list[int]) -> None:
    while True:
        passes.append(1)
        await nap(wakeup, 30)


async def test_a_nudge_in_the_same_instant_does_not_swallow_the_stop():
    wakeup = asyncio.Event()
    passes: list[int] = []
    task = asyncio.create_task(_loop(wakeup, passes))
    await asyncio.sleep(0)  # the loop is now napping
    wakeup.set()
    task.cancel()  # same loop pass as the nudge: asyncio.wait_for (3.11) lost this
    with pytest.raises(asyncio.CancelledError):
        await asyncio.wait_for(task, 5)
    assert task.cancelled()


async def test_a_nudge_ends_the_nap_and_is_cleared():
    wakeup = asyncio.Event()
    passes: list[int] = []
    task = asyncio.create_task(_loop(wakeup, passes))
    await asyncio.sleep(0)
    wakeup.set()
    for _ in range(5):
        await asyncio.sleep(0)
    assert len(passes) == 2 and not wakeup.is_set()
    task.cancel()


async def test_without_a_nudge_the_nap_ends_when_the_interval_passes():
    wakeup = asyncio.Event()
    await asyncio.wait_for(nap(wakeup, 0.01), 5)
    assert not wakeup.is_set()
