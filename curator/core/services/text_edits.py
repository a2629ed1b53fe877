"""Correcting a document's text after annotation without losing work (a typo, an OCR error, a glued word).

Every span keeps covering the same characters: spans after the edit move by its length change, a span
that contains the edit grows or shrinks with it, a span that overlaps one side of it is clipped to the
text the edit did not touch. Only a span lying wholly inside a replaced stretch (and not
equal to it) disappears; `spans_lost_by_edit` lists those so the window can ask first. Triggers and
arguments ride on their spans. The edit returns its `Change` (text, moved and removed rows), so
`changes.revert` undoes it exactly.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import delete, select, update
from sqlmodel import Session, col

from curator.core.domain import AnnotationError, SpanRecord
from curator.core.services import suggestions
from curator.core.services.changes import Change, Recorder
from curator.core.services.documents import content_hash
from curator.core.services.snapshots import capture_removal
from curator.core.services.spans import span_records
from curator.core.services.stale import ensure_editable, refresh_documents
from curator.core.storage.database import Project
from curator.core.storage.models import Document, ExclusionRegion, Span, Suggestion

KIND = "text.edit"


@dataclass(frozen=True, slots=True)
class TextEdit:
    """One applied edit: where, what was there, what replaced it, the spans it removed, and its change."""

    document_id: int
    start: int
    replaced: str
    replacement: str
    removed_span_ids: tuple[int, ...] = ()
    change: Change = Change(KIND)


def _remap(offset_start: int, offset_end: int, start: int, end: int, length: int) -> tuple[int, int] | None:
    """Where a span [offset_start, offset_end) lands after text[start:end] becomes `length` characters."""
    delta = length - (end - start)
    if start == end:  # an insertion: it joins a span only when it falls strictly inside it
        if offset_end <= start:
            return offset_start, offset_end
        if offset_start >= start:
            return offset_start + delta, offset_end + delta
        return offset_start, offset_end + delta
    if offset_end <= start:
        return offset_start, offset_end
    if offset_start >= end:
        return offset_start + delta, offset_end + delta
    if offset_start <= start and offset_end >= end:  # the span contains the edit
        return offset_start, offset_end + delta
    if offset_start >= start and offset_end <= end:  # wholly inside the replaced stretch
        return None
    if offset_start < start:  # overlaps the edit's left side: keep the part the edit did not touch
        return offset_start, start
    return start + length, offset_end + delta  # overlaps the right side


def _is_lost(landed: tuple[int, int] | None) -> bool:
    return landed is None or landed[0] >= landed[1]


def spans_lost_by_edit(
    project: Project, document_id: int, start: int, end: int, replacement: str
) -> list[SpanRecord]:
    """The spans an edit would remove, so the window can ask before making it."""
    with project.read() as session:
        rows = session.execute(
            select(col(Span.id), col(Span.start), col(Span.end)).where(col(Span.document_id) == document_id)
        ).all()
        lost = [i for i, s, e in rows if _is_lost(_remap(s, e, start, end, len(replacement)))]
        return span_records(session, lost) if lost else []


def edit_text(project: Project, document_id: int, start: int, end: int, replacement: str) -> TextEdit:
    """Replace text[start:end] with `replacement`, carrying every annotation along; one transaction."""
    with project.write() as session:
        record = Recorder(session, KIND)
        edit = record_edit(session, record, document_id, start, end, replacement)
        return replace(edit, change=record.finish())


def record_edit(
    session: Session, record: Recorder, document_id: int, start: int, end: int, replacement: str
) -> TextEdit:
    """One edit inside the caller's transaction, written down in its `record` (accepting many line
    joins at once is one transaction and one change)."""
    if start < 0 or end < start:
        raise AnnotationError("the edit's range is backwards")
    document = session.get(Document, document_id)
    if document is None:
        raise AnnotationError(f"document {document_id} does not exist")
    ensure_editable(session, document_id)
    text = document.text
    if end > len(text):
        raise AnnotationError(f"the edit ends past the text ({end} > {len(text)})")
    new_text = text[:start] + replacement + text[end:]
    if not new_text.strip():
        raise AnnotationError("the edit would leave the document empty")
    digest = content_hash(new_text)
    clash = session.execute(
        select(col(Document.id)).where(col(Document.content_hash) == digest, col(Document.id) != document_id)
    ).first()
    if clash is not None:
        raise AnnotationError(f"document {clash[0]} already has exactly this text")
    length = len(replacement)
    lost = _move_spans(session, record, document_id, start, end, length)
    _remap_suggestions(session, record, document_id, start, end, length)
    if lost:
        record.removing_rows(capture_removal(session, span_ids=lost).flat())
        session.execute(delete(Span).where(col(Span.id).in_(lost)))
    _remap_regions(session, record, document_id, start, end, length)
    meta = dict(document.meta or {})
    meta["text_edits"] = [
        *meta.get("text_edits", []),
        {"start": start, "replaced": text[start:end], "replacement": replacement},
    ]
    record.updating("documents", [document_id])
    session.execute(
        update(Document)
        .where(col(Document.id) == document_id)
        .values(text=new_text, content_hash=digest, meta=meta)
    )
    refresh_documents(session, [document_id])
    return TextEdit(document_id, start, text[start:end], replacement, tuple(lost))


def _move_spans(
    session: Session, record: Recorder, document_id: int, start: int, end: int, length: int
) -> list[int]:
    """Move every span with the edit (recorded before it moves); returns the ids of those it removes."""
    moves: dict[int, tuple[tuple[int, int], list[list[int]] | None]] = {}
    lost: list[int] = []
    for span in session.execute(select(Span).where(col(Span.document_id) == document_id)).scalars():
        assert span.id is not None
        landed = _remap(span.start, span.end, start, end, length)
        if landed is None or _is_lost(landed):
            lost.append(span.id)
            continue
        fragments = span.fragments
        new_fragments = None
        if fragments:
            mapped = [_remap(a, b, start, end, length) for a, b in fragments]
            new_fragments = [list(m) for m in mapped if m is not None and m[0] < m[1]] or None
        if landed != (span.start, span.end) or new_fragments != fragments:
            moves[span.id] = (landed, new_fragments)
    # Spans moving right move rightmost first (left: leftmost first), so none lands on the unique
    # position of another not yet moved.
    order = sorted(moves, key=lambda span_id: moves[span_id][0][0], reverse=length > end - start)
    moves = {span_id: moves[span_id] for span_id in order}
    record.updating("spans", moves)
    for span_id, ((new_start, new_end), new_fragments) in moves.items():
        session.execute(
            update(Span)
            .where(col(Span.id) == span_id)
            .values(start=new_start, end=new_end, fragments=new_fragments)
        )
    return lost


def _remap_suggestions(
    session: Session, record: Recorder, document_id: int, start: int, end: int, length: int
) -> None:
    """Suggestions after the edit move and those it touches go (`suggestions.remap_for_text_edit`
    deletes and re-inserts them with their ids): recorded as removed, and the moved ones as added."""
    affected = list(
        session.execute(
            select(col(Suggestion.id)).where(
                col(Suggestion.document_id) == document_id, col(Suggestion.end) > start
            )
        ).scalars()
    )
    record.removing("suggestions", affected)
    suggestions.remap_for_text_edit(session, document_id, start, end, length)
    record.added("suggestions", affected)


def _remap_regions(
    session: Session, record: Recorder, document_id: int, start: int, end: int, length: int
) -> None:
    """Move the exclusion regions with the edit: one that is exactly the edited stretch (a line join
    being accepted) becomes its replacement; one wholly inside the replaced text goes."""
    moves: dict[int, tuple[int, int]] = {}
    removed: list[int] = []
    for region_id, first, last in session.execute(
        select(col(ExclusionRegion.id), col(ExclusionRegion.start), col(ExclusionRegion.end)).where(
            col(ExclusionRegion.document_id) == document_id
        )
    ):
        old = (first, last)
        landed = (start, start + length) if old == (start, end) else _remap(*old, start, end, length)
        if landed is None or (landed[0] >= landed[1] and old[0] < old[1] and old != (start, end)):
            removed.append(region_id)
        elif landed != old:
            moves[region_id] = landed
    record.updating("exclusion_regions", moves)
    for region_id, (new_start, new_end) in moves.items():
        session.execute(
            update(ExclusionRegion)
            .where(col(ExclusionRegion.id) == region_id)
            .values(start=new_start, end=new_end)
        )
    if removed:
        record.removing("exclusion_regions", removed)
        session.execute(delete(ExclusionRegion).where(col(ExclusionRegion.id).in_(removed)))
