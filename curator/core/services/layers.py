"""Which layers a window can show: the project's annotators, with what each holds in a document.

Read-only. A layer is an annotator id (`spans.annotator_id`, `events.annotator_id`, ...); the window shows
the current annotator's own layer and, read-only, any others the user turns on (a reviewer starts with
every layer shown). Changing a row of another layer is refused by `stale.ensure_own_layer`."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlmodel import col

from curator.core.domain import AnnotatorRole
from curator.core.storage.database import Project
from curator.core.storage.models import Annotator, Span

__all__ = ["LayerInfo", "default_layers", "list_layers"]


@dataclass(frozen=True, slots=True)
class LayerInfo:
    id: int
    name: str
    role: str
    spans: int  # in the document asked about (0 when none was)


def list_layers(project: Project, document_id: int | None = None) -> list[LayerInfo]:
    """Every annotator of the project, the current one first, with their span count in `document_id`."""
    counts = select(col(Span.annotator_id), func.count(col(Span.id)).label("n"))
    counts = counts.where(col(Span.document_id) == (document_id if document_id is not None else -1))
    per_layer = counts.group_by(col(Span.annotator_id)).subquery()
    statement = (
        select(col(Annotator.id), col(Annotator.name), col(Annotator.role), func.coalesce(per_layer.c.n, 0))
        .outerjoin(per_layer, per_layer.c.annotator_id == col(Annotator.id))
        .order_by(col(Annotator.id) != project.annotator_id, col(Annotator.name))
    )
    with project.read() as session:
        return [LayerInfo(int(i), str(n), str(r), int(c)) for i, n, r, c in session.execute(statement)]


def default_layers(project: Project, role: str) -> frozenset[int]:
    """What a window shows at first: the annotator's own layer; a reviewer sees every layer."""
    if role != AnnotatorRole.REVIEWER:
        return frozenset({project.annotator_id})
    return frozenset(layer.id for layer in list_layers(project))
