"""Regenerate `v0002.curator`: a project file as Curator wrote it at schema revision 0002.

Like make_v0001.py, the committed file is ground truth for tests/core/test_migrations.py; regenerate it
only if it is lost. It upgrades a copy of v0001.curator with the 0002 migration alone, then adds what a
0002-era Curator could store (a span tagged by hand, a document status change) with raw SQL. Run from the
repository root:

    .venv/bin/python tests/data/db_versions/make_v0002.py
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

SOURCE = HERE / "v0001.curator"
OUTPUT = HERE / "v0002.curator"
TAGGED = "2025-06-02 10:30:00.000000"


def main() -> None:
    OUTPUT.unlink(missing_ok=True)
    shutil.copyfile(SOURCE, OUTPUT)
    engine = create_engine(f"sqlite:///{OUTPUT}", poolclass=NullPool)
    database._install_sqlite_events(engine)
    with engine.connect() as connection:
        migrate.upgrade(connection, "0002")
    engine.dispose()
    connection = sqlite3.connect(OUTPUT)
    with connection:
        document_id, text = connection.execute(
            "SELECT id, text FROM documents ORDER BY id LIMIT 1"
        ).fetchone()
        label_id = connection.execute("SELECT id FROM labels WHERE name = 'MISC'").fetchone()[0]
        start = text.index("Türk Dünyası")
        connection.execute(
            'INSERT INTO spans (document_id, start, "end", label_id, annotator_id, status, source,'
            " created_at, updated_at) VALUES (?, ?, ?, ?, 2, 'accepted', 'manual', ?, ?)",
            (document_id, start, start + len("Türk Dünyası"), label_id, TAGGED, TAGGED),
        )
        connection.execute(
            "UPDATE documents SET span_count = span_count + 1, version = version + 1, status = 'annotated'"
            " WHERE id = ?",
            (document_id,),
        )
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("VACUUM")
    connection.close()
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
