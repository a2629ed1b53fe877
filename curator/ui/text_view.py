"""The document text with its spans highlighted (curator.ui.span_highlighter) and, when the user wants
them, the label tags after the spans (curator.ui.span_tags), painted for the visible lines only.

Extra selections are kept for the short flash of a clicked span and the outlines of a selected event
(see RELIABILITY.md, "Speed").
"""

from __future__ import annotations

import shlex
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QHelpEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit, QToolTip, QWidget

from curator.core.domain import SpanChange, SpanRecord
from curator.core.schema.colours import SELECTION, SELECTION_TEXT, relative_luminance
from curator.core.text.spans import Utf16Index
from curator.ui.actions import MENUS, plain_title
from curator.ui.line_spacing import SpacedPlainTextLayout
from curator.ui.messages import plain_tooltip
from curator.ui.span_highlighter import SpanHighlighter, _Mark, _Region, last_character
from curator.ui.span_tags import Tag, TagWidths, paint_tag, tag_spans

# An outline: (start, end, colour) of a span in code points, and the role it plays in the selected event.
Outline = tuple[int, int, str] | tuple[int, int, str, str]

FLASH_MS = 700


class DocumentTextView(QPlainTextEdit):
    """Read-only, selectable by mouse and keyboard; imported text is always plain, never rich text."""

    document_shown = Signal()  # a new text is in place (its positions can be converted)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tag_widths: TagWidths | None = None  # None: label tags hidden (set first: setFont asks)
        document = QTextDocument(self)
        self._spacing = SpacedPlainTextLayout(document, self._near_view)  # the line spacing preference
        document.setDocumentLayout(self._spacing)
        self.setDocument(document)
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
        self._use_selection_colours()
        self._highlighter = SpanHighlighter(self.document())
        self._text = ""
        self._utf16 = Utf16Index("")
        self._outlines: list[QTextEdit.ExtraSelection] = []
        self._flashes: list[QTextEdit.ExtraSelection] = []
        self._arrow: tuple[int, int, int, int] | None = None  # head and child spans, UTF-16
        self._boxes: list[tuple[int, int, str]] = []  # the selected event's spans, UTF-16, outlined
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)
        # Text for a tooltip at a code-point offset (the suggestion there, its source and score), or None.
        self.tooltip_at: Callable[[int], str | None] | None = None
        self.own_layer: int | None = None  # spans of other layers are painted read-only

    @property
    def text(self) -> str:
        return self._text

    def _use_selection_colours(self) -> None:
        """On a light page, a selection darker than any label fill (curator.core.schema.colours): the
        style's light-blue selection looked like a PER span. On a dark page (the dark theme) the navy
        would vanish into the page, so the theme's own selection is used. Kept when the window loses
        focus, so a selection still reads as one."""
        theme = QApplication.palette()
        light = relative_luminance(theme.color(QPalette.ColorRole.Base).name()) > 0.5
        palette = self.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            for role, ours in (
                (QPalette.ColorRole.Highlight, SELECTION),
                (QPalette.ColorRole.HighlightedText, SELECTION_TEXT),
            ):
                palette.setColor(
                    group, role, QColor(ours) if light else theme.color(QPalette.ColorGroup.Active, role)
                )
        if palette != self.palette():  # setting it sends a palette change, which comes back here
            self.setPalette(palette)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # a theme was chosen (or the selection set)
            self._use_selection_colours()
        elif event.type() == QEvent.Type.FontChange and self._tag_widths is not None:
            if self._tag_widths.text_font != self.font():  # the rooms must fit the names in the new font
                self._tag_widths = TagWidths(self.font())
                self._highlighter.set_tag_width(self._tag_widths)

    def minimumSizeHint(self) -> QSize:
        """Room for a readable line (30 average characters of the text's font) however narrow the
        window: the label palette wraps, so nothing else keeps the text column from being squeezed
        to a few words by the side panels."""
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), 30 * self.fontMetrics().averageCharWidth()), hint.height())

    @property
    def line_spacing(self) -> int:
        """The spacing of the lines in percent of their height (100: the font's own)."""
        return self._spacing.percent

    def set_line_spacing(self, percent: int) -> None:
        self._spacing.set_percent(percent)
        self.viewport().update()

    def _near_view(self, block: QTextBlock) -> bool:
        """Whether `block` may be on screen: from the first one shown, as many as the viewport holds
        lines (each block has at least one), give or take two."""
        first = self.firstVisibleBlock().blockNumber()
        rows = self.viewport().height() // max(1, self.fontMetrics().lineSpacing())
        return first - 2 <= block.blockNumber() <= first + rows + 2

    @property
    def tags_shown(self) -> bool:
        return self._tag_widths is not None

    def set_tags_shown(self, shown: bool) -> None:
        """Show or hide the label tags after the spans; the text is laid out again with or without their
        room (its characters and offsets do not change)."""
        if shown == self.tags_shown:
            return
        self._tag_widths = TagWidths(self.font()) if shown else None
        self._highlighter.set_tag_width(self._tag_widths)
        self.viewport().update()

    def show_import_hint(self, import_actions: list[QAction], project_path: Path) -> None:
        """What a project with no documents shows instead of an empty page: every way in (the menu items
        with their keys, the drop zone, the command line). A placeholder is plain text and disappears by
        itself once a document is shown."""
        items = [f"  •  {_menu_item(action)}" for action in import_actions]
        command = f"curator --project {shlex.quote(str(project_path))} import FILE_OR_FOLDER…"
        self.setPlaceholderText(
            self.tr(
                "This project has no documents yet. To bring some in:\n\n"
                "{menu_items}\n"
                "  •  drop files or folders anywhere on this window\n"
                "  •  from a terminal: {command}\n\n"
                "Text, web pages, PDF, DOCX, zip, JSONL, CSV/TSV, doccano, CoNLL and brat files are read."
            ).format(menu_items="\n".join(items), command=command)
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
            [_Mark(i, to16(s), to16(e), label, tail=self._tail(e, to16(e))) for i, s, e, label in suggestions]
        )

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.tooltip_at is not None:
            assert isinstance(event, QHelpEvent)
            position = self.cursorForPosition(self.viewport().mapFromGlobal(event.globalPos())).position()
            tip = self.tooltip_at(self._utf16.from_utf16(position))
            foreign = self._highlighter.foreign_at(position)
            layers = [
                self.tr("{label} in {layer}'s layer (read-only)").format(label=m.label, layer=m.layer)
                for m in foreign
            ]
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
        end = to16(span.end)
        return _Mark(span.id, to16(span.start), end, span.label, layer, self._tail(span.end, end))

    def _tail(self, end: int, end16: int) -> int:
        """Where the last character before code point `end` (`end16` in UTF-16) starts, UTF-16: the
        tags' room widens it."""
        last = self._text[last_character(self._text, end) : end]
        return end16 - len(last) - sum(1 for c in last if c > "\uffff")

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

    def outline(self, ranges: Sequence[Outline], arrow: tuple[int, int, int, int] | None = None) -> None:
        """Outline an event's trigger and arguments (or a relation's two ends) until told otherwise; a
        range with a fourth item, an argument's role, is boxed and its role named in a tag after it.
        `arrow` (head start/end, child start/end) draws the relation's direction."""
        self._outlines = []
        to16 = self._utf16.to_utf16
        captions, self._boxes = [], []
        for start, end, color, *role in ranges:
            selection = self._selection(start, end)
            selection.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            selection.format.setUnderlineColor(QColor(color))
            selection.format.setFontWeight(QFont.Weight.Bold)
            selection.format.setFontUnderline(True)
            self._outlines.append(selection)
            if role:
                self._boxes.append((to16(start), to16(end), color))
                captions.append(_Mark(0, to16(start), to16(end), role[0], tail=self._tail(end, to16(end))))
        self._highlighter.set_captions(captions)
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
        self._paint_tags()
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

    def _visible_blocks(self) -> Iterator[tuple[int, int, QRectF, list]]:
        """(start, end, geometry in the viewport, lines) of each laid-out block on screen, UTF-16."""
        block = self.firstVisibleBlock()
        offset = self.contentOffset()
        bottom = self.viewport().rect().bottom()
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > bottom:
                return
            layout = block.layout()
            if block.isVisible() and layout is not None:
                lines = [layout.lineAt(i) for i in range(layout.lineCount())]
                yield block.position(), block.position() + block.length() - 1, geometry, lines
            block = block.next()

    def tag_boxes(self) -> list[tuple[Tag, QRectF]]:
        """Each tag on screen and where it is drawn in the viewport."""
        widths = self._tag_widths
        if widths is None:
            return []
        found = []
        for block_start, block_end, geometry, lines in self._visible_blocks():
            for (tail, end), tags in self._highlighter.tags_between(block_start, block_end).items():
                line = next((n for n in lines if n.textStart() + n.textLength() > tail - block_start), None)
                if line is None:
                    continue
                x_end = geometry.left() + line.cursorToX(end - block_start)[0]
                height = min(line.height() - 2, widths.height() + 1)
                top = geometry.top() + line.y() + (line.height() - height) / 2
                for tag, (left, right) in zip(tags, tag_spans(x_end, tags, widths), strict=True):
                    found.append((tag, QRectF(left, top, right - left, height)))
        return found

    def outline_boxes(self) -> list[tuple[str, QRectF]]:
        """The boxes round the selected event's arguments on screen (one per line a span covers), with
        their colours; a box holds the span and its tags."""
        found = []
        for block_start, block_end, geometry, lines in self._visible_blocks():
            for start, end, color in self._boxes:
                if end <= block_start or start >= block_end:
                    continue
                for line in lines:
                    first = line.textStart() + block_start
                    last = first + line.textLength()
                    if end <= first or start >= last:
                        continue
                    left = line.cursorToX(max(start, first) - block_start)[0]
                    right = line.cursorToX(min(end, last) - block_start)[0]
                    top = geometry.top() + line.y()
                    box = QRectF(geometry.left() + left - 1, top, right - left + 2, line.height())
                    found.append((color, box))
        return found

    def _paint_tags(self) -> None:
        boxes = self.outline_boxes()
        tags = self.tag_boxes()
        if not boxes and not tags:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for color, box in boxes:
            painter.setPen(QPen(QColor(color), 1.5))
            painter.drawRoundedRect(box.adjusted(0.5, 0.5, -0.5, -0.5), 2, 2)
        if self._tag_widths is not None:
            for tag, rect in tags:
                paint_tag(painter, rect, tag, self._tag_widths.font)
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
    """'File → Import… (Ctrl+I)': where an action is in the menus and its key, as a user reads it (in
    the interface language: the menu's title and the action's text are translated)."""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    title = action.text().replace("&", "")
    menu = plain_title(MENUS["file"])
    return f"{menu} → {title} ({keys})" if keys else f"{menu} → {title}"
