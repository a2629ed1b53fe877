"""Many annotations of one document at once, inside the caller's transaction (importers).

The one-at-a-time services (`insert_span`, `insert_event`, `insert_argument`, `insert_relation`) read and
write a dozen statements per call so the window can show and undo each action; an importer storing a
corpus needs the same checks with one statement per kind and document. Each function here checks every
row first and raises `RowError` with the row's index (so an importer can name the line) before it
writes anything, then inserts all rows and refreshes the document once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import insert, select, update
from sqlmodel import Session, col

from curator.core.domain import AnnotationError, DocumentStatus, Realis
from curator.core.services.spans import document_text_length
from curator.core.services.stale import ensure_editable, ensure_own_layer, refresh_documents
from curator.core.storage.database import Project
from curator.core.storage.models import (
    Document,
    Event,
    EventArgument,
    Label,
    Relation,
    RelationType,
    Span,
    utcnow,
)

REALIS_VALUES = frozenset(realis.value for realis in Realis)


class RowError(AnnotationError):
    """A row that cannot be stored; `index` is its position in the rows given."""

    def __init__(self, index: int, message: str) -> None:
        super().__init__(message)
        self.index = index


@dataclass(frozen=True, slots=True)
class SpanRow:
    start: int
    end: int
    label: str
    fragments: list[list[int]] | None = None  # of a discontinuous span: first start … last end
    note: str = ""


@dataclass(frozen=True, slots=True)
class EventRow:
    trigger_span_id: int
    realis: str = Realis.ACTUAL
    attributes: dict | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class ArgumentRow:
    event_id: int
    role: str  # kept as given
    span_id: int | None = None
    argument_event_id: int | None = None


@dataclass(frozen=True, slots=True)
class RelationRow:
    type: str
    head_span_id: int
    child_span_id: int
    note: str = ""


def _fragments_fit(start: int, end: int, fragments: list[list[int]]) -> bool:
    previous = start
    for index, (first, last) in enumerate(fragments):
        if first >= last or (first < previous if index else first != start):
            return False
        previous = last
    return previous == end


def insert_spans(
    session: Session, project: Project, document_id: int, rows: Sequence[SpanRow], *, source: str
) -> list[int]:
    """Spans of one document; their ids in the order of `rows`. A new document moves to "in progress"."""
    if not rows:
        return []
    ensure_editable(session, document_id)
    length = document_text_length(session, document_id)
    labels = dict(session.execute(select(col(Label.name), col(Label.id))).all())
    taken: set[tuple[int, int, int]] = set(
        session.execute(
            select(col(Span.start), col(Span.end), col(Span.label_id)).where(
                col(Span.document_id) == document_id, col(Span.annotator_id) == project.annotator_id
            )
        ).all()
    )
    now = utcnow()
    values = []
    for index, row in enumerate(rows):
        if not 0 <= row.start < row.end <= length:
            raise RowError(index, f"span {row.start}-{row.end} is outside the document (0-{length}) or empty")
        if row.fragments is not None and not _fragments_fit(row.start, row.end, row.fragments):
            raise RowError(
                index, f"fragments {row.fragments} are not ordered pieces of {row.start}-{row.end}"
            )
        label_id = labels.get(row.label)
        if label_id is None:
            raise RowError(index, f"unknown label {row.label!r}")
        if (row.start, row.end, label_id) in taken:
            raise RowError(index, f"{row.label} at {row.start}-{row.end} is tagged already")
        taken.add((row.start, row.end, label_id))
        values.append(
            {
                "document_id": document_id, "start": row.start, "end": row.end, "label_id": label_id,
                "annotator_id": project.annotator_id, "status": "accepted", "source": source,
                "created_at": now, "updated_at": now, "fragments": row.fragments, "note": row.note,
            }
        )  # fmt: skip
    ids = session.execute(
        insert(Span).returning(col(Span.id), sort_by_parameter_order=True), values
    ).scalars()
    span_ids = list(ids)
    session.execute(
        update(Document)
        .where(col(Document.id) == document_id, col(Document.status) == DocumentStatus.NEW)
        .values(status=DocumentStatus.IN_PROGRESS)
    )
    refresh_documents(session, [document_id])
    return span_ids


def _document_spans(session: Session, document_id: int) -> dict[int, str]:
    """Span id → label kind, for the spans of one document."""
    return dict(
        session.execute(
            select(col(Span.id), col(Label.kind))
            .join(Label, col(Label.id) == col(Span.label_id))
            .where(col(Span.document_id) == document_id)
        ).all()
    )


def insert_events(
    session: Session, project: Project, document_id: int, rows: Sequence[EventRow], *, source: str
) -> list[int]:
    """Events of one document on existing trigger spans of event types; ids in the order of `rows`."""
    if not rows:
        return []
    ensure_editable(session, document_id)
    spans = _document_spans(session, document_id)
    now = utcnow()
    values = []
    for index, row in enumerate(rows):
        if row.trigger_span_id not in spans:
            raise RowError(index, "the trigger span belongs to another document")
        if spans[row.trigger_span_id] != "event":
            raise RowError(index, "the trigger's label is not an event type")
        if row.realis not in REALIS_VALUES:
            raise RowError(index, f"unknown realis {row.realis!r}")
        values.append(
            {
                "document_id": document_id, "trigger_span_id": row.trigger_span_id, "realis": row.realis,
                "attributes": dict(row.attributes or {}), "note": row.note,
                "annotator_id": project.annotator_id, "status": "accepted", "source": source,
                "created_at": now, "updated_at": now,
            }
        )  # fmt: skip
    ensure_own_layer(session, "spans", [row.trigger_span_id for row in rows], verb="use")
    ids = session.execute(
        insert(Event).returning(col(Event.id), sort_by_parameter_order=True), values
    ).scalars()
    event_ids = list(ids)
    refresh_documents(session, [document_id])
    return event_ids


def insert_arguments(session: Session, document_id: int, rows: Sequence[ArgumentRow]) -> None:
    """Arguments of events of one document, each event's in the order given."""
    if not rows:
        return
    ensure_editable(session, document_id)
    spans = _document_spans(session, document_id)
    triggers = dict(
        session.execute(
            select(col(Event.id), col(Event.trigger_span_id)).where(col(Event.document_id) == document_id)
        ).all()
    )
    positions: dict[int, int] = {}
    seen: set[tuple[int, str, int | None, int | None]] = set()
    for event_id, role, span_id, argument_event_id, position in session.execute(
        select(col(EventArgument.event_id), col(EventArgument.role), col(EventArgument.span_id),
               col(EventArgument.argument_event_id), col(EventArgument.position))
        .where(col(EventArgument.event_id).in_(list(triggers)))
    ):  # fmt: skip
        seen.add((event_id, role, span_id, argument_event_id))
        positions[event_id] = max(positions.get(event_id, -1), position)
    values = []
    for index, row in enumerate(rows):
        role = row.role.strip()
        if row.event_id not in triggers:
            raise RowError(index, f"event {row.event_id} is not an event of the document")
        if not role:
            raise RowError(index, "an argument needs a role")
        if (row.span_id is None) == (row.argument_event_id is None):
            raise RowError(index, "an argument is either a span or an event")
        if row.span_id is not None and row.span_id not in spans:
            raise RowError(index, "the argument must be a span of the event's document")
        if row.span_id is not None and row.span_id == triggers[row.event_id]:
            raise RowError(index, "an event's trigger cannot be its own argument")
        if row.argument_event_id is not None and row.argument_event_id not in triggers:
            raise RowError(index, "the argument must be an event of the same document")
        if row.argument_event_id == row.event_id:
            raise RowError(index, "an event cannot be its own argument")
        key = (row.event_id, role, row.span_id, row.argument_event_id)
        if key in seen:
            raise RowError(index, f"that argument is already the event's {role}")
        seen.add(key)
        positions[row.event_id] = positions.get(row.event_id, -1) + 1
        values.append(
            {
                "event_id": row.event_id, "role": role, "span_id": row.span_id,
                "argument_event_id": row.argument_event_id, "position": positions[row.event_id],
            }
        )  # fmt: skip
    ensure_own_layer(session, "events", [row.event_id for row in rows])
    ensure_own_layer(session, "spans", [row.span_id for row in rows if row.span_id is not None], verb="use")
    session.execute(insert(EventArgument), values)
    refresh_documents(session, [document_id])


def insert_relations(
    session: Session, project: Project, document_id: int, rows: Sequence[RelationRow]
) -> None:
    """Relations between spans of one document."""
    if not rows:
        return
    ensure_editable(session, document_id)
    spans = _document_spans(session, document_id)
    types = dict(session.execute(select(col(RelationType.name), col(RelationType.id))).all())
    seen: set[tuple[int, int, int]] = set(
        session.execute(
            select(col(Relation.type_id), col(Relation.head_span_id), col(Relation.child_span_id)).where(
                col(Relation.document_id) == document_id
            )
        ).all()
    )
    now = utcnow()
    values = []
    for index, row in enumerate(rows):
        type_id = types.get(row.type)
        if type_id is None:
            raise RowError(index, f"unknown relation type {row.type!r}")
        if row.head_span_id == row.child_span_id:
            raise RowError(index, "a relation needs two different spans")
        if row.head_span_id not in spans or row.child_span_id not in spans:
            raise RowError(index, "a relation links two spans of the same document")
        key = (type_id, row.head_span_id, row.child_span_id)
        if key in seen:
            raise RowError(index, f"that {row.type} relation exists already")
        seen.add(key)
        values.append(
            {
                "document_id": document_id, "type_id": type_id, "head_span_id": row.head_span_id,
                "child_span_id": row.child_span_id, "annotator_id": project.annotator_id, "note": row.note,
                "created_at": now,
            }
        )  # fmt: skip
    ends = [span_id for row in rows for span_id in (row.head_span_id, row.child_span_id)]
    ensure_own_layer(session, "spans", ends, verb="use")
    session.execute(insert(Relation), values)
    refresh_documents(session, [document_id])
