"""Canonical entities (the project's knowledge base) and the links from mentions to them.

Creating, linking and deleting return the `Change` they made, for undo and redo.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlmodel import Session, col

from curator.core.domain import AnnotationError, DocumentStatus
from curator.core.services.changes import Change, Recorder
from curator.core.services.stale import ensure_editable, ensure_own_layer, expect_shown, refresh_documents
from curator.core.storage.database import Project
from curator.core.storage.models import Document, KnowledgeEntity, Span, Suggestion, utcnow
from curator.core.storage.sort_keys import natural_sort_key

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
    while session.execute(select(col(KnowledgeEntity.id)).where(col(KnowledgeEntity.key) == key)).first():
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


@dataclass(frozen=True, slots=True)
class CreatedEntity:
    entity: EntityRecord
    change: Change


def create_entity(
    project: Project, name: str, type_: str, *, aliases: Sequence[str] = (), wikidata: str | None = None,
    subtype: str | None = None, notes: str = "", mentions: Sequence[int] = (),
) -> CreatedEntity:  # fmt: skip
    """A new canonical entity, with `mentions` (span ids) linked to it in the same step."""
    with project.write() as session:
        record = Recorder(session, "entity.create")
        entity = insert_entity(
            session, name, type_, aliases=aliases, wikidata=wikidata, subtype=subtype, notes=notes
        )
        record.added("kb_entities", [entity.id])
        if mentions:
            ensure_own_layer(session, "spans", mentions)
            record.updating("spans", mentions)
            set_links(session, {span_id: entity.id for span_id in mentions})
        return CreatedEntity(entity, record.finish())


def find_entity_by_wikidata(session: Session, wikidata: str) -> EntityRecord | None:
    found = (
        session.execute(select(KnowledgeEntity).where(col(KnowledgeEntity.wikidata) == wikidata))
        .scalars()
        .first()
    )
    return entity_record(found) if found else None


@dataclass(frozen=True, slots=True)
class Linked:
    """What a link step did: the change, and for the views each relinked span's link before it."""

    change: Change

    @property
    def previous(self) -> dict[int, int | None]:
        """Span id → the entity it was linked to before (None: it was not linked); spans it left as they
        were (already linked to that entity) are not in it."""
        return {int(update.id): update.before["entity_id"] for update in self.change.updates("spans")}


def link_spans(
    project: Project, span_ids: Sequence[int], entity_id: int | None, *, shown_version: int | None = None
) -> Linked:
    """Link mentions to a canonical entity (None unlinks).

    `shown_version`: the version of the mentions' document the caller showed; refused if it changed."""
    with project.write() as session:
        if shown_version is not None:
            for document_id in _documents_of(session, span_ids):
                expect_shown(session, document_id, shown_version)
        ensure_own_layer(session, "spans", span_ids)
        record = Recorder(session, "entity.link" if entity_id is not None else "entity.unlink")
        record.updating("spans", span_ids)
        set_links(session, {span_id: entity_id for span_id in span_ids})
        return Linked(record.finish())


def _documents_of(session: Session, span_ids: Iterable[int]) -> set[int]:
    return set(
        session.execute(select(col(Span.document_id)).where(col(Span.id).in_(list(span_ids)))).scalars()
    )


def set_links(session: Session, links: Mapping[int, int | None]) -> None:
    """Set span → entity links inside the caller's transaction; a caller that records the step tells its
    `Recorder` about the spans first.

    Who linked a mention is its layer's owner (only they may change it, `ensure_own_layer`), and when is
    the span's `updated_at`, which every link and unlink moves."""
    if not links:
        return
    found = set(session.execute(select(col(Span.id)).where(col(Span.id).in_(list(links)))).scalars())
    missing = set(links) - found
    if missing:
        raise AnnotationError(f"span {min(missing)} does not exist")
    wanted = {entity_id for entity_id in links.values() if entity_id is not None}
    known = set(
        session.execute(select(col(KnowledgeEntity.id)).where(col(KnowledgeEntity.id).in_(wanted))).scalars()
    )
    if wanted - known:
        raise AnnotationError(f"canonical entity {min(wanted - known)} does not exist")
    documents = _documents_of(session, links)
    ensure_editable(session, *documents)
    now = utcnow()
    for span_id, entity_id in links.items():
        linked = update(Span).where(col(Span.id) == span_id)
        session.execute(linked.values(entity_id=entity_id, updated_at=now))
    refresh_documents(session, documents)


def link_identical_mentions(project: Project, span_id: int, entity_id: int) -> Linked:
    """Link every span in the corpus with the same label and the same text as `span_id` (one step)."""
    with project.write() as session:
        source = session.get(Span, span_id)
        if source is None:
            raise AnnotationError(f"span {span_id} does not exist")
        ensure_own_layer(session, "spans", [span_id])
        text = session.execute(
            select(col(Document.text)).where(col(Document.id) == source.document_id)
        ).scalar_one()
        surface = text[source.start : source.end]
        # SQLite's substr counts characters (code points), like Python's offsets.
        matching = list(
            session.execute(
                select(col(Span.id))
                .join(Document, col(Document.id) == col(Span.document_id))
                .where(
                    col(Span.label_id) == source.label_id,
                    col(Span.annotator_id) == source.annotator_id,  # the other layers are their owners'
                    col(Document.status) != DocumentStatus.APPROVED,  # read-only until reopened: left alone
                    func.substr(Document.text, col(Span.start) + 1, col(Span.end) - col(Span.start))
                    == surface,
                )
            ).scalars()
        )
        record = Recorder(session, "entity.link_all")
        record.updating("spans", matching)
        set_links(session, {sid: entity_id for sid in matching})
        return Linked(record.finish())


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
    from curator.core.knowledge.base import fold_for_matching

    needle = fold_for_matching(query.strip()) if query.strip() else ""
    with project.read() as session:
        counts = {
            entity_id: (mentions, documents)
            for entity_id, mentions, documents in session.execute(
                select(
                    col(Span.entity_id),
                    func.count(col(Span.id)),
                    func.count(func.distinct(col(Span.document_id))),
                )
                .where(col(Span.entity_id).is_not(None))
                .group_by(col(Span.entity_id))
            )
        }
        entities = (
            session.execute(select(KnowledgeEntity).order_by(col(KnowledgeEntity.name))).scalars().all()
        )
        ranked: list[tuple[int, str, EntityRecord]] = []
        for entity in entities:
            record = entity_record(entity)
            rank = _match_rank(needle, record, fold_for_matching) if needle else 0
            if rank is not None:
                ranked.append((rank, natural_sort_key(record.name), record))
    ranked.sort(key=lambda item: (item[0], -counts.get(item[2].id, (0, 0))[0], item[1]))
    return [EntityUsage(r, *counts.get(r.id, (0, 0))) for _, _, r in ranked[:limit]]


def _match_rank(needle: str, record: EntityRecord, fold: Callable[[str], str]) -> int | None:
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


def delete_entity(project: Project, entity_id: int) -> Change:
    """Delete a canonical entity; its mentions (and suggestions naming it) are unlinked in the same step."""
    with project.write() as session:
        if session.get(KnowledgeEntity, entity_id) is None:
            raise AnnotationError(f"canonical entity {entity_id} does not exist")
        record = Recorder(session, "entity.delete")
        linked = list(session.execute(select(col(Span.id)).where(col(Span.entity_id) == entity_id)).scalars())
        record.updating("spans", linked)
        set_links(session, {span_id: None for span_id in linked})
        # Unlinked here rather than by ON DELETE SET NULL, so that undo links them again.
        suggested = col(Suggestion.entity_id) == entity_id
        record.updating("suggestions", session.execute(select(col(Suggestion.id)).where(suggested)).scalars())
        session.execute(update(Suggestion).where(suggested).values(entity_id=None))
        record.removing("kb_entities", [entity_id])
        session.execute(delete(KnowledgeEntity).where(col(KnowledgeEntity.id) == entity_id))
        return record.finish()


def entity_names(project: Project, entity_ids: set[int]) -> dict[int, str]:
    """Canonical names for the linked mentions shown in the entity table."""
    if not entity_ids:
        return {}
    with project.read() as session:
        rows = session.execute(
            select(col(KnowledgeEntity.id), col(KnowledgeEntity.name)).where(
                col(KnowledgeEntity.id).in_(entity_ids)
            )
        )
        return {entity_id: name for entity_id, name in rows}
