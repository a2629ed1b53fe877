"""Canonical entities as clean records: each with its names, Wikidata id and how often the corpus names it.

Every canonical entity is listed, linked or not (a count of 0 tells the curator the knowledge base holds
an entity no document mentions yet). Mentions are accepted spans linked to the entity; with a document
status filter ("only approved documents") they are counted in those documents only.

Entities are read a batch at a time with their counts from one grouped query per batch, so a large
knowledge base is never in memory at once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlmodel import col

from curator.core.storage import Project
from curator.core.storage.models import Document, KnowledgeEntity, Span

BATCH_SIZE = 500
ACCEPTED = "accepted"


@dataclass(frozen=True, slots=True)
class CanonicalEntityRecord:
    id: int
    key: str
    name: str
    type: str
    subtype: str | None
    aliases: tuple[str, ...]
    wikidata: str | None
    mention_count: int
    document_count: int
    documents: tuple[int, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "key": self.key,
            "name": self.name,
            "type": self.type,
            "subtype": self.subtype,
            "aliases": list(self.aliases),
            "wikidata": self.wikidata,
            "mention_count": self.mention_count,
            "document_count": self.document_count,
            "documents": list(self.documents),
        }


def iter_entity_records(
    project: Project,
    *,
    status: str | None = None,
    batch_size: int = BATCH_SIZE,
    check_cancelled: Callable[[], None] | None = None,
) -> Iterator[CanonicalEntityRecord]:
    """Every canonical entity in id order with its mention count and documents."""
    last_id = 0
    while True:
        if check_cancelled is not None:
            check_cancelled()
        with project.read() as session:
            entities = (
                session.execute(
                    select(KnowledgeEntity)
                    .where(col(KnowledgeEntity.id) > last_id)
                    .order_by(col(KnowledgeEntity.id))
                    .limit(batch_size)
                )
                .scalars()
                .all()
            )
            if not entities:
                return
            ids = [entity.id for entity in entities]
            mentions = select(col(Span.entity_id), col(Span.document_id), func.count(col(Span.id))).where(
                col(Span.entity_id).in_(ids), col(Span.status) == ACCEPTED
            )
            if status is not None:
                mentions = mentions.join(Document, col(Document.id) == col(Span.document_id)).where(
                    col(Document.status) == status
                )
            rows = session.execute(
                mentions.group_by(col(Span.entity_id), col(Span.document_id)).order_by(
                    col(Span.entity_id), col(Span.document_id)
                )
            ).all()
        counts: dict[int, int] = {}
        documents: dict[int, list[int]] = {}
        for entity_id, document_id, count in rows:
            counts[entity_id] = counts.get(entity_id, 0) + int(count)
            documents.setdefault(entity_id, []).append(document_id)
        for entity in entities:
            assert entity.id is not None
            found = documents.get(entity.id, [])
            yield CanonicalEntityRecord(
                id=entity.id,
                key=entity.key,
                name=entity.name,
                type=entity.type,
                subtype=entity.subtype,
                aliases=tuple(entity.aliases or ()),
                wikidata=entity.wikidata,
                mention_count=counts.get(entity.id, 0),
                document_count=len(found),
                documents=tuple(found),
            )
        last_id = ids[-1]
