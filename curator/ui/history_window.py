"""Document History: the open document's changes, newest first (time, who, what), and Revert Selected.

The list reads one page of entries at a time as the user scrolls (a long session has thousands) and
re-reads after every step the window makes, so the revert it just made shows at the top. A revert goes
through the controller's `push`, so Ctrl+Z takes it back; a refusal (a later change depends on the
entry) names the blocking entry in a message box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from curator.core.domain import CuratorError
from curator.core.history_queries import HistoryFilter, HistoryRecord, history_count, history_page
from curator.core.services.history import revert_entry
from curator.core.storage import Project
from curator.ui import messages
from curator.ui.i18n_tools import TranslatedTableModel
from curator.ui.list_table_model import Index

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow

PAGE = 200


class HistoryModel(TranslatedTableModel):
    """The entries' texts are stored in the project as written when the change was made (in English, by
    the core's services, and shared by a team whatever each member's language): shown as they are."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("HistoryModel", "Time (UTC)"),
        QT_TRANSLATE_NOOP("HistoryModel", "Who"),
        QT_TRANSLATE_NOOP("HistoryModel", "Change"),
    )

    def __init__(self, project: Project, document_id: int) -> None:
        super().__init__()
        self.project = project
        self.where = HistoryFilter(document_id=document_id)
        self.total = 0

    def reload(self) -> None:
        self.total = history_count(self.project, self.where)
        self.replace_rows(history_page(self.project, self.where, limit=PAGE))

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt's signature
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        more = history_page(self.project, self.where, offset=len(self.rows), limit=PAGE)
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        entry: HistoryRecord = self.rows[index.row()]
        if index.column() == 0:
            return f"{entry.created_at:%Y-%m-%d %H:%M:%S}"
        if index.column() == 1:
            return entry.annotator or "?"
        return f"#{entry.id} {entry.text}"


class HistoryDialog(QDialog):
    def __init__(self, window: MainWindow, document_id: int, title: str) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("History of #{id}").format(id=document_id))
        self.resize(720, 480)
        heading = QLabel(self.tr("Changes to “{title}”, newest first").format(title=title), self)
        heading.setTextFormat(Qt.TextFormat.PlainText)
        self.model = HistoryModel(window.project, document_id)
        self.table = QTableView(self)
        self.table.setObjectName("history-table")
        self.table.setAccessibleName(self.tr("Changes"))
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next input; arrows walk the rows
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.revert_button = QPushButton(self.tr("&Revert Selected"), self)
        self.revert_button.setToolTip(
            self.tr("Take back the selected change (Alt+R); Ctrl+Z in the window undoes it")
        )
        self.revert_button.clicked.connect(self.revert_selected)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.model.reload()
        window.controller.changed.connect(self._reload)
        self.finished.connect(lambda _: window.controller.changed.disconnect(self._reload))

    def _reload(self, _change: object = None) -> None:
        self.model.reload()

    def selected(self) -> HistoryRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def revert_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        try:
            change = revert_entry(self.window_.project, entry.id)
        except CuratorError as error:
            messages.warning(self, self.tr("Revert"), str(error))
            return
        self.window_.controller.push(change.text, change)


def show_history(window: MainWindow) -> HistoryDialog | None:
    document = window.controller.document
    if document is None:
        return None
    untitled = QCoreApplication.translate("HistoryDialog", "document {id}").format(id=document.id)
    dialog = HistoryDialog(window, document.id, document.title or untitled)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
