"""Reading a project without opening it for work: the quick path of commands that only count
(`curator stats`), in a fraction of the full open's time.

`setup.open_project` migrates, registers the annotator, removes a killed import and adds the parts of
the default schema a project has never had. A read-only command may skip all of that only where none
of it would change the project: `open_for_reading` returns a read-only snapshot of an up-to-date file
that has every part of the default schema (`storage.snapshot` checks the rest), and None otherwise, so
the caller opens the project the full way and its figures and messages stay exactly what they were. A
team server's project is always opened the full way: who may read it is the server's to say.
"""

from __future__ import annotations

from pathlib import Path

from curator.core.project.location import resolve_project
from curator.core.storage.snapshot import Snapshot, open_snapshot

# The parts `schema.defaults.seed_default_schema` marks in project_info as `seeded:<part>` once added;
# a project with all of them is one seeding leaves as it is (tests/core/test_reading.py keeps the list).
SEEDED_PARTS = ("entity_labels", "event_types", "relation_types", "knowledge_base", "attributes")


def open_for_reading(location: str | Path | None) -> Snapshot | None:
    """A read-only snapshot of the project `location` names (as `--project` does), or None when it must
    be opened the full way first (see the module's docstring)."""
    chosen = resolve_project(location)
    if isinstance(chosen, str):
        return None
    snapshot = open_snapshot(chosen)
    if snapshot is None:
        return None
    marked = {row[0] for row in snapshot.execute("SELECT key FROM project_info WHERE key LIKE 'seeded:%'")}
    if marked.issuperset(f"seeded:{part}" for part in SEEDED_PARTS):
        return snapshot
    snapshot.close()
    return None
