"""What a model learns from: the accepted entity spans of a project, cut into paragraphs, split seeded.

Which documents: every document with at least one accepted entity span, plus the documents marked
annotated or approved even when they have none (a person has read them and found nothing, which is a
lesson too). A document without spans that nobody marked done is left out: most likely nobody has looked
at it, and training on it would teach the model that its names are not names. Only annotated/approved
documents would be safer but would ignore an imported, fully labelled corpus (imports arrive "in
progress") and everything an annotator has tagged so far, which is what train-in-the-loop is for.

A document is cut into paragraphs (its lines, joined where a span crosses a line break): a CoNLL file
imported without -DOCSTART- is one document of thousands of sentences, and a model trains and predicts
better on short texts. The held-out split is by document when there are enough of them (no paragraph
of a held-out story was seen in training), otherwise by paragraph.
"""

from __future__ import annotations

import random
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from curator.core.layers import DEFAULT_CHOICE, LayerChoice
from curator.core.queries import iter_export_documents
from curator.core.storage import Project
from curator.core.text.tokenization import language_code

# Split by document only when each of dev and test gets at least this many documents.
MIN_HELDOUT_DOCUMENTS = 5
_LINE_BREAK = re.compile("\n")

Spans = tuple[tuple[int, int, str], ...]


@dataclass(frozen=True, slots=True)
class Unit:
    """One paragraph: its document, where it starts in the document's text, its text and its spans
    (offsets relative to the paragraph)."""

    document_id: int
    offset: int
    text: str
    spans: Spans


@dataclass(slots=True)
class LanguageCorpus:
    language: str
    units: list[Unit] = field(default_factory=list)
    document_ids: set[int] = field(default_factory=set)


@dataclass(frozen=True, slots=True)
class Split:
    train: list[Unit]
    dev: list[Unit]
    test: list[Unit]
    by: str  # "documents" or "paragraphs"

    @property
    def heldout_documents(self) -> int:
        return len({unit.document_id for unit in (*self.dev, *self.test)})


def paragraphs(document_id: int, text: str, spans: Iterable[tuple[int, int, str]]) -> list[Unit]:
    """Cut `text` at the line breaks that no span crosses; blank paragraphs are dropped."""
    ordered = sorted(spans)
    breaks = [match.start() for match in _LINE_BREAK.finditer(text)]
    crossed: set[int] = set()
    for start, end, _ in ordered:
        crossed.update(range(bisect_left(breaks, start), bisect_left(breaks, end)))
    bounds = [-1, *(b for k, b in enumerate(breaks) if k not in crossed), len(text)]
    starts = [span[0] for span in ordered]
    units: list[Unit] = []
    for before, after in pairwise(bounds):
        start, end = before + 1, after
        piece = text[start:end]
        if not piece.strip():
            continue
        first, last = bisect_left(starts, start), bisect_left(starts, end)
        inside = tuple((s - start, e - start, label) for s, e, label in ordered[first:last])
        units.append(Unit(document_id, start, piece, inside))
    return units


def collect(
    project: Project,
    language: str | None = None,
    layer: LayerChoice = DEFAULT_CHOICE,
    left_out: list[tuple[int, str, str]] | None = None,
) -> dict[str, LanguageCorpus]:
    """The training paragraphs of the project by spaCy language code (only `language` if given).

    The same documents and layers as the training exports: those someone worked on
    (`DocumentFilter.worked_on`), each read from the `layer` chosen for it, so a model trained here and
    one trained from `curator export --format spacy` see the same corpus. The documents the layer
    choice leaves out (several layers, no gold) are appended to `left_out` as (id, title, reason)."""
    wanted = language_code(language) if language else None
    corpora: dict[str, LanguageCorpus] = {}
    found: list[tuple[int, str, str]] = [] if left_out is None else left_out

    def note(document_id: int, title: str, reason: str) -> None:
        found.append((document_id, title, reason))

    for document in iter_export_documents(project, worked_on_only=True, layer=layer, left_out=note):
        code = language_code(document.language)
        if wanted is not None and code != wanted:
            continue
        corpus = corpora.setdefault(code, LanguageCorpus(code))
        corpus.document_ids.add(document.id)
        corpus.units.extend(paragraphs(document.id, document.text, document.spans))
    return corpora


def has_overlaps(units: Iterable[Unit]) -> bool:
    """Whether any two spans of a paragraph share a character (then NER alone cannot learn them all)."""
    for unit in units:
        ordered = sorted(unit.spans)
        for first, second in zip(ordered, ordered[1:], strict=False):
            if second[0] < first[1]:
                return True
    return False


def split(units: Sequence[Unit], heldout_fraction: float, seed: int) -> Split:
    """Seeded train/dev/test: `heldout_fraction` of the data held out, half for dev (early stopping) and
    half for test (the reported scores). By document when there are enough documents."""
    rng = random.Random(seed)
    documents = sorted({unit.document_id for unit in units})
    heldout_documents = round(len(documents) * heldout_fraction)
    if heldout_documents >= 2 * MIN_HELDOUT_DOCUMENTS:
        rng.shuffle(documents)
        dev_ids = set(documents[: heldout_documents // 2])
        test_ids = set(documents[heldout_documents // 2 : heldout_documents])
        train = [u for u in units if u.document_id not in dev_ids and u.document_id not in test_ids]
        dev = [u for u in units if u.document_id in dev_ids]
        test = [u for u in units if u.document_id in test_ids]
        return Split(train, dev, test, "documents")
    order = list(range(len(units)))
    rng.shuffle(order)
    heldout = max(2, round(len(units) * heldout_fraction))
    dev_size = heldout // 2
    dev = [units[i] for i in sorted(order[:dev_size])]
    test = [units[i] for i in sorted(order[dev_size:heldout])]
    train = [units[i] for i in sorted(order[heldout:])]
    return Split(train, dev, test, "paragraphs")
