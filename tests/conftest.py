"""Shared fixtures: a configured SQLite database per test, and a real PostgreSQL when asked."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import Config, parse_config
from bot.store.db import Database, migrate

IN_CI = os.environ.get("CI") == "true"
PG_ADMIN_URL = os.environ.get(
    "DSRBOT_TEST_PG_ADMIN", "postgresql://postgres@127.0.0.1:5432/postgres"
)


def base_raw(tmp_path: Path, **sections: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """The configuration every test starts from, as TOML would give it: everything in
    tmp_path, the worker in-process, web off."""
    raw: dict[str, dict[str, Any]] = {
        "database": {"url": f"sqlite:///{tmp_path / 'dsrbot.db'}"},
        "smtp": {"host": "127.0.0.1", "port": 0},
        "outbound": {"maildir": str(tmp_path / "outbox"), "poll_seconds": 0.1,
                     "retry_base_seconds": 0.05},
        "web": {"enabled": False},
        "worker": {"poll_seconds": 0.1, "processes": 0},
        "company": {"own_domains": ["clsmed.dk"]},
        "identity": {"trusted_authserv_ids": ["mx.clsmed.dk"]},
        # Each test's own erasure ledger and key: never the working tree's var/.
        "retention": {"ledger_file": str(tmp_path / "erasure-ledger.jsonl"),
                      "key_file": str(tmp_path / "dsrbot.key")},
    }
    for name, values in sections.items():
        raw.setdefault(name, {}).update(values)
    return raw


def make_config(tmp_path: Path, **sections: dict[str, Any]) -> Config:
    return parse_config(base_raw(tmp_path, **sections))


@pytest.fixture
def config(tmp_path: Path) -> Config:
    return make_config(tmp_path)


@pytest.fixture
def db(config: Config) -> Iterator[Database]:
    database = Database.from_url(config.database.url)
    migrate(database.engine)
    yield database
    database.dispose()


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A fresh, empty database on the machine's PostgreSQL, dropped afterwards."""
    psycopg = pytest.importorskip("psycopg")
    name = f"dsrbot_test_{uuid.uuid4().hex[:10]}"
    try:
        admin = psycopg.connect(PG_ADMIN_URL, autocommit=True, connect_timeout=5)
    except psycopg.OperationalError as exc:
        if IN_CI:
            pytest.fail(f"PostgreSQL is required in CI but not reachable: {exc}")
        pytest.skip(f"no PostgreSQL at {PG_ADMIN_URL}: {exc}")
    with admin:
        admin.execute(f'CREATE DATABASE "{name}"')
    base = PG_ADMIN_URL.rsplit("/", 1)[0].replace("postgresql://", "postgresql+psycopg://")
    yield f"{base}/{name}"
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def pg_db(pg_url: str) -> Iterator[Database]:
    """A migrated Database on a fresh PostgreSQL database."""
    database = Database.from_url(pg_url)
    migrate(database.engine)
    yield database
    database.dispose()


@pytest.fixture(autouse=True)
def _fresh_clock() -> Iterator[None]:
    """Every test starts on the machine's clock unless it sets DSRBOT_NOW itself."""
    from bot.timeutil import reset_clock

    reset_clock()
    yield
    reset_clock()
