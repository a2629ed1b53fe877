"""Span boundaries that cut a character in two: widened to whole characters, and said so.

Offsets in JSONL, doccano and brat files count code points, and a tool that counted otherwise (or a
hand edit) can leave a boundary between "e" and its U+0301 accent, inside a Devanagari conjunct (क्ष)
or an emoji sequence, i.e. inside what a reader sees as one character (a grapheme cluster). Such a
span is kept, widened outward to the whole characters it touches, and reported with its file, line and
offsets: dropping it would lose the annotation, and keeping the cut would store a span whose text shows
a bare accent, which no tokenizer can align (spaCy never splits a mark from its base), so the export
would drop or misplace it later without a word. Widening never removes a character the span held.
"""

from __future__ import annotations

import bisect

import regex

_CLUSTER = regex.compile(r"\X")
# Between two characters of the class Other a cluster always breaks (UAX #29, GB999); only a boundary
# next to a mark, a joiner, a virama, a jamo, a regional indicator or CR LF needs the text segmented.
_ALWAYS_BREAKS = regex.compile(r"\p{Grapheme_Cluster_Break=Other}")
# A character that can be part of a longer cluster: not Other, and not a control or LF, around which a
# cluster always breaks too (GB4, GB5). A text without one is split at every offset.
_CAN_JOIN = regex.compile(
    r"[^\p{Grapheme_Cluster_Break=Other}\p{Grapheme_Cluster_Break=Control}\p{Grapheme_Cluster_Break=LF}]"
)
NOTES_SHOWN = 20


class ClusterBounds:
    """Where the grapheme clusters of one text start; the text is segmented only when a boundary is
    next to a character that can join (most texts, and most spans, never are). Whether the text has such
    a character at all is one search, made for the first span: two regular-expression matches per span
    offset were a tenth of a JSONL file's parsing."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts: list[int] | None = None
        self._joins: bool | None = None

    def _cluster_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [match.start() for match in _CLUSTER.finditer(self.text)]
        return self._starts

    def is_boundary(self, offset: int) -> bool:
        if offset <= 0 or offset >= len(self.text):
            return True
        if self._joins is None:
            self._joins = _CAN_JOIN.search(self.text) is not None
        if not self._joins:
            return True
        if _ALWAYS_BREAKS.match(self.text, offset - 1) and _ALWAYS_BREAKS.match(self.text, offset):
            return True
        starts = self._cluster_starts()
        index = bisect.bisect_left(starts, offset)
        return index < len(starts) and starts[index] == offset

    def widen(self, start: int, end: int) -> tuple[int, int]:
        """(start, end) moved outward to the nearest cluster boundaries (unchanged when they are)."""
        if self.is_boundary(start) and self.is_boundary(end):
            return start, end
        starts = self._cluster_starts()
        if not self.is_boundary(start):
            start = starts[bisect.bisect_right(starts, start) - 1]
        if not self.is_boundary(end):
            index = bisect.bisect_left(starts, end)
            end = starts[index] if index < len(starts) else len(self.text)
        return start, end


def widened_note(where: str, what: str, old: tuple[int, int], new: tuple[int, int], text: str) -> str:
    """The report line for one widened span; the text is shown as repr shows it (marks escaped stay
    readable, control characters cannot forge a line)."""
    return (
        f"{where}: {what} {old[0]}-{old[1]} cut a character in two; widened to {new[0]}-{new[1]}"
        f" ({text[new[0] : new[1]]!r})"
    )


def summarise(notes: list[str]) -> list[str]:
    """At most NOTES_SHOWN lines, then one saying how many more spans were widened."""
    if len(notes) <= NOTES_SHOWN:
        return notes
    hidden = len(notes) - NOTES_SHOWN
    return [*notes[:NOTES_SHOWN], f"and {hidden} more span(s) widened to whole characters"]
