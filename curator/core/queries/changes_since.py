"""Which documents another window, process or the command line changed since this window last looked.

A window polls `Project.data_version()` (cheap: one PRAGMA); only when it moved does it ask this module,
and only about the documents it shows (the open one and the loaded list rows: primary-key lookups, never
a scan of the documents table), plus the table's size (`count(*)`, `max(id)`, answered from an index),
so a 100,000-document project costs the same as a small one.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlmodel import col

from curator.core.storage.database import Project
from curator.core.storage.models import Annotator, Document

CHUNK = 500  # below SQLite's limit on bound parameters in older builds


@dataclass(frozen=True, slots=True)
class DocumentChange:
    """A document's current version and who wrote it last, for the window's "Updated: …" message."""

    id: int
    version: int
    title: str
    changed_by: str | None
    changed_at: datetime | None


@dataclass(frozen=True, slots=True)
class TableState:
    """How many documents there are and the newest id: an import or deletion changes one of them."""

    count: int
    max_id: int


def document_versions(project: Project, document_ids: Collection[int]) -> dict[int, DocumentChange]:
    """The current version of each of `document_ids` that still exists (by primary key, in chunks)."""
    ids = sorted(set(document_ids))
    found: dict[int, DocumentChange] = {}
    with project.read() as session:
        for start in range(0, len(ids), CHUNK):
            rows = session.execute(
                select(
                    col(Document.id),
                    col(Document.version),
                    col(Document.title),
                    col(Annotator.name),
                    col(Document.changed_at),
                )
                .outerjoin(Annotator, col(Annotator.id) == col(Document.changed_by_id))
                .where(col(Document.id).in_(ids[start : start + CHUNK]))
            )
            for document_id, version, title, name, changed_at in rows:
                found[document_id] = DocumentChange(document_id, version, title, name, changed_at)
    return found


def changed_documents(project: Project, known: Mapping[int, int]) -> list[DocumentChange]:
    """The documents of `known` ({id: version the window shows}) whose version is now different,
    including deleted ones (version 0), in id order."""
    current = document_versions(project, known.keys())
    changed = [change for change in current.values() if change.version != known[change.id]]
    changed += [DocumentChange(i, 0, "", None, None) for i in known if i not in current]
    return sorted(changed, key=lambda change: change.id)


def table_state(project: Project) -> TableState:
    """The documents table's size and newest id: cheap (SQLite counts on its smallest index)."""
    with project.read() as session:
        count, max_id = session.execute(select(func.count(), func.max(col(Document.id)))).one()
    return TableState(int(count), int(max_id or 0))
