"""Suggesters propose spans; people decide.

A suggester (the rules of `curator.core.suggest.rules`, a trained model of `curator.core.nlp`) reads
documents and yields `ProposedSpan`s: character offsets into the document's text, a label name, where
the proposal comes from and how sure it is. It never writes: `curator.core.services.suggestions` stores
proposals in the `suggestions` table (never over or beside a human tag, never one the user rejected)
and turns an accepted one into a span. Keeping this contract tiny lets rules and models be swapped,
compared and evaluated by the same code.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Protocol


@dataclass(frozen=True, slots=True)
class ProposedArgument:
    """A guessed argument of a proposed event trigger: a role filled by the text at [start, end)."""

    role: str
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class ProposedSpan:
    """One proposal. `source` names the suggester ("rules:gazetteer", "model:tr-3"); `rule` says which
    rule or alias fired, for the tooltip; `entity_key` is the kb_entities.key a gazetteer hit stands for.
    A trigger proposal (label of kind "event") may carry guessed arguments and a date for the reviewer."""

    start: int
    end: int
    label: str
    source: str
    score: float = 1.0
    rule: str = ""
    entity_key: str | None = None
    arguments: tuple[ProposedArgument, ...] = ()
    date_iso: str | None = None
    date_precision: str | None = None
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class SuggestInput:
    """What a suggester may read of a document."""

    document_id: int
    text: str
    language: str
    pub_date: str | None = None


class Suggester(Protocol):
    """Anything that proposes spans for documents, in batches (models want `nlp.pipe`)."""

    source: str

    def suggest(self, documents: Iterable[SuggestInput]) -> Iterator[tuple[int, list[ProposedSpan]]]:
        """Yield (document_id, proposals) for each document, in the order given."""
        ...
