"""Edit → Find Duplicates: groups of documents that are the same story, and the user's decision on each.

The search (curator.core.text.duplicates) runs off the GUI thread behind a progress dialog with Cancel. Each
group lists its members with title, source, date, similarity to the keeper and span count; the keeper
starts as the suggested one (most annotations) and the user may pick another. "Merge into keeper"
carries every span of the others to the keeper (services.merge_duplicates); "Keep separate" remembers
that they are different stories (services.duplicate_decisions). Both are one undo step on the window's
stack; after every step, undo and redo the rows it touched read their decision from the documents again.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from curator.core import queries, services
from curator.core.domain import AnnotationError
from curator.core.services.changes import Change
from curator.core.services.duplicate_decisions import keep_separate
from curator.core.text.duplicates import DISTINCT_KEY, DuplicateGroup, DuplicateMember, find_duplicate_groups
from curator.ui import messages
from curator.ui.list_table_model import Index, ListTableModel
from curator.ui.messages import plain_tooltip
from curator.ui.row_table import row_table

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow


@dataclass(slots=True)
class GroupRow:
    group: DuplicateGroup
    keeper_id: int
    decision: str = ""  # "" while open; "merged into #3", "kept separate"


def _similarity(group: DuplicateGroup, first: int, second: int) -> float:
    for pair in group.pairs:
        if {pair.first_id, pair.second_id} == {first, second}:
            return max(pair.jaccard, pair.containment)
    return 0.0


class GroupsModel(ListTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("GroupsModel", "Kind"),
        QT_TRANSLATE_NOOP("GroupsModel", "Documents"),
        QT_TRANSLATE_NOOP("GroupsModel", "Similarity"),
        QT_TRANSLATE_NOOP("GroupsModel", "Decision"),
        QT_TRANSLATE_NOOP("GroupsModel", "Titles"),
    )
    KINDS = (QT_TRANSLATE_NOOP("GroupsModel", "exact"), QT_TRANSLATE_NOOP("GroupsModel", "near"))
    rows: list[GroupRow]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row = self.rows[index.row()]
        group = row.group
        values = (
            QCoreApplication.translate("GroupsModel", group.kind),
            ", ".join(f"#{i}" for i in group.document_ids),
            f"{max(max(p.jaccard, p.containment) for p in group.pairs):.0%}",
            row.decision,
            " | ".join(member.title for member in group.members),
        )
        value = values[index.column()]
        return plain_tooltip(value) if role == Qt.ItemDataRole.ToolTipRole else value

    def changed(self, row: int) -> None:
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))


class MembersModel(ListTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("MembersModel", "Keeper"),
        "#",
        QT_TRANSLATE_NOOP("MembersModel", "Title"),
        QT_TRANSLATE_NOOP("MembersModel", "Source"),
        QT_TRANSLATE_NOOP("MembersModel", "Date"),
        QT_TRANSLATE_NOOP("MembersModel", "Similarity to keeper"),
        QT_TRANSLATE_NOOP("MembersModel", "Spans"),
    )
    rows: list[DuplicateMember]

    def __init__(self) -> None:
        super().__init__()
        self.current: GroupRow | None = None

    def show_group(self, row: GroupRow | None) -> None:
        self.current = row
        self.replace_rows(list(row.group.members) if row else [])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.current is None:
            return None
        member = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            group, keeper = self.current.group, self.current.keeper_id
            if member.id == keeper:
                marker, similar = self.tr("keeper"), "—"
            else:
                marker = self.tr("suggested") if member.id == group.keeper_id else ""
                similar = f"{_similarity(group, member.id, keeper):.0%}"
            values = (
                marker,
                f"#{member.id}",
                member.title,
                member.source or "",
                member.pub_date or "",
                similar,
                str(member.span_count),
            )
            return values[index.column()]
        if role == Qt.ItemDataRole.FontRole and self.current.keeper_id == member.id:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def refresh(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(self.COLUMNS) - 1))


class DuplicatesDialog(QDialog):
    """One per window (its undo commands refer to it); every opening searches the corpus again."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.main_window = window
        self.setWindowTitle(self.tr("Duplicate documents"))
        self.resize(1100, 620)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.groups_model = GroupsModel()
        self.members_model = MembersModel()
        self.groups = self._table(self.groups_model, "duplicate-groups", stretch=4)
        self.members = self._table(self.members_model, "duplicate-members", stretch=2)
        self.groups.setAccessibleName(self.tr("Duplicate groups"))
        self.members.setAccessibleName(self.tr("Documents of the group"))
        self.members.doubleClicked.connect(
            lambda index: window.controller.open_document(self._member_id(index))
        )
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.groups)
        splitter.addWidget(self.members)

        self.keeper_button = self._button(self.tr("Make &Keeper"), "duplicate-make-keeper", self.make_keeper)
        self.merge_button = self._button(self.tr("&Merge into Keeper"), "duplicate-merge", self.merge)
        self.separate_button = self._button(
            self.tr("Keep &Separate"), "duplicate-keep-separate", self.keep_apart
        )
        self.search_button = self._button(self.tr("Search &Again"), "duplicate-search", self.search)
        close = self._button(self.tr("Close"), "duplicate-close", self.close)
        buttons = QHBoxLayout()
        for button in (self.keeper_button, self.merge_button, self.separate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.search_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self.groups.selectionModel().currentRowChanged.connect(lambda *_: self._group_selected())
        window.controller.changed.connect(self._changed)
        self._group_selected()

    def _table(self, model: ListTableModel, name: str, *, stretch: int) -> QTableView:
        table = row_table(model, self, name=name)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        return table

    def _button(self, title: str, name: str, handler) -> QPushButton:
        button = QPushButton(title, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _checked=False: handler())
        return button

    # --- search -----------------------------------------------------------------------------------

    def search(self) -> None:
        project = self.main_window.project
        self.status.setText(self.tr("Searching for duplicates…"))
        self.groups_model.replace_rows([])
        self._group_selected()

        def job(progress, is_cancelled):
            return find_duplicate_groups(project, progress=progress, is_cancelled=is_cancelled)

        self.main_window.run_job(self.tr("Finding duplicates…"), job, self.show_groups, self._failed)

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("No result: {message}.").format(message=message))

    def show_groups(self, groups: list[DuplicateGroup]) -> None:
        self.groups_model.replace_rows([GroupRow(group, group.keeper_id) for group in groups])
        if groups:
            documents = sum(len(group.members) for group in groups)
            found = self.tr(
                "%n group(s) of the same story, {documents} documents. Pick the keeper (the document whose "
                "annotations stay), then merge the others into it or keep them all.",
                "",
                len(groups),
            )
            self.status.setText(found.format(documents=documents))
            self.groups.selectionModel().setCurrentIndex(
                self.groups_model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.groups.setFocus()
        else:
            self.status.setText(self.tr("No duplicates found."))
        self._group_selected()

    # --- selection --------------------------------------------------------------------------------

    def current_row(self) -> GroupRow | None:
        index = self.groups.currentIndex()
        return self.groups_model.rows[index.row()] if index.isValid() else None

    def _member_id(self, index: Index) -> int:
        return self.members_model.rows[index.row()].id

    def _group_selected(self) -> None:
        row = self.current_row()
        self.members_model.show_group(row)
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.current_row()
        open_group = row is not None and not row.decision
        for button in (self.keeper_button, self.merge_button, self.separate_button):
            button.setEnabled(open_group)

    def make_keeper(self) -> None:
        row = self.current_row()
        index = self.members.currentIndex()
        if row is None or row.decision or not index.isValid():
            return
        row.keeper_id = self._member_id(index)
        self.members_model.refresh()

    # --- decisions --------------------------------------------------------------------------------

    def _changed(self, change: Change) -> None:
        """Any step, undo or redo that touched a group's documents: its row says what they hold now."""
        for index, row in enumerate(self.groups_model.rows):
            if change.documents & set(row.group.document_ids):
                row.decision = self._decision(row)
                self.groups_model.changed(index)
        self._update_buttons()

    def _decision(self, row: GroupRow) -> str:
        """The decision the documents record: the others marked as duplicates of one of them, or each
        marked distinct from all the others."""
        ids = row.group.document_ids
        metas = {i: queries.get_document(self.main_window.project, i).meta for i in ids}
        for keeper in ids:
            if all(metas[i].get("duplicate_of") == keeper for i in ids if i != keeper):
                row.keeper_id = keeper
                return self.tr("merged into #{keeper}").format(keeper=keeper)
        if all(set(ids) - {i} <= set(metas[i].get(DISTINCT_KEY, [])) for i in ids):
            return self.tr("kept separate")
        return ""

    def merge(self) -> None:
        row = self.current_row()
        if row is None or row.decision:
            return
        project, keeper = self.main_window.project, row.keeper_id
        others = [i for i in row.group.document_ids if i != keeper]
        try:
            result = services.merge_duplicates(project, keeper, others)
        except AnnotationError as error:
            messages.warning(self, self.tr("Merge duplicates"), str(error))
            return
        controller = self.main_window.controller
        step = self.tr("Merge %n duplicate(s) into #{keeper}", "", len(others)).format(keeper=keeper)
        controller.push(step, result.change)
        controller.open_document(keeper)  # show the keeper with the spans it gained
        names = ", ".join(f"#{i}" for i in others)
        merged = self.tr("Merged {names} into #{keeper}: %n span(s) carried, {skipped} already there.", "",
                         len(result.added_span_ids))  # fmt: skip
        parts = [merged.format(names=names, keeper=keeper, skipped=result.skipped)]
        if result.unmapped:
            unplaced = self.tr("%n could not be placed and stay on their copy.", "", len(result.unmapped))
            parts.append(unplaced)
        parts.append(self.tr("Ctrl+Z undoes it."))
        self.status.setText(" ".join(parts))

    def keep_apart(self) -> None:
        row = self.current_row()
        if row is None or row.decision:
            return
        ids = row.group.document_ids
        result = keep_separate(self.main_window.project, ids)
        step = self.tr("Keep %n documents separate", "", len(ids))
        self.main_window.controller.push(step, result.change)
        kept = self.tr("{documents} are kept separate and will not be proposed again.")
        self.status.setText(kept.format(documents=", ".join(f"#{i}" for i in ids)))


def find_duplicates(window: MainWindow) -> DuplicatesDialog:
    """Open the window's duplicates dialog and start a fresh search."""
    dialog = window.open_dialogs.get("duplicates")
    if dialog is None:
        dialog = window.open_dialogs["duplicates"] = DuplicatesDialog(window)
    dialog.show()
    dialog.raise_()
    dialog.search()
    return dialog
