"""Documents: bulk insertion from imports and workflow status."""

from __future__ import annotations

import hashlib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, insert, select, update
from sqlmodel import Session, col

from curator.core.domain import AnnotationError, DocumentStatus
from curator.core.schema.defaults import colour_for_new_label
from curator.core.schema.names import check_type_name
from curator.core.services.changes import Change, Recorder
from curator.core.services.stale import bump_documents, ensure_editable, expect_shown, refresh_documents
from curator.core.storage.bulk_insert import insert_rows, placeholder
from curator.core.storage.database import Project
from curator.core.storage.models import Annotator, Document, Label, Span, utcnow
from curator.core.storage.sort_keys import natural_sort_keys
from curator.core.storage.versions import ANNOTATOR_KEY

DOCUMENTS = Document.__table__  # type: ignore[attr-defined]
SPANS = Span.__table__  # type: ignore[attr-defined]
_DOCUMENT_COLUMNS = (
    "title", "title_key", "text", "language", "source", "pub_date", "content_hash", "status", "meta",
    "created_at", "version", "changed_by_id", "changed_at", "span_count", "import_run_id",
)  # fmt: skip
_SPAN_COLUMNS = (
    "document_id", "start", "end", "label_id", "annotator_id", "status", "source", "created_at",
    "updated_at", "agreed_by", "fragments", "note", "entity_id",
)  # fmt: skip


def content_hash(text: str) -> str:
    """Identity of a document's content, so importing the same text twice is a no-op."""
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


def set_document_status(project: Project, document_id: int, status: str) -> str:
    """Set a document's workflow status; returns the previous one."""
    valid = {s.value for s in DocumentStatus}
    if status not in valid:
        raise AnnotationError(f"unknown status {status!r}; one of {', '.join(sorted(valid))}")
    with project.write() as session:
        previous = session.execute(
            select(col(Document.status)).where(col(Document.id) == document_id)
        ).scalar_one_or_none()
        if previous is None:
            raise AnnotationError(f"document {document_id} does not exist")
        bump_documents(session, [document_id], status=status)
        return str(previous)


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
    # From a labelled format (CoNLL, brat, JSONL with spans, doccano): its unlabelled text is labelled `O`,
    # so it is stored `in_progress` like a document with spans and training exports keep it.
    labelled: bool = False
    # Whose layer its spans join, as the file names them (Prodigy's `_annotator_id`, doccano's `user`);
    # None: the importing annotator's.
    annotator: str | None = None


@dataclass(slots=True)
class AddDocumentsResult:
    added: int = 0
    duplicates: int = 0
    spans: int = 0
    new_labels: list[str] = field(default_factory=list)
    # Formats that carry more than spans (brat) count what else they stored.
    events: int = 0
    relations: int = 0
    entity_links: int = 0
    # Duplicates whose text was in the project already and whose spans went into another annotator's
    # layer of it (a file with the same text annotated by several people); counted in `duplicates` too.
    layered: int = 0
    # (id, text) of each document added, for work on them in the same transaction (boilerplate proposals)
    # without reading them back.
    new_documents: list[tuple[int, str]] = field(default_factory=list)


def add_documents(
    session: Session,
    documents: Sequence[NewDocument],
    *,
    annotator_id: int | None,
    source: str,
    import_run_id: int | None = None,
) -> AddDocumentsResult:
    """Bulk-insert documents and their spans inside the caller's write transaction.

    Documents whose content is already in the project (or earlier in the batch) are skipped and
    counted; labels the project does not know are added to its schema and reported.
    """
    result = AddDocumentsResult()
    hashes = [content_hash(d.text) for d in documents]
    known = _existing_hashes(session, hashes)
    layers = _layers(session, documents, annotator_id)
    labels = {name: id_ for id_, name in session.connection().execute(_LABEL_IDS)}
    position = len(labels)
    now = utcnow()
    fresh: list[tuple[NewDocument, str]] = []
    layered: list[tuple[NewDocument, str]] = []
    for document, digest in zip(documents, hashes, strict=True):
        if digest in known:
            result.duplicates += 1
            if document.annotator is not None and document.spans:
                layered.append((document, digest))
            continue
        known.add(digest)
        fresh.append((document, digest))
    for document, _ in fresh + layered:
        for span in document.spans:
            if span.label not in labels:
                check_type_name(span.label)
                label = Label(name=span.label, color=colour_for_new_label(position), position=position)
                session.add(label)
                session.flush()
                assert label.id is not None
                labels[span.label] = label.id
                result.new_labels.append(span.label)
                position += 1
    if not fresh:
        _add_layers(session, layered, layers, labels, source, result)
        return result
    writer = session.info.get(ANNOTATOR_KEY)
    in_progress, new = DocumentStatus.IN_PROGRESS.value, DocumentStatus.NEW.value
    title_keys = natural_sort_keys([d.title for d, _ in fresh])
    rows = [
        (
            d.title, title_key, d.text, d.language, d.source, d.pub_date, digest,
            in_progress if d.spans or d.labelled else new, d.meta, now, 1, writer, now,
            len({(s.start, s.end, s.label) for s in d.spans}), import_run_id,
        )
        for (d, digest), title_key in zip(fresh, title_keys, strict=True)
    ]  # fmt: skip
    connection = session.connection()
    before = _last_document_id(session)
    insert_rows(connection, DOCUMENTS, _DOCUMENT_COLUMNS, rows)
    # The new ids read back by content hash (unique, and new to the project) from the rows after the last
    # one before: RETURNING in parameter order made SQLAlchemy send SQLite one INSERT per row.
    ids_by_hash = _ids_after(session, before)
    ids = [ids_by_hash[digest] for _, digest in fresh]
    span_rows = []
    for document_id, (document, _) in zip(ids, fresh, strict=True):
        if not document.spans:
            continue  # `layers` holds only the layers of documents with spans
        layer = layers[document.annotator]
        seen: set[tuple[int, int, str]] = set()
        for span in document.spans:
            key = (span.start, span.end, span.label)
            if key in seen:
                continue
            seen.add(key)
            span_rows.append(
                (document_id, span.start, span.end, labels[span.label], layer, "accepted", source, now, now,
                 None, None, "", None)
            )  # fmt: skip
    insert_rows(connection, SPANS, _SPAN_COLUMNS, span_rows)
    result.new_documents = [(id_, document.text) for id_, (document, _) in zip(ids, fresh, strict=True)]
    result.added = len(fresh)
    result.spans = len(span_rows)
    _add_layers(session, layered, layers, labels, source, result)
    return result


def _layers(
    session: Session, documents: Sequence[NewDocument], default: int | None
) -> dict[str | None, int | None]:
    """Annotator name → id for every layer the documents name (new annotators are added); None → the
    importing annotator's."""
    names = sorted({d.annotator for d in documents if d.annotator is not None and d.spans})
    found: dict[str | None, int | None] = {None: default}
    if names:
        rows = session.execute(
            select(col(Annotator.name), col(Annotator.id)).where(col(Annotator.name).in_(names))
        )
        found.update({str(name): int(id_) for name, id_ in rows})
    for name in names:
        if name not in found:
            annotator = Annotator(name=name)
            session.add(annotator)
            session.flush()
            found[name] = annotator.id
    return found


def _add_layers(
    session: Session, layered: list[tuple[NewDocument, str]], layers: dict[str | None, int | None],
    labels: dict[str, int], source: str, result: AddDocumentsResult,
) -> None:  # fmt: skip
    """The spans of a text already in the project go into the layer their record names, when that layer
    holds nothing there yet: a second annotator's copy of a document is their layer of it, and importing
    the same file twice adds nothing."""
    if not layered:
        return
    ids = dict(
        session.execute(
            select(col(Document.content_hash), col(Document.id)).where(
                col(Document.content_hash).in_([digest for _, digest in layered])
            )
        ).all()
    )
    occupied: set[tuple[int, int | None]] = set(
        (int(document_id), layer)
        for document_id, layer in session.execute(
            select(col(Span.document_id), col(Span.annotator_id))
            .where(col(Span.document_id).in_(list(ids.values())))
            .distinct()
        )
    )
    now = utcnow()
    rows: list[dict[str, object]] = []
    touched: set[int] = set()
    for document, digest in layered:
        key = (ids[digest], layers[document.annotator])
        if key in occupied:
            continue
        occupied.add(key)
        touched.add(key[0])
        result.layered += 1
        spans = {(span.start, span.end, span.label) for span in document.spans}
        rows.extend(
            {
                "document_id": key[0], "start": start, "end": end, "label_id": labels[label],
                "annotator_id": key[1], "status": "accepted", "source": source,
                "created_at": now, "updated_at": now,
            }
            for start, end, label in sorted(spans)
        )  # fmt: skip
    if rows:
        session.execute(insert(Span), rows)
        session.execute(
            update(Document)
            .where(col(Document.id).in_(touched), col(Document.status) == DocumentStatus.NEW)
            .values(status=DocumentStatus.IN_PROGRESS)
        )
        refresh_documents(session, touched)
        result.spans += len(rows)


# The queries of every add_documents call, on the tables (no ORM entity to compile for) and run on the
# transaction's connection: a folder of small files makes one call per file, and the ORM's handling of
# these few queries was most of a call.
_LABEL_IDS = select(Label.__table__.c.id, Label.__table__.c.name)  # type: ignore[attr-defined]
_LAST_ID = select(func.max(DOCUMENTS.c.id))


def _last_document_id(session: Session) -> int:
    return int(session.connection().execute(_LAST_ID).scalar_one() or 0)


def _ids_after(session: Session, last_id: int) -> dict[str, int]:
    """Content hash → id of the documents after `last_id`: this transaction's new ones (ids only grow;
    on a server, another writer's committed ones may be among them, under hashes of their own)."""
    connection = session.connection()
    query = f"SELECT content_hash, id FROM documents WHERE id > {placeholder(connection.dialect)}"
    return {str(digest): int(id_) for digest, id_ in connection.exec_driver_sql(query, (last_id,))}


def _existing_hashes(session: Session, hashes: list[str]) -> set[str]:
    """The hashes of `hashes` that documents of the project have. Plain SQL: an expanding IN of
    SQLAlchemy cost more than the query for the one document of a small file."""
    found: set[str] = set()
    connection = session.connection()
    marker = placeholder(connection.dialect)
    for chunk_start in range(0, len(hashes), 500):
        chunk = tuple(hashes[chunk_start : chunk_start + 500])
        query = (
            f"SELECT content_hash FROM documents WHERE content_hash IN ({', '.join([marker] * len(chunk))})"
        )
        found.update(str(digest) for (digest,) in connection.exec_driver_sql(query, chunk))
    return found


DOCUMENT_FIELDS = {"title", "language", "source", "pub_date"}
META_FIELDS = {"author", "url", "dateline_place"}


def update_document_info(
    project: Project, document_id: int, *, shown_version: int | None = None, **fields: object
) -> Change:
    """Edit a document's metadata (title, language, source, publication date; author, url and dateline
    place in its meta); returns the change (`changes.revert` undoes it).

    `shown_version` is the version the caller showed: a stale edit is refused, never overwrites."""
    unknown = set(fields) - DOCUMENT_FIELDS - META_FIELDS
    if unknown:
        raise AnnotationError(f"cannot edit {', '.join(sorted(unknown))} of a document")
    pub_date = fields.get("pub_date")
    if pub_date:
        from datetime import date

        try:
            date.fromisoformat(str(pub_date)[:10])
        except ValueError as error:
            raise AnnotationError(f"{pub_date!r} is not an ISO date (YYYY-MM-DD)") from error
    with project.write() as session:
        document = session.get(Document, document_id)
        if document is None:
            raise AnnotationError(f"document {document_id} does not exist")
        expect_shown(session, document_id, shown_version)
        ensure_editable(session, document_id)
        meta = dict(document.meta or {})
        values: dict[str, object] = {}
        for name, value in fields.items():
            if name in DOCUMENT_FIELDS:
                values[name] = value if name == "pub_date" else (value or "")
            elif value in (None, ""):
                meta.pop(name, None)
            else:
                meta[name] = value
        record = Recorder(session, "document.info")
        record.updating("documents", [document_id])
        bump_documents(session, [document_id], **values, meta=meta)
        return record.finish()
