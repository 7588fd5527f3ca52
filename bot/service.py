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


class ServiceError(Exception):
    """The service could not start; the message says why in one line."""


async def run_service(
    config: Config, stop: asyncio.Event | None = None, config_path: Path | None = None
) -> None:
    stop = stop or asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    runner = web.AppRunner(create_app(config, config_path), handle_signals=False)
    try:
        await runner.setup()
    except OSError as exc:
        # A port in use, say: stop what already started (worker processes included)
        # and say it in one line instead of a traceback.
        await runner.cleanup()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
        raise ServiceError(f"cannot start: {exc.strerror or exc}") from None
    try:
        if config.web.enabled:
            site = web.TCPSite(runner, config.web.host, config.web.port)
            try:
                await site.start()
            except OSError as exc:
                raise ServiceError(f"cannot start the web server: {exc.strerror or exc}") \
                    from None
            log.info("web listening on http://%s:%s", config.web.host, config.web.port)
        log.info("dsrbot is running; stop with Ctrl-C or SIGTERM")
        await stop.wait()
        log.info("stopping")
    finally:
        await runner.cleanup()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(sig)
    log.info("stopped cleanly")
