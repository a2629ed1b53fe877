"""Regenerate `v0003.curator`: a project file as Curator wrote it at schema revision 0003.

Like make_v0001.py, the committed file is ground truth for tests/core/test_migrations.py; regenerate it
only if it is lost. It upgrades a copy of v0002.curator with the 0003 migration alone, then adds what a
0003-era Curator could store (an event with an argument and an attribute, a relation, a canonical entity
linked to a mention) with raw SQL. Run from the repository root:

    .venv/bin/python tests/data/db_versions/make_v0003.py
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import sys
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from curator.core.storage import database, migrate  # noqa: E402

SOURCE = HERE / "v0002.curator"
OUTPUT = HERE / "v0003.curator"
WHEN = "2025-09-01 12:00:00.000000"


def main() -> None:
    OUTPUT.unlink(missing_ok=True)
    shutil.copyfile(SOURCE, OUTPUT)
    engine = create_engine(f"sqlite:///{OUTPUT}", poolclass=NullPool)
    database._install_sqlite_events(engine)
    with engine.connect() as connection:
        migrate.upgrade(connection, "0003")
    engine.dispose()
    connection = sqlite3.connect(OUTPUT)
    with connection:
        document_id, text = connection.execute(
            "SELECT id, text FROM documents ORDER BY id LIMIT 1"
        ).fetchone()
        cursor = connection.execute(
            "INSERT INTO labels (name, kind, color, shortcut, description, position) "
            "VALUES ('VISIT', 'event', '#f77f00', 'E,V', 'An official visit', 20)"
        )
        visit = cursor.lastrowid
        connection.execute(
            "INSERT INTO event_roles (label_id, name, allowed_labels, repeatable, position)"
            " VALUES (?, ?, ?, 0, 0)",
            (visit, "ACTOR", json.dumps(["PER"])),
        )
        start = text.index("ziyaret")
        trigger = connection.execute(
            'INSERT INTO spans (document_id, start, "end", label_id, annotator_id, status, source,'
            " created_at, updated_at, note) VALUES (?, ?, ?, ?, 2, 'accepted', 'manual', ?, ?, '')",
            (document_id, start, start + len("ziyaret"), visit, WHEN, WHEN),
        ).lastrowid
        person = connection.execute(
            "SELECT s.id FROM spans s JOIN labels l ON l.id = s.label_id"
            " WHERE l.name = 'PER' AND document_id = ?",
            (document_id,),
        ).fetchone()[0]
        entity = connection.execute(
            "INSERT INTO kb_entities (key, name, type, aliases, wikidata, notes, created_at) "
            "VALUES ('per_kazakbayev', 'Ruslan Kazakbayev', 'PER', ?, NULL, '', ?)",
            (json.dumps(["Ruslan Kazakbayev", "Руслан Казакбаев"], ensure_ascii=False), WHEN),
        ).lastrowid
        connection.execute("UPDATE spans SET entity_id = ? WHERE id = ?", (entity, person))
        event = connection.execute(
            "INSERT INTO events (document_id, trigger_span_id, realis, date_iso, date_precision, date_raw,"
            " attributes, note, annotator_id, status, source, created_at, updated_at)"
            " VALUES (?, ?, 'actual', '2020-12-01', 'day', '1 Aralık 2020', ?, '', 2, 'accepted', 'manual',"
            " ?, ?)",
            (document_id, trigger, json.dumps({"Negated": True}), WHEN, WHEN),
        ).lastrowid
        connection.execute(
            "INSERT INTO event_arguments (event_id, role, span_id, argument_event_id, position)"
            " VALUES (?, 'ACTOR', ?, NULL, 0)",
            (event, person),
        )
        connection.execute(
            "UPDATE documents SET span_count = span_count + 1, version = version + 1 WHERE id = ?",
            (document_id,),
        )
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("VACUUM")
    connection.close()
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
