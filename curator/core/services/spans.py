"""Spans: tag, delete (with undo of everything that cascades), relabel, link to a canonical entity."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlmodel import Session, col

from curator.core.domain import AnnotationError, DocumentStatus, SpanRecord
from curator.core.services.changes import Change, Recorder
from curator.core.services.snapshots import capture_removal
from curator.core.services.stale import ensure_editable, ensure_own_layer, refresh_documents, stale_error
from curator.core.storage.database import Project
from curator.core.storage.models import Annotator, Document, ExclusionRegion, Label, Span, utcnow

SPAN_COLUMNS = tuple(
    col(column)
    for column in (
        Span.id, Span.document_id, Span.start, Span.end, Label.name, Span.label_id, Annotator.name,
        Span.annotator_id, Span.status, Span.source, Span.created_at, Span.updated_at, Span.entity_id,
    )
)  # fmt: skip


def label_id(session: Session, name: str, kind: str | None = None) -> int:
    statement = select(col(Label.id)).where(col(Label.name) == name)
    if kind is not None:
        statement = statement.where(col(Label.kind) == kind)
    found = session.execute(statement).scalar_one_or_none()
    if found is None:
        raise AnnotationError(f"unknown {'label' if kind != 'event' else 'event type'} {name!r}")
    return int(found)


def document_text_length(session: Session, document_id: int) -> int:
    length = session.execute(
        select(func.length(col(Document.text))).where(col(Document.id) == document_id)
    ).scalar_one_or_none()
    if length is None:
        raise AnnotationError(f"document {document_id} does not exist")
    return int(length)


def span_records(session: Session, span_ids: Sequence[int]) -> list[SpanRecord]:
    statement = (
        select(*SPAN_COLUMNS)
        .join(Label, col(Label.id) == col(Span.label_id))
        .outerjoin(Annotator, col(Annotator.id) == col(Span.annotator_id))
        .where(col(Span.id).in_(list(span_ids)))
        .order_by(col(Span.start), col(Span.end), col(Span.id))
    )
    return [SpanRecord(*row) for row in session.execute(statement)]


def span_record(session: Session, span_id: int) -> SpanRecord:
    records = span_records(session, [span_id])
    if not records:
        raise AnnotationError(f"span {span_id} does not exist")
    return records[0]


@dataclass(frozen=True, slots=True)
class AddedSpan:
    span: SpanRecord
    previous_status: str
    change: Change = Change("span.add")


def insert_span(
    session: Session, project: Project, document_id: int, start: int, end: int, label: str, *,
    source: str = "manual", status: str = "accepted", kind: str | None = None,
    fragments: list[list[int]] | None = None, note: str = "", layer: int | None = None,
    agreed_by: list[str] | None = None,
) -> AddedSpan:  # fmt: skip
    """Insert one span inside the caller's transaction (shared by tagging, event creation and importers).

    `layer` is the annotator whose layer it joins (default: the project's annotator; adjudication writes
    the gold layer, imports the layer their file names); `agreed_by` is the gold layer's provenance.
    `fragments` are the pieces of a discontinuous span ([[0, 4], [13, 19]]); `start`/`end` must be the
    first start and the last end, so every query that reads only start and end still sees its extent.
    """
    length = document_text_length(session, document_id)
    ensure_editable(session, document_id)
    if not 0 <= start < end <= length:
        raise AnnotationError(f"span {start}-{end} is outside the document (0-{length}) or empty")
    if fragments is not None:
        _check_fragments(start, end, fragments)
    _refuse_excluded(session, document_id, start, end)
    found_label = label_id(session, label, kind)
    owner = project.annotator_id if layer is None else layer
    duplicate = session.execute(
        select(col(Span.id)).where(
            col(Span.document_id) == document_id,
            col(Span.annotator_id) == owner,
            col(Span.start) == start,
            col(Span.end) == end,
            col(Span.label_id) == found_label,
        )
    ).first()
    if duplicate is not None:
        raise AnnotationError(f"{label} at {start}-{end} is tagged already")
    now = utcnow()
    span = Span(
        document_id=document_id, start=start, end=end, label_id=found_label,
        annotator_id=owner, status=status, source=source, created_at=now, updated_at=now,
        fragments=fragments, note=note, agreed_by=agreed_by,
    )  # fmt: skip
    session.add(span)
    previous_status = _status(session, document_id)
    if previous_status == DocumentStatus.NEW:
        session.execute(
            update(Document).where(col(Document.id) == document_id).values(status=DocumentStatus.IN_PROGRESS)
        )
    session.flush()
    assert span.id is not None
    refresh_documents(session, [document_id])
    return AddedSpan(span_record(session, span.id), str(previous_status))


def _refuse_excluded(session: Session, document_id: int, start: int, end: int) -> None:
    """Text the user excluded as boilerplate cannot be tagged (it is left out of every export)."""
    region = session.execute(
        select(col(ExclusionRegion.kind), col(ExclusionRegion.start), col(ExclusionRegion.end)).where(
            col(ExclusionRegion.document_id) == document_id,
            col(ExclusionRegion.status) == "accepted",
            col(ExclusionRegion.kind) != "line_join",
            col(ExclusionRegion.start) < end,
            col(ExclusionRegion.end) > start,
        )
    ).first()
    if region is not None:
        kind, first, last = region
        raise AnnotationError(
            f"{start}-{end} is inside text excluded as boilerplate ({kind.replace('_', ' ')}"
            f" at {first}-{last}); reject that exclusion to tag here"
        )


def _check_fragments(start: int, end: int, fragments: list[list[int]]) -> None:
    """Fragments run left to right without overlap and span exactly start..end."""
    previous_end = start
    for index, fragment in enumerate(fragments):
        first, last = fragment
        if first >= last or (first < previous_end if index else first != start):
            raise AnnotationError(f"fragments {fragments} are not ordered, disjoint pieces of {start}-{end}")
        previous_end = last
    if previous_end != end:
        raise AnnotationError(f"fragments {fragments} do not end where the span ends ({end})")


def add_span(
    project: Project, document_id: int, start: int, end: int, label: str, *,
    source: str = "manual", status: str = "accepted",
) -> AddedSpan:  # fmt: skip
    """Tag text[start:end] with an entity label; a new document moves to "in progress"."""
    with project.write() as session:
        added = insert_span(session, project, document_id, start, end, label, source=source, status=status)
        record = Recorder(session, "span.add")
        record.added("spans", [added.span.id])
        record.status(document_id, added.previous_status, _status(session, document_id))
        return replace(added, change=record.finish())


def _status(session: Session, document_id: int) -> str:
    statement = select(col(Document.status)).where(col(Document.id) == document_id)
    return str(session.execute(statement).scalar_one())


@dataclass(frozen=True, slots=True)
class Removal:
    """What a delete removed: the spans (for the views) and every row it took with it (for undo)."""

    spans: tuple[SpanRecord, ...]
    change: Change

    @property
    def events_removed(self) -> int:
        return len(self.change.rows("events", "removed"))

    @property
    def arguments_removed(self) -> int:
        """Arguments of surviving events that pointed at a deleted span."""
        gone = set(self.change.ids("events", "removed"))
        return sum(1 for row in self.change.rows("event_arguments", "removed") if row["event_id"] not in gone)

    @property
    def relations_removed(self) -> int:
        return len(self.change.rows("relations", "removed"))


def delete_spans(project: Project, span_ids: Sequence[int]) -> Removal:
    """Delete spans with the events they trigger, the arguments and relations that use them."""
    with project.write() as session:
        records = span_records(session, span_ids)
        record = Recorder(session, "span.delete")
        if not records:
            return Removal((), record.finish())
        ensure_editable(session, *{r.document_id for r in records})
        ensure_own_layer(session, "spans", [r.id for r in records])
        record.removing_rows(capture_removal(session, span_ids=[r.id for r in records]).flat())
        session.execute(delete(Span).where(col(Span.id).in_([r.id for r in records])))
        refresh_documents(session, {r.document_id for r in records})
        return Removal(tuple(records), record.finish())


@dataclass(frozen=True, slots=True)
class Relabelled:
    before: SpanRecord
    after: SpanRecord
    change: Change

    def __iter__(self) -> Iterator[SpanRecord]:  # `before, after = relabel_span(...)` reads on
        return iter((self.before, self.after))


def relabel_span(
    project: Project, span_id: int, label: str, *, updated_at: datetime | None = None,
    expected: SpanRecord | None = None,
) -> Relabelled:  # fmt: skip
    """Change a span's label; returns the span before and after and the change.

    `expected` is the span as the caller showed it: if someone changed it since, the relabel is refused
    (StaleWriteError) rather than overwriting their label."""
    with project.write() as session:
        before = span_record(session, span_id)
        record = Recorder(session, "span.relabel")
        if expected is not None and before != expected:
            raise stale_error(session, before.document_id, "reload it")
        ensure_editable(session, before.document_id)
        ensure_own_layer(session, "spans", [span_id])
        new_label = label_id(session, label)
        if new_label == before.label_id:
            return Relabelled(before, before, record.finish())
        clash = session.execute(
            select(col(Span.id)).where(
                col(Span.document_id) == before.document_id,
                col(Span.annotator_id) == before.annotator_id,
                col(Span.start) == before.start,
                col(Span.end) == before.end,
                col(Span.label_id) == new_label,
            )
        ).first()
        if clash is not None:
            raise AnnotationError(f"{label} at {before.start}-{before.end} is tagged already")
        record.updating("spans", [span_id])
        session.execute(
            update(Span)
            .where(col(Span.id) == span_id)
            .values(label_id=new_label, updated_at=updated_at or utcnow())
        )
        refresh_documents(session, [before.document_id])
        return Relabelled(before, span_record(session, span_id), record.finish())
