"""Read the events of a batch of documents with everything a clean record needs, in three queries.

Exports stream documents a batch at a time; reading each event, argument and entity on its own would cost
a query per row. The queries select plain columns (no ORM objects) and only filter on the batch's
document ids, so the number of bound parameters stays small however many events a batch holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session

from curator.core.storage.models import Annotator, Event, EventArgument, KnowledgeEntity, Label, Span


@dataclass(frozen=True, slots=True)
class LinkedEntity:
    """The canonical entity a mention links to."""

    id: int
    key: str
    name: str
    type: str
    wikidata: str | None


@dataclass(frozen=True, slots=True)
class StoredArgument:
    """An argument as stored: a span (with its label, status and link) or another event of the document."""

    role: str
    position: int
    span_id: int | None
    start: int | None
    end: int | None
    label: str | None
    span_status: str | None
    entity: LinkedEntity | None
    argument_event_id: int | None


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event with its type's export mappings, trigger, attributes and arguments."""

    id: int
    document_id: int
    type: str
    plover_type: str | None
    plover_mode: str | None
    ace_type: str | None
    trigger_start: int
    trigger_end: int
    trigger_status: str
    realis: str
    date_iso: str | None
    date_precision: str | None
    date_raw: str | None
    attributes: dict
    note: str
    status: str
    annotator: str | None
    arguments: tuple[StoredArgument, ...] = ()


def load_events(session: Session, document_ids: Sequence[int]) -> dict[int, list[StoredEvent]]:
    """The events of `document_ids` (every id gets a list), each document's in trigger order."""
    ids = list(document_ids)
    arguments: dict[int, list[StoredArgument]] = {}
    argument_rows = session.execute(
        select(
            EventArgument.event_id,
            EventArgument.role,
            EventArgument.position,
            EventArgument.span_id,
            Span.start,
            Span.end,
            Label.name,
            Span.status,
            EventArgument.argument_event_id,
            KnowledgeEntity.id,
            KnowledgeEntity.key,
            KnowledgeEntity.name,
            KnowledgeEntity.type,
            KnowledgeEntity.wikidata,
        )
        .join(Event, Event.id == EventArgument.event_id)
        .outerjoin(Span, Span.id == EventArgument.span_id)
        .outerjoin(Label, Label.id == Span.label_id)
        .outerjoin(KnowledgeEntity, KnowledgeEntity.id == Span.entity_id)
        .where(Event.document_id.in_(ids))
        .order_by(EventArgument.event_id, EventArgument.position, EventArgument.id)
    )
    for row in argument_rows:
        entity = LinkedEntity(*row[9:14]) if row[9] is not None else None
        arguments.setdefault(row[0], []).append(
            StoredArgument(*row[1:8], entity=entity, argument_event_id=row[8])
        )
    events: dict[int, list[StoredEvent]] = {document_id: [] for document_id in ids}
    event_rows = session.execute(
        select(
            Event.id,
            Event.document_id,
            Label.name,
            Label.plover_type,
            Label.plover_mode,
            Label.ace_type,
            Span.start,
            Span.end,
            Span.status,
            Event.realis,
            Event.date_iso,
            Event.date_precision,
            Event.date_raw,
            Event.attributes,
            Event.note,
            Event.status,
            Annotator.name,
        )
        .join(Span, Span.id == Event.trigger_span_id)
        .join(Label, Label.id == Span.label_id)
        .outerjoin(Annotator, Annotator.id == Event.annotator_id)
        .where(Event.document_id.in_(ids))
        .order_by(Event.document_id, Span.start, Span.end, Event.id)
    )
    for row in event_rows:
        attributes = dict(row[13] or {})
        event = StoredEvent(
            *row[:13], attributes, *row[14:], arguments=tuple(arguments.get(row[0], ()))
        )  # fmt: skip
        events[event.document_id].append(event)
    return events
