"""Regenerate `v0005.curator`: a project file as Curator wrote it at schema revision 0005.

Like make_v0001.py, the committed file is ground truth for tests/core/test_migrations.py; regenerate it
only if it is lost. It upgrades a copy of v0004.curator with the 0005 migration alone, then adds what a
0005-era Curator could store beyond 0004 (a boilerplate region, a suggestion and its decision, a review
step, and a span tagged and deleted again, the highest id) with raw SQL. Run from the repository root:

    .venv/bin/python tests/data/db_versions/make_v0005.py
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

SOURCE = HERE / "v0004.curator"
OUTPUT = HERE / "v0005.curator"
NOW = "2026-11-20 10:00:00.000000"


def main() -> None:
    OUTPUT.unlink(missing_ok=True)
    shutil.copyfile(SOURCE, OUTPUT)
    engine = create_engine(f"sqlite:///{OUTPUT}", poolclass=NullPool)
    database._install_sqlite_events(engine)
    with engine.connect() as connection:
        migrate.upgrade(connection, "0005")
    engine.dispose()
    connection = sqlite3.connect(OUTPUT)
    with connection:
        connection.execute(
            'INSERT INTO exclusion_regions (document_id, start, "end", kind, status, rule, replacement,'
            " created_at, updated_at) VALUES (1, 0, 5, 'caption', 'accepted', 'repeated-line', NULL, ?, ?)",
            (NOW, NOW),
        )
        label = connection.execute("SELECT id FROM labels WHERE name = 'PER'").fetchone()[0]
        connection.execute(
            'INSERT INTO suggestions (document_id, start, "end", label_id, source, score, entity_id,'
            " detail, created_at) VALUES (2, 0, 4, ?, 'rules', 0.9, NULL, '{}', ?)",
            (label, NOW),
        )
        connection.execute(
            'INSERT INTO suggestion_decisions (document_id, start, "end", label, source, score, outcome,'
            " annotator_id, created_at) VALUES (2, 5, 9, 'PER', 'rules', 0.8, 'rejected', 1, ?)",
            (NOW,),
        )
        connection.execute(
            "INSERT INTO document_reviews (document_id, status, comment, annotator_id, created_at)"
            " VALUES (1, 'annotated', 'first pass done', 1, ?)",
            (NOW,),
        )
        connection.execute(
            'INSERT INTO spans (document_id, start, "end", label_id, annotator_id, status, source,'
            " created_at, updated_at, note) VALUES (3, 0, 4, ?, 1, 'accepted', 'manual', ?, ?, '')",
            (label, NOW, NOW),
        )
        connection.execute("DELETE FROM spans WHERE id = (SELECT MAX(id) FROM spans)")
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("VACUUM")
    connection.close()
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
