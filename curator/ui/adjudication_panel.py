"""The curation side panel: the open document's disagreements between annotator layers, one per row.

Its keys (1, 2, 3, 0, E, N, P) are the label keys' keys too, so the list takes them for itself while it
has the focus (a ShortcutOverride, as a line edit does for letters): with the focus in the text the same
keys still tag.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from curator.core.adjudication import Comparison, Disagreement, Kind
from curator.ui.i18n_tools import ADJUDICATION, core_text

KIND_COLORS: dict[str, str] = {
    Kind.MISSING: "#d62828",
    Kind.LABEL: "#f77f00",
    Kind.BOUNDARY: "#277da1",
    Kind.LABEL_BOUNDARY: "#7b2cbf",
    Kind.ARGUMENTS: "#2a9d8f",
}
AGREED_COLOR = "#9a9a9a"
KEYS: dict[int, str] = {
    Qt.Key.Key_1: "1", Qt.Key.Key_2: "2", Qt.Key.Key_3: "both", Qt.Key.Key_0: "neither",
    Qt.Key.Key_E: "edit", Qt.Key.Key_N: "next", Qt.Key.Key_P: "previous",
}  # fmt: skip


class DisagreementList(QListWidget):
    """The list; a decision key emits `key_pressed` with its word ("1", "both", "edit", "next", …)."""

    key_pressed = Signal(str)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and _word(event):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        word = _word(event)
        if word is None:
            super().keyPressEvent(event)
            return
        self.key_pressed.emit(word)


def _word(event: QKeyEvent) -> str | None:
    if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return None
    return KEYS.get(event.key())


def describe(disagreement: Disagreement, text: str) -> str:
    """One row: where, what kind, and each layer's version in its own words."""
    parts = []
    for name, units in disagreement.versions.items():
        shown = []
        for unit in units:
            label = getattr(unit, "label", None) or QCoreApplication.translate(
                "AdjudicationPanel", "event {type}"
            ).format(type=getattr(unit, "type", ""))
            shown.append(f"{label} “{text[unit.start : unit.end]}”")
        parts.append(f"{name}: {', '.join(shown) or '—'}")
    done = "✔ " if disagreement.resolved else ""
    kind = core_text(ADJUDICATION, disagreement.kind.value)
    return f"{done}{disagreement.start}-{disagreement.end} {kind}: " + " | ".join(parts)


class AdjudicationPanel(QWidget):
    """Shows one comparison; `current` is the disagreement of the selected row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("adjudication-panel")
        self.header = QLabel(
            self.tr("Review → Adjudicate (Ctrl+Alt+J) compares the annotators' layers here."), self
        )
        self.header.setTextFormat(Qt.TextFormat.PlainText)  # annotator names are user text
        self.header.setWordWrap(True)
        self.list = DisagreementList(self)
        self.list.setObjectName("adjudication-list")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.list)
        self.comparison: Comparison | None = None

    def show_comparison(self, comparison: Comparison, text: str, keep: str | None = None) -> None:
        """Fill the list; the row of `keep` (a disagreement id) stays selected, else the first open one."""
        self.comparison = comparison
        layers = ", ".join(f"{i} = {name}" for i, name in enumerate(comparison.layers[:2], 1))
        if len(comparison.layers) > 2:
            layers = self.tr("{layers} (also {others})").format(
                layers=layers, others=", ".join(comparison.layers[2:])
            )
        self.header.setText(
            self.tr(
                "{open} open of {total} disagreements; {agreed} agreed. Keys: {layers}, 3 both, 0 neither, "
                "E edit, N/P next/previous."
            ).format(
                open=len(comparison.open),
                total=len(comparison.disagreements),
                agreed=len(comparison.agreed) + len(comparison.agreed_events),
                layers=layers,
            )
        )
        self.list.clear()
        for disagreement in comparison.disagreements:
            item = QListWidgetItem(describe(disagreement, text))
            item.setData(Qt.ItemDataRole.UserRole, disagreement.id)
            item.setForeground(
                QColor("#777777") if disagreement.resolved else QColor(KIND_COLORS[disagreement.kind])
            )
            self.list.addItem(item)
        rows = [d.id for d in comparison.disagreements]
        if keep in rows:
            self.list.setCurrentRow(rows.index(keep))
        else:
            self.move(1, start=-1)

    def clear(self, why: str) -> None:
        self.comparison = None
        self.list.clear()
        self.header.setText(why)

    @property
    def current(self) -> Disagreement | None:
        item = self.list.currentItem()
        if item is None or self.comparison is None:
            return None
        return self.comparison.find(item.data(Qt.ItemDataRole.UserRole))

    def move(self, step: int, start: int | None = None) -> bool:
        """Select the next (step 1) or previous (-1) open disagreement; False when there is none."""
        if self.comparison is None:
            return False
        found = self.comparison.disagreements
        row = self.list.currentRow() if start is None else start
        index = row + step
        while 0 <= index < len(found):
            if not found[index].resolved:
                self.list.setCurrentRow(index)
                return True
            index += step
        return False
