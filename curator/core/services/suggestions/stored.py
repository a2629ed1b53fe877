"""Suggestions as stored: the records, storing a suggester's proposals, reading them back."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, func, insert, or_, select
from sqlmodel import Session, col

from curator.core.domain import (
    SUGGESTION_OUTCOMES,
    DocumentStatus,
    SuggestionStatus,
)
from curator.core.storage.database import Project
from curator.core.storage.models import (
    Document,
    ExclusionRegion,
    KnowledgeEntity,
    Label,
    Span,
    Suggestion,
    SuggestionDecision,
    utcnow,
)
from curator.core.suggest import ProposedSpan

OUTCOMES = SUGGESTION_OUTCOMES
# A proposal the user turned down, or replaced by another label or other boundaries, does not come back.
NOT_AGAIN = (SuggestionStatus.REJECTED, SuggestionStatus.CORRECTED)


@dataclass(frozen=True, slots=True)
class SuggestionRecord:
    id: int
    document_id: int
    start: int
    end: int
    label: str
    label_kind: str
    source: str
    score: float
    entity_id: int | None
    entity_name: str | None
    detail: dict = field(default_factory=dict)

    @property
    def rule(self) -> str:
        return str(self.detail.get("rule", ""))


@dataclass(frozen=True, slots=True)
class StoreReport:
    """What storing a batch did: stored, and why the others were left out."""

    documents: int = 0
    stored: int = 0
    replaced: int = 0
    over_human_tag: int = 0
    rejected_before: int = 0  # rejected, or corrected, by the user before
    already_suggested: int = 0
    invalid: int = 0
    approved: int = 0  # documents left alone: an approved document is read-only until reopened
    in_boilerplate: int = 0  # inside text the user excluded as boilerplate: it could not be tagged

    def __add__(self, other: StoreReport) -> StoreReport:
        return StoreReport(*(a + b for a, b in zip(_fields(self), _fields(other), strict=True)))

    def to_dict(self) -> dict[str, int]:
        return dict(zip(StoreReport.__slots__, _fields(self), strict=True))


def _fields(report: StoreReport) -> tuple[int, ...]:
    return tuple(getattr(report, name) for name in StoreReport.__slots__)


# --- storing proposals ------------------------------------------------------------------------------


def _same_source(source: str):
    """A suggester's own rows: its source, or a sub-source of it ("rules" owns "rules:gazetteer")."""
    return or_(
        col(Suggestion.source) == source, col(Suggestion.source).startswith(f"{source}:", autoescape=True)
    )


def store_suggestions(
    project: Project, source: str, batch: Sequence[tuple[int, Sequence[ProposedSpan]]]
) -> StoreReport:
    """Store one batch of proposals (one transaction), replacing `source`'s earlier ones for those
    documents. A proposal over or beside a human tag, or one the user rejected, is counted and dropped."""
    if not batch:
        return StoreReport()
    with project.write() as session:
        return _store(session, source, batch)


def _store(session: Session, source: str, batch: Sequence[tuple[int, Sequence[ProposedSpan]]]) -> StoreReport:
    document_ids = [document_id for document_id, _ in batch]
    lengths = dict(
        session.execute(
            select(col(Document.id), func.length(col(Document.text))).where(
                col(Document.id).in_(document_ids), col(Document.status) != DocumentStatus.APPROVED
            )
        ).all()
    )
    labels = dict(session.execute(select(col(Label.name), col(Label.id))).all())
    entity_ids = dict(session.execute(select(col(KnowledgeEntity.key), col(KnowledgeEntity.id))).all())
    replaced = session.execute(
        delete(Suggestion).where(col(Suggestion.document_id).in_(list(lengths)), _same_source(source))
    ).rowcount  # type: ignore[attr-defined]  # a DELETE's result is a CursorResult
    spans: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for document_id, start, end, label_id in session.execute(
        select(col(Span.document_id), col(Span.start), col(Span.end), col(Span.label_id)).where(
            col(Span.document_id).in_(document_ids)
        )
    ):
        spans[document_id].append((start, end, label_id))
    rejected = set(
        session.execute(
            select(
                col(SuggestionDecision.document_id),
                col(SuggestionDecision.start),
                col(SuggestionDecision.end),
                col(SuggestionDecision.label),
            ).where(
                col(SuggestionDecision.document_id).in_(document_ids),
                col(SuggestionDecision.outcome).in_(NOT_AGAIN),
            )
        )
    )
    excluded: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for document_id, start, end in session.execute(
        select(col(ExclusionRegion.document_id), col(ExclusionRegion.start), col(ExclusionRegion.end)).where(
            col(ExclusionRegion.document_id).in_(list(lengths)),
            col(ExclusionRegion.status) == "accepted",
            col(ExclusionRegion.kind) != "line_join",
        )
    ):
        excluded[document_id].append((start, end))
    existing = set(
        session.execute(
            select(
                col(Suggestion.document_id),
                col(Suggestion.start),
                col(Suggestion.end),
                col(Suggestion.label_id),
            ).where(col(Suggestion.document_id).in_(document_ids))
        )
    )
    counts: dict[str, int] = defaultdict(int)
    rows: dict[tuple[int, int, int, int], dict] = {}
    now = utcnow()
    approved = 0
    for document_id, proposals in batch:
        length = lengths.get(document_id)
        if length is None and _is_approved(session, document_id):
            approved += 1
            continue
        for proposal in proposals:
            label_id = labels.get(proposal.label)
            if length is None or label_id is None or not 0 <= proposal.start < proposal.end <= length:
                counts["invalid"] += 1
                continue
            key = (document_id, proposal.start, proposal.end, label_id)
            if any(start < proposal.end and proposal.start < end for start, end in excluded[document_id]):
                counts["in_boilerplate"] += 1
            elif _near_human_tag(spans[document_id], proposal.start, proposal.end, label_id):
                counts["over_human_tag"] += 1
            elif (document_id, proposal.start, proposal.end, proposal.label) in rejected:
                counts["rejected_before"] += 1
            elif key in existing:
                counts["already_suggested"] += 1
            elif key in rows and rows[key]["score"] >= proposal.score:
                counts["already_suggested"] += 1
            else:
                counts["already_suggested"] += int(key in rows)
                rows[key] = {
                    "document_id": document_id, "start": proposal.start, "end": proposal.end,
                    "label_id": label_id, "source": proposal.source or source, "score": float(proposal.score),
                    "entity_id": entity_ids.get(proposal.entity_key) if proposal.entity_key else None,
                    "detail": _detail(proposal), "created_at": now,
                }  # fmt: skip
    if rows:
        session.execute(insert(Suggestion), list(rows.values()))
    return StoreReport(
        documents=len(batch), stored=len(rows), replaced=int(replaced or 0),
        over_human_tag=counts["over_human_tag"], rejected_before=counts["rejected_before"],
        already_suggested=counts["already_suggested"], invalid=counts["invalid"], approved=approved,
        in_boilerplate=counts["in_boilerplate"],
    )  # fmt: skip


def _is_approved(session: Session, document_id: int) -> bool:
    status = session.execute(
        select(col(Document.status)).where(col(Document.id) == document_id)
    ).scalar_one_or_none()
    return status == DocumentStatus.APPROVED


def _near_human_tag(spans: list[tuple[int, int, int]], start: int, end: int, label_id: int) -> bool:
    """Over a tag of the same label (any overlap), or exactly where a tag of another label is."""
    return any(
        (s == start and e == end) or (label == label_id and s < end and start < e) for s, e, label in spans
    )


def _detail(proposal: ProposedSpan) -> dict:
    detail: dict = {"rule": proposal.rule} if proposal.rule else {}
    if proposal.entity_key:
        detail["entity_key"] = proposal.entity_key
    if proposal.arguments:
        detail["arguments"] = [
            {"role": a.role, "start": a.start, "end": a.end, "label": a.label} for a in proposal.arguments
        ]
    if proposal.date_iso:
        detail["date_iso"] = proposal.date_iso
        detail["date_precision"] = proposal.date_precision
    if proposal.extra:
        detail["extra"] = dict(proposal.extra)
    return detail


# --- reading ----------------------------------------------------------------------------------------


def _records(session: Session, condition) -> list[SuggestionRecord]:
    rows = session.execute(
        select(Suggestion, col(Label.name), col(Label.kind), col(KnowledgeEntity.name))
        .join(Label, col(Label.id) == col(Suggestion.label_id))
        .outerjoin(KnowledgeEntity, col(KnowledgeEntity.id) == col(Suggestion.entity_id))
        .where(condition)
        .order_by(col(Suggestion.document_id), col(Suggestion.start), col(Suggestion.end), col(Suggestion.id))
    ).all()
    return [
        SuggestionRecord(
            s.id,
            s.document_id,
            s.start,
            s.end,
            label,
            kind,
            s.source,
            s.score,
            s.entity_id,
            entity_name,
            dict(s.detail or {}),
        )  # fmt: skip
        for s, label, kind, entity_name in rows
    ]


def list_suggestions(project: Project, document_id: int) -> list[SuggestionRecord]:
    """The pending suggestions of a document, in reading order."""
    with project.read() as session:
        return _records(session, col(Suggestion.document_id) == document_id)


def next_document_with_suggestions(project: Project, after_id: int) -> int | None:
    """The next document (by id, wrapping round) that has pending suggestions."""
    with project.read() as session:
        ids = session.execute(
            select(col(Suggestion.document_id)).distinct().order_by(col(Suggestion.document_id))
        )
        found = list(ids.scalars())
    return next((i for i in found if i > after_id), found[0] if found else None)
