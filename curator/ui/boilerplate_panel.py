"""The Boilerplate tab: the current document's exclusion regions with their kind, status and text."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
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
from curator.ui import i18n_flows
from curator.ui.list_table_model import Index, ListTableModel
from curator.ui.messages import plain_tooltip
from curator.ui.row_table import row_table

PREVIEW = 80
STATUS_COLORS = {"proposed": "#5a5a5a", "accepted": "#2d6a2d", "rejected": "#9a9a9a"}


def preview(text: str) -> str:
    shown = " ⏎ ".join(part.strip() for part in text.split("\n") if part.strip()) or text.replace("\n", "⏎")
    return shown if len(shown) <= PREVIEW else shown[:PREVIEW] + "…"


class RegionTableModel(ListTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("RegionTableModel", "Kind"),
        QT_TRANSLATE_NOOP("RegionTableModel", "Status"),
        QT_TRANSLATE_NOOP("RegionTableModel", "Text"),
    )

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
            kind = i18n_flows.kind_name(region.kind)
            text = preview(self.text[region.start : region.end])
            if region.replacement is not None:  # a line join: the words it joins
                before = " ".join(self.text[max(0, region.start - 30) : region.start].split()[-1:])
                after = " ".join(self.text[region.end : region.end + 30].split()[:1])
                if region.status == "accepted":
                    text = self.tr("…{joined}… (joined)").format(
                        joined=f"{before}{region.replacement}{after}"
                    )
                else:
                    text = f"…{before} ⏎ {after}… → {region.replacement!r}"
            return (kind, i18n_flows.shown(i18n_flows.KINDS, region.status), text)[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == 1:
            return QColor(STATUS_COLORS.get(region.status, "#000000"))
        if role == Qt.ItemDataRole.ToolTipRole:
            about = i18n_flows.shown(i18n_flows.KINDS, KINDS.get(region.kind, region.kind))
            where = self.tr("rule {rule}, {start}-{end}").format(
                rule=region.rule, start=region.start, end=region.end
            )
            return plain_tooltip(f"{about}\n{where}")
        return None


class BoilerplatePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = self.tr("Boilerplate")
        self.title = QLabel(f"<b>{self.heading}</b>", self)
        self.model = RegionTableModel()
        self.table = row_table(self.model, self, name="boilerplate-table")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.accept_button = QPushButton(self.tr("Accept"), self)
        self.reject_button = QPushButton(self.tr("Reject"), self)
        self.accept_kind_button = QPushButton(self.tr("Accept Kind in Corpus"), self)
        self.detect_button = QPushButton(self.tr("Detect in Corpus"), self)
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
        counts = self.tr("({proposed} proposed of {total})").format(proposed=proposed, total=len(regions))
        self.title.setText(f"<b>{self.heading}</b> {counts}")
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
