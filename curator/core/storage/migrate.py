"""Schema versions: Alembic migrations run on open, after a backup of the old file."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from curator.core.storage.driver import sqlite_connection

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def _config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None, "the migrations folder has no head revision"
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(connection: Connection, revision: str = "head") -> None:
    """Bring the schema to `revision` inside the caller's connection (one transaction per step).

    On SQLite, foreign keys are off while the steps run: a step that rebuilds a table drops the old one,
    and with foreign keys on that DROP deletes (cascades) every row that refers to it. The pragma is
    ignored inside a transaction, so it is set on the fresh connection before the first step begins, and
    `foreign_key_check` afterwards proves that every reference still holds. The connection is the
    migration's own (its next user reconnects with foreign keys on).
    """
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


def is_known_revision(revision: str) -> bool:
    """Whether this Curator has the migration `revision`; a file of an unknown one is from a newer Curator."""
    return revision in {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}
