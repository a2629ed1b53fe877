"""The side panels: the documents list (left) and the entity table of the open document (right)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from curator.core.domain import DocumentFilter
from curator.ui.document_list_model import MINE_COLUMN, OPEN_BY_COLUMN, DocumentTableModel
from curator.ui.i18n_main import ASSIGNMENTS, status_word, word
from curator.ui.row_table import row_table, title_takes_free_width
from curator.ui.span_table_model import LABEL, SpanTableModel
from curator.ui.status_filter import StatusFilterBox

FILTER_DELAY_MS = 250


class DocumentsPanel(QWidget):
    document_activated = Signal(int)

    def __init__(self, model: DocumentTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(
            self.tr("Filter: title words, lang:ky, status:new, source:AA, date:2021-05")
        )
        self.filter_edit.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.status_box = StatusFilterBox(self)
        self.status_box.currentIndexChanged.connect(lambda _index: self.apply_filter())
        self.table = row_table(parent=self, name="documents-table")
        self.table.setSortingEnabled(True)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # "KAZAKBAYEV, KGAÖ … TOPLANTISINA KATILDI"
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.status_box)
        layout.addWidget(self.table)
        layout.addWidget(self.count_label)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.filter_edit.returnPressed.connect(self.apply_filter)
        self.set_model(model)

    def set_model(self, model: DocumentTableModel) -> None:
        self.model = model
        self.table.setModel(model)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        title_takes_free_width(
            self.table,
            {
                1: model.headerData(1, Qt.Orientation.Horizontal),
                2: status_word("in_progress"),
                3: model.headerData(3, Qt.Orientation.Horizontal),
                MINE_COLUMN: word(ASSIGNMENTS, "annotated"),
                OPEN_BY_COLUMN: "alice, bob",
            },
        )
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        model.modelReset.connect(self._update_count)
        model.modelReset.connect(self._show_mine_if_assigned)
        self._show_mine_if_assigned()
        model.presence_changed.connect(self._show_open_by_if_anyone)
        self._show_open_by_if_anyone()
        model.statuses_changed.connect(lambda: self.status_box.set_counts(model.status_counts()))
        self._update_count()
        self.status_box.set_counts(model.status_counts())

    def _show_mine_if_assigned(self) -> None:
        """The Mine column only for someone with a queue: a lone annotator keeps the title's width."""
        self.table.setColumnHidden(MINE_COLUMN, not self.model.has_queue)

    def _show_open_by_if_anyone(self) -> None:
        """The Open by column only while someone else has a document open."""
        self.table.setColumnHidden(OPEN_BY_COLUMN, not self.model.anyone_elsewhere())

    def apply_filter(self) -> None:
        """The filter box, narrowed to the status chosen in the status box (it wins over `status:`)."""
        self._filter_timer.stop()
        document_filter = DocumentFilter.parse(self.filter_edit.text())
        if self.status_box.status() is not None:
            document_filter = replace(document_filter, status=self.status_box.status())
        self.model.set_filter(document_filter)

    def select_document(self, document_id: int) -> None:
        row = self.model.row_of(document_id)
        if row is not None and self.table.currentIndex().row() != row:
            self.table.selectRow(row)

    def step(self, delta: int) -> bool:
        """Move the selection by one document; fetches the next page at the end of the loaded rows."""
        row = self.table.currentIndex().row() + delta
        if row >= self.model.rowCount() and self.model.canFetchMore():
            self.model.fetchMore()
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0))
            return True
        return False

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        document_id = self.model.document_id(current.row())
        if document_id is not None:
            self.document_activated.emit(document_id)

    def _update_count(self) -> None:
        total = self.model.total
        self.count_label.setText(
            self.tr("%n document", "", total) if total == 1 else self.tr("%n documents", "", total)
        )


class LabelDelegate(QStyledItemDelegate):
    """Edits a span's label with a combo box of the project's labels."""

    def __init__(self, labels: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.labels = labels

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, _index: QModelIndex) -> QWidget:
        editor = QComboBox(parent)
        editor.addItems(self.labels)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data(Qt.ItemDataRole.EditRole)))

    def setModelData(self, editor: QWidget, model, index: QModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText(), Qt.ItemDataRole.EditRole)


class EntityPanel(QWidget):
    def __init__(self, model: SpanTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.title = QLabel(self.tr("<b>Entities</b>"), self)
        self.table = QTableView(self)
        self.table.setObjectName("entities-table")
        self.table.setTabKeyNavigation(False)  # Tab goes on to the next pane; arrows walk the rows
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        self.delegate = LabelDelegate([], self.table)
        self.table.setItemDelegateForColumn(LABEL, self.delegate)
        header = self.table.horizontalHeader()
        # Fixed widths: measuring contents would visit every row of a document with 10,000 spans.
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 64), (2, 56), (3, 56), (4, 70)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        hint = QLabel(
            self.tr("<small>Click a row to find it · F2 changes the label · Delete removes</small>"), self
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.table)
        layout.addWidget(hint)

    def show_count(self, spans: int) -> None:
        self.title.setText(self.tr("<b>Entities</b> ({count})").format(count=spans))

    def selected_span_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.span(row).id for row in rows]
