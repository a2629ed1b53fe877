"""Tag, untag or relabel many search hits at once: one transaction, one change record, one undo step.

Tagging goes through `insert_span` for each hit, so a hit gets exactly the checks a span tagged by hand
gets; a hit that one of them refuses is skipped and counted by reason, not an error for the whole batch:
the same label already on that extent (spans may overlap, but not repeat), text excluded as boilerplate,
an approved document. The tags deleted or relabelled on hits are the spans of the annotator's layer that
overlap a hit, the ones the hit list shows (`search.corpus`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlmodel import Session, col

from curator.core.domain import AnnotationError, DocumentStatus
from curator.core.services.changes import Change, Recorder
from curator.core.services.snapshots import capture_removal
from curator.core.services.spans import insert_span, label_id
from curator.core.services.stale import refresh_documents
from curator.core.storage.database import Project
from curator.core.storage.models import Document, Span, utcnow

SOURCE = "search"


@dataclass(frozen=True, slots=True)
class HitRef:
    """Where a hit is: enough to tag it or find the tags on it."""

    document_id: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class BulkResult:
    done: int
    skipped: Counter[str]
    change: Change

    @property
    def skipped_total(self) -> int:
        return sum(self.skipped.values())


def _statuses(session: Session, document_ids: set[int]) -> dict[int, str]:
    rows = session.execute(
        select(col(Document.id), col(Document.status)).where(col(Document.id).in_(sorted(document_ids)))
    )
    return {id_: str(status) for id_, status in rows}


def _reason(error: AnnotationError) -> str:
    text = str(error)
    if "tagged already" in text:
        return "tagged already"
    if "excluded" in text:
        return "excluded text"
    if "approved" in text:
        return "approved document"
    return text


def tag_hits(project: Project, hits: Sequence[HitRef], label: str) -> BulkResult:
    """Tag every hit with `label`; a new document moves to "in progress" as with one span."""
    skipped: Counter[str] = Counter()
    with project.write() as session:
        label_id(session, label)  # an unknown label refuses the whole batch before anything is written
        record = Recorder(session, "search.tag")
        before = _statuses(session, {hit.document_id for hit in hits})
        added: list[int] = []
        for hit in dict.fromkeys(hits):
            try:
                with session.begin_nested():
                    span = insert_span(
                        session, project, hit.document_id, hit.start, hit.end, label, source=SOURCE
                    ).span
            except AnnotationError as error:
                skipped[_reason(error)] += 1
                continue
            added.append(span.id)
        record.added("spans", added)
        record.text = f"Tag {len(added)} hit{'s' * (len(added) != 1)} as {label}"  # what Edit → Undo says
        for document_id, status in _statuses(session, set(before)).items():
            record.status(document_id, before[document_id], status)
        return BulkResult(len(added), skipped, record.finish())


def _tags_on(session: Session, project: Project, hits: Sequence[HitRef]) -> tuple[list[int], Counter[str]]:
    """Own-layer span ids overlapping the hits, outside approved documents (counted as skipped)."""
    skipped: Counter[str] = Counter()
    statuses = _statuses(session, {hit.document_id for hit in hits})
    found: dict[int, None] = {}
    for hit in dict.fromkeys(hits):
        rows = session.execute(
            select(col(Span.id)).where(
                col(Span.document_id) == hit.document_id,
                col(Span.annotator_id) == project.annotator_id,
                col(Span.start) < hit.end,
                col(Span.end) > hit.start,
            )
        ).scalars()
        ids = [id_ for id_ in rows if id_ not in found]
        if ids and statuses.get(hit.document_id) == DocumentStatus.APPROVED:
            skipped["approved document"] += len(ids)
            continue
        found.update(dict.fromkeys(ids))
    return list(found), skipped


def delete_hit_tags(project: Project, hits: Sequence[HitRef]) -> BulkResult:
    """Delete the tags on the hits with what cascades from them (events they trigger, relations)."""
    with project.write() as session:
        span_ids, skipped = _tags_on(session, project, hits)
        record = Recorder(
            session, "search.untag", f"Delete {len(span_ids)} tag{'s' * (len(span_ids) != 1)} on hits"
        )
        if span_ids:
            record.removing_rows(capture_removal(session, span_ids=span_ids).flat())
            documents = set(
                session.execute(select(col(Span.document_id)).where(col(Span.id).in_(span_ids))).scalars()
            )
            session.execute(delete(Span).where(col(Span.id).in_(span_ids)))
            refresh_documents(session, documents)
        return BulkResult(len(span_ids), skipped, record.finish())


def relabel_hit_tags(project: Project, hits: Sequence[HitRef], label: str) -> BulkResult:
    """Give the tags on the hits another label; one that has it already, or whose extent carries the
    new label already, is skipped."""
    with project.write() as session:
        new_label = label_id(session, label)
        span_ids, skipped = _tags_on(session, project, hits)
        record = Recorder(session, "search.relabel")
        rows = session.execute(
            select(col(Span.id), col(Span.document_id), col(Span.start), col(Span.end), col(Span.label_id))
            .where(col(Span.id).in_(span_ids))
        ).all()  # fmt: skip
        taken: set[tuple[int, int, int]] = set(
            (document_id, start, end)
            for document_id, start, end in session.execute(
                select(col(Span.document_id), col(Span.start), col(Span.end)).where(
                    col(Span.document_id).in_({row[1] for row in rows}),
                    col(Span.annotator_id) == project.annotator_id,
                    col(Span.label_id) == new_label,
                )
            )
        )
        changing = []
        for span_id, document_id, start, end, current in rows:
            if current == new_label:
                skipped[f"{label} already"] += 1
            elif (document_id, start, end) in taken:
                skipped["tagged already"] += 1
            else:
                taken.add((document_id, start, end))
                changing.append((span_id, document_id))
        record.text = f"Relabel {len(changing)} tag{'s' * (len(changing) != 1)} as {label}"
        if changing:
            record.updating("spans", [span_id for span_id, _ in changing])
            session.execute(
                update(Span)
                .where(col(Span.id).in_([span_id for span_id, _ in changing]))
                .values(label_id=new_label, updated_at=utcnow())
            )
            refresh_documents(session, {document_id for _, document_id in changing})
        return BulkResult(len(changing), skipped, record.finish())
