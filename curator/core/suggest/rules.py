"""The rule suggester: gazetteer, dates, numbers and event triggers over a project's own knowledge.

`rule_suggester(project)` reads what the rules need in one read transaction (the entity labels, the
event types with their roles, the canonical entities and their aliases, plus the default knowledge base
of resources/ for entities the project lacks) and returns a `RuleSuggester` that no longer touches the
project: `suggest(documents)` is pure, so it can run off the GUI thread or in another process.

Sources name the rule family, so the reviewer's tooltip and the quality figures can tell them apart:
"rules:gazetteer" (entity_key = kb_entities.key, label = the entity's type), "rules:title" (an office:
TITLE), "rules:name" (the capitalised words after an office: PER), "rules:date", "rules:number" and
"rules:trigger" (with argument guesses and a date). Only labels the project has are proposed; nothing
is proposed inside a URL.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlmodel import col

from curator.core.dates import NormalizedDate, find_dates, normalize_date
from curator.core.knowledge.base import load_default_knowledge_base
from curator.core.records.sentences import SentenceIndex
from curator.core.storage.database import Project
from curator.core.storage.models import EventRole, KnowledgeEntity, Label
from curator.core.suggest import ProposedSpan, SuggestInput
from curator.core.suggest.gazetteer import Gazetteer, GazetteerEntity
from curator.core.suggest.numbers import find_numbers, number_labels
from curator.core.suggest.phrases import FoldedWords
from curator.core.suggest.titles import NAME_SCORE, TitleLexicon
from curator.core.suggest.triggers import Mention, RoleSpec, TriggerLexicon

SOURCE = "rules"
GAZETTEER = "rules:gazetteer"
DATES = "rules:date"
NUMBERS = "rules:number"
TRIGGERS = "rules:trigger"
TITLES = "rules:title"
NAMES = "rules:name"
TITLE_LABEL = "TITLE"
PERSON_LABEL = "PER"
DATE_LABEL = "DATE"
DATE_SCORE = 0.9
NUMBER_SCORE = 0.8
_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RuleKnowledge:
    """What the rules read from a project: entity label names, event types with roles, entities."""

    entity_labels: frozenset[str]
    event_roles: Mapping[str, tuple[RoleSpec, ...]]
    entities: tuple[GazetteerEntity, ...]


def read_rule_knowledge(project: Project) -> RuleKnowledge:
    """The project's labels, event roles and canonical entities, in one read transaction.

    Entities of the default knowledge base whose key the project lacks are added after the project's own,
    so a project seeded before an entity was added to resources/ still finds it.
    """
    with project.read() as session:
        labels = session.execute(
            select(col(Label.id), col(Label.name), col(Label.kind)).order_by(col(Label.position))
        ).all()
        roles = session.execute(
            select(
                col(EventRole.label_id),
                col(EventRole.name),
                col(EventRole.allowed_labels),
                col(EventRole.repeatable),
            ).order_by(col(EventRole.label_id), col(EventRole.position))
        ).all()
        rows = session.execute(
            select(col(KnowledgeEntity.key), col(KnowledgeEntity.name), col(KnowledgeEntity.type),
                   col(KnowledgeEntity.aliases))
            .order_by(col(KnowledgeEntity.id))
        ).all()  # fmt: skip
    event_names = {label_id: name for label_id, name, kind in labels if kind == "event"}
    event_roles: dict[str, list[RoleSpec]] = {name: [] for name in event_names.values()}
    for label_id, name, allowed, repeatable in roles:
        if label_id in event_names:
            event_roles[event_names[label_id]].append(RoleSpec(name, tuple(allowed or ()), bool(repeatable)))
    entities = [GazetteerEntity(key, name, type_, tuple(aliases or ())) for key, name, type_, aliases in rows]
    known = {entity.key for entity in entities}
    entities += [
        GazetteerEntity(entity.id, entity.name, entity.type, entity.aliases)
        for entity in load_default_knowledge_base()
        if entity.id not in known
    ]
    return RuleKnowledge(
        entity_labels=frozenset(name for _id, name, kind in labels if kind == "entity"),
        event_roles={name: tuple(specs) for name, specs in event_roles.items()},
        entities=tuple(entities),
    )


def _reference(pub_date: str | None) -> NormalizedDate | None:
    if not pub_date:
        return None
    return normalize_date(pub_date, reference=date.today())


class RuleSuggester:
    """Proposes spans by rule; built from `RuleKnowledge`, then pure (see the module docstring)."""

    source = SOURCE

    def __init__(self, knowledge: RuleKnowledge) -> None:
        self.knowledge = knowledge
        labels = knowledge.entity_labels
        self.gazetteer = Gazetteer(entity for entity in knowledge.entities if entity.label in labels)
        self.triggers = TriggerLexicon(knowledge.event_roles)
        self.dates = DATE_LABEL in labels
        self.number_labels = number_labels(labels)
        self.titles = TitleLexicon() if labels & {TITLE_LABEL, PERSON_LABEL} else None

    def suggest(self, documents: Iterable[SuggestInput]) -> Iterator[tuple[int, list[ProposedSpan]]]:
        for document in documents:
            yield document.document_id, self.suggest_one(document)

    def suggest_one(self, document: SuggestInput) -> list[ProposedSpan]:
        """Every proposal for one document, sorted by position (then label)."""
        text = document.text
        published = _reference(document.pub_date)
        urls = [match.span() for match in _URL.finditer(text)]
        in_url = bytearray(len(text) if urls else 0)
        for first, stop in urls:
            in_url[first:stop] = b"\x01" * (stop - first)
        proposals: list[ProposedSpan] = []
        mentions: list[Mention] = []  # what trigger arguments are chosen from

        def propose(proposal: ProposedSpan, mention: Mention | None = None) -> None:
            if in_url.find(1, proposal.start, proposal.end) < 0:
                proposals.append(proposal)
                if mention is not None:
                    mentions.append(mention)

        words = FoldedWords.of(text)
        labels = self.knowledge.entity_labels
        for hit in self.gazetteer.find(words, document.language):
            propose(
                ProposedSpan(
                    hit.start, hit.end, hit.entity.label, GAZETTEER, round(hit.score, 3), rule=hit.alias,
                    entity_key=hit.entity.key,
                ),
                Mention(hit.start, hit.end, hit.entity.label, hit.entity.key, hit.suffix),
            )  # fmt: skip
        if self.titles is not None:
            taken = [(mention.start, mention.end) for mention in mentions]
            titles, names = self.titles.find(words, document.language, taken)
            for title in titles if TITLE_LABEL in labels else ():
                propose(
                    ProposedSpan(title.start, title.end, TITLE_LABEL, TITLES, title.score, rule=title.title),
                    Mention(title.start, title.end, TITLE_LABEL),
                )
            for name in names if PERSON_LABEL in labels else ():
                propose(
                    ProposedSpan(
                        name.start, name.end, PERSON_LABEL, NAMES, NAME_SCORE, rule=f"after {name.title}"
                    ),
                    Mention(name.start, name.end, PERSON_LABEL, suffix=name.suffix),
                )
        dated: list[tuple[int, int]] = []
        for start, end, found in find_dates(text, language=document.language, reference=_day(published)):
            dated.append((start, end))
            if self.dates:
                propose(
                    ProposedSpan(
                        start, end, DATE_LABEL, DATES, DATE_SCORE, rule=found.raw, date_iso=found.iso,
                        date_precision=found.precision,
                    ),
                    Mention(start, end, DATE_LABEL, date=found),
                )  # fmt: skip
        if self.number_labels:
            for number in find_numbers(text, self.number_labels, dated + urls):
                propose(
                    ProposedSpan(
                        number.start, number.end, number.label, NUMBERS, NUMBER_SCORE, rule=number.kind
                    )
                )
        if self.triggers.event_roles:
            mentions.sort(key=lambda mention: mention.start)
            sentences = SentenceIndex(text)
            for trigger in self.triggers.find(words, document.language, mentions, sentences, published):
                propose(
                    ProposedSpan(
                        trigger.start, trigger.end, trigger.event_type, TRIGGERS, trigger.score,
                        rule=trigger.phrase, arguments=trigger.arguments, date_iso=trigger.date_iso,
                        date_precision=trigger.date_precision,
                    )
                )  # fmt: skip
        proposals.sort(key=lambda proposal: (proposal.start, proposal.end, proposal.label))
        return proposals


def _day(published: NormalizedDate | None) -> date | None:
    return published.start if published is not None else None


def rule_suggester(project: Project) -> RuleSuggester:
    """The rule suggester for `project`, reading its schema and knowledge base once."""
    return RuleSuggester(read_rule_knowledge(project))
