"""Boilerplate exclusion regions: propose, accept, reject, in one document or the whole corpus.

Proposing is idempotent: a region the project already holds (proposed, accepted or rejected) is never
proposed again, so a rejection sticks. Accepting an exclusion removes the spans inside it, but only
when the caller says so (`remove_spans`; ask first with `spans_in_regions`); accepting a line join is
a real text edit (curator.core.services.text_edits) that carries every annotation along. Each call is
one transaction and returns what its undo needs; `undo_decision` and `undo_proposed` restore exactly.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlmodel import Session

from curator.core.boilerplate import LINE_JOIN, CorpusLines, Proposal, corpus_proposals, detect
from curator.core.domain import AnnotationError, CuratorError, DocumentStatus, SpanRecord
from curator.core.services.review import ensure_editable
from curator.core.services.snapshots import RowSnapshot, capture_removal, refresh_documents, restore_rows
from curator.core.services.spans import span_records
from curator.core.services.text_edits import TextEdit, edit_text, undo_text_edit
from curator.core.storage.database import Project
from curator.core.storage.models import Document, ExclusionRegion, Span, utcnow

REGIONS = ExclusionRegion.__table__  # type: ignore[attr-defined]
PROPOSED, ACCEPTED, REJECTED = "proposed", "accepted", "rejected"
DECISIONS = (ACCEPTED, REJECTED)
MIN_DOCUMENTS = 3  # a line in at least this many documents is proposed as corpus boilerplate
READ_BATCH = 500


@dataclass(frozen=True, slots=True)
class RegionRecord:
    id: int
    document_id: int
    start: int
    end: int
    kind: str
    status: str
    rule: str
    replacement: str | None

    @property
    def excludes(self) -> bool:
        """An accepted exclusion (not a line join): dimmed, untaggable, left out of exports."""
        return self.status == ACCEPTED and self.kind != LINE_JOIN


_COLUMNS = (
    ExclusionRegion.id, ExclusionRegion.document_id, ExclusionRegion.start, ExclusionRegion.end,
    ExclusionRegion.kind, ExclusionRegion.status, ExclusionRegion.rule, ExclusionRegion.replacement,
)  # fmt: skip


def _updated(session: Session, ids: list[int]) -> dict[int, datetime]:
    found: dict[int, datetime] = {}
    for chunk in range(0, len(ids), READ_BATCH):
        found.update(
            (int(region_id), updated)
            for region_id, updated in session.execute(
                select(ExclusionRegion.id, ExclusionRegion.updated_at).where(
                    ExclusionRegion.id.in_(ids[chunk : chunk + READ_BATCH])
                )
            )
        )
    return found


@dataclass(frozen=True, slots=True)
class Proposed:
    """What a detection run added (their ids, for undo) and how many of each kind."""

    region_ids: tuple[int, ...] = ()
    by_kind: dict[str, int] = field(default_factory=dict)
    documents: int = 0


class DecisionCancelled(CuratorError):
    """The user cancelled a long decision; nothing of it was kept."""

    def __init__(self) -> None:
        super().__init__("cancelled; nothing was changed")


class ExclusionOverlap(AnnotationError):
    """Accepting would remove annotated spans and the caller did not allow it."""

    def __init__(self, spans: list[SpanRecord]) -> None:
        self.spans = spans
        super().__init__(f"{len(spans)} annotated span(s) lie inside the regions; confirm to remove them")


@dataclass(frozen=True, slots=True)
class Decision:
    """An accept or reject of several regions, with everything its undo needs."""

    decision: str
    region_ids: tuple[int, ...]
    previous: tuple[tuple[int, str, datetime], ...]  # region id, status and update time before
    removed: RowSnapshot = RowSnapshot()
    edits: tuple[TextEdit, ...] = ()  # line joins applied, in the order they were applied
    by_kind: dict[str, int] = field(default_factory=dict)

    @property
    def document_ids(self) -> set[int]:
        return {edit.document_id for edit in self.edits} | self.removed.document_ids

    @property
    def changed_text(self) -> bool:
        return bool(self.edits)

    @property
    def count(self) -> int:
        return len(self.previous)


# --- reading ----------------------------------------------------------------------------------------


def list_regions(project: Project, document_id: int) -> list[RegionRecord]:
    """The document's regions (every status) in text order."""
    with project.read() as session:
        rows = session.execute(
            select(*_COLUMNS)
            .where(ExclusionRegion.document_id == document_id)
            .order_by(ExclusionRegion.start, ExclusionRegion.end, ExclusionRegion.id)
        )
        return [RegionRecord(*row) for row in rows]


def list_proposals(
    project: Project, document_id: int | None = None, *, preview: int = 60
) -> list[tuple[RegionRecord, str]]:
    """The regions still proposed (in one document or all), each with the start of its text."""
    with project.read() as session:
        statement = (
            select(*_COLUMNS, func.substr(Document.text, ExclusionRegion.start + 1, preview))
            .join(Document, Document.id == ExclusionRegion.document_id)
            .where(ExclusionRegion.status == PROPOSED)
            .order_by(ExclusionRegion.document_id, ExclusionRegion.start)
        )
        if document_id is not None:
            statement = statement.where(ExclusionRegion.document_id == document_id)
        found = []
        for row in session.execute(statement):
            region = RegionRecord(*row[:-1])
            found.append((region, str(row[-1])[: region.end - region.start]))
        return found


def region_counts(project: Project) -> dict[tuple[str, str], int]:
    """How many regions of each (kind, status) the project holds."""
    with project.read() as session:
        rows = session.execute(
            select(ExclusionRegion.kind, ExclusionRegion.status, func.count(ExclusionRegion.id)).group_by(
                ExclusionRegion.kind, ExclusionRegion.status
            )
        )
        return {(kind, status): int(count) for kind, status, count in rows}


def excluded_at(session: Session, document_id: int, start: int, end: int) -> RegionRecord | None:
    """An accepted exclusion that [start, end) touches, if any (tagging there is refused)."""
    row = session.execute(
        select(*_COLUMNS)
        .where(
            ExclusionRegion.document_id == document_id,
            ExclusionRegion.status == ACCEPTED,
            ExclusionRegion.kind != LINE_JOIN,
            ExclusionRegion.start < end,
            ExclusionRegion.end > start,
        )
        .limit(1)
    ).first()
    return RegionRecord(*row) if row is not None else None


def _overlapping_span_ids(session: Session, regions: Sequence[RegionRecord]) -> list[int]:
    found: list[int] = []
    for region in regions:
        found += session.execute(
            select(Span.id).where(
                Span.document_id == region.document_id, Span.start < region.end, Span.end > region.start
            )
        ).scalars()
    return sorted(set(found))


def _regions(session: Session, region_ids: Iterable[int]) -> list[RegionRecord]:
    ids = list(region_ids)
    found: list[RegionRecord] = []
    for chunk in range(0, len(ids), READ_BATCH):
        rows = session.execute(
            select(*_COLUMNS).where(ExclusionRegion.id.in_(ids[chunk : chunk + READ_BATCH]))
        )
        found += [RegionRecord(*row) for row in rows]
    return found


def spans_in_regions(project: Project, region_ids: Sequence[int]) -> list[SpanRecord]:
    """The spans accepting these regions would remove (line joins never remove any), to ask first."""
    with project.read() as session:
        regions = [r for r in _regions(session, region_ids) if r.kind != LINE_JOIN]
        lost = _overlapping_span_ids(session, regions)
        return span_records(session, lost) if lost else []


# --- proposing --------------------------------------------------------------------------------------


def _insert(
    session: Session, document_id: int, proposals: Iterable[Proposal], held: list[tuple]
) -> list[int]:
    """Insert the proposals that neither repeat nor overlap a region the document already holds."""
    rows = _rows(document_id, proposals, held)
    if not rows:
        return []
    return list(session.execute(insert(REGIONS).returning(REGIONS.c.id), rows).scalars())


def _rows(document_id: int, proposals: Iterable[Proposal], held: list[tuple]) -> list[dict]:
    """The rows of the proposals that neither repeat nor overlap a region in `held` (which grows).

    A line join (applied or not) inside a line does not keep that line from being proposed."""
    rows = []
    now = utcnow()
    for proposal in proposals:
        key = (proposal.start, proposal.end, proposal.kind)
        joins = proposal.kind == LINE_JOIN
        if any(
            (start, end, kind) == key
            or (start < proposal.end and end > proposal.start and (joins or kind != LINE_JOIN))
            for start, end, kind in held
        ):
            continue
        held.append(key)
        rows.append(
            {
                "document_id": document_id,
                "start": proposal.start,
                "end": proposal.end,
                "kind": proposal.kind,
                "status": PROPOSED,
                "rule": proposal.rule,
                "replacement": proposal.replacement,
                "created_at": now,
                "updated_at": now,
            }
        )
    return rows


def _held(session: Session, document_id: int) -> list[tuple]:
    return [
        tuple(row)
        for row in session.execute(
            select(ExclusionRegion.start, ExclusionRegion.end, ExclusionRegion.kind).where(
                ExclusionRegion.document_id == document_id
            )
        )
    ]


def propose_in(session: Session, document_ids: Iterable[int], *, new: bool = False) -> list[int]:
    """Detect and store proposals for these documents inside the caller's transaction (import).

    `new` documents hold no regions yet, so nothing is looked up before inserting (import speed)."""
    added: list[int] = []
    ids = list(document_ids)
    for chunk in range(0, len(ids), READ_BATCH):
        rows = []
        for document_id, text in session.execute(
            select(Document.id, Document.text).where(Document.id.in_(ids[chunk : chunk + READ_BATCH]))
        ):
            if new:
                rows += _rows(document_id, detect(text), [])
            else:
                added += _insert(session, document_id, detect(text), _held(session, document_id))
        if rows:
            added += session.execute(insert(REGIONS).returning(REGIONS.c.id), rows).scalars()
    return added


def last_document_id(session: Session) -> int:
    return int(session.execute(select(func.max(Document.id))).scalar_one() or 0)


def propose_after(session: Session, last_id: int) -> list[int]:
    """Proposals for the documents added after `last_id` (an import), inside its transaction."""
    ids = list(session.execute(select(Document.id).where(Document.id > last_id)).scalars())
    return propose_in(session, ids, new=True)


def _texts(session: Session, document_ids: list[int] | None) -> Iterator[tuple[int, str]]:
    last = 0
    while True:
        statement = select(Document.id, Document.text).where(Document.id > last)
        if document_ids is not None:
            statement = statement.where(Document.id.in_(document_ids))
        rows = session.execute(statement.order_by(Document.id).limit(READ_BATCH)).all()
        if not rows:
            return
        yield from ((int(i), str(t)) for i, t in rows)
        last = rows[-1][0]


def propose(
    project: Project,
    document_ids: Sequence[int] | None = None,
    *,
    corpus: bool = True,
    min_documents: int = MIN_DOCUMENTS,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Proposed:
    """Detect boilerplate in these documents (default: all) and store the new proposals.

    With `corpus`, lines found in at least `min_documents` documents of the whole project are proposed
    too. Detection reads (the window can keep saving meanwhile); storing is one short transaction.
    Cancelling stores nothing.
    """
    ids = list(document_ids) if document_ids is not None else None
    found: list[tuple[int, list[Proposal]]] = []
    with project.read() as session:
        total = (
            len(ids)
            if ids is not None
            else int(session.execute(select(func.count(Document.id))).scalar_one())
        )
        lines = CorpusLines()
        if corpus:
            for _, text in _texts(session, None):
                lines.add(text)
        for document_id, text in _texts(session, ids):
            if is_cancelled is not None and is_cancelled():
                return Proposed()
            proposals = detect(text)
            if corpus:
                proposals += corpus_proposals(text, lines, min_documents)
            found.append((document_id, proposals))
            if progress is not None:
                progress(len(found), total)
    added: list[int] = []
    kinds: Counter[str] = Counter()
    with project.write() as session:
        for document_id, proposals in found:
            held = _held(session, document_id)
            before = len(held)
            added += _insert(session, document_id, proposals, held)
            kinds.update(kind for _, _, kind in held[before:])
    return Proposed(tuple(added), dict(kinds), len(found))


def undo_proposed(project: Project, proposed: Proposed) -> tuple[dict, ...]:
    """Remove the regions a detection run added; returns their rows for `redo_proposed`."""
    ids = list(proposed.region_ids)
    rows: list[dict] = []
    with project.write() as session:
        for chunk in range(0, len(ids), READ_BATCH):
            condition = REGIONS.c.id.in_(ids[chunk : chunk + READ_BATCH])
            rows += [dict(row._mapping) for row in session.execute(select(REGIONS).where(condition))]
            session.execute(delete(REGIONS).where(condition))
    return tuple(rows)


def redo_proposed(project: Project, rows: Sequence[dict]) -> None:
    """Put back, with their ids, the regions `undo_proposed` removed."""
    if rows:
        with project.write() as session:
            session.execute(insert(REGIONS), list(rows))


# --- deciding ---------------------------------------------------------------------------------------


def decide(
    project: Project, region_ids: Sequence[int], decision: str, *, remove_spans: bool = False
) -> Decision:
    """Accept or reject regions (one transaction). Regions already so decided are left as they are."""
    with project.write() as session:
        return _decide(session, project, _regions(session, region_ids), decision, remove_spans)


def decide_kind(
    project: Project,
    kind: str | None,
    decision: str,
    *,
    document_id: int | None = None,
    remove_spans: bool = False,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Decision:
    """Accept or reject every proposed region of `kind` (None: every kind) in one document or, without
    `document_id`, in the whole corpus, as one transaction. Line joins are applied one by one (each a
    text edit): `progress(done, total)` counts them and `is_cancelled()` stops before any is kept."""
    with project.write() as session:
        statement = _proposed(kind, document_id)
        if document_id is None:  # the corpus: approved documents are read-only and are left as they are
            statement = statement.join(Document, Document.id == ExclusionRegion.document_id).where(
                Document.status != DocumentStatus.APPROVED
            )
        regions = [RegionRecord(*row) for row in session.execute(statement)]
        return _decide(session, project, regions, decision, remove_spans, progress, is_cancelled)


def _proposed(kind: str | None, document_id: int | None):
    statement = select(*_COLUMNS).where(ExclusionRegion.status == PROPOSED)
    if kind is not None:
        statement = statement.where(ExclusionRegion.kind == kind)
    if document_id is not None:
        statement = statement.where(ExclusionRegion.document_id == document_id)
    return statement


def spans_in_kind(project: Project, kind: str | None, document_id: int | None = None) -> list[SpanRecord]:
    """The spans `decide_kind` accepting `kind` would remove, to ask first."""
    with project.read() as session:
        regions = [RegionRecord(*row) for row in session.execute(_proposed(kind, document_id))]
        lost = _overlapping_span_ids(session, [r for r in regions if r.kind != LINE_JOIN])
        return span_records(session, lost) if lost else []


def _decide(
    session: Session,
    project: Project,
    regions: list[RegionRecord],
    decision: str,
    remove_spans: bool,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Decision:
    if decision not in DECISIONS:
        raise AnnotationError(f"a region is accepted or rejected, not {decision!r}")
    regions = [r for r in regions if r.status != decision]
    ensure_editable(session, *{r.document_id for r in regions})
    for region in regions:
        if region.kind == LINE_JOIN and region.status == ACCEPTED:
            raise AnnotationError(
                "an accepted line join has changed the text: undo it or fix the text instead"
            )
    ids = [r.id for r in regions]
    updated = _updated(session, ids)
    removed = RowSnapshot()
    edits: list[TextEdit] = []
    if decision == ACCEPTED:
        exclusions = [r for r in regions if r.kind != LINE_JOIN]
        lost = _overlapping_span_ids(session, exclusions)
        if lost and not remove_spans:
            raise ExclusionOverlap(span_records(session, lost))
        if lost:
            removed = capture_removal(session, span_ids=lost)
            session.execute(delete(Span).where(Span.id.in_(lost)))
            refresh_documents(session, removed.document_ids)
        joins = sorted((r for r in regions if r.kind == LINE_JOIN), key=lambda r: (r.document_id, -r.start))
        for done, join in enumerate(joins):  # right to left, so the joins not yet applied keep their offsets
            if is_cancelled is not None and is_cancelled():
                raise DecisionCancelled()
            if progress is not None:
                progress(done, len(joins))
            edits.append(
                edit_text(
                    project, join.document_id, join.start, join.end, join.replacement or "", session=session
                )
            )
    now = utcnow()
    for chunk in range(0, len(ids), READ_BATCH):
        session.execute(
            update(REGIONS)
            .where(REGIONS.c.id.in_(ids[chunk : chunk + READ_BATCH]))
            .values(status=decision, updated_at=now)
        )
    refresh_documents(session, {r.document_id for r in regions})
    return Decision(
        decision,
        tuple(ids),
        tuple((r.id, r.status, updated[r.id]) for r in regions),
        removed,
        tuple(edits),
        dict(Counter(r.kind for r in regions)),
    )


def undo_decision(project: Project, decision: Decision) -> None:
    """Put the text, the spans and every region's status back as they were before `decision`."""
    with project.write() as session:
        for edit in reversed(decision.edits):
            undo_text_edit(project, edit, session=session)
        restore_rows(session, decision.removed)
        if decision.previous:
            session.execute(
                update(REGIONS).where(REGIONS.c.id == bindparam("region_id")),
                [
                    {"region_id": region_id, "status": status, "updated_at": updated}
                    for region_id, status, updated in decision.previous
                ],
            )
        ids = [region_id for region_id, _, _ in decision.previous]
        touched: set[int] = set()
        for chunk in range(0, len(ids), READ_BATCH):
            touched.update(
                session.execute(
                    select(ExclusionRegion.document_id).where(
                        ExclusionRegion.id.in_(ids[chunk : chunk + READ_BATCH])
                    )
                ).scalars()
            )
        refresh_documents(session, touched)


def redo_decision(project: Project, decision: Decision) -> Decision:
    """Make the same decision again after an undo (the spans were confirmed the first time)."""
    return decide(project, decision.region_ids, decision.decision, remove_spans=True)
