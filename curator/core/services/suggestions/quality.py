"""What people decided about suggestions, counted: the quality figures per suggester and label."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import col

from curator.core.domain import (
    SuggestionStatus,
)
from curator.core.services.suggestions.stored import OUTCOMES
from curator.core.storage.database import Project
from curator.core.storage.models import (
    Label,
    Suggestion,
    SuggestionDecision,
)

# --- quality ----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QualityRow:
    source: str
    label: str
    accepted: int = 0
    corrected: int = 0
    rejected: int = 0
    pending: int = 0

    @property
    def decided(self) -> int:
        return self.accepted + self.corrected + self.rejected

    @property
    def acceptance(self) -> float | None:
        """Share of decided suggestions that were accepted as they were."""
        return self.accepted / self.decided if self.decided else None

    def count(self, status: SuggestionStatus) -> int:
        return int(getattr(self, status.value))

    def to_dict(self) -> dict:
        counts = {status.value: self.count(status) for status in SuggestionStatus}
        return {"source": self.source, "label": self.label, **counts, "acceptance": self.acceptance}


def quality_counts(project: Project) -> list[QualityRow]:
    """Per source and label: suggestions accepted, corrected, rejected, and still pending."""
    counts: dict[tuple[str, str], dict[str, int]] = defaultdict(
        lambda: dict.fromkeys((*OUTCOMES, SuggestionStatus.PENDING), 0)
    )
    with project.read() as session:
        decided = session.execute(
            select(
                col(SuggestionDecision.source),
                col(SuggestionDecision.label),
                col(SuggestionDecision.outcome),
                func.count(),
            ).group_by(
                col(SuggestionDecision.source), col(SuggestionDecision.label), col(SuggestionDecision.outcome)
            )
        )
        for source, label, outcome, count in decided:
            if outcome in OUTCOMES:
                counts[(source, label)][outcome] += count
        pending = session.execute(
            select(col(Suggestion.source), col(Label.name), func.count())
            .join(Label, col(Label.id) == col(Suggestion.label_id))
            .group_by(col(Suggestion.source), col(Label.name))
        )
        for source, label, count in pending:
            counts[(source, label)][SuggestionStatus.PENDING] += count
    return [QualityRow(source, label, **values) for (source, label), values in sorted(counts.items())]


def quality_by_source(rows: Sequence[QualityRow]) -> list[QualityRow]:
    """The per-label rows summed per source."""
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for row in rows:
        total = totals[row.source]
        for index, value in enumerate((row.accepted, row.corrected, row.rejected, row.pending)):
            total[index] += value
    return [QualityRow(source, "", *values) for source, values in sorted(totals.items())]


def pending_counts(project: Project, document_id: int | None = None) -> dict[str, int]:
    """Pending suggestions per label, in one document or the whole corpus."""
    statement = (
        select(col(Label.name), func.count())
        .select_from(Suggestion)
        .join(Label, col(Label.id) == col(Suggestion.label_id))
        .group_by(col(Label.name))
    )
    if document_id is not None:
        statement = statement.where(col(Suggestion.document_id) == document_id)
    with project.read() as session:
        return dict(session.execute(statement).all())
