"""Linking mentions to the canonical entity their text names, when the knowledge base leaves no doubt.

A hand tag "Bişkek'te" [GPE] names gpe_bishkek as surely as the gazetteer's suggestion would, so it is
linked on creation instead of waiting for someone to press Ctrl+L on every mention; without it, hand-tagged
places and people reached the records with empty canonical names and ids. The rule is deliberately strict:

- the mention's text is folded (`alias_key`: case, diacritics, Turkish dotless i) and compared with every
  name and alias of the project's canonical entities; if none is equal, the text with a case ending cut
  off (`stem_candidates`, longest stem first: "Kırgızistan'ın", "Душанбеде") is tried;
- only entities of a type compatible with the label count (`COMPATIBLE_TYPES`: a place tagged LOC may be a
  GPE of the knowledge base and the other way round; a label that is no entity type, DATE or TITLE, never
  links);
- exactly one entity links; several are *candidates*, reported to the caller and never chosen for the user.

`link_corpus` applies the same rule to every unlinked mention of the annotator's layer in one step.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import func, select, update
from sqlmodel import Session, col

from curator.core.domain import DocumentStatus
from curator.core.knowledge.base import alias_key
from curator.core.services.changes import Change, Recorder
from curator.core.services.entities import EntityRecord
from curator.core.services.stale import refresh_documents
from curator.core.storage.database import Project
from curator.core.storage.models import Document, KnowledgeEntity, Label, Span, utcnow
from curator.core.suggest.suffixes import stem_candidates

COMPATIBLE_TYPES: Mapping[str, frozenset[str]] = {
    "PER": frozenset({"PER"}),
    "ORG": frozenset({"ORG"}),
    "GPE": frozenset({"GPE", "LOC"}),
    "LOC": frozenset({"LOC", "GPE"}),
    "FAC": frozenset({"FAC"}),
}
BATCH = 2000
_ENTITY_COLUMNS = tuple(
    col(column)
    for column in (
        KnowledgeEntity.id, KnowledgeEntity.key, KnowledgeEntity.name, KnowledgeEntity.type,
        KnowledgeEntity.subtype, KnowledgeEntity.aliases, KnowledgeEntity.wikidata, KnowledgeEntity.notes,
    )
)  # fmt: skip


def compatible_types(label: str) -> frozenset[str]:
    """The knowledge-base types a mention with this label may name (none for DATE, TITLE, …)."""
    return COMPATIBLE_TYPES.get(label, frozenset())


@dataclass(frozen=True, slots=True)
class AutoLink:
    """What the rule found for one mention: the entity it linked, or the candidates it left to the user."""

    linked: EntityRecord | None = None
    candidates: tuple[EntityRecord, ...] = ()


_KEYS: dict[str, str] = {}
_KEYS_LIMIT = 1 << 18


def _key(form: str) -> str:
    """`alias_key`, remembered: every tag reads the whole knowledge base, whose names rarely change."""
    key = _KEYS.get(form)
    if key is None:
        key = alias_key(form)
        if len(_KEYS) < _KEYS_LIMIT:
            _KEYS[form] = key
    return key


_MATCHERS: dict[tuple[str, frozenset[str]], tuple[tuple[int, ...], MentionMatcher]] = {}


class MentionMatcher:
    """The project's canonical entities indexed by folded name and alias; built once per step."""

    def __init__(self, entities: Iterable[EntityRecord]) -> None:
        self._index: dict[str, list[EntityRecord]] = {}
        for entity in entities:
            for form in dict.fromkeys((entity.name, *entity.aliases)):
                bucket = self._index.setdefault(_key(form), [])
                if entity not in bucket:
                    bucket.append(entity)

    @classmethod
    def cached(cls, session: Session, types: frozenset[str]) -> MentionMatcher:
        """`of`, kept between tags while the project's entities stay the same, so a key press does not
        read and index the whole knowledge base. Entities are only ever inserted and deleted (undo puts
        a deleted row back as it was), so their count and the sums of their ids and of the ids' squares
        tell whether the set changed."""
        signature = tuple(
            session.execute(
                select(
                    func.count(col(KnowledgeEntity.id)),
                    func.coalesce(func.sum(col(KnowledgeEntity.id)), 0),
                    func.coalesce(func.sum(col(KnowledgeEntity.id) * col(KnowledgeEntity.id)), 0),
                )
            ).one()
        )
        where = (str(session.get_bind().engine.url), types)
        kept = _MATCHERS.get(where)
        if kept is not None and kept[0] == signature:
            return kept[1]
        matcher = cls.of(session, types)
        _MATCHERS[where] = (signature, matcher)
        return matcher

    @classmethod
    def of(cls, session: Session, types: Iterable[str] | None = None) -> MentionMatcher:
        """The entities of the project (of `types` only, if given), read as plain columns."""
        statement = select(*_ENTITY_COLUMNS).order_by(col(KnowledgeEntity.id))
        if types is not None:
            statement = statement.where(col(KnowledgeEntity.type).in_(sorted(types)))
        return cls(
            EntityRecord(id_, key, name, type_, subtype, tuple(aliases or ()), wikidata, notes)
            for id_, key, name, type_, subtype, aliases, wikidata, notes in session.execute(statement)
        )

    def __bool__(self) -> bool:
        return bool(self._index)

    def candidates(self, text: str, label: str, language: str) -> tuple[EntityRecord, ...]:
        """The entities of a compatible type the text names: its whole folded form first, else the stem
        left once a case ending is cut (the longest stem that names any)."""
        types = compatible_types(label)
        if not types:
            return ()
        text = " ".join(text.split())
        for key in (_key(text), *(_key(text[:size]) for size in stem_candidates(text, language))):
            found = tuple(entity for entity in self._index.get(key, ()) if entity.type in types)
            if found:
                return found
        return ()

    def decide(self, text: str, label: str, language: str) -> AutoLink:
        found = self.candidates(text, label, language)
        if len(found) == 1:
            return AutoLink(linked=found[0])
        return AutoLink(candidates=found)


def link_new_span(session: Session, span_id: int) -> AutoLink:
    """Inside the transaction that created the span, before its `Recorder` finishes: link it when its text
    names exactly one entity, so the span row the change records (and undo removes) carries the link."""
    row = session.execute(
        select(
            col(Span.start), col(Span.end), col(Span.entity_id), col(Label.name), col(Document.text),
            col(Document.language),
        )
        .join(Label, col(Label.id) == col(Span.label_id))
        .join(Document, col(Document.id) == col(Span.document_id))
        .where(col(Span.id) == span_id)
    ).one()  # fmt: skip
    start, end, linked_already, label, text, language = row
    if linked_already is not None or not compatible_types(label):
        return AutoLink()
    outcome = MentionMatcher.cached(session, compatible_types(label)).decide(text[start:end], label, language)
    if outcome.linked is not None:
        session.execute(update(Span).where(col(Span.id) == span_id).values(entity_id=outcome.linked.id))
    return outcome


@dataclass(frozen=True, slots=True)
class CorpusLinks:
    """What `link_corpus` did (or would do, in a dry run): counts of unlinked mentions by outcome."""

    linked: int = 0
    ambiguous: int = 0
    no_match: int = 0
    read_only: int = 0
    dry_run: bool = False
    change: Change = field(default_factory=lambda: Change("entity.link_corpus"))
    examples: tuple[tuple[str, str, tuple[str, ...]], ...] = ()
    """A few ambiguous mentions as (text, label, candidate names), for the report."""

    def to_json(self) -> dict[str, object]:
        return {
            "linked": self.linked,
            "ambiguous": self.ambiguous,
            "no_match": self.no_match,
            "read_only": self.read_only,
            "dry_run": self.dry_run,
            "ambiguous_examples": [
                {"text": text, "label": label, "candidates": list(names)}
                for text, label, names in self.examples
            ],
        }


EXAMPLES = 10


def link_corpus(project: Project, *, dry_run: bool = False) -> CorpusLinks:
    """Link every unlinked accepted mention of the annotator's layer whose text names exactly one entity
    of a compatible type (one transaction, one change). Mentions in approved documents are counted as
    read-only and left alone until the document is reopened; a dry run writes nothing."""
    with project.read() if dry_run else project.write() as session:
        matcher = MentionMatcher.of(session)
        labels = [
            name for name in session.execute(select(col(Label.name))).scalars() if compatible_types(name)
        ]
        if not matcher or not labels:
            return CorpusLinks(dry_run=dry_run)
        surface = func.substr(Document.text, col(Span.start) + 1, col(Span.end) - col(Span.start))
        statement = (
            select(
                col(Span.id),
                surface,
                col(Label.name),
                col(Document.language),
                col(Document.status),
                col(Span.document_id),
            )
            .join(Label, col(Label.id) == col(Span.label_id))
            .join(Document, col(Document.id) == col(Span.document_id))
            .where(
                col(Span.entity_id).is_(None),
                col(Span.annotator_id) == project.annotator_id,
                col(Span.status) == "accepted",
                col(Label.name).in_(labels),
            )
            .order_by(col(Span.id))
        )
        links: dict[int, int] = {}
        documents: set[int] = set()
        counts = {"ambiguous": 0, "no_match": 0, "read_only": 0}
        examples: list[tuple[str, str, tuple[str, ...]]] = []
        for span_id, text, label, language, status, document_id in session.execute(statement).all():
            outcome = matcher.decide(text, label, language)
            if outcome.linked is not None:
                if status == DocumentStatus.APPROVED:
                    counts["read_only"] += 1
                else:
                    links[span_id] = outcome.linked.id
                    documents.add(document_id)
            elif outcome.candidates:
                counts["ambiguous"] += 1
                if len(examples) < EXAMPLES:
                    examples.append((text, label, tuple(entity.name for entity in outcome.candidates)))
            else:
                counts["no_match"] += 1
        change = Change("entity.link_corpus")
        if links and not dry_run:
            record = Recorder(session, "entity.link_corpus")
            ids = list(links)
            for first in range(0, len(ids), BATCH):  # a bounded number of parameters per statement
                record.updating("spans", ids[first : first + BATCH])
            _write_links(session, links, documents)
            change = record.finish()
        return CorpusLinks(len(links), dry_run=dry_run, change=change, examples=tuple(examples), **counts)


def _write_links(session: Session, links: Mapping[int, int], documents: set[int]) -> None:
    """`entities.set_links` for many spans at once: one executemany by primary key instead of a statement
    per span (the spans were just read in this transaction: own layer, unlinked, documents not approved)."""
    now = utcnow()
    rows = [
        {"id": span_id, "entity_id": entity_id, "updated_at": now} for span_id, entity_id in links.items()
    ]
    for first in range(0, len(rows), BATCH):
        session.execute(update(Span), rows[first : first + BATCH])
    refresh_documents(session, documents)
