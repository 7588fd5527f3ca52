"""Engine, sessions and migrations; database work runs in threads, never on the event loop."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ParamSpec, TypeVar

from alembic import command
from alembic.config import Config as AlembicConfig
from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

MIGRATIONS = Path(__file__).resolve().parents[1] / "migrations"

P = ParamSpec("P")
T = TypeVar("T")


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the worker read while the SMTP listener commits; busy_timeout makes
    # concurrent writers wait for the lock instead of failing at once.
    dbapi_connection.isolation_level = None  # we issue BEGIN ourselves, see make_engine
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    # FULL: a 250 promises the mail is committed, and WAL's NORMAL can lose the last
    # commits in a power cut. Intake commits in groups, so the extra fsync is cheap.
    cursor.execute("PRAGMA synchronous=FULL")
    # Erasure means erasure (gdpr-dk.md §0): deleted rows and overwritten values are
    # zeroed on their page instead of lingering in free space for anyone to read back.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.close()


def _sqlite_begin_immediate(connection: Any) -> None:
    # A deferred transaction that reads and then writes cannot wait for the write lock
    # in WAL mode (it fails with SQLITE_BUSY at once); taking the lock up front makes
    # writers queue behind busy_timeout instead. Readers are never blocked by it.
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def _sqlite_begin_deferred(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN")


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    """Create the engine for `url`; an SQLite file's folder is created if missing.

    With SQLite, a `read_only` engine's transactions do not take the write lock, so
    long reads (and the work done between them) never hold up the writers.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 10},
                               hide_parameters=True)
        event.listen(engine, "connect", _sqlite_pragmas)
        begin = _sqlite_begin_deferred if read_only else _sqlite_begin_immediate
        event.listen(engine, "begin", begin)
        return engine
    # hide_parameters: error messages and logs must not carry the personal data bound
    # into a failed statement (addresses, names).
    return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10,
                         hide_parameters=True)


def checkpoint(engine: Engine) -> bool:
    """Copy SQLite's WAL into the database file and truncate it; True when complete.

    With secure_delete the page versions in the WAL are clean, but older versions stay in
    the WAL and the database file until a checkpoint writes the new ones over them, so an
    erasure is only gone from disk after this. A no-op (True) on other databases.
    """
    if engine.dialect.name != "sqlite":
        return True
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        busy, _log, _done = cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        cursor.close()
    finally:
        connection.close()
    return bool(busy == 0)


def checkpoint_after_commit(session: Session) -> None:
    """Checkpoint once the session's transaction has committed (not if it rolls back)."""
    engine = session.get_bind()
    if not isinstance(engine, Engine) or engine.dialect.name != "sqlite":
        return
    if session.info.get("checkpoint_after_commit"):
        return  # one checkpoint per transaction is enough
    session.info["checkpoint_after_commit"] = True

    def run(done: Session) -> None:
        done.info.pop("checkpoint_after_commit", None)
        event.remove(session, "after_rollback", forget)
        checkpoint(engine)

    def forget(undone: Session) -> None:
        undone.info.pop("checkpoint_after_commit", None)
        event.remove(session, "after_commit", run)

    event.listen(session, "after_commit", run, once=True)
    event.listen(session, "after_rollback", forget, once=True)


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest alembic revision."""
    cfg = AlembicConfig()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")


class Database:
    """The one place sessions come from; `run` moves blocking work off the event loop."""

    def __init__(self, engine: Engine, read_engine: Engine | None = None) -> None:
        self.engine = engine
        self.read_engine = read_engine or engine

    @classmethod
    def from_url(cls, url: str) -> Database:
        if make_url(url).get_backend_name() == "sqlite":
            return cls(make_engine(url), make_engine(url, read_only=True))
        return cls(make_engine(url))

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session whose work commits at the end of the block, or rolls back on error."""
        with Session(self.engine, expire_on_commit=False) as session, session.begin():
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; it never waits for, or holds, the write lock."""
        with Session(self.read_engine, expire_on_commit=False) as session, session.begin():
            yield session

    async def run(self, fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
        work = asyncio.ensure_future(asyncio.to_thread(fn, *args, **kwargs))
        try:
            return await asyncio.shield(work)
        except asyncio.CancelledError:
            # A thread cannot be cancelled. Let it finish before the cancellation goes on,
            # so that no database work outlives its caller: otherwise a stopping service
            # disposes the engine while the thread still holds a connection, and that
            # connection is never closed.
            await asyncio.wait([work])
            if not work.cancelled():
                work.exception()  # the caller is gone: its result or error is not wanted
            raise

    def dispose(self) -> None:
        self.engine.dispose()
        if self.read_engine is not self.engine:
            self.read_engine.dispose()
