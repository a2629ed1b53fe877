"""Cutting accepted exclusions out of a text and mapping offsets into the shortened text.

Exports call this once per document (curator.core.queries.iter_export_documents), so every format sees
the same shortened text and every offset (spans, triggers, arguments, evidence) maps the same way.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TextCut:
    """Stretches [start, end) of the original text to leave out: sorted, merged, non-empty."""

    removed: tuple[tuple[int, int], ...] = ()
    regions: int = 0  # the regions cut (adjacent ones make one stretch of `removed`)

    @classmethod
    def of(cls, stretches: Iterable[tuple[int, int]]) -> TextCut:
        merged: list[list[int]] = []
        regions = 0
        for start, end in sorted(stretches):
            if end <= start:
                continue
            regions += 1
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return cls(tuple((start, end) for start, end in merged), regions)

    def __bool__(self) -> bool:
        return bool(self.removed)

    @property
    def characters(self) -> int:
        return sum(end - start for start, end in self.removed)

    def apply(self, text: str) -> str:
        pieces, position = [], 0
        for start, end in self.removed:
            pieces.append(text[position:start])
            position = end
        pieces.append(text[position:])
        return "".join(pieces)

    def _before(self, index: int) -> int:
        return sum(end - start for start, end in self.removed[:index])

    def position(self, offset: int) -> int:
        """Where an original offset lands; one inside a removed stretch lands where the stretch was."""
        index = bisect.bisect_right([end for _, end in self.removed], offset)
        if index < len(self.removed) and self.removed[index][0] < offset:
            offset = self.removed[index][0]
        return offset - self._before(index)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """A span's offsets in the shortened text, or None when it overlaps a removed stretch."""
        index = bisect.bisect_right([stop for _, stop in self.removed], start)
        if index < len(self.removed) and self.removed[index][0] < end:
            return None
        shift = self._before(index)
        return start - shift, end - shift
