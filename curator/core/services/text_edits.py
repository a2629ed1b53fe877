"""Correcting a document's text after annotation without losing work (a typo, an OCR error, a glued word).

Every span keeps covering the same characters: spans after the edit move by its length change, a span
that contains the edit grows or shrinks with it, a span that overlaps one side of it is clipped to the
text the edit did not touch. Only a span lying wholly inside a replaced stretch (and not
equal to it) disappears; `spans_lost_by_edit` lists those so the window can ask first. Triggers and
arguments ride on their spans. The edit returns everything needed to undo it exactly.
"""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass

from sqlalchemy import delete, insert, select, update
from sqlmodel import Session

from curator.core.domain import AnnotationError, SpanRecord
from curator.core.services import suggestions
from curator.core.services.documents import content_hash
from curator.core.services.review import ensure_editable
from curator.core.services.snapshots import RowSnapshot, capture_removal, refresh_documents, restore_rows
from curator.core.services.spans import span_records
from curator.core.storage.database import Project
from curator.core.storage.models import Document, ExclusionRegion, Span

REGIONS = ExclusionRegion.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True, slots=True)
class TextEdit:
    """One applied edit: where, what was there, what replaced it, and how spans changed (for undo)."""

    document_id: int
    start: int
    replaced: str
    replacement: str
    moved: tuple[tuple[int, int, int, list | None], ...]  # span id, old start, old end, old fragments
    removed: RowSnapshot
    suggestions: tuple[dict, ...] = ()  # the document's suggestion rows before the edit
    regions_moved: tuple[tuple[int, int, int], ...] = ()  # exclusion region id, old start, old end
    regions_removed: tuple[dict, ...] = ()  # exclusion region rows wholly inside the replaced text


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
            select(Span.id, Span.start, Span.end).where(Span.document_id == document_id)
        ).all()
        lost = [i for i, s, e in rows if _is_lost(_remap(s, e, start, end, len(replacement)))]
        return span_records(session, lost) if lost else []


def _transaction(project: Project, session: Session | None) -> AbstractContextManager[Session]:
    return project.write() if session is None else nullcontext(session)


def edit_text(
    project: Project,
    document_id: int,
    start: int,
    end: int,
    replacement: str,
    *,
    session: Session | None = None,
) -> TextEdit:
    """Replace text[start:end] with `replacement`, carrying every annotation along (one transaction, or
    inside the caller's `session`: accepting many line joins at once is one transaction)."""
    if start < 0 or end < start:
        raise AnnotationError("the edit's range is backwards")
    with _transaction(project, session) as session:
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
            select(Document.id).where(Document.content_hash == digest, Document.id != document_id)
        ).first()
        if clash is not None:
            raise AnnotationError(f"document {clash[0]} already has exactly this text")
        length = len(replacement)
        moved: list[tuple[int, int, int, list | None]] = []
        lost: list[int] = []
        for span in session.execute(select(Span).where(Span.document_id == document_id)).scalars():
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
                moved.append((span.id, span.start, span.end, fragments))
                session.execute(
                    update(Span)
                    .where(Span.id == span.id)
                    .values(start=landed[0], end=landed[1], fragments=new_fragments)
                )
        before_suggestions = suggestions.remap_for_text_edit(session, document_id, start, end, length)
        removed = capture_removal(session, span_ids=lost) if lost else RowSnapshot()
        if lost:
            session.execute(delete(Span).where(Span.id.in_(lost)))
        regions_moved, regions_removed = _remap_regions(session, document_id, start, end, length)
        meta = dict(document.meta or {})
        meta["text_edits"] = [
            *meta.get("text_edits", []),
            {"start": start, "replaced": text[start:end], "replacement": replacement},
        ]
        session.execute(
            update(Document)
            .where(Document.id == document_id)
            .values(text=new_text, content_hash=digest, meta=meta)
        )
        refresh_documents(session, [document_id])
        return TextEdit(
            document_id,
            start,
            text[start:end],
            replacement,
            tuple(moved),
            removed,
            before_suggestions,
            regions_moved,
            regions_removed,
        )


def _remap_regions(
    session: Session, document_id: int, start: int, end: int, length: int
) -> tuple[tuple[tuple[int, int, int], ...], tuple[dict, ...]]:
    """Move the exclusion regions with the edit: one that is exactly the edited stretch (a line join
    being accepted) becomes its replacement; one wholly inside the replaced text goes."""
    moved: list[tuple[int, int, int]] = []
    removed: list[dict] = []
    for row in session.execute(select(REGIONS).where(REGIONS.c.document_id == document_id)):
        region = dict(row._mapping)
        old = (region["start"], region["end"])
        landed = (start, start + length) if old == (start, end) else _remap(*old, start, end, length)
        if landed is None or (landed[0] >= landed[1] and old[0] < old[1] and old != (start, end)):
            removed.append(region)
        elif landed != old:
            moved.append((region["id"], *old))
            session.execute(
                update(REGIONS).where(REGIONS.c.id == region["id"]).values(start=landed[0], end=landed[1])
            )
    if removed:
        session.execute(delete(REGIONS).where(REGIONS.c.id.in_([region["id"] for region in removed])))
    return tuple(moved), tuple(removed)


def undo_text_edit(project: Project, edit: TextEdit, *, session: Session | None = None) -> None:
    """Put the text, every moved span and every removed annotation back exactly."""
    with _transaction(project, session) as session:
        document = session.get(Document, edit.document_id)
        if document is None:
            raise AnnotationError(f"document {edit.document_id} does not exist")
        ensure_editable(session, edit.document_id)
        end = edit.start + len(edit.replacement)
        if document.text[edit.start : end] != edit.replacement:
            raise AnnotationError("the text changed since this edit; it cannot be undone here")
        text = document.text[: edit.start] + edit.replaced + document.text[end:]
        meta = dict(document.meta or {})
        meta["text_edits"] = list(meta.get("text_edits", []))[:-1]
        if not meta["text_edits"]:
            meta.pop("text_edits")
        session.execute(
            update(Document)
            .where(Document.id == edit.document_id)
            .values(text=text, content_hash=content_hash(text), meta=meta)
        )
        for span_id, old_start, old_end, old_fragments in edit.moved:
            session.execute(
                update(Span)
                .where(Span.id == span_id)
                .values(start=old_start, end=old_end, fragments=old_fragments)
            )
        for region_id, old_start, old_end in edit.regions_moved:
            session.execute(
                update(REGIONS).where(REGIONS.c.id == region_id).values(start=old_start, end=old_end)
            )
        if edit.regions_removed:
            session.execute(insert(REGIONS), list(edit.regions_removed))
        restore_rows(session, edit.removed)
        suggestions.restore_after_text_edit(session, edit.document_id, edit.suggestions)
        refresh_documents(session, [edit.document_id])
