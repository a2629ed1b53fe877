"""Regenerate `v0006.curator`: a project file as Curator wrote it at schema revision 0006.

Like make_v0001.py, the committed file is ground truth for tests/core/test_migrations.py; regenerate it
only if it is lost. It upgrades a copy of v0005.curator with the 0006 migration alone, then adds what
sorting by title must get right (titles with numbers, one with accents, one empty) with raw SQL, by a
tracked import run. Run from the repository root:

    .venv/bin/python tests/data/db_versions/make_v0006.py
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

from curator.core.services.documents import content_hash  # noqa: E402
from curator.core.storage import database, migrate  # noqa: E402

SOURCE = HERE / "v0005.curator"
OUTPUT = HERE / "v0006.curator"
NOW = "2026-12-01 10:00:00.000000"
TITLES = ("Haber 10", "Haber 2", "Çin Haber 1", "")


def main() -> None:
    OUTPUT.unlink(missing_ok=True)
    shutil.copyfile(SOURCE, OUTPUT)
    engine = create_engine(f"sqlite:///{OUTPUT}", poolclass=NullPool)
    database._install_sqlite_events(engine)
    with engine.connect() as connection:
        migrate.upgrade(connection, "0006")
    engine.dispose()
    connection = sqlite3.connect(OUTPUT)
    with connection:
        run = connection.execute(
            "INSERT INTO import_runs (status, description, annotator_id, pid, host, documents, started_at,"
            " finished_at) VALUES ('done', 'news', 1, NULL, '', ?, ?, ?)",
            (len(TITLES), NOW, NOW),
        ).lastrowid
        for number, title in enumerate(TITLES):
            text = f"{title or 'Başlıksız'} metni {number}."
            connection.execute(
                "INSERT INTO documents (title, text, language, source, pub_date, content_hash, status, meta,"
                " created_at, version, span_count, changed_by_id, changed_at, import_run_id)"
                " VALUES (?, ?, 'tr', 'AA', NULL, ?, 'new', '{}', ?, 1, 0, 1, ?, ?)",
                (title, text, content_hash(text), NOW, NOW, run),
            )
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("VACUUM")
    connection.close()
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
