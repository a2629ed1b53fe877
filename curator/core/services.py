"""Every change to a project's annotations goes through these functions: one call, one transaction.

They take and return plain values (ids, `SpanRecord`s), never ORM objects, so the GUI can keep them in
undo commands and a test can replay the same calls without a window.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import delete, func, insert, select, update
from sqlmodel import Session

from curator.core.domain import AnnotationError, DocumentStatus, SpanRecord
from curator.core.schema_defaults import colour_for_new_label
from curator.core.storage.database import Project
from curator.core.storage.models import Annotator, Document, Label, Span, utcnow


def content_hash(text: str) -> str:
    """Identity of a document's content, so importing the same text twice is a no-op."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


def _label_id(session: Session, name: str) -> int:
    found = session.execute(select(Label.id).where(Label.name == name)).scalar_one_or_none()
    if found is None:
        raise AnnotationError(f"unknown label {name!r}")
    return int(found)


def _document_text_length(session: Session, document_id: int) -> int:
    length = session.execute(
        select(func.length(Document.text)).where(Document.id == document_id)
    ).scalar_one_or_none()
    if length is None:
        raise AnnotationError(f"document {document_id} does not exist")
    return int(length)


def _touch_document(session: Session, document_id: int, span_delta: int) -> None:
    session.execute(
        update(Document)
        .where(Document.id == document_id)
        .values(version=Document.version + 1, span_count=Document.span_count + span_delta)
    )


def _record(session: Session, span_id: int) -> SpanRecord:
    row = session.execute(
        select(Span, Label.name, Annotator.name)
        .join(Label, Label.id == Span.label_id)
        .outerjoin(Annotator, Annotator.id == Span.annotator_id)
        .where(Span.id == span_id)
    ).one()
    span, label_name, annotator_name = row
    return span_record(span, label_name, annotator_name)


def span_record(span: Span, label_name: str, annotator_name: str | None) -> SpanRecord:
    assert span.id is not None
    return SpanRecord(
        id=span.id,
        document_id=span.document_id,
        start=span.start,
        end=span.end,
        label=label_name,
        label_id=span.label_id,
        annotator=annotator_name,
        annotator_id=span.annotator_id,
        status=span.status,
        source=span.source,
        created_at=span.created_at,
        updated_at=span.updated_at,
    )


@dataclass(frozen=True, slots=True)
class AddedSpan:
    span: SpanRecord
    previous_status: str


def add_span(
    project: Project,
    document_id: int,
    start: int,
    end: int,
    label: str,
    *,
    source: str = "manual",
    status: str = "accepted",
) -> AddedSpan:
    """Tag text[start:end] with `label`; a new document moves to "in progress"."""
    with project.write() as session:
        length = _document_text_length(session, document_id)
        if not 0 <= start < end <= length:
            raise AnnotationError(f"span {start}-{end} is outside the document (0-{length}) or empty")
        label_id = _label_id(session, label)
        duplicate = session.execute(
            select(Span.id).where(
                Span.document_id == document_id,
                Span.start == start,
                Span.end == end,
                Span.label_id == label_id,
            )
        ).first()
        if duplicate is not None:
            raise AnnotationError(f"{label} at {start}-{end} is tagged already")
        now = utcnow()
        span = Span(
            document_id=document_id,
            start=start,
            end=end,
            label_id=label_id,
            annotator_id=project.annotator_id,
            status=status,
            source=source,
            created_at=now,
            updated_at=now,
        )
        session.add(span)
        previous_status = session.execute(
            select(Document.status).where(Document.id == document_id)
        ).scalar_one()
        if previous_status == DocumentStatus.NEW:
            session.execute(
                update(Document).where(Document.id == document_id).values(status=DocumentStatus.IN_PROGRESS)
            )
        _touch_document(session, document_id, +1)
        session.flush()
        assert span.id is not None
        return AddedSpan(_record(session, span.id), str(previous_status))


def delete_spans(
    project: Project, span_ids: Sequence[int], *, restore_status: dict[int, str] | None = None
) -> list[SpanRecord]:
    """Delete spans and return them whole, so an undo can put them back exactly.

    `restore_status` sets document statuses in the same transaction (the undo of a first tag).
    """
    with project.write() as session:
        records = [_record(session, span_id) for span_id in span_ids]
        if not records:
            return []
        session.execute(delete(Span).where(Span.id.in_([r.id for r in records])))
        for document_id in {r.document_id for r in records}:
            removed = sum(1 for r in records if r.document_id == document_id)
            _touch_document(session, document_id, -removed)
        for document_id, status in (restore_status or {}).items():
            session.execute(update(Document).where(Document.id == document_id).values(status=status))
        return records


def restore_spans(
    project: Project, records: Iterable[SpanRecord], *, restore_status: dict[int, str] | None = None
) -> None:
    """Put deleted spans back with their ids, authors and timestamps (the undo of a delete, the redo of
    an add); `restore_status` sets document statuses in the same transaction."""
    records = list(records)
    with project.write() as session:
        for document_id, status in (restore_status or {}).items():
            session.execute(update(Document).where(Document.id == document_id).values(status=status))
        for record in records:
            session.add(
                Span(
                    id=record.id,
                    document_id=record.document_id,
                    start=record.start,
                    end=record.end,
                    label_id=record.label_id,
                    annotator_id=record.annotator_id,
                    status=record.status,
                    source=record.source,
                    created_at=record.created_at,
                    updated_at=record.updated_at,
                )
            )
            _touch_document(session, record.document_id, +1)


def relabel_span(
    project: Project, span_id: int, label: str, *, updated_at: datetime | None = None
) -> tuple[SpanRecord, SpanRecord]:
    """Change a span's label; returns the span before and after, so undo and redo are exact."""
    with project.write() as session:
        before = _record(session, span_id)
        label_id = _label_id(session, label)
        if label_id == before.label_id:
            return before, before
        clash = session.execute(
            select(Span.id).where(
                Span.document_id == before.document_id,
                Span.start == before.start,
                Span.end == before.end,
                Span.label_id == label_id,
            )
        ).first()
        if clash is not None:
            raise AnnotationError(f"{label} at {before.start}-{before.end} is tagged already")
        session.execute(
            update(Span)
            .where(Span.id == span_id)
            .values(label_id=label_id, updated_at=updated_at or utcnow())
        )
        _touch_document(session, before.document_id, 0)
        return before, _record(session, span_id)


def set_document_status(project: Project, document_id: int, status: str) -> str:
    """Set a document's workflow status; returns the previous one."""
    valid = {s.value for s in DocumentStatus}
    if status not in valid:
        raise AnnotationError(f"unknown status {status!r}; one of {', '.join(sorted(valid))}")
    with project.write() as session:
        previous = session.execute(
            select(Document.status).where(Document.id == document_id)
        ).scalar_one_or_none()
        if previous is None:
            raise AnnotationError(f"document {document_id} does not exist")
        session.execute(
            update(Document)
            .where(Document.id == document_id)
            .values(status=status, version=Document.version + 1)
        )
        return str(previous)


# --- bulk import -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class NewSpan:
    start: int
    end: int
    label: str


@dataclass(slots=True)
class NewDocument:
    text: str
    title: str = ""
    language: str = "und"
    source: str = ""
    pub_date: str | None = None
    meta: dict = field(default_factory=dict)
    spans: list[NewSpan] = field(default_factory=list)


@dataclass(slots=True)
class AddDocumentsResult:
    added: int = 0
    duplicates: int = 0
    spans: int = 0
    new_labels: list[str] = field(default_factory=list)


def add_documents(
    session: Session, documents: Sequence[NewDocument], *, annotator_id: int | None, source: str
) -> AddDocumentsResult:
    """Bulk-insert documents and their spans inside the caller's write transaction.

    Documents whose content is already in the project (or earlier in the batch) are skipped and
    counted; labels the project does not know are added to its schema and reported.
    """
    result = AddDocumentsResult()
    hashes = [content_hash(d.text) for d in documents]
    known = _existing_hashes(session, hashes)
    labels = {name: id_ for id_, name in session.execute(select(Label.id, Label.name))}
    position = len(labels)
    now = utcnow()
    fresh: list[tuple[NewDocument, str]] = []
    for document, digest in zip(documents, hashes, strict=True):
        if digest in known:
            result.duplicates += 1
            continue
        known.add(digest)
        fresh.append((document, digest))
    for document, _ in fresh:
        for span in document.spans:
            if span.label not in labels:
                label = Label(name=span.label, color=colour_for_new_label(position), position=position)
                session.add(label)
                session.flush()
                assert label.id is not None
                labels[span.label] = label.id
                result.new_labels.append(span.label)
                position += 1
    if not fresh:
        return result
    rows = [
        {
            "title": d.title,
            "text": d.text,
            "language": d.language,
            "source": d.source,
            "pub_date": d.pub_date,
            "content_hash": digest,
            "status": DocumentStatus.IN_PROGRESS if d.spans else DocumentStatus.NEW,
            "meta": d.meta,
            "created_at": now,
            "version": 1,
            "span_count": len({(s.start, s.end, s.label) for s in d.spans}),
        }
        for d, digest in fresh
    ]
    ids = (
        session.execute(insert(Document).returning(Document.id, sort_by_parameter_order=True), rows)
        .scalars()
        .all()
    )
    span_rows = []
    for document_id, (document, _) in zip(ids, fresh, strict=True):
        seen: set[tuple[int, int, str]] = set()
        for span in document.spans:
            key = (span.start, span.end, span.label)
            if key in seen:
                continue
            seen.add(key)
            span_rows.append(
                {
                    "document_id": document_id,
                    "start": span.start,
                    "end": span.end,
                    "label_id": labels[span.label],
                    "annotator_id": annotator_id,
                    "status": "accepted",
                    "source": source,
                    "created_at": now,
                    "updated_at": now,
                }
            )
    if span_rows:
        session.execute(insert(Span), span_rows)
    result.added = len(fresh)
    result.spans = len(span_rows)
    return result


def _existing_hashes(session: Session, hashes: list[str]) -> set[str]:
    found: set[str] = set()
    for chunk_start in range(0, len(hashes), 500):
        chunk = hashes[chunk_start : chunk_start + 500]
        found.update(
            session.execute(select(Document.content_hash).where(Document.content_hash.in_(chunk))).scalars()
        )
    return found
