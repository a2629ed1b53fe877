"""The knowledge-base panel: canonical entities with mention counts, searched by any alias."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from curator.core.services.entities import EntityRecord, EntityUsage
from curator.core.storage.sort_keys import natural_sort_key
from curator.ui.i18n_tools import TranslatedTableModel
from curator.ui.list_table_model import Index
from curator.ui.messages import plain_tooltip
from curator.ui.row_table import row_table, title_takes_free_width

SEARCH_DELAY_MS = 200


SORT_KEYS: tuple[Callable[[EntityUsage], Any], ...] = (
    lambda usage: natural_sort_key(usage.entity.name),
    lambda usage: (usage.entity.type, usage.entity.subtype or ""),
    lambda usage: natural_sort_key(usage.entity.wikidata or ""),
    lambda usage: (usage.mentions, usage.documents),
)


class EntityTableModel(TranslatedTableModel):
    """Rows in the search's ranking (best match first) until a header is clicked; that order then holds
    for every later search, as the header's arrow says. Subtype and document count are in the tooltip:
    four columns leave the name room in a side panel."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("EntityTableModel", "Name"),
        QT_TRANSLATE_NOOP("EntityTableModel", "Type"),
        "Wikidata",
        QT_TRANSLATE_NOOP("EntityTableModel", "Mentions"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._order: tuple[int, bool] | None = None

    def set_rows(self, rows: list[EntityUsage]) -> None:
        self.replace_rows(self._sorted(rows))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Names and Wikidata ids in natural order ("Haber 2" before "Haber 10"), counts by number."""
        self._order = (
            (column, order == Qt.SortOrder.DescendingOrder) if 0 <= column < len(SORT_KEYS) else None
        )
        if self._order is not None:
            self.layoutAboutToBeChanged.emit()
            self.rows = self._sorted(self.rows)
            self.layoutChanged.emit()

    def _sorted(self, rows: list[EntityUsage]) -> list[EntityUsage]:
        if self._order is None:
            return rows
        column, descending = self._order
        return sorted(rows, key=SORT_KEYS[column], reverse=descending)

    def entity(self, row: int) -> EntityRecord | None:
        return self.rows[row].entity if 0 <= row < len(self.rows) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        usage = self.rows[index.row()]
        entity = usage.entity
        if role == Qt.ItemDataRole.DisplayRole:
            return (entity.name, entity.type, entity.wikidata or "", usage.mentions)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(self._tooltip(usage))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _tooltip(self, usage: EntityUsage) -> str:
        """The full name and what the narrow columns leave out."""
        entity = usage.entity
        subtype = f"/{entity.subtype}" if entity.subtype else ""
        mentions, documents = usage.mentions, usage.documents
        wikidata = entity.wikidata or self.tr("no Wikidata id")
        lines = [
            entity.name,
            f"{entity.type}{subtype} · {wikidata}",
            self.tr("%n mention(s) in {documents}", "", mentions).format(
                documents=self.tr("%n document(s)", "", documents)
            ),
            self.tr("aliases: {aliases}").format(aliases=" · ".join(entity.aliases)),
            entity.notes,
        ]
        return "\n".join(line for line in lines if line)


class KnowledgePanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search any alias: kgao, ЖККУ, Bishkek, Q318693…"))
        self.search.setClearButtonEnabled(True)
        self.model = EntityTableModel()
        self.table = row_table(self.model, self, name="entities-kb-table")
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the search's ranking first
        title_takes_free_width(
            self.table, {1: "TITLE", 2: "Q12345678", 3: self.model.headerData(3, Qt.Orientation.Horizontal)}
        )
        self.link_button = QPushButton(self.tr("Link"), self)
        self.link_all_button = QPushButton(self.tr("Link all identical"), self)
        self.new_button = QPushButton(self.tr("New from mention"), self)
        self.unlink_button = QPushButton(self.tr("Unlink"), self)
        buttons = QGridLayout()  # two by two: one row of four would widen the side panel past a 1280 screen
        for place, button in enumerate(
            (self.link_button, self.link_all_button, self.new_button, self.unlink_button)
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button, place // 2, place % 2)
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
