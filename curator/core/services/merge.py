"""Merging duplicates: the kept document gains the spans of its copies, the copies are marked, not deleted.

Merging keeps the annotations of both: each span of a copy is carried to the place in the kept document
where the same surface text stands, found by aligning the two texts word by word (difflib), and a span
that cannot be placed exactly is listed in the result rather than dropped silently.

The copies stay where they are, with `meta["duplicate_of"] = keep_id`. Deleting them would cascade
through their events and relations and make an undo a restore of many tables; a status "duplicate" would
be a new workflow value every filter and export would have to learn. A meta mark is one reversible write;
nothing else excludes a marked document (only the duplicate search skips it, as resolved). The merge
returns its `Change`; `changes.revert` undoes it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from sqlalchemy import insert, select, update
from sqlmodel import Session, col

from curator.core.domain import AnnotationError, DocumentStatus
from curator.core.services.changes import Change, Recorder
from curator.core.services.stale import bump_documents, ensure_editable, refresh_documents
from curator.core.storage.database import Project
from curator.core.storage.models import Document, ExclusionRegion, Label, Span, utcnow

_TOKEN = re.compile(r"\w+|[^\w\s]")


@dataclass(frozen=True, slots=True)
class UnmappedSpan:
    """A span of a copy that has no exact counterpart in the kept text (it stays on the copy)."""

    document_id: int
    span_id: int
    start: int
    end: int
    label: str
    text: str


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge did, and its change (`changes.revert` puts the project back)."""

    keep_id: int
    other_ids: tuple[int, ...]
    added_span_ids: tuple[int, ...]
    skipped: int  # spans the kept document had already (same offsets and label)
    unmapped: tuple[UnmappedSpan, ...]
    change: Change = Change("duplicates.merge")


class _Alignment:
    """Maps character offsets of one text into another through the word-level matching blocks."""

    def __init__(self, source: str, target: str) -> None:
        self.source, self.target = source, target
        self.source_tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(source)]
        self.target_tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(target)]
        self.source_starts = [start for start, _ in self.source_tokens]
        matcher = SequenceMatcher(
            None,
            [source[s:e] for s, e in self.source_tokens],
            [target[s:e] for s, e in self.target_tokens],
            autojunk=False,
        )
        # Token index in the source -> token index in the target, for tokens inside a matching block.
        self.token_map: dict[int, int] = {}
        for i, j, size in matcher.get_matching_blocks():
            for k in range(size):
                self.token_map[i + k] = j + k

    def _offset(self, position: int, *, is_end: bool) -> int | None:
        """The target offset of a source offset that lies inside (or at an edge of) a matched token."""
        index = bisect_right(self.source_starts, position - 1 if is_end else position) - 1
        if index < 0:
            return None
        start, end = self.source_tokens[index]
        if not start <= position <= end or index not in self.token_map:
            return None
        return self.target_tokens[self.token_map[index]][0] + (position - start)

    def map(self, start: int, end: int) -> tuple[int, int] | None:
        """Exact place of source[start:end] in the target, or None if the same text is not there."""
        mapped_start = self._offset(start, is_end=False)
        mapped_end = self._offset(end, is_end=True)
        if mapped_start is None or mapped_end is None or mapped_end <= mapped_start:
            return None
        if self.target[mapped_start:mapped_end] != self.source[start:end]:
            return None
        return mapped_start, mapped_end


def merge_duplicates(project: Project, keep_id: int, other_ids: Sequence[int]) -> MergeResult:
    """Carry the spans of `other_ids` to `keep_id` and mark the others as its duplicates; one transaction."""
    others = tuple(dict.fromkeys(other_ids))
    if not others:
        raise AnnotationError("name at least one document to merge into the kept one")
    if keep_id in others:
        raise AnnotationError(f"document {keep_id} cannot be merged into itself")
    with project.write() as session:
        documents = {
            row.id: row
            for row in session.execute(
                select(col(Document.id), col(Document.text), col(Document.meta), col(Document.status)).where(
                    col(Document.id).in_([keep_id, *others])
                )
            )
        }
        missing = [i for i in (keep_id, *others) if i not in documents]
        if missing:
            raise AnnotationError(f"no document {', '.join(map(str, missing))}")
        ensure_editable(session, keep_id)
        keep_text = documents[keep_id].text
        taken: set[tuple[int, int, int]] = {
            (int(start), int(end), int(label))
            for start, end, label in session.execute(
                select(col(Span.start), col(Span.end), col(Span.label_id)).where(
                    col(Span.document_id) == keep_id
                )
            )
        }
        excluded = session.execute(  # accepted boilerplate of the kept text: nothing may be tagged there
            select(col(ExclusionRegion.start), col(ExclusionRegion.end)).where(
                col(ExclusionRegion.document_id) == keep_id,
                col(ExclusionRegion.status) == "accepted",
                col(ExclusionRegion.kind) != "line_join",
            )
        ).all()
        now = utcnow()
        rows: list[dict] = []
        unmapped: list[UnmappedSpan] = []
        skipped = 0
        for other_id in others:
            alignment = _Alignment(documents[other_id].text, keep_text)
            spans = session.execute(
                select(Span, col(Label.name))
                .join(Label, col(Label.id) == col(Span.label_id))
                .where(col(Span.document_id) == other_id)
                .order_by(col(Span.start), col(Span.end), col(Span.id))
            ).all()
            for span, label in spans:
                placed = _place(alignment, span)
                if placed is not None and any(a < placed[0][1] and b > placed[0][0] for a, b in excluded):
                    placed = None  # it would land in excluded text: it stays on the copy, listed
                if placed is None:
                    text = documents[other_id].text[span.start : span.end]
                    unmapped.append(UnmappedSpan(other_id, span.id, span.start, span.end, label, text))
                    continue
                (start, end), fragments = placed
                if (start, end, span.label_id) in taken:
                    skipped += 1
                    continue
                taken.add((start, end, span.label_id))
                rows.append(
                    {
                        "document_id": keep_id, "start": start, "end": end, "label_id": span.label_id,
                        "annotator_id": span.annotator_id, "status": span.status, "source": span.source,
                        "created_at": span.created_at, "updated_at": now, "fragments": fragments,
                        "note": span.note, "entity_id": span.entity_id,
                    }
                )  # fmt: skip
        record = Recorder(session, "duplicates.merge")
        added: list[int] = []
        if rows:
            added = list(session.execute(insert(Span).returning(col(Span.id)), rows).scalars())
            record.added("spans", added)
            if documents[keep_id].status == DocumentStatus.NEW:
                session.execute(
                    update(Document)
                    .where(col(Document.id) == keep_id)
                    .values(status=DocumentStatus.IN_PROGRESS)
                )
                record.status(keep_id, DocumentStatus.NEW, DocumentStatus.IN_PROGRESS)
            refresh_documents(session, [keep_id])
        record.updating("documents", others)
        for other_id in others:
            meta = dict(documents[other_id].meta or {})
            _set_meta(session, other_id, {**meta, "duplicate_of": keep_id})
        return MergeResult(
            keep_id=keep_id,
            other_ids=others,
            added_span_ids=tuple(sorted(added)),
            skipped=skipped,
            unmapped=tuple(unmapped),
            change=record.finish(),
        )


def _place(alignment: _Alignment, span: Span) -> tuple[tuple[int, int], list[list[int]] | None] | None:
    """The span's offsets in the kept text (each fragment of a discontinuous span placed on its own)."""
    if not span.fragments:
        placed = alignment.map(span.start, span.end)
        return None if placed is None else (placed, None)
    fragments: list[list[int]] = []
    for first, last in span.fragments:
        placed = alignment.map(first, last)
        if placed is None or (fragments and placed[0] < fragments[-1][1]):
            return None
        fragments.append(list(placed))
    return (fragments[0][0], fragments[-1][1]), fragments


def _set_meta(session: Session, document_id: int, meta: dict) -> None:
    bump_documents(session, [document_id], meta=meta)
