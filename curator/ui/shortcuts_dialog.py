"""F1: every registered action with its keys and where it is in the menus, read from the registry.

A table, not a message box: a hundred actions (more with a big schema) must scroll and fit the screen
at 1280×720, and typing filters them ("ctrl+alt", "suggest"). Label and event type names come from
the user's schema, so every cell is plain text.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from curator.ui.actions import ActionRegistry, plain_title, shortcut_text, tip_text
from curator.ui.list_table_model import ListTableModel
from curator.ui.messages import plain_tooltip
from curator.ui.row_table import row_table

Index = QModelIndex | QPersistentModelIndex
INTRO = QT_TRANSLATE_NOOP(
    "ShortcutsDialog",
    "Select text (mouse or Shift+arrows) or put the cursor on a word, then press a label key. Selections "
    "snap to whole words and leave out a Turkish suffix after an apostrophe. A key written “E, M” is E "
    "then M. Type to filter the list.",
)
SCREEN_SHARE = 0.9  # of the available screen, at most, so the window frame fits too
PREFERRED_WIDTH = 980


class ShortcutRow(NamedTuple):
    keys: str
    title: str
    menu: str
    tip: str


class ShortcutsModel(ListTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("ShortcutsModel", "Keys"),
        QT_TRANSLATE_NOOP("ShortcutsModel", "Action"),
        QT_TRANSLATE_NOOP("ShortcutsModel", "Menu"),
        QT_TRANSLATE_NOOP("ShortcutsModel", "What it does"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: ShortcutRow = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and row.tip:
            return plain_tooltip(row.tip)
        return None


def shortcut_rows(registry: ActionRegistry) -> list[ShortcutRow]:
    """One row per registered action, in menu order; an action without keys is listed too."""
    return [
        ShortcutRow(
            shortcut_text(spec.shortcuts), plain_title(spec), registry.menu_path(spec), tip_text(spec)
        )
        for spec in registry.specs()
    ]


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget, registry: ActionRegistry) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(self.tr(INTRO), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setAccessibleName(self.tr("Filter the shortcuts"))
        self.filter_edit.setPlaceholderText(self.tr("Filter: a key (ctrl+alt) or words (suggest)"))
        self.filter_edit.setClearButtonEnabled(True)
        self.model = ShortcutsModel()
        self.model.replace_rows(shortcut_rows(registry))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = row_table(self.proxy, self, name="shortcuts-table")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        header = self.table.horizontalHeader()
        for column in range(len(ShortcutsModel.COLUMNS) - 1):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.filter_edit.setFocus()
        self.fit_to_screen()

    def shown_rows(self) -> list[ShortcutRow]:
        """The rows the table shows now, in its order (after the filter)."""
        return [
            self.model.rows[self.proxy.mapToSource(self.proxy.index(row, 0)).row()]
            for row in range(self.proxy.rowCount())
        ]

    def fit_to_screen(self) -> None:
        """As tall as the list needs, never taller or wider than the screen it opens on; centred there."""
        screen = (self.parentWidget() or self).screen()
        available: QRect = screen.availableGeometry()
        rows_height = self.table.verticalHeader().length() + self.table.horizontalHeader().height()
        wanted_height = rows_height + 160  # the intro, the filter and the Close button
        width = min(PREFERRED_WIDTH, int(available.width() * SCREEN_SHARE))
        height = min(wanted_height, int(available.height() * SCREEN_SHARE))
        self.resize(width, height)
        left = available.left() + (available.width() - width) // 2
        top = available.top() + (available.height() - height) // 2
        self.move(left, top)


def show_shortcuts(parent: QWidget, registry: ActionRegistry) -> ShortcutsDialog:
    dialog = ShortcutsDialog(parent, registry)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
