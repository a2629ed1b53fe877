"""`storage.migrate` reads the schema revisions without Alembic (an up-to-date project opens without
importing it); what it reads must be what Alembic reads from the same scripts and databases."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine

from curator.core.project.setup import open_project
from curator.core.storage import migrate, revisions


def test_the_head_and_every_known_revision_are_alembics() -> None:
    scripts = ScriptDirectory.from_config(migrate._config())
    assert migrate.head_revision() == scripts.get_current_head()
    for script in scripts.walk_revisions():
        assert migrate.is_known_revision(script.revision)
    assert sorted(revisions.known_revisions().items(), key=str) == sorted(
        ((script.revision, script.down_revision) for script in scripts.walk_revisions()), key=str
    )
    assert not migrate.is_known_revision("9999")


def test_the_current_revision_is_the_one_alembic_reads(tmp_path: Path) -> None:
    open_project(tmp_path / "p.curator", annotator="tester").close()
    sqlite3.connect(tmp_path / "empty.db").close()
    for name in ("p.curator", "empty.db"):
        engine = create_engine(f"sqlite:///{tmp_path / name}")
        with engine.connect() as connection:
            assert (
                migrate.current_revision(connection)
                == MigrationContext.configure(connection).get_current_revision()
            )
        engine.dispose()
    engine = create_engine(f"sqlite:///{tmp_path / 'p.curator'}")
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
    engine.dispose()
