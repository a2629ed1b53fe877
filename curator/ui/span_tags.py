"""Readable tags: each span's label name drawn as a small tag right after the span, inside the text line.

Why inside the line, after the span (as displaCy and Prodigy do), and not above it as brat does: a
QPlainTextEdit lays lines out with no room between them (QPlainTextDocumentLayout ignores a block's line
height), and making room there would mean a different text layout, which is what keeps a 1 MB document
opening fast. So the highlighter widens the span's last character by the width of its tags (absolute
letter spacing: the text, its UTF-16 positions and so every offset stay exactly as they were; only where
the next word is drawn moves), and the view paints the tags into that room, for the visible lines only.
The line wraps with the room counted, so a tag is never cut off at the right edge. Tags of spans that end
at the same character sit side by side (inner span first), and spans that end elsewhere have rooms of
their own, so tags never cover each other or the text, however spans overlap.

Whether tags are shown is the user's choice (View → Label Tags), on for a new user, kept in the user's
Preferences (`curator.core.preferences`), not in the project file.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from curator.core.schema.colours import TEXT, span_fill, suggestion_tint, text_on

if TYPE_CHECKING:
    from curator.ui.workbench import Workbench

TAG_PADDING = 3.0  # inside a tag, either side of its text
TAG_GAP = 2.0  # between two tags that share a room
ROOM_MARGIN = 2.0  # between the span's last character and its first tag, and after the last tag
TAG_FONT_SCALE = 0.72
ROLE_COLOUR = "#1d3557"  # an event argument's role, as its outline is drawn


@dataclass(frozen=True, slots=True)
class Tag:
    """One tag: `style` is "human", "foreign" (another annotator's read-only span), "suggestion", or
    "role" (an argument of the selected event, named by its role)."""

    text: str
    colour: str
    style: str = "human"


def room_width(tags: Sequence[Tag], text_width: Callable[[str], float]) -> float:
    """How much wider the span's last character is drawn to hold `tags` (whole pixels, so the room
    and the tags painted into it agree exactly)."""
    widths = [text_width(tag.text) + 2 * TAG_PADDING for tag in tags]
    return float(math.ceil(2 * ROOM_MARGIN + sum(widths) + TAG_GAP * (len(widths) - 1)))


def tag_spans(
    x_end: float, tags: Sequence[Tag], text_width: Callable[[str], float]
) -> list[tuple[float, float]]:
    """Left and right edge of each tag in a room that ends at `x_end` (the x of the position after the
    span, which the room pushed right): side by side, in order, none overlapping another."""
    left = x_end - room_width(tags, text_width) + ROOM_MARGIN
    found = []
    for tag in tags:
        right = left + text_width(tag.text) + 2 * TAG_PADDING
        found.append((left, right))
        left = right + TAG_GAP
    return found


def tag_font(text_font: QFont) -> QFont:
    font = QFont(text_font)
    font.setPointSizeF(text_font.pointSizeF() * TAG_FONT_SCALE)
    font.setWeight(QFont.Weight.DemiBold)
    return font


class TagWidths:
    """The text width of a tag's name in the tag font, measured once per name."""

    def __init__(self, text_font: QFont) -> None:
        self.text_font = QFont(text_font)
        self.font = tag_font(text_font)
        self._metrics = QFontMetricsF(self.font)
        self._known: dict[str, float] = {}

    def __call__(self, text: str) -> float:
        width = self._known.get(text)
        if width is None:
            width = self._known[text] = self._metrics.horizontalAdvance(text)
        return width

    def height(self) -> float:
        return self._metrics.height()


def paint_tag(painter: QPainter, rect: QRectF, tag: Tag, font: QFont) -> None:
    """A rounded tag: a human tag in the label's own colour; a suggestion, another layer's span and a
    role outlined on a pale ground (dashed, dotted, solid), so what is not the user's own tag never
    looks like one, whatever colours the user can see."""
    colour = QColor(tag.colour)
    if tag.style == "human":
        fill, ink, border = tag.colour, text_on(tag.colour), colour.darker(150)
        line = Qt.PenStyle.SolidLine
    elif tag.style == "role":
        fill, ink, border, line = "#ffffff", ROLE_COLOUR, QColor(ROLE_COLOUR), Qt.PenStyle.SolidLine
    else:
        fill, ink, border = suggestion_tint(tag.colour), TEXT, QColor(span_fill(tag.colour)).darker(170)
        line = Qt.PenStyle.DashLine if tag.style == "suggestion" else Qt.PenStyle.DotLine
    painter.setPen(QPen(border, 1, line))
    painter.setBrush(QColor(fill))
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3)
    painter.setPen(QColor(ink))
    painter.setFont(font)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, tag.text)


class TagsToggle:
    """View → Label Tags: shows or hides the tags in the text, and remembers the choice."""

    def __init__(self, workbench: Workbench, shown: bool, keep: Callable[[bool], None]) -> None:
        """`shown`: the user's choice (Preferences; a new user sees tags); `keep` saves a new one."""
        self.workbench = workbench
        self._keep = keep
        self.action = workbench.registry.add("view.label_tags")
        self.action.setChecked(shown)
        workbench.text_view.set_tags_shown(shown)
        self.action.toggled.connect(self._toggled)

    def _toggled(self, checked: bool) -> None:
        self._keep(checked)
        self.workbench.text_view.set_tags_shown(checked)
        shown = (
            QCoreApplication.translate("TagsToggle", "Label tags are shown after each span.")
            if checked
            else QCoreApplication.translate("TagsToggle", "Label tags are hidden.")
        )
        self.workbench.message(shown)
