"""Reading the project's history: entries newest first, filtered and paged, never their change JSON
unless asked (a window lists thousands of entries and needs only who, when and what)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, func, select
from sqlmodel import Session, col

from curator.core.storage.database import Project
from curator.core.storage.models import Annotator, HistoryDocument, HistoryEntry


@dataclass(frozen=True, slots=True)
class HistoryRecord:
    id: int
    uid: str
    created_at: datetime
    annotator: str | None
    kind: str
    text: str
    reverts_id: int | None


@dataclass(frozen=True, slots=True)
class HistoryFilter:
    document_id: int | None = None
    annotator: str | None = None
    since: datetime | None = None


_COLUMNS = (
    col(HistoryEntry.id),
    col(HistoryEntry.uid),
    col(HistoryEntry.created_at),
    col(Annotator.name),
    col(HistoryEntry.kind),
    col(HistoryEntry.text),
    col(HistoryEntry.reverts_id),
)


def _filtered(statement: Select, where: HistoryFilter) -> Select:
    if where.document_id is not None:
        statement = statement.where(
            col(HistoryEntry.id).in_(
                select(col(HistoryDocument.history_id)).where(
                    col(HistoryDocument.document_id) == where.document_id
                )
            )
        )
    if where.annotator is not None:
        statement = statement.where(col(Annotator.name) == where.annotator)
    if where.since is not None:
        statement = statement.where(col(HistoryEntry.created_at) >= where.since)
    return statement


def _joined(statement: Select) -> Select:
    return statement.select_from(HistoryEntry).outerjoin(
        Annotator, col(Annotator.id) == col(HistoryEntry.annotator_id)
    )


def history_page(
    project: Project, where: HistoryFilter = HistoryFilter(), *, offset: int = 0, limit: int = 200
) -> list[HistoryRecord]:
    """One page of entries, newest first."""
    statement = _filtered(_joined(select(*_COLUMNS)), where)
    statement = statement.order_by(col(HistoryEntry.id).desc()).offset(offset).limit(limit)
    with project.read() as session:
        return [HistoryRecord(*row) for row in session.execute(statement).all()]


def history_count(project: Project, where: HistoryFilter = HistoryFilter()) -> int:
    statement = _filtered(_joined(select(func.count(col(HistoryEntry.id)))), where)
    with project.read() as session:
        return int(session.execute(statement).scalar_one())


def history_record(session: Session, entry_id: int) -> HistoryRecord | None:
    row = session.execute(_joined(select(*_COLUMNS)).where(col(HistoryEntry.id) == entry_id)).first()
    return None if row is None else HistoryRecord(*row)


def history_documents(project: Project, entry_id: int) -> list[int]:
    statement = select(col(HistoryDocument.document_id)).where(col(HistoryDocument.history_id) == entry_id)
    with project.read() as session:
        return [
            int(d) for d in session.execute(statement.order_by(col(HistoryDocument.document_id))).scalars()
        ]


def history_json(project: Project, entry_id: int) -> str | None:
    """An entry's stored change (the compact form of `history_log`)."""
    with project.read() as session:
        found = session.execute(
            select(col(HistoryEntry.change)).where(col(HistoryEntry.id) == entry_id)
        ).scalar()
        return None if found is None else str(found)
