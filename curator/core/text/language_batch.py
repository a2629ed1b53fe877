"""py3langid's scores for many texts at once, with NumPy.

py3langid walks its byte-level automaton in a Python loop, one text at a time: on 10,000 one-sentence
Turkish tasks that loop was 1.3 s of a 3.7 s import. Here the automaton advances every text of a group
by one byte per NumPy step (texts sorted by length, so a step only touches the texts still going), and
the naive Bayes sums are taken over all (text, feature) counts of the group together. The scores are
py3langid's own (same features, same log1p counts, same tables) up to float32 rounding in the order of
the sums, far below the margins language.py compares.

Groups are bounded in cells (texts × bytes of the longest one), so memory stays flat for any import, and
hold texts of similar lengths; a group of a few texts goes through py3langid itself, whose loop beats a
NumPy step per byte there.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator, Sequence
from typing import Any, Protocol

import numpy as np

# Cells (texts × bytes of the longest one) walked in one group: 2M keeps a group's arrays near 30 MB.
GROUP_CELLS = 2_000_000
# Fewer texts than this in a group: py3langid's own loop is faster than a NumPy step per byte.
MIN_VECTOR_TEXTS = 16
# py3langid's score of a text without any feature (its RAW_FLOOR).
RAW_FLOOR = float(np.finfo(np.float32).min)


class Model(Protocol):
    """The parts of py3langid's LanguageIdentifier read here (all public attributes)."""

    nb_classes: list[str]
    nb_ptc: Any
    nb_pc: Any
    tk_nextmove: Any
    tk_row: Any
    tk_output: Any

    def rank(self, text: str) -> list[tuple[str, float]]: ...


class BatchScorer:
    """Scores of many texts per language of `model` (already limited to the languages wanted)."""

    def __init__(self, model: Model) -> None:
        self._model = model
        # Views and small copies only: the automaton (10M entries) stays the model's own buffer.
        self._nextmove = np.frombuffer(model.tk_nextmove, dtype=f"u{model.tk_nextmove.itemsize}")
        self._row_base = np.asarray(model.tk_row, dtype=np.int64) << 8
        self._output = np.asarray(model.tk_output, dtype=np.int32)
        self._ptc = np.asarray(model.nb_ptc, dtype=np.float32)
        self._pc = np.asarray(model.nb_pc, dtype=np.float32)
        self.languages: list[str] = list(model.nb_classes)

    def scores(self, samples: Sequence[str]) -> list[dict[str, float]]:
        """language → score for each sample, as `dict(model.rank(sample))` gives it."""
        encoded = [_encode(sample) for sample in samples]
        result: list[dict[str, float]] = [{} for _ in samples]
        for group in _groups(encoded):
            if len(group) < MIN_VECTOR_TEXTS:
                for index in group:
                    result[index] = dict(self._model.rank(samples[index]))
                continue
            table = self._walk([encoded[index] for index in group])
            for index, row in zip(group, table.tolist(), strict=True):
                result[index] = dict(zip(self.languages, row, strict=True))
        return result

    def _walk(self, texts: list[bytes]) -> np.ndarray:
        """(texts × languages) naive Bayes scores; `texts` longest first."""
        lengths = np.fromiter(map(len, texts), dtype=np.int64, count=len(texts))
        count, longest = len(texts), int(lengths[0])
        # Byte `step` of every text in row `step` (padded with zeros, which no text still going reads).
        padded = b"".join(text.ljust(longest, b"\0") for text in texts)
        grid = np.ascontiguousarray(np.frombuffer(padded, dtype=np.uint8).reshape(count, longest).T)
        # Texts still going at each step: lengths are sorted longest first, so those are a prefix.
        going = count - np.searchsorted(lengths[::-1], np.arange(longest), side="right")
        state = np.zeros(count, dtype=np.int64)
        # The feature each text's state emits after each byte, text by text; -1: none (or past its end).
        emitted = np.full((longest, count), -1, dtype=np.int32)
        for step in range(longest):
            live = int(going[step])
            state[:live] = self._nextmove[self._row_base[state[:live]] + grid[step, :live]]
            emitted[step, :live] = self._output[state[:live]]
        # Equal features side by side in each text's row: a run is one (text, feature) and its count.
        emitted = np.ascontiguousarray(emitted.T)
        emitted.sort(axis=1)
        starts = np.ones(emitted.shape, dtype=bool)
        starts[:, 1:] = emitted[:, 1:] != emitted[:, :-1]
        first = np.flatnonzero(starts)
        runs = np.diff(first, append=emitted.size)
        feature = emitted.ravel()[first]
        kept = feature >= 0
        text_of, feature, runs = first[kept] // longest, feature[kept], runs[kept]
        # np.take gathers the rows several times faster than fancy indexing (same values, same products).
        terms = np.take(self._ptc, feature, axis=0)
        terms *= np.log1p(runs.astype(np.float32))[:, None]
        table = np.full((count, len(self.languages)), RAW_FLOOR, dtype=np.float32)
        if len(feature):
            present, offsets = np.unique(text_of, return_index=True)
            table[present] = np.add.reduceat(terms, offsets, axis=0) + self._pc
        return table


def _encode(text: str) -> bytes:
    """The bytes py3langid scores for `text` (its LanguageIdentifier._encode on a str)."""
    if text.isupper():
        text = text.lower()
    return unicodedata.normalize("NFC", text).encode("utf8", errors="surrogatepass")


def _groups(encoded: list[bytes]) -> Iterator[list[int]]:
    """Indexes of the texts, longest first, in groups of at most GROUP_CELLS cells whose shortest text is
    at least half their longest: every NumPy step then advances at least half of the group's texts."""
    order = sorted(range(len(encoded)), key=lambda index: len(encoded[index]), reverse=True)
    group: list[int] = []
    longest = 0
    for index in order:
        length = len(encoded[index])
        if group and ((len(group) + 1) * longest > GROUP_CELLS or 2 * length < longest):
            yield group
            group = []
        if not group:
            longest = length
        group.append(index)
    if group:
        yield group
