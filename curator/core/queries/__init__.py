"""Reads. Nothing here writes (viewing a document must never touch the database)."""

from __future__ import annotations

import functools
from collections.abc import Collection, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Select, exists, func, or_, select
from sqlalchemy.orm import Mapped
from sqlmodel import Session, col

from curator.core.counts import project_counts
from curator.core.domain import (
    ArgumentRecord,
    DocumentFilter,
    DocumentRecord,
    DocumentSummary,
    EventRecord,
    EventTypeInfo,
    LabelInfo,
    RelationRecord,
    RoleInfo,
    SpanRecord,
)

# The export stream lives apart (export_documents) and is read as `queries.iter_export_documents`.
from curator.core.queries.export_documents import ExportDocument as ExportDocument
from curator.core.queries.export_documents import iter_export_documents as iter_export_documents
from curator.core.queries.export_documents import iter_export_languages as iter_export_languages
from curator.core.storage.database import Project
from curator.core.storage.driver import fetch_all, plain_sql
from curator.core.storage.models import (
    Annotator,
    Assignment,
    Document,
    Event,
    EventArgument,
    EventRole,
    Label,
    Relation,
    RelationType,
    Span,
)

ALL_DOCUMENTS = DocumentFilter()
# The columns of a DocumentSummary, in its field order (never the text).
SUMMARY_COLUMNS = (
    col(Document.id),
    col(Document.title),
    col(Document.language),
    col(Document.status),
    col(Document.span_count),
    col(Document.source),
    col(Document.pub_date),
)

SORTABLE_COLUMNS: dict[str, Mapped[Any]] = {
    "id": col(Document.id),
    "title": col(Document.title_key),  # "Haber 2" before "Haber 10", from an index (see storage.sort_keys)
    "language": col(Document.language),
    "status": col(Document.status),
    "span_count": col(Document.span_count),
}


def _escaped(text: str) -> str:
    """LIKE wildcards typed by the user match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _filtered(statement: Select, document_filter: DocumentFilter) -> Select:
    if document_filter.text:
        statement = statement.where(
            col(Document.title).ilike(f"%{_escaped(document_filter.text)}%", escape="\\")
        )
    if document_filter.language:
        statement = statement.where(col(Document.language) == document_filter.language)
    if document_filter.status:
        statement = statement.where(col(Document.status) == document_filter.status)
    if document_filter.source:
        statement = statement.where(
            col(Document.source).ilike(f"%{_escaped(document_filter.source)}%", escape="\\")
        )
    if document_filter.date_prefix:
        statement = statement.where(
            col(Document.pub_date).startswith(document_filter.date_prefix, autoescape=True)
        )
    if document_filter.worked_on is not None:
        worked = _worked_on()
        statement = statement.where(worked if document_filter.worked_on else ~worked)
    if document_filter.assigned_to is not None:
        statement = statement.where(col(Document.id).in_(_queue(document_filter)))
    if document_filter.unassigned:  # nobody's: no row in the (document, annotator) unique index
        statement = statement.where(~exists().where(col(Assignment.document_id) == col(Document.id)))
    return statement


def _queue(document_filter: DocumentFilter) -> Select:
    """The documents of one annotator's queue, from the (annotator, status) index rather than a scan."""
    name = document_filter.assigned_to
    annotator = select(col(Annotator.id)).where(col(Annotator.name) == name).scalar_subquery()
    queue = select(col(Assignment.document_id)).where(col(Assignment.annotator_id) == annotator)
    if document_filter.assignment_status is not None:
        queue = queue.where(col(Assignment.status) == document_filter.assignment_status)
    return queue


def _worked_on() -> ColumnElement[bool]:
    """Someone worked on the document: its status moved on from `new`, or it holds an accepted span.

    Importers of labelled formats store their documents `in_progress` (see `NewDocument.labelled`).
    """
    accepted = select(col(Span.id)).where(
        col(Span.document_id) == col(Document.id), col(Span.status) == "accepted"
    )
    return or_(col(Document.status) != "new", exists(accepted))


def count_documents(project: Project, document_filter: DocumentFilter = ALL_DOCUMENTS) -> int:
    document_filter = document_filter.for_annotator(project.annotator_name)
    with project.read() as session:
        return int(
            session.execute(_filtered(select(func.count(col(Document.id))), document_filter)).scalar_one()
        )


def list_documents(
    project: Project,
    document_filter: DocumentFilter = ALL_DOCUMENTS,
    *,
    sort: str = "id",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[DocumentSummary]:
    """One page of the documents list, without texts."""
    column = SORTABLE_COLUMNS[sort]
    document_filter = document_filter.for_annotator(project.annotator_name)
    order = [
        column.desc() if descending else column.asc(),
        col(Document.id).desc() if descending else col(Document.id),
    ]
    statement = _filtered(
        select(*SUMMARY_COLUMNS),
        document_filter,
    )
    with project.read() as session:
        rows = session.execute(statement.order_by(*order).offset(offset).limit(limit)).all()
    return [DocumentSummary(*row) for row in rows]


def get_document_summary(project: Project, document_id: int) -> DocumentSummary | None:
    """The list row of one document, to refresh it after an edit without reloading the page."""
    statement = select(*SUMMARY_COLUMNS).where(col(Document.id) == document_id)
    with project.read() as session:
        row = session.execute(statement).first()
    return DocumentSummary(*row) if row else None


def get_document(project: Project, document_id: int) -> DocumentRecord:
    with project.read() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise KeyError(document_id)
        assert document.id is not None
        return DocumentRecord(
            id=document.id,
            title=document.title,
            text=document.text,
            language=document.language,
            status=document.status,
            source=document.source,
            pub_date=document.pub_date,
            content_hash=document.content_hash,
            meta=dict(document.meta or {}),
            version=document.version,
        )


_SPANS = (
    'SELECT s.id, s.document_id, s.start, s."end", l.name, s.label_id, a.name, s.annotator_id, s.status,'
    " s.source, s.created_at, s.updated_at, s.entity_id"
    f" FROM {Span.__tablename__} AS s JOIN {Label.__tablename__} AS l ON l.id = s.label_id"
    f" LEFT JOIN {Annotator.__tablename__} AS a ON a.id = s.annotator_id"
)
_DOCUMENT_SPANS = _SPANS + ' WHERE s.document_id = ?{layers} ORDER BY s.start, s."end", s.id'
_SPANS_BY_ID = _SPANS + " WHERE s.id IN ({marks}){layers}"
SPANS_PER_QUERY = 500  # bound parameters per statement, well below SQLite's limit
# Its rows: the fields of SpanRecord, with the two timestamps as stored (ISO text).
_SpanRow = tuple[int, int, int, int, str, int, str | None, int | None, str, str, str, str, int | None]


LayerIds = Collection[int] | None
"""Which layers a read keeps: annotator ids, or None for every layer."""


def _in_layers(layers: LayerIds) -> tuple[str, list[int]]:
    """The SQL condition (and its parameters) keeping the spans of these layers; None keeps every layer."""
    if layers is None:
        return "", []
    wanted = sorted(set(layers))
    return f" AND s.annotator_id IN ({','.join('?' * len(wanted)) or 'NULL'})", wanted


def list_spans(project: Project, document_id: int, layers: LayerIds = None) -> list[SpanRecord]:
    """The spans of one document in reading order, of the `layers` given (annotator ids; None: all).

    Plain SQL on the driver connection: SQLAlchemy's row and type processing cost more than the query
    for a document with 10,000 spans, and opening it must stay well under 300 ms.
    """
    condition, wanted = _in_layers(layers)
    with project.read() as session:
        statement = _DOCUMENT_SPANS.format(layers=condition)
        rows: list[_SpanRow] = fetch_all(session.connection(), statement, (document_id, *wanted))
    return [_span_record(row) for row in rows]


def get_spans(project: Project, span_ids: Sequence[int], layers: LayerIds = None) -> list[SpanRecord]:
    """The spans with these ids that exist (a step's undo may have removed some) and are in `layers`
    (None: any), in no set order.

    What a view re-reads after a step: a few rows, not the whole document, so tagging in a document of
    10,000 spans stays as fast as in a short one."""
    ids = sorted(set(span_ids))
    condition, wanted = _in_layers(layers)
    rows: list[_SpanRow] = []
    with project.read() as session:
        connection = session.connection()
        for start in range(0, len(ids), SPANS_PER_QUERY):
            chunk = ids[start : start + SPANS_PER_QUERY]
            statement = _SPANS_BY_ID.format(marks=",".join("?" * len(chunk)), layers=condition)
            rows += fetch_all(connection, statement, [*chunk, *wanted])
    return [_span_record(row) for row in rows]


def _span_record(row: _SpanRow) -> SpanRecord:
    return SpanRecord(*row[:10], _stored_utc(row[10]), _stored_utc(row[11]), row[12])


@functools.lru_cache(maxsize=8192)
def _stored_utc(value: str | datetime) -> datetime:
    """Parse a stored UTC timestamp; the C parser is ~20x faster than the column type's own, and spans
    imported together share one timestamp, so a small cache skips most of the parsing. (PostgreSQL's
    driver hands a datetime already.)"""
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return parsed.replace(tzinfo=UTC)


def list_labels(project: Project, kind: str | None = "entity") -> list[LabelInfo]:
    statement = select(Label).order_by(col(Label.position), col(Label.id))
    if kind is not None:
        statement = statement.where(col(Label.kind) == kind)
    with project.read() as session:
        return [
            LabelInfo(
                id=label.id,
                name=label.name,
                color=label.color,
                shortcut=label.shortcut,
                description=label.description,
                kind=label.kind,
            )
            for label in session.execute(statement).scalars()
        ]


def language_counts(project: Project) -> dict[str, int]:
    """Documents per language: the prior for guessing the language of the next imported texts."""
    with project.read() as session:
        rows = session.execute(
            select(col(Document.language), func.count(col(Document.id))).group_by(col(Document.language))
        )
        return {language: int(count) for language, count in rows}


def project_stats(project: Project) -> dict:
    """Counts for `curator stats`: documents, spans, spans per label, documents per status and language
    (`curator.core.counts`, whose plain SQL the read-only path of `curator stats` runs too)."""
    with project.read() as session:
        return project_counts(plain_sql(session.connection()))


def event_records(session: Session, event_ids: Sequence[int]) -> list[EventRecord]:
    """Events by id with their arguments, in the order of their triggers (inside a caller's session)."""
    rows = session.execute(
        select(Event, col(Label.name), col(Span.start), col(Span.end))
        .join(Span, col(Span.id) == col(Event.trigger_span_id))
        .join(Label, col(Label.id) == col(Span.label_id))
        .where(col(Event.id).in_(list(event_ids)))
        .order_by(col(Span.start), col(Event.id))
    ).all()
    arguments: dict[int, list[ArgumentRecord]] = {event.id: [] for event, *_ in rows}
    for argument in session.execute(
        select(EventArgument)
        .where(col(EventArgument.event_id).in_(list(arguments)))
        .order_by(col(EventArgument.event_id), col(EventArgument.position), col(EventArgument.id))
    ).scalars():
        assert argument.id is not None
        arguments[argument.event_id].append(
            ArgumentRecord(
                argument.id,
                argument.event_id,
                argument.role,
                argument.span_id,
                argument.argument_event_id,
                argument.position,
            )  # fmt: skip
        )
    return [
        EventRecord(
            id=event.id,
            document_id=event.document_id,
            type=type_name,
            trigger_span_id=event.trigger_span_id,
            trigger_start=start,
            trigger_end=end,
            realis=event.realis,
            date_iso=event.date_iso,
            date_precision=event.date_precision,
            date_raw=event.date_raw,
            attributes=dict(event.attributes or {}),
            note=event.note,
            status=event.status,
            source=event.source,
            arguments=tuple(arguments[event.id]),
        )  # fmt: skip
        for event, type_name, start, end in rows
    ]


def list_events(project: Project, document_id: int, layers: LayerIds = None) -> list[EventRecord]:
    """The events of one document with their arguments, in the order of their triggers; of the `layers`
    given (annotator ids; None: all)."""
    statement = select(col(Event.id)).where(col(Event.document_id) == document_id)
    if layers is not None:
        statement = statement.where(col(Event.annotator_id).in_(sorted(set(layers))))
    with project.read() as session:
        return event_records(session, session.execute(statement).scalars().all())


def list_relations(project: Project, document_id: int, layers: LayerIds = None) -> list[RelationRecord]:
    """The relations of one document, of the `layers` given (annotator ids; None: all)."""
    statement = (
        select(col(Relation.id), col(Relation.document_id), col(RelationType.name),
               col(Relation.head_span_id), col(Relation.child_span_id), col(Relation.note))
        .join(RelationType, col(RelationType.id) == col(Relation.type_id))
        .where(col(Relation.document_id) == document_id)
        .order_by(col(Relation.id))
    )  # fmt: skip
    if layers is not None:
        statement = statement.where(col(Relation.annotator_id).in_(sorted(set(layers))))
    with project.read() as session:
        return [RelationRecord(*row) for row in session.execute(statement)]


def list_event_types(project: Project) -> list[EventTypeInfo]:
    with project.read() as session:
        labels = session.execute(
            select(Label).where(col(Label.kind) == "event").order_by(col(Label.position), col(Label.id))
        )
        types = labels.scalars().all()
        roles: dict[int, list[RoleInfo]] = {label.id: [] for label in types}
        for role in session.execute(
            select(EventRole)
            .where(col(EventRole.label_id).in_(list(roles)))
            .order_by(col(EventRole.position))
        ).scalars():
            roles[role.label_id].append(RoleInfo(role.name, tuple(role.allowed_labels), role.repeatable))
    return [
        EventTypeInfo(
            id=label.id,
            name=label.name,
            color=label.color,
            shortcut=label.shortcut,
            description=label.description,
            plover_type=label.plover_type,
            plover_mode=label.plover_mode,
            ace_type=label.ace_type,
            roles=tuple(roles[label.id]),
        )  # fmt: skip
        for label in types
    ]


def list_relation_types(project: Project) -> list[str]:
    with project.read() as session:
        return list(
            session.execute(select(col(RelationType.name)).order_by(col(RelationType.position))).scalars()
        )
