"""Canonical entities (the project's knowledge base) and the links from mentions to them."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlmodel import Session

from curator.core.domain import AnnotationError
from curator.core.services.snapshots import refresh_documents
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


def link_spans(project: Project, span_ids: Sequence[int], entity_id: int | None) -> dict[int, int | None]:
    """Link mentions to a canonical entity (None unlinks); returns each span's previous link for undo."""
    with project.write() as session:
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
    for span_id, entity_id in links.items():
        session.execute(update(Span).where(Span.id == span_id).values(entity_id=entity_id))
    documents = set(session.execute(select(Span.document_id).where(Span.id.in_(list(links)))).scalars())
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
                func.substr(Document.text, Span.start + 1, Span.end - Span.start) == surface,
            )
        ).scalars()
        return set_links(session, {sid: entity_id for sid in matching})
