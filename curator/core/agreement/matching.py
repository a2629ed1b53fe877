"""Matching two layers' units of one document: exact, then overlap-tolerant, one to one.

Exact pairs are taken first (same start, end and label); of what is left, each unit of the first layer
takes the first unmatched unit of the second with the same label that overlaps it. Overlap pairs that are
not exact are the boundary disagreements, counted apart so a reader sees whether annotators disagree
on what is an entity or only on where it ends. Same-boundary pairs with different labels are counted
too (they are what a confusion table shows).
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass


@dataclass(slots=True)
class MatchCounts:
    """Counts for one pair of layers (and one label, or all): `first`/`second` are the two layers' units."""

    first: int = 0
    second: int = 0
    exact: int = 0
    overlap: int = 0
    boundary: int = 0
    relabelled: int = 0

    def add(self, other: MatchCounts) -> None:
        self.first += other.first
        self.second += other.second
        self.exact += other.exact
        self.overlap += other.overlap
        self.boundary += other.boundary
        self.relabelled += other.relabelled

    @property
    def f1_exact(self) -> float | None:
        return f1(self.exact, self.first, self.second)

    @property
    def f1_overlap(self) -> float | None:
        return f1(self.overlap, self.first, self.second)

    @property
    def precision(self) -> float | None:
        """Exact matches among the second layer's units (the first is the reference)."""
        return self.exact / self.second if self.second else None

    @property
    def recall(self) -> float | None:
        return self.exact / self.first if self.first else None


def f1(matched: int, first: int, second: int) -> float | None:
    """2·matched / (first + second): symmetric, so it needs no reference layer; None with no units."""
    total = first + second
    return 2.0 * matched / total if total else None


Unit = tuple[int, int, Hashable]


@dataclass(frozen=True, slots=True)
class Matching:
    exact: list[tuple[int, int]]
    overlap: list[tuple[int, int]]  # beyond the exact pairs: same label, overlapping, other boundaries


def match_units(first: Sequence[Unit], second: Sequence[Unit]) -> Matching:
    """Index pairs (into `first`, `second`) matched exactly, then by overlap with the same label."""
    positions: dict[Unit, list[int]] = {}
    for index, unit in enumerate(second):
        positions.setdefault(unit, []).append(index)
    exact: list[tuple[int, int]] = []
    used_first: set[int] = set()
    used_second: set[int] = set()
    for index, unit in enumerate(first):
        candidates = positions.get(unit)
        if candidates:
            other = candidates.pop(0)
            exact.append((index, other))
            used_first.add(index)
            used_second.add(other)
    overlap: list[tuple[int, int]] = []
    remaining = [j for j in range(len(second)) if j not in used_second]
    for index, (start, end, label) in enumerate(first):
        if index in used_first:
            continue
        for position, other in enumerate(remaining):
            other_start, other_end, other_label = second[other]
            if other_label == label and other_start < end and start < other_end:
                overlap.append((index, other))
                del remaining[position]
                break
    return Matching(exact, overlap)


def count_by_label(first: Sequence[Unit], second: Sequence[Unit]) -> dict[Hashable, MatchCounts]:
    """Per label: units on each side, exact and overlap matches, boundary and label disagreements."""
    counts: dict[Hashable, MatchCounts] = {}
    for _, _, label in first:
        counts.setdefault(label, MatchCounts()).first += 1
    for _, _, label in second:
        counts.setdefault(label, MatchCounts()).second += 1
    matching = match_units(first, second)
    for index, _ in matching.exact:
        entry = counts[first[index][2]]
        entry.exact += 1
        entry.overlap += 1
    for index, _ in matching.overlap:
        entry = counts[first[index][2]]
        entry.overlap += 1
        entry.boundary += 1
    matched_first = {i for i, _ in matching.exact} | {i for i, _ in matching.overlap}
    matched_second = {j for _, j in matching.exact} | {j for _, j in matching.overlap}
    boundaries = {(s, e): label for j, (s, e, label) in enumerate(second) if j not in matched_second}
    for index, (start, end, label) in enumerate(first):
        if index not in matched_first and (start, end) in boundaries:
            counts[label].relabelled += 1
    return counts
