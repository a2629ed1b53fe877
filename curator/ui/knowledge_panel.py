"""The knowledge-base panel: canonical entities with mention counts, searched by any alias."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from curator.core.services.entities import EntityRecord, EntityUsage
from curator.ui.list_table_model import Index, ListTableModel
from curator.ui.messages import plain_tooltip
from curator.ui.row_table import row_table

SEARCH_DELAY_MS = 200


class EntityTableModel(ListTableModel):
    COLUMNS = ("Name", "Type", "Wikidata", "Mentions", "Docs")

    def set_rows(self, rows: list[EntityUsage]) -> None:
        self.replace_rows(rows)

    def entity(self, row: int) -> EntityRecord | None:
        return self.rows[row].entity if 0 <= row < len(self.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        usage = self.rows[index.row()]
        entity = usage.entity
        if role == Qt.ItemDataRole.DisplayRole:
            subtype = f"/{entity.subtype}" if entity.subtype else ""
            values = (
                entity.name,
                f"{entity.type}{subtype}",
                entity.wikidata or "",
                usage.mentions,
                usage.documents,
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            aliases = " · ".join(entity.aliases)
            return plain_tooltip(f"{entity.name}\naliases: {aliases}\n{entity.notes}".strip())
        return None


class KnowledgePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search any alias: kgao, ЖККУ, Bishkek, Q318693…")
        self.search.setClearButtonEnabled(True)
        self.model = EntityTableModel()
        self.table = row_table(self.model, self, name="entities-kb-table")
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.link_button = QPushButton("Link", self)
        self.link_all_button = QPushButton("Link all identical", self)
        self.new_button = QPushButton("New from mention", self)
        self.unlink_button = QPushButton("Unlink", self)
        buttons = QHBoxLayout()
        for button in (self.link_button, self.link_all_button, self.new_button, self.unlink_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        self.mention_label = QLabel(self)
        self.mention_label.setTextFormat(Qt.TextFormat.PlainText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.mention_label)
        layout.addLayout(buttons)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search.textChanged.connect(lambda _text: self.search_timer.start())

    def current_entity(self) -> EntityRecord | None:
        index = self.table.currentIndex()
        return self.model.entity(index.row()) if index.isValid() else None
