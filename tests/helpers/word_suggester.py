"""A small real suggester for tests: proposes every occurrence of the words it is given.

It implements the `Suggester` contract the rule and model suggesters implement, so the storage, runner,
CLI and window tests exercise the same paths real suggestions take.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from curator.core.suggest import ProposedArgument, ProposedSpan, SuggestInput


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    label: str
    entity_key: str | None = None
    score: float = 0.9
    # For a trigger word: (role, word, label) guesses resolved to the word's first occurrence.
    arguments: tuple[tuple[str, str, str], ...] = ()
    date_iso: str | None = None


@dataclass
class WordListSuggester:
    words: list[Word]
    source: str = "words"
    seen: list[list[int]] = field(default_factory=list)  # document ids of each batch, in order

    def suggest(self, documents: Iterable[SuggestInput]) -> Iterator[tuple[int, list[ProposedSpan]]]:
        batch = list(documents)
        self.seen.append([d.document_id for d in batch])
        for document in batch:
            found: list[ProposedSpan] = []
            for word in self.words:
                for match in re.finditer(re.escape(word.text), document.text):
                    arguments = tuple(
                        ProposedArgument(role, start, start + len(text), label)
                        for role, text, label in word.arguments
                        if (start := document.text.find(text)) >= 0
                    )
                    found.append(
                        ProposedSpan(
                            match.start(),
                            match.end(),
                            word.label,
                            f"{self.source}:{word.text}",
                            word.score,
                            rule=f"word {word.text!r}",
                            entity_key=word.entity_key,
                            arguments=arguments,
                            date_iso=word.date_iso,
                            date_precision="day" if word.date_iso else None,
                        )  # fmt: skip
                    )
            yield document.document_id, found
