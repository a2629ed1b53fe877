"""Schema versions: Alembic migrations run on open, after a backup of the old file.

Alembic itself (0.15-0.2 s to import, with Mako and every SQLAlchemy dialect it supports) is loaded only
to upgrade: an up-to-date project, the common case and every `curator stats`, is recognised by reading
the `alembic_version` row and the revision lines of the migration scripts (storage.revisions), which
tests/core/test_migrate_revisions.py checks against Alembic's own reading of them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection

from curator.core.storage.driver import sqlite_connection
from curator.core.storage.revisions import MIGRATIONS_DIR, VERSION_TABLE, head_revision, is_known_revision

if TYPE_CHECKING:
    from alembic.config import Config

__all__ = ["MIGRATIONS_DIR", "current_revision", "head_revision", "is_known_revision", "upgrade"]


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def current_revision(connection: Connection) -> str | None:
    """The schema revision stored in the database; None for a database without one (a new file)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return None
    rows = connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}")).scalars().all()
    if len(rows) > 1:
        raise RuntimeError(f"the database has several schema revisions ({', '.join(rows)}); expected one")
    return str(rows[0]) if rows else None


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Bring the schema to `revision` inside the caller's connection (one transaction per step).

    On SQLite, foreign keys are off while the steps run: a step that rebuilds a table drops the old one,
    and with foreign keys on that DROP deletes (cascades) every row that refers to it. The pragma is
    ignored inside a transaction, so it is set on the fresh connection before the first step begins, and
    `foreign_key_check` afterwards proves that every reference still holds. The connection is the
    migration's own (its next user reconnects with foreign keys on).
    """
    from alembic import command

    sqlite = connection.dialect.name == "sqlite" and not connection.in_transaction()
    if sqlite:
        sqlite_connection(connection).execute("PRAGMA foreign_keys=OFF")
    command.upgrade(_config(connection), revision)
    if sqlite:
        driver = sqlite_connection(connection)
        broken = driver.execute("PRAGMA foreign_key_check").fetchall()
        driver.execute("PRAGMA foreign_keys=ON")
        if broken:
            raise RuntimeError(f"the schema upgrade left broken references: {broken[:5]}")
