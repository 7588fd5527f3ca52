"""The alembic migrations produce exactly the schema the models describe."""

from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlmodel import SQLModel

import bot.store.models  # noqa: F401  (registers the tables)
from bot.store.db import Database, migrate


def _diff(database: Database) -> list:
    with database.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": False})
        return compare_metadata(context, SQLModel.metadata)


def test_sqlite_schema_matches_models(db):
    assert _diff(db) == []


@pytest.mark.postgres
def test_postgresql_schema_matches_models(pg_db):
    migrate(pg_db.engine)  # a second run is a no-op
    assert _diff(pg_db) == []
