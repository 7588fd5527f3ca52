"""Worker processes: `dsrbot serve` runs the pipeline and the outbox sender in niced child
processes, so SMTP intake (senders waiting for their 250) never competes with them."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bot.cases.inbound import Worker
from bot.config import Config
from bot.outbound.outbox import Sender, make_transport
from bot.outbound.render import Renderer
from bot.reading import classify
from bot.store.db import Database

log = logging.getLogger(__name__)

RESTART_DELAY = 1.0
NUDGE_INTERVAL = 0.1  # well below the worker's INTAKE_QUIET, so it still sees intake busy
STOP_TIMEOUT = 15.0


class WorkerPool:
    """Starts, nudges, restarts and stops `dsrbot work` children."""

    def __init__(self, count: int, config_path: Path | None) -> None:
        self.count = count
        self.argv = [sys.executable, "-m", "bot", "work", "--nudge-stdin"]
        if config_path is not None:
            self.argv += ["--config", str(config_path)]
        self.procs: list[asyncio.subprocess.Process | None] = [None] * count
        self.tasks: list[asyncio.Task[None]] = []
        self.stopping = False
        self.last_nudge = 0.0
        self.trailing: asyncio.TimerHandle | None = None

    async def _spawn(self, index: int) -> asyncio.subprocess.Process:
        proc = await asyncio.create_subprocess_exec(*self.argv, stdin=asyncio.subprocess.PIPE)
        self.procs[index] = proc
        log.info("worker process %d started (pid %d)", index, proc.pid)
        return proc

    async def _supervise(self, index: int) -> None:
        while not self.stopping:
            proc = self.procs[index]
            assert proc is not None
            code = await proc.wait()
            if self.stopping:
                return
            # A crashed worker loses nothing (its transaction rolled back, its claim
            # expires and is taken over); start a new one.
            log.error("worker process %d exited with %s; restarting", index, code)
            await asyncio.sleep(RESTART_DELAY)
            try:
                await self._spawn(index)
            except OSError:
                log.exception("worker process %d could not be restarted", index)

    async def start(self) -> None:
        """Start every worker; fails (instead of waiting forever) if one cannot start."""
        for index in range(self.count):
            await self._spawn(index)
        self.tasks = [asyncio.create_task(self._supervise(i)) for i in range(self.count)]

    def nudge(self) -> None:
        """Tell the workers that new mail is stored (a hint; they also poll)."""
        now = time.monotonic()
        if now - self.last_nudge < NUDGE_INTERVAL:
            # They heard one a moment ago; waking them per message costs intake CPU.
            # One trailing nudge makes sure the last message of a burst is not missed.
            if self.trailing is None:
                self.trailing = asyncio.get_running_loop().call_later(
                    NUDGE_INTERVAL, self._send_trailing)
            return
        self.last_nudge = now
        self._send()

    def _send_trailing(self) -> None:
        self.trailing = None
        self.last_nudge = time.monotonic()
        self._send()

    def _send(self) -> None:
        for proc in self.procs:
            if proc is not None and proc.stdin is not None and proc.returncode is None:
                with contextlib.suppress(ConnectionError, RuntimeError):
                    proc.stdin.write(b"\n")

    async def stop(self) -> None:
        self.stopping = True
        if self.trailing is not None:
            self.trailing.cancel()
        for proc in self.procs:
            if proc is not None and proc.returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    proc.send_signal(signal.SIGTERM)
        for proc in self.procs:
            if proc is None:
                continue
            try:
                async with asyncio.timeout(STOP_TIMEOUT):  # see bot.wakeup: not wait_for
                    await proc.wait()
            except TimeoutError:
                log.error("worker process %d did not stop; killing it", proc.pid)
                proc.kill()
                await proc.wait()
        for task in self.tasks:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


async def _read_nudges(nudge: Callable[[], None], stop: asyncio.Event) -> None:
    """Each line on stdin is a nudge from intake; end of input means the parent is gone."""
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    await loop.connect_read_pipe(lambda: asyncio.StreamReaderProtocol(reader), sys.stdin)
    while line := await reader.readline():
        del line
        nudge()
    stop.set()


def make_worker(db: Database, config: Config) -> tuple[Worker, Sender]:
    """The pipeline worker and the outbox sender it wakes when it has queued mail."""
    transport = make_transport(config.outbound, config.company.privacy_address)
    sender = Sender(db, transport, config.outbound)
    return Worker(db, config, Renderer(config), on_queued=sender.wakeup.set), sender


async def run_worker(config: Config, nudge_stdin: bool = False) -> None:
    """The pipeline and the outbox sender, until SIGTERM/SIGINT (or the parent goes away)."""
    if config.worker.nice:
        os.nice(config.worker.nice)
    db = await asyncio.to_thread(Database.from_url, config.database.url)
    # Every rule ready before the first mail, and the compiled rules left on disk for the
    # next start (bot/reading/regexcache.py): a few seconds once, a few tenths after.
    await asyncio.to_thread(classify.preload)
    worker, sender = make_worker(db, config)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    tasks = [asyncio.create_task(worker.run()), asyncio.create_task(sender.run())]
    if nudge_stdin:
        tasks.append(asyncio.create_task(_read_nudges(worker.nudge, stop)))
    await stop.wait()
    for task in tasks:
        task.cancel()
    for task in tasks:
        with contextlib.suppress(asyncio.CancelledError):
            await task
    db.dispose()
