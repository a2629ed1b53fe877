"""The document text with its spans highlighted.

Highlighting is done per text block by a QSyntaxHighlighter that bisects a sorted list of span starts:
opening a 1 MB document with 10,000 spans stays fast, and a change rehighlights only what it touches.
Extra selections are kept for the short flash of a clicked span (see RELIABILITY.md, "Speed").
"""

from __future__ import annotations

import bisect
import shlex
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QFont,
    QHelpEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from curator.core.domain import SpanChange, SpanRecord
from curator.core.text.spans import Utf16Index
from curator.ui.messages import plain_tooltip

FLASH_MS = 700


@dataclass(frozen=True, slots=True)
class _Mark:
    """A span in Qt's UTF-16 positions."""

    id: int
    start: int
    end: int
    label: str
    layer: str = ""  # another annotator's layer, shown read-only ("": the own layer)


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


def _lighter(color: str) -> QColor:
    """The label's colour washed towards white: a suggestion is drawn fainter than a human tag."""
    base = QColor(color)
    return QColor((base.red() + 2 * 255) // 3, (base.green() + 2 * 255) // 3, (base.blue() + 2 * 255) // 3)


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
            found.setBackground(_lighter(color) if foreign else QColor(color))
            found.setForeground(QColor("#111111"))
            if foreign:
                found.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                found.setUnderlineColor(QColor(color).darker(170))
            elif underline is not None:
                found.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                found.setUnderlineColor(QColor(self._colors.get(underline, "#555555")).darker(160))
                found.setFontWeight(QFont.Weight.DemiBold)
            self._formats[key] = found
        return found

    def highlightBlock(self, text: str) -> None:  # positions come from the block, not `text`
        block = self.currentBlock()
        block_start = block.position()
        block_end = block_start + block.length() - 1
        for region in self.regions_between(block_start, block_end):  # spans, painted after, stay on top
            left, right = max(block_start, region.start), min(block_end, region.end)
            self.setFormat(left - block_start, right - left, self._region_formats[region.style])
        last = bisect.bisect_left(self._starts, block_end)
        first = bisect.bisect_left(self._starts, block_start - self._longest)
        marks = [m for m in self._marks[first:last] if m.end > block_start]
        if marks:
            self._paint_spans(marks, block_start, block_end)
        last = bisect.bisect_left(self._suggestion_starts, block_end)
        first = bisect.bisect_left(self._suggestion_starts, block_start - self._suggestion_longest)
        for mark in self._suggestions[first:last]:
            if mark.end > block_start:
                self._paint_suggestion(mark, block_start, block_end)

    def _paint_suggestion(self, mark: _Mark, block_start: int, block_end: int) -> None:
        color = self._colors.get(mark.label, "#999999")
        for position in range(max(block_start, mark.start), min(block_end, mark.end)):
            current = self.format(position - block_start)
            painted = QTextCharFormat(current)
            if current.background().style() == Qt.BrushStyle.NoBrush:
                painted.setBackground(_lighter(color))
            painted.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DashUnderline)
            painted.setUnderlineColor(QColor(color).darker(170))
            self.setFormat(position - block_start, 1, painted)

    def _paint_spans(self, marks: list[_Mark], block_start: int, block_end: int) -> None:
        if all(a.end <= b.start for a, b in zip(marks, marks[1:], strict=False)):
            for mark in marks:  # the common case: no overlaps, one format per span
                left, right = max(block_start, mark.start), min(block_end, mark.end)
                painted = self._format(mark.label, None, bool(mark.layer))
                self.setFormat(left - block_start, right - left, painted)
            return
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


class DocumentTextView(QPlainTextEdit):
    """Read-only, selectable by mouse and keyboard; imported text is always plain, never rich text."""

    document_shown = Signal()  # a new text is in place (its positions can be converted)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setUndoRedoEnabled(False)
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.setFont(font)
        self.setCursorWidth(2)
        self._highlighter = SpanHighlighter(self.document())
        self._text = ""
        self._utf16 = Utf16Index("")
        self._outlines: list[QTextEdit.ExtraSelection] = []
        self._flashes: list[QTextEdit.ExtraSelection] = []
        self._arrow: tuple[int, int, int, int] | None = None  # head and child spans, UTF-16
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        # Text for a tooltip at a code-point offset (the suggestion there, its source and score), or None.
        self.tooltip_at: Callable[[int], str | None] | None = None
        self.own_layer: int | None = None  # spans of other layers are painted read-only

    @property
    def text(self) -> str:
        return self._text

    def show_import_hint(self, import_actions: list[QAction], project_path: Path) -> None:
        """What a project with no documents shows instead of an empty page: every way in (the menu items
        with their keys, the drop zone, the command line). A placeholder is plain text and disappears by
        itself once a document is shown."""
        items = [f"  •  {_menu_item(action)}" for action in import_actions]
        command = f"curator --project {shlex.quote(str(project_path))} import FILE_OR_FOLDER…"
        self.setPlaceholderText(
            "This project has no documents yet. To bring some in:\n\n"
            + "\n".join(items)
            + "\n  •  drop files or folders anywhere on this window\n"
            + f"  •  from a terminal: {command}\n\n"
            "Text, web pages, PDF, DOCX, zip, JSONL, CSV/TSV, doccano, CoNLL and brat files are read."
        )

    def position(self) -> tuple[int, int]:
        """(cursor, start of the first visible paragraph) in code points, to come back there later."""
        top = self.firstVisibleBlock().position()
        return self.cursor_offset(), self._utf16.from_utf16(top)

    def restore_position(self, cursor: int, top: int) -> None:
        """Put the cursor back, then scroll so the paragraph at `top` is the first one shown (the scroll
        bar of a plain text view counts lines, so its value is the paragraph's first line)."""
        length = len(self._text)
        block = self.document().findBlock(self._utf16.to_utf16(min(top, length)))
        self.select_range(min(cursor, length), min(cursor, length))
        self.verticalScrollBar().setValue(block.firstLineNumber())

    def show_document(self, text: str, spans: list[SpanRecord], colors: dict[str, str]) -> None:
        """Show a new text with its spans; the text is highlighted once, as it is laid out."""
        self._text = text
        self._utf16 = Utf16Index(text)
        self._highlighter.set_marks([self._mark(s) for s in spans], colors, repaint=False)
        self._highlighter.set_regions([], repaint=False)
        self._highlighter.drop_suggestions()
        self.setPlainText(text)
        self.document_shown.emit()

    def show_regions(self, regions: list[tuple[int, int, str]]) -> None:
        """Boilerplate regions as (start, end, style) in code points; style "proposed", "join", "excluded"."""
        to16 = self._utf16.to_utf16
        self._highlighter.set_regions(
            [_Region(to16(start), to16(end), style) for start, end, style in regions]
        )
        self.viewport().update()

    def show_spans(self, spans: list[SpanRecord], colors: dict[str, str]) -> None:
        self._highlighter.set_marks([self._mark(s) for s in spans], colors)

    def apply_change(self, change: SpanChange) -> None:
        self._highlighter.update_marks(set(change.removed), [self._mark(s) for s in change.added])

    def show_suggestions(self, suggestions: Iterable[tuple[int, int, int, str]]) -> None:
        """Draw suggestions, given as (id, start, end, label) in code-point offsets of the shown text."""
        to16 = self._utf16.to_utf16
        self._highlighter.set_suggestions(
            [_Mark(i, to16(s), to16(e), label) for i, s, e, label in suggestions]
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.tooltip_at is not None:
            assert isinstance(event, QHelpEvent)
            position = self.cursorForPosition(self.viewport().mapFromGlobal(event.globalPos())).position()
            tip = self.tooltip_at(self._utf16.from_utf16(position))
            foreign = self._highlighter.foreign_at(position)
            layers = [f"{m.label} in {m.layer}'s layer (read-only)" for m in foreign]
            tip = "\n".join(filter(None, [tip, *layers]))
            if tip:
                QToolTip.showText(event.globalPos(), plain_tooltip(tip), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _mark(self, span: SpanRecord) -> _Mark:
        to16 = self._utf16.to_utf16
        foreign = self.own_layer is not None and span.annotator_id not in (None, self.own_layer)
        layer = (span.annotator or "?") if foreign else ""
        return _Mark(span.id, to16(span.start), to16(span.end), span.label, layer)

    def selection(self) -> tuple[int, int]:
        """The selection (or the cursor, when nothing is selected) in code-point offsets."""
        cursor = self.textCursor()
        return self._utf16.from_utf16(cursor.selectionStart()), self._utf16.from_utf16(cursor.selectionEnd())

    def cursor_offset(self) -> int:
        return self._utf16.from_utf16(self.textCursor().position())

    def select_range(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._utf16.to_utf16(start))
        cursor.setPosition(self._utf16.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def flash(self, start: int, end: int) -> None:
        """Scroll to a span, select it and flash it briefly, so the eye finds it."""
        self.select_range(start, end)
        self.centerCursor()
        selection = self._selection(start, end)
        selection.format.setBackground(QColor("#ffef5a"))
        selection.format.setForeground(QColor("#000000"))
        selection.format.setFontWeight(QFont.Weight.Bold)
        self._flashes = [selection]
        self._apply_extra_selections()
        self._flash_timer.start(FLASH_MS)

    def outline(
        self, ranges: list[tuple[int, int, str]], arrow: tuple[int, int, int, int] | None = None
    ) -> None:
        """Outline an event's trigger and arguments (or a relation's two ends) until told otherwise;
        `arrow` (head start/end, child start/end) draws the relation's direction."""
        self._outlines = []
        for start, end, color in ranges:
            selection = self._selection(start, end)
            selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            selection.format.setUnderlineColor(QColor(color))
            selection.format.setFontWeight(QFont.Weight.Bold)
            selection.format.setFontUnderline(True)
            self._outlines.append(selection)
        to16 = self._utf16.to_utf16
        self._arrow = tuple(to16(x) for x in arrow) if arrow else None  # type: ignore[assignment]
        self._apply_extra_selections()
        self.viewport().update()

    def _selection(self, start: int, end: int) -> QTextEdit.ExtraSelection:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._utf16.to_utf16(start))
        cursor.setPosition(self._utf16.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        return selection

    def _end_flash(self) -> None:
        self._flashes = []
        self._apply_extra_selections()

    def _apply_extra_selections(self) -> None:
        self.setExtraSelections([*self._outlines, *self._flashes])

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._paint_join_marks()
        if self._arrow is None:
            return
        head_start, head_end, child_start, child_end = self._arrow
        head = self._span_rect(head_start, head_end)
        child = self._span_rect(child_start, child_end)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#c1121f"), 2))
        start, end = QPointF(head.center().x(), head.top()), QPointF(child.center().x(), child.top())
        lift = max(18.0, abs(end.x() - start.x()) / 6)
        path = QPainterPath(start)
        path.cubicTo(start.x(), start.y() - lift, end.x(), end.y() - lift, end.x(), end.y())
        painter.drawPath(path)
        painter.setBrush(QColor("#c1121f"))
        painter.drawPolygon([end, QPointF(end.x() - 5, end.y() - 9), QPointF(end.x() + 5, end.y() - 9)])
        painter.end()

    def _paint_join_marks(self) -> None:
        """A "↵" where a line break is proposed for joining (a bare line break has nothing to colour)."""
        first = self.cursorForPosition(self.viewport().rect().topLeft()).position()
        last = self.cursorForPosition(self.viewport().rect().bottomRight()).position()
        joins = [r for r in self._highlighter.regions_between(first, last + 1) if r.style == "join"]
        if not joins:
            return
        painter = QPainter(self.viewport())
        painter.setPen(QColor("#2f6db5"))
        for region in joins:
            cursor = QTextCursor(self.document())
            cursor.setPosition(min(region.end, self.document().characterCount() - 1))
            cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
            cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
            rect = self.cursorRect(cursor)
            painter.drawText(QPointF(rect.right() + 2, rect.bottom() - 3), "↵")
        painter.end()

    def _span_rect(self, start: int, end: int) -> QRectF:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        first = self.cursorRect(cursor)
        cursor.setPosition(end)
        last = self.cursorRect(cursor)
        if last.top() != first.top():  # wrapped: use the first line only
            return QRectF(first.left(), first.top(), 20, first.height())
        return QRectF(first.left(), first.top(), max(4, last.left() - first.left()), first.height())


def _menu_item(action: QAction) -> str:
    """'File → Import… (Ctrl+I)': where an action is in the menus and its key, as a user reads it."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    title = action.text().replace("&", "")
    return f"File → {title} ({keys})" if keys else f"File → {title}"
