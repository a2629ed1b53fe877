"""Read the events of a batch of documents with everything a clean record needs, in three queries.

Exports stream documents a batch at a time; reading each event, argument and entity on its own would cost
a query per row. The queries select plain columns (no ORM objects) and only filter on the batch's
document ids, so the number of bound parameters stays small however many events a batch holds.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from curator.core.storage.models import (
    Annotator,
    Event,
    EventArgument,
    EventRole,
    KnowledgeEntity,
    Label,
    Span,
)


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
    layer_id: int | None = None  # the layer (annotator id) of its trigger span


def load_events(session: Session, document_ids: Sequence[int]) -> dict[int, list[StoredEvent]]:
    """The events of `document_ids` (every id gets a list), each document's in trigger order."""
    ids = list(document_ids)
    arguments: dict[int, list[StoredArgument]] = {}
    argument_rows = session.execute(
        select(
            col(EventArgument.event_id),
            col(EventArgument.role),
            col(EventArgument.position),
            col(EventArgument.span_id),
            col(Span.start),
            col(Span.end),
            col(Label.name),
            col(Span.status),
            col(EventArgument.argument_event_id),
            col(KnowledgeEntity.id),
            col(KnowledgeEntity.key),
            col(KnowledgeEntity.name),
            col(KnowledgeEntity.type),
            col(KnowledgeEntity.wikidata),
        )
        .join(Event, col(Event.id) == col(EventArgument.event_id))
        .outerjoin(Span, col(Span.id) == col(EventArgument.span_id))
        .outerjoin(Label, col(Label.id) == col(Span.label_id))
        .outerjoin(KnowledgeEntity, col(KnowledgeEntity.id) == col(Span.entity_id))
        .where(col(Event.document_id).in_(ids))
        .order_by(col(EventArgument.event_id), col(EventArgument.position), col(EventArgument.id))
    )
    for (
        event_id, role, position, span_id, start, end, label, span_status, argument_event_id,
        entity_id, key, name, type_, wikidata,
    ) in argument_rows:  # fmt: skip
        entity = LinkedEntity(entity_id, key, name, type_, wikidata) if entity_id is not None else None
        arguments.setdefault(event_id, []).append(
            StoredArgument(role, position, span_id, start, end, label, span_status, entity, argument_event_id)
        )
    events: dict[int, list[StoredEvent]] = {document_id: [] for document_id in ids}
    event_rows = session.execute(
        select(
            col(Event.id),
            col(Event.document_id),
            col(Label.name),
            col(Label.plover_type),
            col(Label.plover_mode),
            col(Label.ace_type),
            col(Span.start),
            col(Span.end),
            col(Span.status),
            col(Event.realis),
            col(Event.date_iso),
            col(Event.date_precision),
            col(Event.date_raw),
            col(Event.attributes),
            col(Event.note),
            col(Event.status),
            col(Annotator.name),
            col(Span.annotator_id),  # the event's layer is its trigger's, as in every other export
        )
        .join(Span, col(Span.id) == col(Event.trigger_span_id))
        .join(Label, col(Label.id) == col(Span.label_id))
        .outerjoin(Annotator, col(Annotator.id) == col(Event.annotator_id))
        .where(col(Event.document_id).in_(ids))
        .order_by(col(Event.document_id), col(Span.start), col(Span.end), col(Event.id))
    )
    for (
        event_id, document_id, type_, plover_type, plover_mode, ace_type, trigger_start, trigger_end,
        trigger_status, realis, date_iso, date_precision, date_raw, attributes, note, status, annotator,
        layer_id,
    ) in event_rows:  # fmt: skip
        events[document_id].append(
            StoredEvent(
                event_id, document_id, type_, plover_type, plover_mode, ace_type, trigger_start, trigger_end,
                trigger_status, realis, date_iso, date_precision, date_raw, dict(attributes or {}), note,
                status, annotator, tuple(arguments.get(event_id, ())), layer_id,
            )
        )  # fmt: skip
    return events


@dataclass(frozen=True, slots=True)
class TypeInUse:
    """An event type that has events in the project: its roles and whether it maps to PLOVER and ACE."""

    name: str
    roles: frozenset[str]
    plover: bool
    ace: bool


def event_types_in_use(session: Session) -> list[TypeInUse]:
    """The event types with at least one event, in schema order: what the lean CSV layout has columns for."""
    types = session.execute(
        select(col(Label.id), col(Label.name), col(Label.plover_type), col(Label.ace_type))
        .where(
            col(Label.id).in_(
                select(col(Span.label_id)).join(Event, col(Event.trigger_span_id) == col(Span.id)).distinct()
            )
        )
        .order_by(col(Label.position), col(Label.id))
    ).all()
    roles: dict[int, set[str]] = {}
    for label_id, name in session.execute(
        select(col(EventRole.label_id), col(EventRole.name)).where(
            col(EventRole.label_id).in_([label_id for label_id, *_ in types])
        )
    ):
        roles.setdefault(label_id, set()).add(name)
    return [
        TypeInUse(name, frozenset(roles.get(label_id, ())), plover is not None, ace is not None)
        for label_id, name, plover, ace in types
    ]
