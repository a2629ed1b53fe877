"""Exact undo of deletions: the rows a delete removes (with what cascades from them) are captured whole
and can be put back with their ids.

Capturing rows rather than hand-written records keeps undo exact for every column, including ones later
migrations add, and covers the cascade: deleting a span also removes the events it triggers, the
arguments that point at it and the relations it takes part in, and undo must bring all of them back.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import Table, func, insert, or_, select
from sqlmodel import Session

from curator.core.services.stale import bump_documents, refused_on_conflict
from curator.core.storage.models import Document, Event, EventArgument, EventRole, Label, Relation, Span

# Insert order for a restore: parents before children.
RESTORE_ORDER = ("labels", "event_roles", "spans", "events", "event_arguments", "relations")
TABLES: dict[str, Table] = {
    "labels": Label.__table__,  # type: ignore[attr-defined]
    "event_roles": EventRole.__table__,  # type: ignore[attr-defined]
    "spans": Span.__table__,  # type: ignore[attr-defined]
    "events": Event.__table__,  # type: ignore[attr-defined]
    "event_arguments": EventArgument.__table__,  # type: ignore[attr-defined]
    "relations": Relation.__table__,  # type: ignore[attr-defined]
}


@dataclass(frozen=True, slots=True)
class RowSnapshot:
    """Rows by table name, as plain dicts, enough to re-insert them exactly."""

    rows: tuple[tuple[str, tuple[dict, ...]], ...] = ()

    def table(self, name: str) -> tuple[dict, ...]:
        for table_name, rows in self.rows:
            if table_name == name:
                return rows
        return ()

    @property
    def document_ids(self) -> set[int]:
        return {row["document_id"] for name in ("spans", "events", "relations") for row in self.table(name)}

    def __bool__(self) -> bool:
        return any(rows for _, rows in self.rows)

    def flat(self) -> Iterator[tuple[str, dict]]:
        """(table, row) pairs, for a `changes.Recorder`."""
        for name, rows in self.rows:
            for row in rows:
                yield name, row


def select_rows(session: Session, table: str, condition) -> list[dict]:
    """Rows of one of the snapshot tables, whole, as dicts."""
    return [dict(row._mapping) for row in session.execute(select(TABLES[table]).where(condition))]


def capture_removal(
    session: Session,
    *,
    span_ids: Iterable[int] = (),
    event_ids: Iterable[int] = (),
    relation_ids: Iterable[int] = (),
) -> RowSnapshot:
    """The rows that deleting these spans, events and relations removes, cascade included."""
    span_ids, event_ids, relation_ids = set(span_ids), set(event_ids), set(relation_ids)
    spans = select_rows(session, "spans", Span.id.in_(span_ids)) if span_ids else []
    if span_ids:
        event_ids |= set(
            session.execute(select(Event.id).where(Event.trigger_span_id.in_(span_ids))).scalars()
        )
    events = select_rows(session, "events", Event.id.in_(event_ids)) if event_ids else []
    argument_condition = or_(
        EventArgument.span_id.in_(span_ids),
        EventArgument.event_id.in_(event_ids),
        EventArgument.argument_event_id.in_(event_ids),
    )
    arguments = select_rows(session, "event_arguments", argument_condition) if spans or events else []
    relation_condition = or_(
        Relation.id.in_(relation_ids),
        Relation.head_span_id.in_(span_ids),
        Relation.child_span_id.in_(span_ids),
    )
    relations = select_rows(session, "relations", relation_condition)
    return RowSnapshot(
        (
            ("spans", tuple(spans)),
            ("events", tuple(events)),
            ("event_arguments", tuple(arguments)),
            ("relations", tuple(relations)),
        )
    )


def restore_rows(session: Session, snapshot: RowSnapshot) -> None:
    """Re-insert captured rows with their ids, then bring the documents' span counts up to date.

    A row that clashes with a later change by someone else refuses the whole step (StaleWriteError)."""
    with refused_on_conflict(session, snapshot.document_ids, "not restored"):
        for name in RESTORE_ORDER:
            rows = snapshot.table(name)
            if rows:
                session.execute(insert(TABLES[name]), list(rows))
    refresh_documents(session, snapshot.document_ids)


def refresh_documents(session: Session, document_ids: Iterable[int]) -> None:
    """Recount spans and bump the version of documents an action touched (the one place that does).

    One statement for all of them: a bulk action over hundreds of documents stays one round trip."""
    ids = sorted(set(document_ids))
    if not ids:
        return
    count = select(func.count(Span.id)).where(Span.document_id == Document.id).scalar_subquery()
    bump_documents(session, ids, span_count=count)
