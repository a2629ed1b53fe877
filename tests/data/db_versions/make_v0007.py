"""Regenerate `v0007.curator`: a project file as Curator wrote it at schema revision 0007.

Like make_v0001.py, the committed file is ground truth for tests/core/test_migrations.py; regenerate it
only if it is lost. It upgrades a copy of v0006.curator with the 0007 migration alone: its spans already
include two without an annotator and two annotators, which is what 0008's layers must sort out. Run from
the repository root:

    .venv/bin/python tests/data/db_versions/make_v0007.py
"""

from __future__ import annotations

import shutil
import sqlite3
import sys
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from curator.core.storage import database, migrate  # noqa: E402

SOURCE = HERE / "v0006.curator"
OUTPUT = HERE / "v0007.curator"


def main() -> None:
    OUTPUT.unlink(missing_ok=True)
    shutil.copyfile(SOURCE, OUTPUT)
    engine = create_engine(f"sqlite:///{OUTPUT}", poolclass=NullPool)
    database._install_sqlite_events(engine)
    with engine.connect() as connection:
        migrate.upgrade(connection, "0007")
    engine.dispose()
    connection = sqlite3.connect(OUTPUT)
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("VACUUM")
    connection.close()
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
