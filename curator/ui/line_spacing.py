"""Line spacing for the document text (Edit → Preferences → Text), without changing a character.

QPlainTextEdit lays its text out with QPlainTextDocumentLayout, which ignores
QTextBlockFormat.setLineHeight (checked on Qt 6.11: the line height stays the font's at 200 %), and
QTextEdit's layout, which honours it, lays the whole document out at once (too slow for the 1 MB
document with 10,000 spans). So this layout keeps Qt's plain layout and only moves each laid-out line
down, centred in a taller step, the way QTextDocumentLayout applies a proportional line height. The
text, its UTF-16 positions and so every offset stay exactly as they were; hit testing, the cursor, the
highlighter's formats and the label tags all read the moved lines. The lines of a block are moved
when Qt asks for the block's rectangle (the plain text edit asks before it paints, hit-tests or places
the cursor in a block) and it is on screen or near it, once after each time Qt laid it out (which puts
its first line back at the top).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QTextBlock, QTextDocument, QTextLayout
from PySide6.QtWidgets import QPlainTextDocumentLayout

from curator.core.preferences import MAX_LINE_SPACING, MIN_LINE_SPACING


class SpacedPlainTextLayout(QPlainTextDocumentLayout):
    """Qt's plain text layout with each line in a step `percent` % of its own height.

    `near_view(block)` says whether a block is on screen or close to it: only those have their lines
    moved (the rest are measured, which costs nothing for lines of one height), so opening the 1 MB
    document does not move the lines of its 3,000 paragraphs twice each, as Qt lays each one out
    again after highlighting it."""

    def __init__(self, document: QTextDocument, near_view: Callable[[QTextBlock], bool]) -> None:
        super().__init__(document)
        self._factor = 1.0
        self._near_view = near_view

    @property
    def percent(self) -> int:
        return round(self._factor * 100)

    def set_percent(self, percent: int) -> None:
        """The new spacing: the text is laid out again (as for a new font), its lines then spaced."""
        factor = min(max(percent, MIN_LINE_SPACING), MAX_LINE_SPACING) / 100
        if factor == self._factor:
            return
        self._factor = factor
        document = self.document()
        document.markContentsDirty(0, document.characterCount())

    def _step(self, height: float) -> float:
        return math.ceil(height * self._factor)

    def blockBoundingRect(self, block: QTextBlock) -> QRectF:
        rect = super().blockBoundingRect(block)
        layout = block.layout()
        count = layout.lineCount() if layout is not None else 0
        if self._factor == 1.0 or count == 0 or not block.isVisible():
            return rect
        margin = self.document().documentMargin() if not block.next().isValid() else 0.0
        first = layout.lineAt(0)
        if first.y() == 0 and not self._near_view(block):
            height = self._spaced_height(layout, rect.height() - margin)
        else:
            if first.y() == 0:
                self._space(layout)
            last = layout.lineAt(count - 1)
            height = last.y() + (self._step(last.height()) + last.height()) / 2
        return QRectF(rect.x(), rect.y(), rect.width(), height + margin)

    def _spaced_height(self, layout: QTextLayout, compact: float) -> float:
        """The height of a block whose lines are still where Qt put them, once spaced."""
        count = layout.lineCount()
        first = layout.lineAt(0).height()
        if abs(compact - count * first) < 0.01:  # lines of one height: the usual case
            return count * self._step(first)
        return sum(self._step(layout.lineAt(number).height()) for number in range(count))

    def _space(self, layout: QTextLayout) -> None:
        """Move each line down into its step, centred."""
        top = 0.0
        for number in range(layout.lineCount()):
            line = layout.lineAt(number)
            step = self._step(line.height())
            line.setPosition(QPointF(line.x(), top + (step - line.height()) / 2))
            top += step
