"""Reading a project without opening it for work: the quick path of commands that only count
(`curator stats`), in a fraction of the full open's time.

`setup.open_project` migrates, registers the annotator, removes a killed import and adds the parts of
the default schema a project has never had. A read-only command may skip all of that only where none
of it would change the project: `open_for_reading` returns a read-only snapshot of an up-to-date file
that has every part of the default schema (`storage.snapshot` checks the rest), and None otherwise, so
the caller opens the project the full way and its figures and messages stay exactly what they were. A
team server's project is read the same way through psycopg (`storage.server_snapshot`), as the role one
connects as, so the server's own grants and policies decide what may be read and counted.
"""

from __future__ import annotations

from pathlib import Path

from curator.core.project.location import resolve_project
from curator.core.storage.server_snapshot import open_server_snapshot
from curator.core.storage.snapshot import Snapshot, open_snapshot

# The parts `schema.defaults.seed_default_schema` marks in project_info as `seeded:<part>` once added;
# a project with all of them is one seeding leaves as it is (tests/core/test_reading.py keeps the list).
SEEDED_PARTS = ("entity_labels", "event_types", "relation_types", "knowledge_base", "attributes")


def open_for_reading(location: str | Path | None, annotator: str | None = None) -> Snapshot | None:
    """A read-only snapshot of the project `location` names (as `--project` does), or None when it must
    be opened the full way first (see the module's docstring). `annotator` is `--annotator`'s: on a
    server the full open refuses one that is not the connected role, so the quick path leaves it to it."""
    chosen = resolve_project(location)
    snapshot = open_server_snapshot(chosen, annotator) if isinstance(chosen, str) else open_snapshot(chosen)
    if snapshot is None:
        return None
    try:
        rows = snapshot.execute("SELECT key FROM project_info WHERE key LIKE 'seeded:%'")
        marked = {row[0] for row in rows}
    except snapshot.errors:
        marked = set()
    if marked.issuperset(f"seeded:{part}" for part in SEEDED_PARTS):
        return snapshot
    snapshot.close()
    return None
