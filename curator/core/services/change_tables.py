"""The tables a change may touch, in the order to write them, and how their rows are read.

One registry (every table on SQLModel's metadata, parents before children) serves the recorder that
builds a `Change` and the replay that applies or reverts one, so a table a migration adds is covered
without a list to update.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any

from sqlalchemy import Table, select
from sqlmodel import Session, SQLModel

from curator.core.storage import models  # noqa: F401 - registers every table on SQLModel.metadata

NEVER_REPLAYED = {"documents": frozenset({"version", "span_count", "changed_by_id", "changed_at"})}
"""Columns an undo must not set back: they describe the write itself and move forward on every step."""


LOG_TABLES = frozenset({"history", "history_documents"})
"""The log of changes itself: appended to beside every step, never part of one (undo is a new entry)."""


def _registry() -> dict[str, Table]:
    return {table.name: table for table in SQLModel.metadata.sorted_tables if table.name not in LOG_TABLES}


TABLES: dict[str, Table] = _registry()
"""Every table a change may touch, by name."""
ORDER: tuple[str, ...] = tuple(TABLES)
"""Parents before children (foreign keys): the order to insert in; deletes run in reverse."""

Row = Mapping[str, Any]
BATCH = 500
"""Keys per statement: a corpus-wide step holds more rows than SQLite takes bound parameters."""
Key = int | str


def key_of(table: str) -> str:
    """The name of a table's primary key: "id" everywhere but in key/value tables (`project_info`)."""
    [column] = TABLES[table].primary_key.columns
    return str(column.name)


UNVERSIONED = frozenset({"assignments"})
"""Rows a step writes without moving their document's version (a lead's assignment must not make the
annotators' own undo look stale), so no version check covers them: undo and redo check them row by row."""


REPLACEABLE: dict[str, tuple[str, ...]] = {"suggestions": ("document_id", "start", "end", "label_id")}
"""Machine proposals: a suggester run may since have replaced one (same place, new id). A proposal an
undo or redo removes goes wherever it is, and one it puts back replaces the one at its place."""


def chunks(keys: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(keys), BATCH):
        yield keys[start : start + BATCH]


def document_of(table: str, row: Row) -> int | None:
    """The document a row belongs to, if any (schema rows belong to none)."""
    if table == "documents":
        return row.get("id")
    return row.get("document_id")


def select_rows(session: Session, table: str, ids: Iterable[Key]) -> list[dict[str, Any]]:
    """Rows of one table, whole, as dicts, by primary key."""
    wanted = sorted(set(ids))
    key = TABLES[table].c[key_of(table)]
    found: list[dict[str, Any]] = []
    for chunk in chunks(wanted):
        rows = session.execute(select(TABLES[table]).where(key.in_(chunk)).order_by(key))
        found += [dict(row._mapping) for row in rows]
    return found
