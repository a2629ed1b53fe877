"""Spans, suggestions and boilerplate regions painted into the text as character formats.

Highlighting is done per text block by a QSyntaxHighlighter that bisects a sorted list of span starts:
opening a 1 MB document with 10,000 spans stays fast, and a change rehighlights only what it touches.
With label tags on (curator.ui.span_tags), the last character of each span is also widened to make room
for its tags; the view paints them there.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from curator.core.schema.colours import TEXT, span_fill, suggestion_tint
from curator.ui.span_tags import ROLE_COLOUR, Tag, room_width


@dataclass(frozen=True, slots=True)
class _Mark:
    """A span in Qt's UTF-16 positions."""

    id: int
    start: int
    end: int
    label: str
    layer: str = ""  # another annotator's layer, shown read-only ("": the own layer)
    tail: int = -1  # where its last character starts (`last_character`); -1: at `end - 1`


def _position(mark: _Mark) -> tuple[int, int]:
    return mark.start, mark.end


@dataclass(frozen=True, slots=True)
class _Region:
    """A boilerplate region in Qt's UTF-16 positions: proposed, or an accepted exclusion."""

    start: int
    end: int
    style: str  # "proposed", "join" (a proposed line join) or "excluded"


def _region_format(style: str) -> QTextCharFormat:
    found = QTextCharFormat()
    if style == "excluded":  # dimmed: still readable, clearly not part of the article
        found.setForeground(QColor("#9a9a9a"))
        found.setBackground(QColor("#f2f2f2"))
    elif style == "join":
        found.setBackground(QBrush(QColor("#7aa6e0"), Qt.BrushStyle.Dense5Pattern))
    else:  # proposed: grey hatching over the text, which stays black
        found.setBackground(QBrush(QColor("#8a8a8a"), Qt.BrushStyle.BDiagPattern))
    return found


def _tag_order(mark: _Mark, rank: int) -> tuple[int, int]:
    """Where a tag goes among those sharing a room: inner spans first, and a span's own label before a
    suggestion there or the role it plays in the selected event."""
    return mark.end - mark.start, rank


def last_character(text: str, end: int) -> int:
    """Where the character that ends at code point `end` starts, its combining marks included: the
    room for tags widens that character, and a format starting between a letter and its mark (a
    decomposed Turkish İ) would tear the glyph apart."""
    first = max(0, end - 1)
    while first > 0 and unicodedata.combining(text[first]):
        first -= 1
    return first


class SpanHighlighter(QSyntaxHighlighter):
    """Paints spans in their label colours; where spans overlap, the inner one fills the background and
    the outer ones underline it in their colour, so both stay visible. Suggestions get a dashed underline
    in their label's colour over a lighter fill (or over the span they lie in), so they never look like
    tags."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._marks: list[_Mark] = []
        self._starts: list[int] = []
        self._longest = 0
        self._formats: dict[tuple[str, str | None, bool], QTextCharFormat] = {}
        self._colors: dict[str, str] = {}
        self._regions: list[_Region] = []
        self._region_ends: list[int] = []
        self._region_formats = {style: _region_format(style) for style in ("proposed", "join", "excluded")}
        self._suggestions: list[_Mark] = []
        self._suggestion_starts: list[int] = []
        self._suggestion_longest = 0
        self._tints: dict[str, str] = {}
        self._rooms: dict[tuple[str, bool], QTextCharFormat] = {}
        self._captions: list[_Mark] = []  # roles of the selected event's arguments, named in tags
        # The width of a tag's name in the tag font; None while tags are hidden.
        self.tag_width: Callable[[str], float] | None = None

    def set_regions(self, regions: list[_Region], *, repaint: bool = True) -> None:
        """Replace the boilerplate regions (they never overlap one another); only the blocks the old
        and the new regions touch are repainted."""
        touched = [*self._regions, *regions]
        self._regions = sorted(regions, key=lambda r: r.start)
        self._region_ends = [r.end for r in self._regions]
        document = self.document()
        if not repaint or document is None:
            return
        for region in touched:
            block = document.findBlock(region.start)
            while block.isValid() and block.position() <= region.end:
                self.rehighlightBlock(block)
                block = block.next()

    def regions_between(self, start: int, end: int) -> list[_Region]:
        first = bisect.bisect_right(self._region_ends, start)
        found = []
        for region in self._regions[first:]:
            if region.start >= end:
                break
            found.append(region)
        return found

    def set_marks(self, marks: list[_Mark], colors: dict[str, str], *, repaint: bool = True) -> None:
        """Replace all marks. Without `repaint`, the caller is about to set new text, which highlights."""
        self._store(marks)
        self._colors = colors
        self._formats.clear()
        self._rooms.clear()
        if repaint:
            self.rehighlight()

    def update_marks(self, removed: set[int], added: list[_Mark]) -> None:
        """Replace a few marks and repaint only the blocks they touch."""
        touched = [m for m in self._marks if m.id in removed] + added
        if removed:
            self._store([m for m in self._marks if m.id not in removed])
        for mark in added:
            index = bisect.bisect_left(self._marks, (mark.start, mark.end), key=_position)
            self._marks.insert(index, mark)
            self._starts.insert(index, mark.start)
            self._longest = max(self._longest, mark.end - mark.start)
        document = self.document()
        if document is None:
            return
        for mark in touched:
            block = document.findBlock(mark.start)
            while block.isValid() and block.position() <= mark.end:
                self.rehighlightBlock(block)
                block = block.next()

    def drop_suggestions(self) -> None:
        """Forget the suggestions without repainting: new text (which highlights anew) follows."""
        self._suggestions, self._suggestion_starts, self._suggestion_longest = [], [], 0

    def set_suggestions(self, marks: list[_Mark]) -> None:
        """Replace the suggestion marks and repaint the blocks whose suggestions changed."""
        old = set(self._suggestions)
        self._suggestions = sorted(marks, key=_position)
        self._suggestion_starts = [m.start for m in self._suggestions]
        self._suggestion_longest = max((m.end - m.start for m in self._suggestions), default=0)
        self._rehighlight_marks(old.symmetric_difference(self._suggestions))

    def _rehighlight_marks(self, marks: Iterable[_Mark]) -> None:
        document = self.document()
        if document is None:
            return
        done: set[int] = set()
        for mark in marks:
            block = document.findBlock(mark.start)
            while block.isValid() and block.position() <= mark.end:
                if block.blockNumber() not in done:
                    done.add(block.blockNumber())
                    self.rehighlightBlock(block)
                block = block.next()

    def _store(self, marks: list[_Mark]) -> None:
        self._marks = sorted(marks, key=_position)
        self._starts = [m.start for m in self._marks]
        self._longest = max((m.end - m.start for m in self._marks), default=0)

    def foreign_at(self, position: int) -> list[_Mark]:
        """The marks of other layers under a position (UTF-16), for the tooltip naming their layer."""
        last = bisect.bisect_right(self._starts, position)
        first = bisect.bisect_left(self._starts, position - self._longest)
        return [m for m in self._marks[first:last] if m.layer and m.start <= position < m.end]

    def _format(self, fill: str, underline: str | None, foreign: bool = False) -> QTextCharFormat:
        """Another layer's span is paler and dotted: it can be seen, not changed."""
        key = (fill, underline, foreign)
        found = self._formats.get(key)
        if found is None:
            found = QTextCharFormat()
            color = self._colors.get(fill, "#dddddd")
            found.setBackground(QColor(self._tint(color) if foreign else span_fill(color)))
            found.setForeground(QColor(TEXT))
            if foreign:
                found.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                found.setUnderlineColor(QColor(color).darker(170))
            elif underline is not None:
                found.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                found.setUnderlineColor(QColor(self._colors.get(underline, "#555555")).darker(160))
                found.setFontWeight(QFont.Weight.DemiBold)
            self._formats[key] = found
        return found

    def _tint(self, color: str) -> str:
        found = self._tints.get(color)
        if found is None:
            found = self._tints[color] = suggestion_tint(color)
        return found

    def _marks_between(self, block_start: int, block_end: int) -> tuple[list[_Mark], list[_Mark]]:
        """The spans and the suggestions that reach into a block."""
        last = bisect.bisect_left(self._starts, block_end)
        first = bisect.bisect_left(self._starts, block_start - self._longest)
        marks = [m for m in self._marks[first:last] if m.end > block_start]
        last = bisect.bisect_left(self._suggestion_starts, block_end)
        first = bisect.bisect_left(self._suggestion_starts, block_start - self._suggestion_longest)
        suggestions = [m for m in self._suggestions[first:last] if m.end > block_start]
        return marks, suggestions

    def highlightBlock(self, text: str) -> None:  # positions come from the block, not `text`
        block = self.currentBlock()
        block_start = block.position()
        block_end = block_start + block.length() - 1
        for region in self.regions_between(block_start, block_end):  # spans, painted after, stay on top
            left, right = max(block_start, region.start), min(block_end, region.end)
            self.setFormat(left - block_start, right - left, self._region_formats[region.style])
        marks, suggestions = self._marks_between(block_start, block_end)
        apart = self._paint_spans(marks, block_start, block_end) if marks else True
        for mark in suggestions:
            self._paint_suggestion(mark, block_start, block_end)
        if self.tag_width is None or not (marks or suggestions):
            return
        captions = any(block_start < c.end <= block_end for c in self._captions)
        if apart and not suggestions and not captions:  # the common case: one tag per room
            for mark in marks:
                if mark.end <= block_end:
                    tail = mark.tail if mark.tail >= 0 else mark.end - 1
                    self.setFormat(tail - block_start, mark.end - tail, self._room_format(mark))
        else:
            self._make_room(self._tags(marks, suggestions, block_start, block_end), block_start)

    # --- tags -------------------------------------------------------------------------------------

    def tags_between(self, block_start: int, block_end: int) -> dict[tuple[int, int], list[Tag]]:
        """The tags of the spans ending in a block, by (where the last character starts, where the span
        ends), UTF-16, each list in the order its tags are drawn; empty while tags are hidden."""
        if self.tag_width is None:
            return {}
        return self._tags(*self._marks_between(block_start, block_end), block_start, block_end)

    def _tags(
        self, marks: list[_Mark], suggestions: list[_Mark], block_start: int, block_end: int
    ) -> dict[tuple[int, int], list[Tag]]:
        ordered: list[tuple[tuple[int, int], tuple[int, int], Tag]] = []
        for rank, group in enumerate((marks, suggestions, self._captions)):
            for mark in group:
                if not block_start < mark.end <= block_end:
                    continue
                style = ("foreign" if mark.layer else "human", "suggestion", "role")[rank]
                color = ROLE_COLOUR if rank == 2 else self._colors.get(mark.label, "#999999")
                tail = mark.tail if mark.tail >= 0 else mark.end - 1
                ordered.append(((tail, mark.end), _tag_order(mark, rank), Tag(mark.label, color, style)))
        found: dict[tuple[int, int], list[Tag]] = {}
        for place, _order, tag in sorted(ordered, key=lambda item: item[:2]):
            found.setdefault(place, []).append(tag)
        return found

    def _make_room(self, tags: dict[tuple[int, int], list[Tag]], block_start: int) -> None:
        """Widen each span's last character by the width of its tags (letter spacing is added after
        the character: the text and its positions stay as they are)."""
        assert self.tag_width is not None
        for (tail, end), shown in tags.items():
            widened = QTextCharFormat(self.format(tail - block_start))
            widened.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
            widened.setFontLetterSpacing(room_width(shown, self.tag_width))
            self.setFormat(tail - block_start, end - tail, widened)

    def _room_format(self, mark: _Mark) -> QTextCharFormat:
        """The span's own format, widened by the room of its one tag (made once per label)."""
        assert self.tag_width is not None
        key = (mark.label, bool(mark.layer))
        found = self._rooms.get(key)
        if found is None:
            found = QTextCharFormat(self._format(mark.label, None, bool(mark.layer)))
            found.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
            found.setFontLetterSpacing(room_width([Tag(mark.label, "")], self.tag_width))
            self._rooms[key] = found
        return found

    def set_tag_width(self, width: Callable[[str], float] | None) -> None:
        """Show tags with names this wide (None: hide them), and highlight the text anew."""
        self.tag_width = width
        self._rooms.clear()
        self.rehighlight()

    def set_captions(self, captions: list[_Mark]) -> None:
        """Name these spans (the selected event's arguments) by their role in tags of their own."""
        old = set(self._captions)
        self._captions = sorted(captions, key=_position)
        if self.tag_width is not None:
            self._rehighlight_marks(old.symmetric_difference(self._captions))

    def _paint_suggestion(self, mark: _Mark, block_start: int, block_end: int) -> None:
        color = self._colors.get(mark.label, "#999999")
        for position in range(max(block_start, mark.start), min(block_end, mark.end)):
            current = self.format(position - block_start)
            painted = QTextCharFormat(current)
            if current.background().style() == Qt.BrushStyle.NoBrush:  # the text must read on the tint,
                painted.setBackground(QColor(self._tint(color)))  # also on the dark theme's light text
                painted.setForeground(QColor(TEXT))
            painted.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            painted.setUnderlineColor(QColor(color).darker(170))
            self.setFormat(position - block_start, 1, painted)

    def _paint_spans(self, marks: list[_Mark], block_start: int, block_end: int) -> bool:
        """Paint the spans of a block; True when none of them overlap."""
        if all(a.end <= b.start for a, b in zip(marks, marks[1:], strict=False)):
            for mark in marks:  # the common case: no overlaps, one format per span
                left, right = max(block_start, mark.start), min(block_end, mark.end)
                painted = self._format(mark.label, None, bool(mark.layer))
                self.setFormat(left - block_start, right - left, painted)
            return True
        cuts = sorted(
            {block_start, block_end}
            | {max(block_start, m.start) for m in marks}
            | {min(block_end, m.end) for m in marks}
        )
        for left, right in zip(cuts, cuts[1:], strict=False):
            covering = [m for m in marks if m.start <= left and m.end >= right]
            if not covering:
                continue
            inner = min(covering, key=lambda m: (m.end - m.start, m.start))
            outer = max(covering, key=lambda m: (m.end - m.start, -m.start)) if len(covering) > 1 else None
            painted = self._format(inner.label, outer.label if outer else None, bool(inner.layer))
            self.setFormat(left - block_start, right - left, painted)
        return False
