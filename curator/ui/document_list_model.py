"""The documents list as a lazily fetched table model: it loads pages as the view scrolls, so a project
with 100k documents opens as fast as one with five.

Qt asks for rows from scroll and paint events, outside any action: a read that fails is reported by the
window's guard and the list shows what it has, instead of the error going to stderr (and, from
`fetchMore`, repeating on every scroll)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from curator.core import queries
from curator.core.domain import DocumentFilter, DocumentSummary
from curator.core.services.assignments import has_assignments, my_assignments
from curator.core.services.review import status_counts
from curator.core.storage import Project
from curator.ui.guard import report_error
from curator.ui.i18n_main import ASSIGNMENTS, status_word, word
from curator.ui.messages import plain_tooltip

T = TypeVar("T")

Index = QModelIndex | QPersistentModelIndex

COLUMNS = [
    ("title", QT_TRANSLATE_NOOP("DocumentTableModel", "Title")),
    ("language", QT_TRANSLATE_NOOP("DocumentTableModel", "Lang")),
    ("status", QT_TRANSLATE_NOOP("DocumentTableModel", "Status")),
    ("span_count", QT_TRANSLATE_NOOP("DocumentTableModel", "Spans")),
    ("mine", QT_TRANSLATE_NOOP("DocumentTableModel", "Mine")),
    ("open_by", QT_TRANSLATE_NOOP("DocumentTableModel", "Open by")),
]
MINE_COLUMN = [key for key, _title in COLUMNS].index("mine")
OPEN_BY_COLUMN = [key for key, _title in COLUMNS].index("open_by")  # who else has it open (presence)
# The "Mine" column: the current annotator's assignment of the row (read a page at a time, like the rows),
# in the words of curator.ui.i18n_main.ASSIGNMENTS.


class DocumentTableModel(QAbstractTableModel):
    PAGE_SIZE = 200
    statuses_changed = Signal()  # a document's status changed, or the list was reloaded: recount
    presence_changed = Signal()  # who else has which document open changed

    def __init__(self, project: Project) -> None:
        super().__init__()
        self._project = project
        self._filter = DocumentFilter()
        self._sort = "id"
        self._descending = False
        self._rows: list[DocumentSummary] = []
        self._mine: dict[int, str] = {}
        self._open_by: dict[int, list[str]] = {}
        self.has_queue = False  # the current annotator has assignments: the Mine column is worth its width
        self._total = 0
        self.reload()

    # --- what the view asks -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "title":
                return row.title or self.tr("(untitled {id})").format(id=row.id)
            if key == "status":
                return status_word(row.status)
            if key == "mine":
                mine = self._mine.get(row.id, "")
                return word(ASSIGNMENTS, mine) if mine in ASSIGNMENTS else ""
            if key == "open_by":
                return ", ".join(self._open_by.get(row.id, []))
            return getattr(row, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            date = row.pub_date or self.tr("no date")
            tip = f"{row.title}\n#{row.id} · {row.source} · {date}"
            if row.id in self._open_by:
                tip += "\n" + self.tr("Open now by {names}").format(names=", ".join(self._open_by[row.id]))
            return plain_tooltip(tip)
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "span_count":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section][1])
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = self._read(
            self.tr("Loading the documents list"),
            lambda: queries.list_documents(
                self._project,
                self._filter,
                sort=self._sort,
                descending=self._descending,
                offset=len(self._rows),
                limit=self.PAGE_SIZE,
            ),
            [],
        )
        if not page:
            self._total = len(self._rows)
            return
        self._mine.update(self._read_mine([summary.id for summary in page]))
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = COLUMNS[column][0] if 0 <= column < len(COLUMNS) else "id"
        self._sort = key if key in queries.SORTABLE_COLUMNS else "id"  # "Mine" sorts as the id
        self._descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # --- what the window asks ---------------------------------------------------------------------

    @property
    def total(self) -> int:
        return self._total

    def set_filter(self, document_filter: DocumentFilter) -> None:
        self._filter = document_filter.for_annotator(self._project.annotator_name)  # the status counts' too
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._read(
            self.tr("Counting the documents"), lambda: queries.count_documents(self._project, self._filter), 0
        )
        self._rows = []
        self._mine = {}
        self.has_queue = self._read(
            self.tr("Reading your assignments"), lambda: has_assignments(self._project), False
        )
        self.endResetModel()
        self.fetchMore()
        self.statuses_changed.emit()

    def status_counts(self) -> dict[str, int]:
        """Documents per status among those the filter's other parts (title, language, …) match."""
        return self._read(
            self.tr("Counting documents by status"), lambda: status_counts(self._project, self._filter), {}
        )

    def document_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, document_id: int) -> int | None:
        for row, summary in enumerate(self._rows):
            if summary.id == document_id:
                return row
        return None

    @staticmethod
    def _read(what: str, read: Callable[[], T], nothing: T) -> T:
        try:
            return read()
        except Exception as error:  # shown by the guard; the list keeps what it has
            report_error(error, what)
            return nothing

    def _read_mine(self, document_ids: list[int]) -> dict[int, str]:
        return self._read(
            self.tr("Reading your assignments"), lambda: my_assignments(self._project, document_ids), {}
        )

    def set_presence(self, open_by: dict[int, list[str]]) -> None:
        """Who else has which document open; only the rows whose names changed are repainted."""
        changed = {i for i in open_by.keys() | self._open_by.keys() if open_by.get(i) != self._open_by.get(i)}
        self._open_by = open_by
        if changed:
            self.presence_changed.emit()
        for document_id in changed:
            row = self.row_of(document_id)
            if row is not None:
                index = self.index(row, OPEN_BY_COLUMN)
                self.dataChanged.emit(index, index)

    def open_by(self, document_id: int) -> list[str]:
        return self._open_by.get(document_id, [])

    def anyone_elsewhere(self) -> bool:
        return bool(self._open_by)

    def refresh_document(self, document_id: int) -> None:
        """Re-read one row after an edit (its span count or status changed)."""
        row = self.row_of(document_id)
        summary = self._read(
            self.tr("Refreshing the documents list"),
            lambda: queries.get_document_summary(self._project, document_id),
            None,
        )
        if row is None or summary is None or summary.status != self._rows[row].status:
            self.statuses_changed.emit()
        if row is None or summary is None:
            return
        self._rows[row] = summary
        self._mine.pop(document_id, None)
        self._mine.update(self._read_mine([document_id]))
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
