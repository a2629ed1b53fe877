"""The label palette: one button per label in its colour with its key. It is also the legend."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolButton, QWidget

from curator.core.domain import LabelInfo
from curator.core.schema.colours import text_on
from curator.ui.flow_layout import FlowLayout


def readable_text_color(background: str) -> str:
    """Black or white by WCAG contrast, not by lightness (which put white on the Okabe–Ito orange)."""
    return text_on(QColor(background).name())


class LabelPalette(QWidget):
    def __init__(self, on_label: Callable[[str], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_label = on_label
        self._layout = FlowLayout(self)  # wraps: at a large font one row is wider than the screen
        self._layout.setContentsMargins(4, 2, 4, 2)
        self._layout.setSpacing(4)
        self.buttons: dict[str, QToolButton] = {}

    def set_labels(self, labels: list[LabelInfo]) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.deleteLater()
        self.buttons = {}
        for label in labels:
            button = QToolButton(self)
            key = f"{label.shortcut} " if label.shortcut else ""
            button.setText(f"{key}{label.name}")
            button.setObjectName(f"label-{label.name}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            hint = (
                self.tr("Key {key}; Alt+{key} tags the exact characters").format(key=label.shortcut)
                if label.shortcut
                else ""
            )
            name, description = html.escape(label.name), html.escape(label.description)
            button.setToolTip(f"<b>{name}</b> — {description}<br>{html.escape(hint)}")
            button.setStyleSheet(
                f"QToolButton {{ background: {label.color}; color: {readable_text_color(label.color)};"
                " border: 1px solid #777; border-radius: 3px; padding: 2px 6px; font-weight: 600; }"
            )
            button.clicked.connect(lambda _checked=False, name=label.name: self._on_label(name))
            self._layout.addWidget(button)
            self.buttons[label.name] = button
        legend = QLabel(self.tr("<small>overlaps: inner fill, outer underline</small>"), self)
        legend.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)  # gives way first
        legend.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._layout.addWidget(legend)
