"""The counts `curator stats` prints, in plain SQL that runs on both ways into a project.

The same queries run on an open `Project`'s driver connection (`driver.plain_sql`, SQLite or a team
server's PostgreSQL) and on a read-only `storage.snapshot`, so the quick path of `curator stats` and the
full open give the same numbers by construction. Nothing here imports SQLAlchemy: the snapshot path of
`curator stats` must not load it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from curator.core.storage.driver import PlainSQL

NO_ANNOTATOR = "(no annotator)"

_ENTITY_LABELS = (
    "SELECT l.name, count(s.id) FROM labels AS l LEFT JOIN spans AS s ON s.label_id = l.id"
    " WHERE l.kind = 'entity' GROUP BY l.id ORDER BY l.position, l.id"
)
_STATUSES = "SELECT status, count(id) FROM documents GROUP BY status ORDER BY status"
_LANGUAGES = "SELECT language, count(id) FROM documents GROUP BY language ORDER BY language"
_SPANS_PER_LAYER = (
    "SELECT a.name, count(*) FROM spans AS s LEFT JOIN annotators AS a ON a.id = s.annotator_id"
    " GROUP BY s.annotator_id, a.name ORDER BY a.name"
)


def project_counts(sql: PlainSQL) -> dict:
    """Documents, spans, spans per entity label (in palette order, zeros too), documents per status and
    per language."""
    return {
        "documents": _count(sql, "SELECT count(id) FROM documents"),
        "spans": _count(sql, "SELECT count(id) FROM spans"),
        "labels": {name: int(count) for name, count in sql.execute(_ENTITY_LABELS)},
        "statuses": {status: int(count) for status, count in sql.execute(_STATUSES)},
        "languages": {language: int(count) for language, count in sql.execute(_LANGUAGES)},
    }


def layer_counts(sql: PlainSQL) -> dict[str, int]:
    """Spans (any status) per layer name: how much each annotator and gold hold."""
    return {
        name if name is not None else NO_ANNOTATOR: int(count)
        for name, count in sql.execute(_SPANS_PER_LAYER)
    }


def _count(sql: PlainSQL, statement: str) -> int:
    return int(next(iter(sql.execute(statement)))[0])
