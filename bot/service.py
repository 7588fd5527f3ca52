"""Run the service in this process until SIGTERM or SIGINT, then stop every part cleanly."""

from __future__ import annotations

import asyncio
import logging
import signal
from pathlib import Path

from aiohttp import web

from bot.app import create_app
from bot.config import Config

log = logging.getLogger(__name__)


async def run_service(
    config: Config, stop: asyncio.Event | None = None, config_path: Path | None = None
) -> None:
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    runner = web.AppRunner(create_app(config, config_path), handle_signals=False)
    await runner.setup()
    try:
        if config.web.enabled:
            site = web.TCPSite(runner, config.web.host, config.web.port)
            await site.start()
            log.info("web listening on http://%s:%s", config.web.host, config.web.port)
        log.info("dsrbot is running; stop with Ctrl-C or SIGTERM")
        await stop.wait()
        log.info("stopping")
    finally:
        await runner.cleanup()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
    log.info("stopped cleanly")
