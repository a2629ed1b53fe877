"""Regenerate `v0008.curator`: a project file as Curator wrote it at schema revision 0008.

Like make_v0001.py, the committed file is ground truth for tests/core/test_migrations.py; regenerate it
only if it is lost. It upgrades a copy of v0007.curator with the 0008 migration alone: annotator layers,
assignments and the history (one of each added, as people would), which 0009 (presence) must keep
unchanged. Run from the repository root:

    .venv/bin/python tests/data/db_versions/make_v0008.py
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

SOURCE = HERE / "v0007.curator"
OUTPUT = HERE / "v0008.curator"


def main() -> None:
    OUTPUT.unlink(missing_ok=True)
    shutil.copyfile(SOURCE, OUTPUT)
    engine = create_engine(f"sqlite:///{OUTPUT}", poolclass=NullPool)
    database._install_sqlite_events(engine)
    with engine.connect() as connection:
        migrate.upgrade(connection, "0008")
    engine.dispose()
    connection = sqlite3.connect(OUTPUT)
    # What a 0008 Curator adds as people work: an assignment and a history entry that 0009 must keep.
    connection.execute(
        "INSERT INTO assignments (document_id, annotator_id, status, assigned_at)"
        " VALUES (1, 1, 'assigned', '2026-11-30 09:00:00')"
    )
    connection.execute(
        "INSERT INTO history (uid, created_at, annotator_id, kind, text, change)"
        " VALUES ('0008fixture', '2026-11-30 09:05:00', 1, 'tag', 'Tagged one span', '{}')"
    )
    connection.execute("INSERT INTO history_documents (history_id, document_id) VALUES (1, 1)")
    connection.commit()
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("VACUUM")
    connection.close()
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
