"""The coefficients against DKPro's αU fixture, hand-computed cases, and independent implementations."""

from __future__ import annotations

import krippendorff
import numpy
import pytest
from nltk.metrics.agreement import AnnotationTask

from curator.core.agreement.coefficients import (
    Unit,
    alpha_unitizing,
    cohen_kappa,
    fleiss_kappa,
    krippendorff_alpha_nominal,
    merge_overlaps,
)

# Krippendorff (2004: 254), as DKPro Agreement's Krippendorff2004Test builds it.
FIXTURE = [
    Unit(225, 70, "c", 0), Unit(370, 30, "c", 0), Unit(220, 80, "c", 1), Unit(355, 20, "c", 1),
    Unit(400, 20, "c", 1), Unit(180, 60, "k", 0), Unit(300, 50, "k", 0), Unit(180, 60, "k", 1),
    Unit(300, 50, "k", 1),
]  # fmt: skip


def test_alpha_unitizing_gives_dkpro_fixture_numbers() -> None:
    result = alpha_unitizing(150, 300, 2, FIXTURE)
    assert round(result.by_category["c"], 4) == 0.7286
    assert round(result.by_category["k"], 4) == 1.0
    # DKPro asserts 0.8591 within 0.0005: the book's figure, from D_o and D_e rounded to four places
    # (1 - 0.0072 / 0.0511); unrounded, 1 - mean D_o / mean D_e is 0.85867.
    assert result.alpha == pytest.approx(0.8591, abs=0.0005)
    assert round(1 - (0.0144 + 0.0) / (0.0532 + 0.0490), 4) == 0.8591


def test_alpha_unitizing_is_one_for_identical_raters_and_drops_for_a_missed_unit() -> None:
    same = [Unit(10, 5, "X", 0), Unit(10, 5, "X", 1), Unit(40, 8, "X", 0), Unit(40, 8, "X", 1)]
    assert alpha_unitizing(0, 100, 2, same).alpha == 1.0
    missed = [Unit(10, 5, "X", 0), Unit(10, 5, "X", 1), Unit(40, 8, "X", 0)]
    assert alpha_unitizing(0, 100, 2, missed).alpha < 0.8


def test_merge_overlaps_joins_a_raters_overlapping_units() -> None:
    assert merge_overlaps([(5, 9), (0, 3), (7, 12), (12, 14)]) == [(0, 3), (5, 14)]


def _generated(seed: int, items: int, raters: int, categories: int, noise: float) -> numpy.ndarray:
    """Raters who copy a hidden true code and, with probability `noise`, pick any code instead."""
    random = numpy.random.default_rng(seed)
    truth = random.integers(0, categories, items)
    codes = numpy.repeat(truth[:, None], raters, axis=1)
    flip = random.random((items, raters)) < noise
    codes[flip] = random.integers(0, categories, int(flip.sum()))
    return codes


def _task(codes: numpy.ndarray) -> AnnotationTask:
    return AnnotationTask(
        [(f"r{r}", str(i), str(codes[i, r])) for i in range(codes.shape[0]) for r in range(codes.shape[1])
         if codes[i, r] != -1]
    )  # fmt: skip


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_cohen_kappa_matches_nltk(seed: int) -> None:
    codes = _generated(seed, 400, 2, 4, 0.3)
    assert cohen_kappa(codes[:, 0], codes[:, 1]) == pytest.approx(_task(codes).kappa(), abs=1e-9)


@pytest.mark.parametrize("seed", [4, 5])
def test_fleiss_kappa_matches_nltks_multi_pi(seed: int) -> None:
    """NLTK's `pi()` over many coders is Fleiss' κ (Siegel and Castellan's K)."""
    codes = _generated(seed, 300, 4, 3, 0.4)
    assert fleiss_kappa(codes) == pytest.approx(_task(codes).pi(), abs=1e-9)


@pytest.mark.parametrize("seed", [6, 7])
def test_alpha_matches_the_krippendorff_package_and_nltk_with_missing_codes(seed: int) -> None:
    codes = _generated(seed, 300, 3, 5, 0.35)
    codes[numpy.random.default_rng(seed).random(codes.shape) < 0.2] = -1
    reliability = numpy.where(codes == -1, numpy.nan, codes.astype(float)).T
    expected = krippendorff.alpha(reliability_data=reliability, level_of_measurement="nominal")
    assert krippendorff_alpha_nominal(codes) == pytest.approx(expected, abs=1e-9)
    pairable = codes[(codes != -1).sum(axis=1) >= 2]
    assert krippendorff_alpha_nominal(codes) == pytest.approx(_task(pairable).alpha(), abs=1e-9)


def test_hand_computed_kappa() -> None:
    """Two raters, ten items: they agree on 8 (p_o = 0.8); each says A 5 times (p_e = 0.5): κ = 0.6."""
    first = numpy.array([0, 0, 0, 0, 0, 1, 1, 1, 1, 1])
    second = numpy.array([0, 0, 0, 0, 1, 0, 1, 1, 1, 1])
    assert cohen_kappa(first, second) == pytest.approx(0.6)


def test_one_category_has_no_kappa_rather_than_nan() -> None:
    assert cohen_kappa(numpy.zeros(5, dtype=int), numpy.zeros(5, dtype=int)) is None
