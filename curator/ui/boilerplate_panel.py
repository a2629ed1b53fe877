"""The Boilerplate tab: the current document's exclusion regions with their kind, status and text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QGridLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from curator.core.boilerplate import KINDS
from curator.core.services.exclusions import RegionRecord
from curator.ui.list_table_model import Index, ListTableModel
from curator.ui.messages import plain_tooltip
from curator.ui.row_table import row_table

PREVIEW = 80
STATUS_COLORS = {"proposed": "#5a5a5a", "accepted": "#2d6a2d", "rejected": "#9a9a9a"}


def preview(text: str) -> str:
    shown = " ⏎ ".join(part.strip() for part in text.split("\n") if part.strip()) or text.replace("\n", "⏎")
    return shown if len(shown) <= PREVIEW else shown[:PREVIEW] + "…"


class RegionTableModel(ListTableModel):
    COLUMNS = ("Kind", "Status", "Text")

    def __init__(self) -> None:
        super().__init__()
        self.text = ""

    def set_regions(self, text: str, regions: list[RegionRecord]) -> None:
        self.text = text
        self.replace_rows(regions)

    def region(self, row: int) -> RegionRecord | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def row_of(self, region_id: int) -> int | None:
        return next((row for row, region in enumerate(self.rows) if region.id == region_id), None)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        region: RegionRecord = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            kind = region.kind.replace("_", " ")
            text = preview(self.text[region.start : region.end])
            if region.replacement is not None:  # a line join: the words it joins
                before = " ".join(self.text[max(0, region.start - 30) : region.start].split()[-1:])
                after = " ".join(self.text[region.end : region.end + 30].split()[:1])
                if region.status == "accepted":
                    text = f"…{before}{region.replacement}{after}… (joined)"
                else:
                    text = f"…{before} ⏎ {after}… → {region.replacement!r}"
            return (kind, region.status, text)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QColor(STATUS_COLORS.get(region.status, "#000000"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(
                f"{KINDS.get(region.kind, region.kind)}\nrule {region.rule}, {region.start}-{region.end}"
            )
        return None


class BoilerplatePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel("<b>Boilerplate</b>", self)
        self.model = RegionTableModel()
        self.table = row_table(self.model, self, name="boilerplate-table")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.accept_button = QPushButton("Accept", self)
        self.reject_button = QPushButton("Reject", self)
        self.accept_kind_button = QPushButton("Accept Kind in Corpus", self)
        self.detect_button = QPushButton("Detect in Corpus", self)
        buttons = QGridLayout()  # two by two, so the side panel fits a 1280-pixel screen
        for place, button in enumerate(
            (self.accept_button, self.reject_button, self.accept_kind_button, self.detect_button)
        ):
            buttons.addWidget(button, place // 2, place % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    def show_regions(self, text: str, regions: list[RegionRecord]) -> None:
        current = self.current_region()
        self.model.set_regions(text, regions)
        proposed = sum(region.status == "proposed" for region in regions)
        self.title.setText(f"<b>Boilerplate</b> ({proposed} proposed of {len(regions)})")
        if current is not None:
            self.select_region(current.id)

    def current_region(self) -> RegionRecord | None:
        index = self.table.currentIndex()
        return self.model.region(index.row()) if index.isValid() else None

    def select_region(self, region_id: int) -> None:
        row = self.model.row_of(region_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
