"""Regenerate `v0004.curator`: a project file as Curator wrote it at schema revision 0004.

Like make_v0001.py, the committed file is ground truth for tests/core/test_migrations.py; regenerate it
only if it is lost. It upgrades a copy of v0003.curator with the 0004 migration alone, then adds what a
0004-era Curator could store beyond 0003 (a schema-defined event attribute and its value on an event)
with raw SQL. Run from the repository root:

    .venv/bin/python tests/data/db_versions/make_v0004.py
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

SOURCE = HERE / "v0003.curator"
OUTPUT = HERE / "v0004.curator"


def main() -> None:
    OUTPUT.unlink(missing_ok=True)
    shutil.copyfile(SOURCE, OUTPUT)
    engine = create_engine(f"sqlite:///{OUTPUT}", poolclass=NullPool)
    database._install_sqlite_events(engine)
    with engine.connect() as connection:
        migrate.upgrade(connection, "0004")
    engine.dispose()
    connection = sqlite3.connect(OUTPUT)
    with connection:
        connection.execute(
            "INSERT INTO attribute_definitions (name, targets, allowed_values, multiple, description,"
            " position) VALUES ('Certainty', ?, ?, 0, 'How sure the report is', 0)",
            (json.dumps(["VISIT"]), json.dumps(["certain", "likely", "rumoured"])),
        )
        connection.execute(
            "UPDATE events SET attributes = ? WHERE id = (SELECT MIN(id) FROM events)",
            (json.dumps({"Negated": True, "Certainty": "likely"}),),
        )
    connection.execute("PRAGMA journal_mode=DELETE")
    connection.execute("VACUUM")
    connection.close()
    print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
