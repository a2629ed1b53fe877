"""Span boundaries against grapheme clusters: the shortcuts of ClusterBounds agree with segmenting."""

from __future__ import annotations

import random

import regex

from curator.core.importers.clusters import ClusterBounds

# Letters, a space, LF, CR, a control, marks, a joiner, a virama and conjuncts, Hangul jamo, regional
# indicators, an emoji modifier: each class of UAX #29 that joins or breaks differently.
ALPHABET = [
    "a", "ş", " ", "\n", "\r", "\t", "\u0301", "\u0327", "\u200d", "क", "\u094d", "ष", "\u1100", "\u1161",
    "\U0001f1f9", "\U0001f1f7", "\U0001f44d", "\U0001f3fd", "\u0600",
]  # fmt: skip


def _cluster_starts(text: str) -> set[int]:
    return {match.start() for match in regex.finditer(r"\X", text)} | {len(text)}


def test_is_boundary_is_a_cluster_start_for_random_texts() -> None:
    chance = random.Random(14)
    for _ in range(2_000):
        pool = ALPHABET if chance.random() < 0.5 else ["a", "ş", " ", "\n", "\t", "İ"]
        text = "".join(chance.choice(pool) for _ in range(chance.randint(1, 12)))
        bounds = ClusterBounds(text)
        starts = _cluster_starts(text)
        assert [bounds.is_boundary(offset) for offset in range(len(text) + 1)] == [
            offset in starts for offset in range(len(text) + 1)
        ], repr(text)
