"""Accepting or rejecting proposed regions, one by one or a whole kind, as one transaction and one change."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from sqlalchemy import Select, delete, select, update
from sqlmodel import Session, col

from curator.core.domain import AnnotationError, CuratorError, DocumentStatus, SpanRecord
from curator.core.services.changes import Change, Recorder
from curator.core.services.exclusions.regions import (
    ACCEPTED,
    COLUMNS,
    DECISIONS,
    LINE_JOIN,
    PROPOSED,
    READ_BATCH,
    RegionRecord,
    overlapping_span_ids,
    regions_by_id,
)
from curator.core.services.snapshots import capture_removal
from curator.core.services.spans import span_records
from curator.core.services.stale import ensure_editable, refresh_documents
from curator.core.services.text_edits import TextEdit, record_edit
from curator.core.storage.database import Project
from curator.core.storage.models import Document, ExclusionRegion, Span, utcnow
from curator.core.storage.versions import ANNOTATOR_KEY

KIND = "boilerplate.decide"


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
    """An accept or reject of several regions: which, how many of each kind, the line joins it applied
    (in the order it applied them) and its change (`changes.revert` undoes it, `changes.apply` redoes it)."""

    decision: str
    region_ids: tuple[int, ...] = ()
    edits: tuple[TextEdit, ...] = ()
    by_kind: dict[str, int] = field(default_factory=dict)
    change: Change = Change(KIND)

    @property
    def removed(self) -> tuple[dict, ...]:
        """The spans it removed (inside accepted exclusions)."""
        return tuple(dict(row) for row in self.change.rows("spans", "removed"))

    @property
    def changed_text(self) -> bool:
        return bool(self.edits)

    @property
    def count(self) -> int:
        return len(self.region_ids)


def decide(
    project: Project, region_ids: Sequence[int], decision: str, *, remove_spans: bool = False
) -> Decision:
    """Accept or reject regions (one transaction). Regions already so decided are left as they are."""
    with project.write() as session:
        return _decide(session, regions_by_id(session, region_ids), decision, remove_spans)


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
            statement = statement.join(Document, col(Document.id) == col(ExclusionRegion.document_id)).where(
                col(Document.status) != DocumentStatus.APPROVED
            )
        regions = [RegionRecord(*row) for row in session.execute(statement)]
        return _decide(session, regions, decision, remove_spans, progress, is_cancelled)


def _proposed(kind: str | None, document_id: int | None) -> Select:
    statement = select(*COLUMNS).where(col(ExclusionRegion.status) == PROPOSED)
    if kind is not None:
        statement = statement.where(col(ExclusionRegion.kind) == kind)
    if document_id is not None:
        statement = statement.where(col(ExclusionRegion.document_id) == document_id)
    return statement


def spans_in_kind(project: Project, kind: str | None, document_id: int | None = None) -> list[SpanRecord]:
    """The spans `decide_kind` accepting `kind` would remove, to ask first."""
    with project.read() as session:
        regions = [RegionRecord(*row) for row in session.execute(_proposed(kind, document_id))]
        lost = overlapping_span_ids(session, [r for r in regions if r.kind != LINE_JOIN])
        return span_records(session, lost) if lost else []


def _decide(
    session: Session,
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
    record = Recorder(session, KIND)
    record.updating("exclusion_regions", ids)
    edits: tuple[TextEdit, ...] = ()
    if decision == ACCEPTED:
        _remove_excluded_spans(session, record, [r for r in regions if r.kind != LINE_JOIN], remove_spans)
        joins = [r for r in regions if r.kind == LINE_JOIN]
        edits = _apply_joins(session, record, joins, progress, is_cancelled)
    now, decider = utcnow(), session.info.get(ANNOTATOR_KEY)  # who decided, with when
    for chunk in range(0, len(ids), READ_BATCH):
        session.execute(
            update(ExclusionRegion)
            .where(col(ExclusionRegion.id).in_(ids[chunk : chunk + READ_BATCH]))
            .values(status=decision, updated_at=now, annotator_id=decider)
        )
    refresh_documents(session, {r.document_id for r in regions})
    return Decision(decision, tuple(ids), edits, dict(Counter(r.kind for r in regions)), record.finish())


def _remove_excluded_spans(
    session: Session, record: Recorder, exclusions: list[RegionRecord], remove_spans: bool
) -> None:
    """The spans inside accepted exclusions go, with what cascades, if the caller allowed it."""
    lost = overlapping_span_ids(session, exclusions)
    if lost and not remove_spans:
        raise ExclusionOverlap(span_records(session, lost))
    if lost:
        record.removing_rows(capture_removal(session, span_ids=lost).flat())
        session.execute(delete(Span).where(col(Span.id).in_(lost)))


def _apply_joins(
    session: Session,
    record: Recorder,
    joins: list[RegionRecord],
    progress: Callable[[int, int], None] | None,
    is_cancelled: Callable[[], bool] | None,
) -> tuple[TextEdit, ...]:
    """Join the lines, right to left in each document, so the joins not yet applied keep their offsets."""
    edits: list[TextEdit] = []
    ordered = sorted(joins, key=lambda r: (r.document_id, -r.start))
    for done, join in enumerate(ordered):
        if is_cancelled is not None and is_cancelled():
            raise DecisionCancelled()
        if progress is not None:
            progress(done, len(ordered))
        edits.append(
            record_edit(session, record, join.document_id, join.start, join.end, join.replacement or "")
        )
    return tuple(edits)
