"""Feedback to one annotator: where their layer differs from the gold layer, and a confusion table.

Compared on the documents both layers are on. Units are matched as in the agreement report (exact,
then same label overlapping); what is left is paired by same boundaries, then by any overlap, as a
label disagreement; the rest is what they missed (gold only) or added (theirs only). A boundary or
label disagreement is located on the range covering both spans, so selecting it shows both.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from curator.core.agreement.layers import LayerSpan, annotator_names, read_corpus, resolve_annotators
from curator.core.agreement.matching import match_units
from curator.core.domain import GOLD_LAYER, CuratorError
from curator.core.storage.database import Project

MISSED = "missed"
EXTRA = "extra"


@dataclass(frozen=True, slots=True)
class Disagreement:
    document_id: int
    start: int
    end: int
    gold_label: str | None
    their_label: str | None
    kind: str  # "missed", "extra", "label" or "boundary"


@dataclass(slots=True)
class Feedback:
    annotator: str
    documents: int = 0
    agreed: int = 0
    disagreements: list[Disagreement] = field(default_factory=list)
    # (gold label or "extra", their label or "missed") -> count; agreed and boundary pairs on the diagonal
    confusion: dict[tuple[str, str], int] = field(default_factory=dict)


def feedback(project: Project, annotator: str, *, gold: str = GOLD_LAYER) -> Feedback:
    """`annotator`'s disagreements with the `gold` layer, document by document in reading order."""
    if annotator == gold:
        raise CuratorError("feedback compares an annotator with the gold layer, not gold with itself")
    if gold not in annotator_names(project):
        raise CuratorError(f"there is no {gold!r} layer yet: adjudicate documents first")
    chosen = resolve_annotators(project, [gold, annotator])
    gold_id, their_id = list(chosen)
    corpus = read_corpus(project, chosen)
    result = Feedback(annotator)
    for document in corpus.documents:
        if gold_id not in document.layers or their_id not in document.layers:
            continue
        result.documents += 1
        _compare(result, document.id, document.spans.get(gold_id, []), document.spans.get(their_id, []))
    result.disagreements.sort(key=lambda d: (d.document_id, d.start, d.end))
    return result


def _compare(result: Feedback, document_id: int, gold: list[LayerSpan], theirs: list[LayerSpan]) -> None:
    gold_units = [(s.start, s.end, s.label) for s in gold]
    their_units = [(s.start, s.end, s.label) for s in theirs]
    matching = match_units(gold_units, their_units)
    used_gold = {i for i, _ in matching.exact} | {i for i, _ in matching.overlap}
    used_theirs = {j for _, j in matching.exact} | {j for _, j in matching.overlap}
    for i, _ in matching.exact:
        result.agreed += 1
        _tally(result, gold[i].label, gold[i].label)
    for i, j in matching.overlap:
        _tally(result, gold[i].label, gold[i].label)
        result.disagreements.append(_pair(document_id, gold[i], theirs[j], "boundary"))
    for same_boundaries in (True, False):
        for i, mine in enumerate(gold):
            if i in used_gold:
                continue
            for j, other in enumerate(theirs):
                if j in used_theirs:
                    continue
                if (
                    (mine.start, mine.end) == (other.start, other.end)
                    if same_boundaries
                    else mine.start < other.end and other.start < mine.end
                ):
                    used_gold.add(i)
                    used_theirs.add(j)
                    _tally(result, mine.label, other.label)
                    result.disagreements.append(_pair(document_id, mine, other, "label"))
                    break
    for i, mine in enumerate(gold):
        if i not in used_gold:
            _tally(result, mine.label, MISSED)
            result.disagreements.append(
                Disagreement(document_id, mine.start, mine.end, mine.label, None, MISSED)
            )
    for j, other in enumerate(theirs):
        if j not in used_theirs:
            _tally(result, EXTRA, other.label)
            result.disagreements.append(
                Disagreement(document_id, other.start, other.end, None, other.label, EXTRA)
            )


def _pair(document_id: int, gold: LayerSpan, theirs: LayerSpan, kind: str) -> Disagreement:
    start, end = min(gold.start, theirs.start), max(gold.end, theirs.end)
    return Disagreement(document_id, start, end, gold.label, theirs.label, kind)


def _tally(result: Feedback, gold_label: str, their_label: str) -> None:
    key = (gold_label, their_label)
    result.confusion[key] = result.confusion.get(key, 0) + 1
