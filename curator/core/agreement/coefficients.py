"""Chance-corrected coefficients on coded items, and Krippendorff's α-unitizing on a continuum.

Coded data is an integer matrix `codes[item, rater]` with -1 where a rater gave no code (their layer is
not on that document); category 0 is "O", the untagged token. The unitizing coefficient follows
Krippendorff (2004) as DKPro Agreement's `KrippendorffAlphaUnitizingAgreement` computes it, so its
published fixture gives the same numbers (tests/core/test_agreement_coefficients.py); the walk over
each rater's units and gaps is done with numpy so a corpus-long continuum costs a sort, not a loop.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy

MISSING = -1


def _category_count(codes: numpy.ndarray) -> int:
    return int(codes.max()) + 1 if codes.size else 0


def cohen_kappa(first: numpy.ndarray, second: numpy.ndarray) -> float | None:
    """Cohen's κ of two raters over the same items; None when chance agreement is total (one category)."""
    if first.size == 0:
        return None
    categories = max(_category_count(first), _category_count(second))
    observed = float(numpy.mean(first == second))
    p_first = numpy.bincount(first, minlength=categories) / first.size
    p_second = numpy.bincount(second, minlength=categories) / second.size
    expected = float(p_first @ p_second)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1.0 - expected)


def fleiss_kappa(codes: numpy.ndarray) -> float | None:
    """Fleiss' κ: every item coded by all raters (a column per rater, no MISSING)."""
    items, raters = codes.shape
    if items == 0 or raters < 2:
        return None
    counts = _counts_per_item(codes)
    agreement = ((counts * (counts - 1)).sum(axis=1) / (raters * (raters - 1))).mean()
    proportions = counts.sum(axis=0) / (items * raters)
    expected = float((proportions**2).sum())
    if expected >= 1.0:
        return None
    return (float(agreement) - expected) / (1.0 - expected)


def krippendorff_alpha_nominal(codes: numpy.ndarray) -> float | None:
    """Krippendorff's α, nominal level, allowing MISSING codes; items coded once are not pairable."""
    if codes.size == 0:
        return None
    counts = _counts_per_item(codes)
    coded = counts.sum(axis=1)
    pairable = coded >= 2
    counts, coded = counts[pairable], coded[pairable]
    total = float(coded.sum())
    if total <= 1:
        return None
    # Coincidences within items: o_ck = sum_u n_uc (n_uk - [c == k]) / (m_u - 1); only the diagonal matters.
    agreeing = float(((counts * (counts - 1)).sum(axis=1) / (coded - 1)).sum())
    marginals = counts.sum(axis=0).astype(float)
    observed_disagreement = 1.0 - agreeing / total
    expected_disagreement = 1.0 - float((marginals * (marginals - 1)).sum()) / (total * (total - 1))
    if expected_disagreement == 0.0:
        return None
    return 1.0 - observed_disagreement / expected_disagreement


def _counts_per_item(codes: numpy.ndarray) -> numpy.ndarray:
    """`counts[item, category]`: how many raters gave the item that category."""
    categories = _category_count(codes)
    items = codes.shape[0]
    counts = numpy.zeros((items, max(categories, 1)), dtype=numpy.int64)
    rows, raters = numpy.nonzero(codes != MISSING)
    numpy.add.at(counts, (rows, codes[rows, raters]), 1)
    return counts


@dataclass(frozen=True, slots=True)
class Unit:
    """One rater's unit on the continuum: `length` characters from `offset`, coded `category`."""

    offset: int
    length: int
    category: str
    rater: int


@dataclass(frozen=True, slots=True)
class UnitizingResult:
    alpha: float | None
    by_category: dict[str, float | None]


def alpha_unitizing(begin: int, length: int, raters: int, units: Sequence[Unit]) -> UnitizingResult:
    """αU overall (1 - mean D_o / mean D_e over categories, as DKPro) and per category.

    A rater's units of one category must not overlap (DKPro's precondition); `merge_overlaps` makes
    them so. A category whose D_o equals D_e gets 0, DKPro's convention; one nobody used is left out.
    """
    grouped: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for unit in units:
        grouped.setdefault((unit.category, unit.rater), []).append((unit.offset, unit.length))
    categories = sorted({category for category, _ in grouped})
    observed: dict[str, float] = {}
    expected: dict[str, float] = {}
    by_category: dict[str, float | None] = {}
    for category in categories:
        per_rater = []
        for rater in range(raters):
            chosen = sorted(grouped.get((category, rater), ()))
            per_rater.append(numpy.array(chosen, dtype=numpy.int64).reshape(-1, 2))
        observed[category] = _observed(begin, length, per_rater)
        expected[category] = _expected(begin, length, per_rater)
        by_category[category] = _alpha(observed[category], expected[category])
    if not categories:
        return UnitizingResult(None, {})
    mean_observed = sum(observed.values()) / len(categories)
    mean_expected = sum(expected.values()) / len(categories)
    return UnitizingResult(_alpha(mean_observed, mean_expected), by_category)


def _alpha(observed: float, expected: float) -> float | None:
    if observed == expected:
        return 0.0
    if expected == 0.0:
        return None
    return 1.0 - observed / expected


def _segments(
    begin: int, length: int, units: numpy.ndarray
) -> tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """The rater's partition of the continuum: starts, ends, and whether each piece is a unit (else a gap)."""
    unit_starts = units[:, 0]
    unit_ends = units[:, 0] + units[:, 1]
    gap_starts = numpy.concatenate(([begin], unit_ends))
    gap_ends = numpy.concatenate((unit_starts, [begin + length]))
    real_gap = gap_ends > gap_starts
    starts = numpy.concatenate((unit_starts, gap_starts[real_gap]))
    ends = numpy.concatenate((unit_ends, gap_ends[real_gap]))
    is_unit = numpy.concatenate((numpy.ones(len(unit_starts), bool), numpy.zeros(int(real_gap.sum()), bool)))
    order = numpy.argsort(starts, kind="stable")
    return starts[order], ends[order], is_unit[order]


def _observed(begin: int, length: int, per_rater: list[numpy.ndarray]) -> float:
    """D_o: over each pair of raters, every overlapping pair of their segments (units or gaps)."""
    raters = len(per_rater)
    segments = [_segments(begin, length, units) for units in per_rater]
    total = 0.0
    for first in range(raters):
        starts1, ends1, unit1 = segments[first]
        for second in range(first + 1, raters):
            starts2, ends2, unit2 = segments[second]
            pieces = numpy.union1d(starts1, starts2)
            i = numpy.searchsorted(starts1, pieces, side="right") - 1
            j = numpy.searchsorted(starts2, pieces, side="right") - 1
            b1, e1, u1 = starts1[i], ends1[i], unit1[i]
            b2, e2, u2 = starts2[j], ends2[j], unit2[j]
            both = u1 & u2
            first_in_gap = u1 & ~u2 & (b1 >= b2) & (e1 <= e2)
            second_in_gap = ~u1 & u2 & (b2 >= b1) & (e2 <= e1)
            distance = (
                numpy.where(both, (b1 - b2) ** 2 + (e1 - e2) ** 2, 0)
                + numpy.where(first_in_gap, (e1 - b1) ** 2, 0)
                + numpy.where(second_in_gap, (e2 - b2) ** 2, 0)
            )
            total += float(distance.sum(dtype=numpy.float64))
    return 2.0 * total / (raters * (raters - 1) * float(length) ** 2)


def _expected(begin: int, length: int, per_rater: list[numpy.ndarray]) -> float:
    """D_e: every possible placement of each unit in every gap of the category, as Krippendorff 2004."""
    raters = len(per_rater)
    lengths = numpy.concatenate([units[:, 1] for units in per_rater]).astype(numpy.float64)
    gaps = []
    for units in per_rater:
        starts, ends, is_unit = _segments(begin, length, units)
        gaps.append((ends - starts)[~is_unit])
    gap_lengths = numpy.sort(numpy.concatenate(gaps)).astype(numpy.float64)
    count = len(lengths)
    # For a unit of length l: sum over gaps g >= l of (g - l + 1), from suffix sums of the sorted gaps.
    suffix = numpy.concatenate((numpy.cumsum(gap_lengths[::-1])[::-1], [0.0]))
    first_fitting = numpy.searchsorted(gap_lengths, lengths, side="left")
    fitting = len(gap_lengths) - first_fitting
    placements = suffix[first_fitting] - (lengths - 1.0) * fitting
    within = (count - 1.0) * (2.0 * lengths**3 - 3.0 * lengths**2 + lengths) / 3.0
    numerator = float((within + lengths**2 * placements).sum()) * 2.0 / length
    denominator = raters * float(length) * (raters * float(length) - 1.0) - float(
        (lengths * (lengths - 1.0)).sum()
    )
    return numerator / denominator


def merge_overlaps(spans: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The union of `spans` as disjoint (start, end) ranges: one rater's overlapping units of a category."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged
