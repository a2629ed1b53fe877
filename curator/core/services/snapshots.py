"""The rows a delete removes, cascade included, captured whole before it runs.

Capturing rows rather than hand-written records keeps undo exact for every column, including ones later
migrations add, and covers the cascade: deleting a span also removes the events it triggers, the
arguments that point at it and the relations it takes part in, and undo must bring all of them back.
A service hands the capture to its `changes.Recorder` (`removing_rows(snapshot.flat())`); the change
record, not the snapshot, is what undo replays.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, or_, select
from sqlmodel import Session, col

from curator.core.services.changes import TABLES
from curator.core.storage.models import Event, EventArgument, Relation, Span


@dataclass(frozen=True, slots=True)
class RowSnapshot:
    """Rows by table name, as plain dicts, enough to re-insert them exactly."""

    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...] = ()

    def table(self, name: str) -> tuple[dict[str, Any], ...]:
        for table_name, rows in self.rows:
            if table_name == name:
                return rows
        return ()

    @property
    def document_ids(self) -> set[int]:
        return {row["document_id"] for name in ("spans", "events", "relations") for row in self.table(name)}

    def __bool__(self) -> bool:
        return any(rows for _, rows in self.rows)

    def flat(self) -> Iterator[tuple[str, dict[str, Any]]]:
        """(table, row) pairs, for a `changes.Recorder`."""
        for name, rows in self.rows:
            for row in rows:
                yield name, row


def select_rows(session: Session, table: str, condition: ColumnElement[bool]) -> list[dict[str, Any]]:
    """Rows of one table, whole, as dicts."""
    return [dict(row._mapping) for row in session.execute(select(TABLES[table]).where(condition))]


def capture_removal(
    session: Session,
    *,
    span_ids: Iterable[int] = (),
    event_ids: Iterable[int] = (),
    relation_ids: Iterable[int] = (),
) -> RowSnapshot:
    """The rows that deleting these spans, events and relations removes, cascade included."""
    spans_, events_, relations_ = set(span_ids), set(event_ids), set(relation_ids)
    spans = select_rows(session, "spans", col(Span.id).in_(spans_)) if spans_ else []
    if spans_:
        events_ |= set(
            session.execute(select(col(Event.id)).where(col(Event.trigger_span_id).in_(spans_))).scalars()
        )
    events = select_rows(session, "events", col(Event.id).in_(events_)) if events_ else []
    argument_condition = or_(
        col(EventArgument.span_id).in_(spans_),
        col(EventArgument.event_id).in_(events_),
        col(EventArgument.argument_event_id).in_(events_),
    )
    arguments = select_rows(session, "event_arguments", argument_condition) if spans or events else []
    relation_condition = or_(
        col(Relation.id).in_(relations_),
        col(Relation.head_span_id).in_(spans_),
        col(Relation.child_span_id).in_(spans_),
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
