"""Precision, recall and F1 of proposed spans against gold spans, by exact character offsets.

A span counts only when its start, end and label all match a gold span, whatever the tokenization: a
model, the rules and `spacy train`'s pipeline are scored the same way on the same texts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

MICRO = "micro"

# (document key, start, end, label)
SpanKey = tuple[object, int, int, str]


@dataclass(frozen=True, slots=True)
class LabelScore:
    precision: float
    recall: float
    f1: float
    support: int  # gold spans
    predicted: int
    correct: int

    def to_dict(self) -> dict:
        return {
            "p": round(self.precision, 4),
            "r": round(self.recall, 4),
            "f": round(self.f1, 4),
            "support": self.support,
            "predicted": self.predicted,
            "correct": self.correct,
        }


@dataclass(frozen=True, slots=True)
class Scores:
    """Per-label scores and their micro average (over all spans) under the key "micro"."""

    labels: dict[str, LabelScore] = field(default_factory=dict)
    micro: LabelScore = LabelScore(0.0, 0.0, 0.0, 0, 0, 0)

    @property
    def f1(self) -> float:
        return self.micro.f1

    def to_dict(self) -> dict:
        return {MICRO: self.micro.to_dict(), "labels": {k: v.to_dict() for k, v in self.labels.items()}}


def _score(correct: int, predicted: int, support: int) -> LabelScore:
    precision = correct / predicted if predicted else 0.0
    recall = correct / support if support else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return LabelScore(precision, recall, f1, support, predicted, correct)


def score_spans(gold: Iterable[SpanKey], predicted: Iterable[SpanKey]) -> Scores:
    """Score `predicted` against `gold`; repeated keys count once."""
    gold_set, predicted_set = set(gold), set(predicted)
    correct = gold_set & predicted_set
    support = Counter(key[3] for key in gold_set)
    proposed = Counter(key[3] for key in predicted_set)
    hits = Counter(key[3] for key in correct)
    labels = {
        label: _score(hits[label], proposed[label], support[label])
        for label in sorted(support.keys() | proposed.keys())
    }
    return Scores(labels, _score(len(correct), len(predicted_set), len(gold_set)))


def format_scores(scores: Scores) -> list[str]:
    """A small table: one line per label and the micro average."""
    lines = [f"{'label':<12} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'found':>6}"]
    rows = [*scores.labels.items(), (MICRO, scores.micro)]
    for label, score in rows:
        lines.append(
            f"{label:<12} {score.precision:6.3f} {score.recall:6.3f} {score.f1:6.3f} "
            f"{score.support:6d} {score.predicted:6d}"
        )
    return lines
