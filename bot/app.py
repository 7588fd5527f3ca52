"""create_app(config): the web app plus every long-running part, started and stopped with it."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from pathlib import Path
from typing import Any

from aiohttp import web
from sqlalchemy import func
from sqlmodel import select

from bot.config import Config
from bot.ingress.inbox import IntakeWriter
from bot.ingress.smtp import start_smtp_server
from bot.register.io import (
    demo_register_text,
    import_register,
    parse_register,
    register_is_empty,
)
from bot.store.db import Database, migrate
from bot.store.models import Case, Inbound, Outbox
from bot.workers import WorkerPool, make_worker

log = logging.getLogger(__name__)

DB_KEY = web.AppKey("db", Database)
CONFIG_KEY = web.AppKey("config", Config)
NUDGE_KEY: web.AppKey[Callable[[], None]] = web.AppKey("nudge")
CONFIG_PATH_KEY: web.AppKey[Path | None] = web.AppKey("config_path")
SMTP_KEY = web.AppKey("smtp", asyncio.Server)
WRITER_KEY = web.AppKey("intake_writer", IntakeWriter)


def load_demo_register(db: Database) -> str | None:
    """Import the bundled demo register when the register is empty; returns a summary."""
    with db.transaction() as session:
        if not register_is_empty(session):
            return None
        return import_register(session, parse_register(demo_register_text())).summary()


def reapply_erasures(db: Database, config: Config) -> None:
    """A database restored from a backup may hold what was erased since (D11)."""
    from bot.retention.ledger import reapply

    with db.transaction() as session:
        changed = reapply(session, config)
    if changed:
        log.info("erasure ledger re-applied: %d rows, fields or cases", changed)


def setup_database(config: Config) -> Database:
    db = Database.from_url(config.database.url)
    migrate(db.engine)
    reapply_erasures(db, config)
    if config.demo.load_register:
        summary = load_demo_register(db)
        if summary:
            log.info("demo register loaded: %s", summary)
    return db


async def _database_ctx(app: web.Application) -> AsyncIterator[None]:
    app[DB_KEY] = await asyncio.to_thread(setup_database, app[CONFIG_KEY])
    yield
    app[DB_KEY].dispose()


async def _background(
    task_fn: Callable[[], Coroutine[Any, Any, None]], name: str
) -> AsyncIterator[None]:
    task = asyncio.create_task(task_fn(), name=name)
    yield
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task


async def _intake_ctx(app: web.Application) -> AsyncIterator[None]:
    writer = IntakeWriter(app[DB_KEY])
    app[WRITER_KEY] = writer
    async for _ in _background(writer.run, "intake-writer"):
        yield


async def _workers_ctx(app: web.Application) -> AsyncIterator[None]:
    config, db = app[CONFIG_KEY], app[DB_KEY]
    if not config.worker.enabled:
        app[NUDGE_KEY] = _no_nudge
        yield
        return
    if config.worker.processes > 0:
        pool = WorkerPool(config.worker.processes, app[CONFIG_PATH_KEY])
        await pool.start()
        app[NUDGE_KEY] = pool.nudge
        yield
        await pool.stop()
        return
    worker, sender = make_worker(db, config)
    app[NUDGE_KEY] = worker.nudge
    async for _ in _background(sender.run, "sender"):
        async for _ in _background(worker.run, "worker"):
            yield


async def _scheduler_ctx(app: web.Application) -> AsyncIterator[None]:
    """The standing duties (sweep, reminders, purges) run in the serving process only."""
    from bot.outbound.render import Renderer
    from bot.schedule import run_scheduler

    config, db = app[CONFIG_KEY], app[DB_KEY]
    if not config.worker.enabled:
        yield
        return
    async for _ in _background(lambda: run_scheduler(db, config, Renderer(config)),
                               "scheduler"):
        yield


async def _staff_webhook_ctx(app: web.Application) -> AsyncIterator[None]:
    """Staff notices for a chat tool ([notify] webhook_url), posted with retry."""
    from bot.outbound.staff import StaffWebhookSender

    config = app[CONFIG_KEY]
    if not (config.worker.enabled and config.notify.webhook_url):
        yield
        return
    sender = StaffWebhookSender(app[DB_KEY], config)
    async for _ in _background(sender.run, "staff-webhook"):
        yield


async def _imap_ctx(app: web.Application) -> AsyncIterator[None]:
    """The firm's existing mailbox over IMAP (imap-tools in a thread of its own), when enabled."""
    from bot.ingress.imap import ImapIntake

    config = app[CONFIG_KEY]
    if not config.imap.enabled:
        yield
        return
    intake = ImapIntake(app[DB_KEY], config, on_stored=app[NUDGE_KEY])
    async for _ in _background(intake.run, "imap-intake"):
        yield


async def _smtp_ctx(app: web.Application) -> AsyncIterator[None]:
    config = app[CONFIG_KEY]
    if not config.smtp.enabled:
        yield
        return
    server = await start_smtp_server(
        app[WRITER_KEY], config.smtp.host, config.smtp.port, config.smtp.max_message_size,
        on_stored=app[NUDGE_KEY],
    )
    app[SMTP_KEY] = server
    log.info("SMTP intake listening on %s:%s", config.smtp.host, config.smtp.port)
    yield
    server.close()
    await server.wait_closed()


def _counts(db: Database) -> dict[str, Any]:
    with db.reading() as session:
        def grouped(model: Any) -> dict[str, int]:
            rows = session.exec(select(model.status, func.count()).group_by(model.status))
            return {status: count for status, count in rows}
        return {"cases": grouped(Case), "inbound": grouped(Inbound), "outbox": grouped(Outbox)}


async def health(request: web.Request) -> web.Response:
    counts = await request.app[DB_KEY].run(_counts, request.app[DB_KEY])
    return web.json_response({"status": "ok", **counts}, dumps=json.dumps)


def _no_nudge() -> None:
    return None


def create_app(config: Config, config_path: Path | None = None) -> web.Application:
    """Build the service from a loaded config; nothing starts until the app does."""
    app = web.Application()
    app[CONFIG_KEY] = config
    app[CONFIG_PATH_KEY] = config_path
    # Order matters: the database first, then the workers, then the intake that feeds them.
    app.cleanup_ctx.extend([_database_ctx, _intake_ctx, _workers_ctx, _scheduler_ctx,
                            _staff_webhook_ctx, _smtp_ctx, _imap_ctx])
    app.router.add_get("/healthz", health)
    from bot.ingress.webhook import add_routes  # here: webhook.py imports this module's keys

    add_routes(app)
    if config.web.enabled:
        from bot.web import setup_desk

        setup_desk(app, config)
    return app
