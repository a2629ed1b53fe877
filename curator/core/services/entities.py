"""Canonical entities (the project's knowledge base) and the links from mentions to them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlmodel import Session

from curator.core.domain import AnnotationError, DocumentStatus
from curator.core.services.review import ensure_editable
from curator.core.services.snapshots import refresh_documents
from curator.core.services.stale import expect_shown
from curator.core.storage.database import Project
from curator.core.storage.models import Document, KnowledgeEntity, Span, utcnow

WIKIDATA_ID = re.compile(r"^Q[1-9][0-9]*$")


@dataclass(frozen=True, slots=True)
class EntityRecord:
    id: int
    key: str
    name: str
    type: str
    subtype: str | None
    aliases: tuple[str, ...]
    wikidata: str | None
    notes: str


def entity_record(entity: KnowledgeEntity) -> EntityRecord:
    assert entity.id is not None
    return EntityRecord(
        entity.id, entity.key, entity.name, entity.type, entity.subtype, tuple(entity.aliases),
        entity.wikidata, entity.notes,
    )  # fmt: skip


def _unique_key(session: Session, name: str) -> str:
    base = re.sub(r"\W+", "_", name.strip().casefold()).strip("_") or "entity"
    key, number = base, 1
    while session.execute(select(KnowledgeEntity.id).where(KnowledgeEntity.key == key)).first():
        number += 1
        key = f"{base}_{number}"
    return key


def insert_entity(
    session: Session, name: str, type_: str, *, aliases: Sequence[str] = (), wikidata: str | None = None,
    subtype: str | None = None, notes: str = "", key: str | None = None,
) -> EntityRecord:  # fmt: skip
    """Create a canonical entity inside the caller's transaction."""
    name = name.strip()
    if not name:
        raise AnnotationError("a canonical entity needs a name")
    if wikidata is not None and not WIKIDATA_ID.match(wikidata):
        raise AnnotationError(f"{wikidata!r} is not a Wikidata id (Q followed by digits)")
    unique_aliases = list(dict.fromkeys(a.strip() for a in [name, *aliases] if a.strip()))
    entity = KnowledgeEntity(
        key=key or _unique_key(session, name), name=name, type=type_, subtype=subtype,
        aliases=unique_aliases, wikidata=wikidata, notes=notes, created_at=utcnow(),
    )  # fmt: skip
    session.add(entity)
    session.flush()
    return entity_record(entity)


def create_entity(project: Project, name: str, type_: str, **details: object) -> EntityRecord:
    with project.write() as session:
        return insert_entity(session, name, type_, **details)  # type: ignore[arg-type]


def find_entity_by_wikidata(session: Session, wikidata: str) -> EntityRecord | None:
    found = (
        session.execute(select(KnowledgeEntity).where(KnowledgeEntity.wikidata == wikidata)).scalars().first()
    )
    return entity_record(found) if found else None


def link_spans(
    project: Project, span_ids: Sequence[int], entity_id: int | None, *, shown_version: int | None = None
) -> dict[int, int | None]:
    """Link mentions to a canonical entity (None unlinks); returns each span's previous link for undo.

    `shown_version`: the version of the mentions' document the caller showed; refused if it changed."""
    with project.write() as session:
        if shown_version is not None:
            documents = session.execute(select(Span.document_id).where(Span.id.in_(list(span_ids)))).scalars()
            for document_id in set(documents):
                expect_shown(session, document_id, shown_version)
        return set_links(session, {span_id: entity_id for span_id in span_ids})


def set_links(session: Session, links: dict[int, int | None]) -> dict[int, int | None]:
    """Set span → entity links inside the caller's transaction; returns the previous links."""
    if not links:
        return {}
    previous = dict(session.execute(select(Span.id, Span.entity_id).where(Span.id.in_(list(links)))).all())
    missing = set(links) - set(previous)
    if missing:
        raise AnnotationError(f"span {min(missing)} does not exist")
    wanted = {entity_id for entity_id in links.values() if entity_id is not None}
    known = set(session.execute(select(KnowledgeEntity.id).where(KnowledgeEntity.id.in_(wanted))).scalars())
    if wanted - known:
        raise AnnotationError(f"canonical entity {min(wanted - known)} does not exist")
    documents = set(session.execute(select(Span.document_id).where(Span.id.in_(list(links)))).scalars())
    ensure_editable(session, *documents)
    for span_id, entity_id in links.items():
        session.execute(update(Span).where(Span.id == span_id).values(entity_id=entity_id))
    refresh_documents(session, documents)
    return previous


def restore_links(project: Project, previous: dict[int, int | None]) -> None:
    """Undo of link_spans / link_identical_mentions."""
    with project.write() as session:
        set_links(session, previous)


def link_identical_mentions(project: Project, span_id: int, entity_id: int) -> dict[int, int | None]:
    """Link every span in the corpus with the same label and the same text as `span_id` (one action).

    Returns the previous links of every span it changed, so one undo reverts the whole sweep.
    """
    with project.write() as session:
        source = session.get(Span, span_id)
        if source is None:
            raise AnnotationError(f"span {span_id} does not exist")
        text = session.execute(select(Document.text).where(Document.id == source.document_id)).scalar_one()
        surface = text[source.start : source.end]
        # SQLite's substr counts characters (code points), like Python's offsets.
        matching = session.execute(
            select(Span.id)
            .join(Document, Document.id == Span.document_id)
            .where(
                Span.label_id == source.label_id,
                Document.status != DocumentStatus.APPROVED,  # read-only until reopened: left alone
                func.substr(Document.text, Span.start + 1, Span.end - Span.start) == surface,
            )
        ).scalars()
        return set_links(session, {sid: entity_id for sid in matching})


@dataclass(frozen=True, slots=True)
class EntityUsage:
    entity: EntityRecord
    mentions: int
    documents: int


def list_entities(project: Project, query: str = "", *, limit: int = 500) -> list[EntityUsage]:
    """Canonical entities with their mention and document counts, filtered by a folded alias search.

    Matching folds case, diacritics and Turkish dotless/dotted i on both sides, so "kirgizistan",
    "Kırgızistan" and "KIRGIZISTAN" find the same entity, and a Cyrillic alias finds it too. Exact
    alias matches come first, then aliases that start with the query, then ones that contain it.
    """
    from curator.core.knowledge_base import fold_for_matching

    needle = fold_for_matching(query.strip()) if query.strip() else ""
    with project.read() as session:
        counts = {
            entity_id: (mentions, documents)
            for entity_id, mentions, documents in session.execute(
                select(Span.entity_id, func.count(Span.id), func.count(func.distinct(Span.document_id)))
                .where(Span.entity_id.is_not(None))
                .group_by(Span.entity_id)
            )
        }
        entities = session.execute(select(KnowledgeEntity).order_by(KnowledgeEntity.name)).scalars().all()
        ranked: list[tuple[int, str, EntityRecord]] = []
        for entity in entities:
            record = entity_record(entity)
            rank = _match_rank(needle, record, fold_for_matching) if needle else 0
            if rank is not None:
                ranked.append((rank, record.name.casefold(), record))
    ranked.sort(key=lambda item: (item[0], -counts.get(item[2].id, (0, 0))[0], item[1]))
    return [EntityUsage(r, *counts.get(r.id, (0, 0))) for _, _, r in ranked[:limit]]


def _match_rank(needle: str, record: EntityRecord, fold) -> int | None:
    best: int | None = None
    for alias in (record.name, *record.aliases, record.wikidata or ""):
        folded = fold(alias)
        if folded == needle:
            return 0
        if folded.startswith(needle):
            best = 1 if best is None else min(best, 1)
        elif needle in folded:
            best = 2 if best is None else min(best, 2)
    return best


def delete_entity(project: Project, entity_id: int) -> tuple[EntityRecord, dict[int, int | None]]:
    """Delete a canonical entity; its mentions are unlinked. Returns what `restore_entity` needs."""
    with project.write() as session:
        entity = session.get(KnowledgeEntity, entity_id)
        if entity is None:
            raise AnnotationError(f"canonical entity {entity_id} does not exist")
        record = entity_record(entity)
        linked = list(session.execute(select(Span.id).where(Span.entity_id == entity_id)).scalars())
        previous = set_links(session, {span_id: None for span_id in linked})
        session.delete(entity)
        return record, previous


def restore_entity(project: Project, record: EntityRecord, links: dict[int, int | None]) -> None:
    """Put a deleted canonical entity back with its id, and its mentions' links."""
    with project.write() as session:
        session.add(
            KnowledgeEntity(
                id=record.id,
                key=record.key,
                name=record.name,
                type=record.type,
                subtype=record.subtype,
                aliases=list(record.aliases),
                wikidata=record.wikidata,
                notes=record.notes,
                created_at=utcnow(),
            )  # fmt: skip
        )
        session.flush()
        set_links(session, links)


def entity_names(project: Project, entity_ids: set[int]) -> dict[int, str]:
    """Canonical names for the linked mentions shown in the entity table."""
    if not entity_ids:
        return {}
    with project.read() as session:
        rows = session.execute(
            select(KnowledgeEntity.id, KnowledgeEntity.name).where(KnowledgeEntity.id.in_(entity_ids))
        )
        return dict(rows.all())
