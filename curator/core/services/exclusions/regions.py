"""Exclusion regions as records, and the reads every other part of boilerplate handling builds on."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import Session, col

from curator.core.boilerplate import LINE_JOIN
from curator.core.domain import SpanRecord
from curator.core.services.spans import span_records
from curator.core.storage.database import Project
from curator.core.storage.models import Document, ExclusionRegion, Span

PROPOSED, ACCEPTED, REJECTED = "proposed", "accepted", "rejected"
DECISIONS = (ACCEPTED, REJECTED)
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


COLUMNS = tuple(
    col(column)
    for column in (
        ExclusionRegion.id, ExclusionRegion.document_id, ExclusionRegion.start, ExclusionRegion.end,
        ExclusionRegion.kind, ExclusionRegion.status, ExclusionRegion.rule, ExclusionRegion.replacement,
    )
)  # fmt: skip


def list_regions(project: Project, document_id: int) -> list[RegionRecord]:
    """The document's regions (every status) in text order."""
    with project.read() as session:
        rows = session.execute(
            select(*COLUMNS)
            .where(col(ExclusionRegion.document_id) == document_id)
            .order_by(col(ExclusionRegion.start), col(ExclusionRegion.end), col(ExclusionRegion.id))
        )
        return [RegionRecord(*row) for row in rows]


def list_proposals(
    project: Project, document_id: int | None = None, *, preview: int = 60
) -> list[tuple[RegionRecord, str]]:
    """The regions still proposed (in one document or all), each with the start of its text."""
    with project.read() as session:
        statement = (
            select(*COLUMNS, func.substr(col(Document.text), col(ExclusionRegion.start) + 1, preview))
            .join(Document, col(Document.id) == col(ExclusionRegion.document_id))
            .where(col(ExclusionRegion.status) == PROPOSED)
            .order_by(col(ExclusionRegion.document_id), col(ExclusionRegion.start))
        )
        if document_id is not None:
            statement = statement.where(col(ExclusionRegion.document_id) == document_id)
        found = []
        for row in session.execute(statement):
            region = RegionRecord(*row[:-1])
            found.append((region, str(row[-1])[: region.end - region.start]))
        return found


def region_counts(project: Project) -> dict[tuple[str, str], int]:
    """How many regions of each (kind, status) the project holds."""
    with project.read() as session:
        rows = session.execute(
            select(
                col(ExclusionRegion.kind), col(ExclusionRegion.status), func.count(col(ExclusionRegion.id))
            ).group_by(col(ExclusionRegion.kind), col(ExclusionRegion.status))
        )
        return {(kind, status): int(count) for kind, status, count in rows}


def overlapping_span_ids(session: Session, regions: Sequence[RegionRecord]) -> list[int]:
    found: list[int] = []
    for region in regions:
        found += session.execute(
            select(col(Span.id)).where(
                col(Span.document_id) == region.document_id,
                col(Span.start) < region.end,
                col(Span.end) > region.start,
            )
        ).scalars()
    return sorted(set(found))


def regions_by_id(session: Session, region_ids: Iterable[int]) -> list[RegionRecord]:
    ids = list(region_ids)
    found: list[RegionRecord] = []
    for chunk in range(0, len(ids), READ_BATCH):
        rows = session.execute(
            select(*COLUMNS).where(col(ExclusionRegion.id).in_(ids[chunk : chunk + READ_BATCH]))
        )
        found += [RegionRecord(*row) for row in rows]
    return found


def spans_in_regions(project: Project, region_ids: Sequence[int]) -> list[SpanRecord]:
    """The spans accepting these regions would remove (line joins never remove any), to ask first."""
    with project.read() as session:
        regions = [r for r in regions_by_id(session, region_ids) if r.kind != LINE_JOIN]
        lost = overlapping_span_ids(session, regions)
        return span_records(session, lost) if lost else []
