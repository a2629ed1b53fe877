"""The agreement report over a project's layers: pairwise, per label, all raters at once, events.

Aggregation: one concatenated corpus, as MAE does, not the mean of per-document scores as INCEpTION
does. F1 counts and κ/α items are pooled over all compared documents, and αU runs on one continuum made
of the documents laid end to end. Why: news documents here are short and uneven (a 40-word wire item
next to a 2,000-word feature); a per-document mean gives a three-span item as much weight as a
hundred-span one, and is undefined (NaN) on every document where a label does not occur, which is most
of them per label. Pooling weighs every unit once and stays defined whenever the label occurs at all.

Which documents: a pair is compared on the documents both of its layers are on (a layer is on a
document when it has a span or event there, or its assignment is marked annotated). Fleiss' κ and the
all-rater αU need every compared layer on a document; Krippendorff's α takes missing layers as missing
values and uses every document with two or more. A document with a single layer is listed as skipped
with its one annotator, never scored; a pair of layers that share no document gets no row.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import combinations

import numpy

from curator.core.agreement.coefficients import (
    Unit,
    UnitizingResult,
    alpha_unitizing,
    cohen_kappa,
    fleiss_kappa,
    krippendorff_alpha_nominal,
    merge_overlaps,
)
from curator.core.agreement.events import EventCounts, count_events
from curator.core.agreement.layers import Corpus, DocumentLayers, read_corpus, resolve_annotators
from curator.core.agreement.matching import MatchCounts, count_by_label
from curator.core.agreement.tokens import OUTSIDE, token_codes, tokenize_documents
from curator.core.domain import CuratorError
from curator.core.storage.database import Project

Progress = Callable[[int, int], None]


class AgreementCancelled(CuratorError):
    """The caller's `is_cancelled()` turned true between two stages; nothing was written either way."""


@dataclass(frozen=True, slots=True)
class SkippedDocument:
    document_id: int
    title: str
    reason: str


@dataclass(slots=True)
class PairAgreement:
    first: str
    second: str
    documents: int = 0
    tokens: int = 0
    spans: MatchCounts = field(default_factory=MatchCounts)
    kappa: float | None = None
    alpha_unitizing: float | None = None


@dataclass(slots=True)
class LabelAgreement:
    label: str
    spans: MatchCounts
    alpha_unitizing: float | None = None


@dataclass(slots=True)
class EventAgreement:
    first: str
    second: str
    event_type: str
    role: str | None
    counts: MatchCounts


@dataclass(slots=True)
class AgreementReport:
    annotators: list[str]
    documents: int = 0  # documents with two or more compared layers
    complete_documents: int = 0  # documents with every compared layer (Fleiss' κ, all-rater αU)
    tokens: int = 0
    skipped: list[SkippedDocument] = field(default_factory=list)
    pairs: list[PairAgreement] = field(default_factory=list)
    labels: list[LabelAgreement] = field(default_factory=list)
    events: list[EventAgreement] = field(default_factory=list)
    fleiss_kappa: float | None = None
    alpha: float | None = None
    alpha_unitizing: float | None = None

    @property
    def comparable(self) -> bool:
        return self.documents > 0


def compute_agreement(
    project: Project,
    annotators: Sequence[str] | None = None,
    *,
    label: str | None = None,
    document_ids: Sequence[int] | None = None,
    progress: Progress | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> AgreementReport:
    """Read the layers and score them; `progress(done, total)` is told per stage (read, tokens, scores),
    and `is_cancelled()` asked between stages and pairs (then `AgreementCancelled` is raised)."""
    chosen = resolve_annotators(project, annotators)
    _tell(progress, 0, 3)
    corpus = read_corpus(project, chosen, document_ids=document_ids, label=label)
    if not annotators:  # every annotator who opened the project has a row; compare those who annotated
        active = {layer for document in corpus.documents for layer in document.layers}
        corpus = Corpus({i: name for i, name in chosen.items() if i in active}, corpus.documents)
    _tell(progress, 1, 3)
    return score_corpus(corpus, progress=progress, is_cancelled=is_cancelled)


def _tell(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def score_corpus(
    corpus: Corpus, *, progress: Progress | None = None, is_cancelled: Callable[[], bool] | None = None
) -> AgreementReport:
    def check() -> None:
        if is_cancelled is not None and is_cancelled():
            raise AgreementCancelled("agreement cancelled")

    layer_ids = sorted(corpus.annotators, key=list(corpus.annotators).index)
    names = [corpus.annotators[i] for i in layer_ids]
    report = AgreementReport(names)
    compared: list[DocumentLayers] = []
    for document in corpus.documents:
        present = [layer for layer in layer_ids if layer in document.layers]
        if len(present) >= 2:
            compared.append(document)
        elif present:
            who = corpus.annotators[present[0]]
            report.skipped.append(SkippedDocument(document.id, document.title, f"only {who} annotated it"))
    report.documents = len(compared)
    if not compared:
        return report
    check()
    tokens = tokenize_documents(compared)
    _tell(progress, 2, 3)
    check()
    categories: dict[str, int] = {OUTSIDE: 0}
    codes = [token_codes(d, tokens[d.id], layer_ids, categories) for d in compared]
    all_codes = numpy.concatenate(codes) if codes else numpy.zeros((0, len(layer_ids)), dtype=numpy.int64)
    report.tokens = int(all_codes.shape[0])
    report.alpha = krippendorff_alpha_nominal(all_codes)
    complete = numpy.all(all_codes != -1, axis=1)
    report.complete_documents = sum(1 for d in compared if set(layer_ids) <= set(d.layers))
    report.fleiss_kappa = fleiss_kappa(all_codes[complete]) if complete.any() else None
    label_counts: dict[str, MatchCounts] = {}
    event_rows: dict[tuple[int, int], EventCounts] = {}
    for (a, first), (b, second) in combinations(enumerate(layer_ids), 2):
        check()
        pair = PairAgreement(corpus.annotators[first], corpus.annotators[second])
        both = (all_codes[:, a] != -1) & (all_codes[:, b] != -1)
        pair.tokens = int(both.sum())
        pair.kappa = cohen_kappa(all_codes[both, a], all_codes[both, b])
        shared = [d for d in compared if first in d.layers and second in d.layers]
        pair.documents = len(shared)
        if not shared:
            continue
        events = EventCounts()
        for document in shared:
            by_label = count_by_label(_units(document, first), _units(document, second))
            for name, counts in by_label.items():
                pair.spans.add(counts)
                label_counts.setdefault(str(name), MatchCounts()).add(counts)
            events.add(count_events(document.events.get(first, []), document.events.get(second, [])))
        pair.alpha_unitizing = _continuum_alpha(shared, [first, second]).alpha
        event_rows[(first, second)] = events
        report.pairs.append(pair)
    everyone = [d for d in compared if set(layer_ids) <= set(d.layers)]
    overall = _continuum_alpha(everyone, layer_ids)
    report.alpha_unitizing = overall.alpha
    report.labels = [
        LabelAgreement(name, counts, overall.by_category.get(name))
        for name, counts in sorted(label_counts.items())
    ]
    for (first, second), events in event_rows.items():
        for event_type, counts in sorted(events.triggers.items()):
            report.events.append(
                EventAgreement(corpus.annotators[first], corpus.annotators[second], event_type, None, counts)
            )
            for (role_type, role), role_counts in sorted(events.roles.items()):
                if role_type == event_type:
                    report.events.append(
                        EventAgreement(
                            corpus.annotators[first], corpus.annotators[second], event_type, role, role_counts
                        )
                    )
    _tell(progress, 3, 3)
    return report


def _units(document: DocumentLayers, layer: int) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label) for s in document.spans.get(layer, ())]


def _continuum_alpha(documents: Sequence[DocumentLayers], layers: Sequence[int]) -> UnitizingResult:
    """αU on the documents laid end to end; each layer's overlapping spans of one label are merged."""
    units: list[Unit] = []
    offset = 0
    for document in documents:
        for rater, layer in enumerate(layers):
            by_label: dict[str, list[tuple[int, int]]] = {}
            for span in document.spans.get(layer, ()):
                by_label.setdefault(span.label, []).append((span.start, span.end))
            for name, ranges in by_label.items():
                for start, end in merge_overlaps(ranges):
                    units.append(Unit(offset + start, end - start, name, rater))
        offset += len(document.text)
    if offset == 0:
        return alpha_unitizing(0, 1, len(layers), [])
    return alpha_unitizing(0, offset, len(layers), units)
