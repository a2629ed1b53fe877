"""Events → Corpus Events: the groups of mentions that report one real-world event across documents.

The upper table lists the groups (status, type, date, place, participants, mentions); the lower one the
selected group's mentions (document, language, date as that report gives it, outlet, evidence sentence).
Consolidate runs in the background; Split (S) takes the selected mentions out into a group of their own,
Join (J) merges the selected groups, Confirm (C) confirms them (again: takes the confirmation back).
Each is one step on the main window's undo stack (Ctrl+Z here or in the window), and the lists are read
again, in the background, after every step, undo and redo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence
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

from curator.core.domain import AnnotationError
from curator.core.records.consolidate import event_id_of
from curator.core.records.consolidate_read import CONFIRMED, GroupView, group_views, groups_state
from curator.core.records.model import CleanEvent
from curator.core.services import event_groups
from curator.core.services.changes import Change
from curator.ui.i18n_tools import TranslatedTableModel
from curator.ui.list_table_model import Index, ListTableModel
from curator.ui.workers import start_job

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow


def _parties(record: CleanEvent | None) -> str:
    return ", ".join(party.display_name for party in record.parties) if record else ""


class GroupModel(TranslatedTableModel):
    COLUMNS = (
        "#",
        QT_TRANSLATE_NOOP("GroupModel", "Status"),
        QT_TRANSLATE_NOOP("GroupModel", "Type"),
        QT_TRANSLATE_NOOP("GroupModel", "Date"),
        QT_TRANSLATE_NOOP("GroupModel", "Place"),
        QT_TRANSLATE_NOOP("GroupModel", "Participants"),
        QT_TRANSLATE_NOOP("GroupModel", "Mentions"),
    )
    STATUSES = {  # event_groups.status
        "proposed": QT_TRANSLATE_NOOP("GroupModel", "proposed"),
        "confirmed": QT_TRANSLATE_NOOP("GroupModel", "confirmed"),
    }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        view: GroupView = self.rows[index.row()]
        first = view.first
        location = first.location if first else None
        values = (
            str(view.group.id),
            self._status(view),
            first.event_type if first else "",
            (first.date or "") if first else "",
            location.display_name if location else "",
            _parties(first),
            str(len(view.records)),
        )
        return values[index.column()]

    def _status(self, view: GroupView) -> str:
        status = self.STATUSES.get(view.group.status)
        shown = self.tr(status) if status else view.group.status
        return self.tr("{status} (yours)").format(status=shown) if view.group.origin == "user" else shown


class MentionModel(TranslatedTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("MentionModel", "Doc"),
        QT_TRANSLATE_NOOP("MentionModel", "Lang"),
        QT_TRANSLATE_NOOP("MentionModel", "Date"),
        "Realis",
        QT_TRANSLATE_NOOP("MentionModel", "Publication"),
        QT_TRANSLATE_NOOP("MentionModel", "Evidence"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        record: CleanEvent = self.rows[index.row()]
        values = (
            str(record.doc_id),
            record.language,
            record.date or "",
            record.realis,
            record.source.publication or "",
            record.evidence,
        )
        return values[index.column()]


def _table(parent: QDialog, name: str, model: ListTableModel, stretch: int) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setTabKeyNavigation(False)  # Tab goes on to the next input; arrows walk the rows
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


class CorpusEventsDialog(QDialog):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window_ = window
        self.setWindowTitle(self.tr("Corpus Events"))
        self.resize(900, 600)
        self.status = QLabel(self.tr("Reading the event groups…"), self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.groups = GroupModel()
        self.mentions = MentionModel()
        self.group_table = _table(self, "corpus-event-groups", self.groups, 5)
        self.mention_table = _table(self, "corpus-event-mentions", self.mentions, 5)
        self.group_table.setAccessibleName(self.tr("Event groups"))
        self.mention_table.setAccessibleName(self.tr("Mentions of the group"))
        self.group_table.selectionModel().selectionChanged.connect(lambda *_: self._show_mentions())
        self.consolidate_button = self._button(
            self.tr("C&onsolidate"), self.tr("Group the corpus's event mentions"), self.consolidate
        )
        self.split_button = self._button(
            self.tr("&Split Out (S)"), self.tr("The selected mentions leave the group"), self.split
        )
        self.join_button = self._button(
            self.tr("&Join (J)"), self.tr("Merge the selected groups into one"), self.join
        )
        self.confirm_button = self._button(
            self.tr("&Confirm (C)"), self.tr("Confirm the selected groups"), self.confirm
        )
        for key, handler in (("S", self.split), ("J", self.join), ("C", self.confirm)):
            action = QAction(self)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(handler)
            self.addAction(action)
        stack = window.controller.undo_stack  # the window's: a step here is undone there too, and back
        for step, key in ((stack.createUndoAction(self), QKeySequence.StandardKey.Undo),
                          (stack.createRedoAction(self), QKeySequence.StandardKey.Redo)):  # fmt: skip
            step.setShortcut(key)
            self.addAction(step)
        buttons = QHBoxLayout()
        for button in (self.consolidate_button, self.split_button, self.join_button, self.confirm_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.group_table, 3)
        layout.addWidget(self.mention_table, 2)
        layout.addLayout(buttons)
        self.loading = 0
        self.closed = False
        window.controller.changed.connect(self._changed)
        window.live_updates.committed.connect(self._others_committed)
        self.finished.connect(lambda _: self._disconnect())
        self._state = groups_state(window.project)
        self.reload()

    def _disconnect(self) -> None:
        self.closed = True  # a read still running reports to a dialog whose tables Qt has deleted
        self.window_.controller.changed.disconnect(self._changed)
        self.window_.live_updates.committed.disconnect(self._others_committed)

    def _button(self, text: str, tip: str, handler: Callable[[], object]) -> QPushButton:
        button = QPushButton(text, self)
        button.setToolTip(tip)
        button.clicked.connect(handler)
        return button

    # --- reading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the groups off the GUI thread (it reads the corpus's event records); keep the selection."""
        project = self.window_.project
        self.loading += 1
        start_job(lambda _progress, _cancelled: group_views(project), title=self.tr("Reading corpus events"),
                  on_done=self._show, on_end=self._ended)  # fmt: skip

    def _ended(self) -> None:
        self.loading -= 1

    def _show(self, views: list[GroupView]) -> None:
        if self.closed:
            return
        chosen = set(self.selected_group_ids())
        self.groups.replace_rows(views)
        for row, view in enumerate(views):
            if view.group.id in chosen:
                self.group_table.selectRow(row)
        unconfirmed = sum(1 for view in views if view.group.status != CONFIRMED)
        self.status.setText(
            self.tr("{groups} event group(s), {unconfirmed} not confirmed yet.").format(
                groups=len(views), unconfirmed=unconfirmed
            )
        )
        self._show_mentions()

    def _show_mentions(self) -> None:
        selected = self.selected_views()
        self.mentions.replace_rows(list(selected[0].records) if len(selected) == 1 else [])

    def selected_views(self) -> list[GroupView]:
        rows = sorted(index.row() for index in self.group_table.selectionModel().selectedRows())
        return [self.groups.rows[row] for row in rows if row < len(self.groups.rows)]

    def selected_group_ids(self) -> list[int]:
        return [view.group.id for view in self.selected_views()]

    def _changed(self, change: Change) -> None:
        if change.kind.startswith("event_group.") or change.touches("events") or change.kind == "reload":
            self._state = groups_state(self.window_.project)
            self.reload()

    def _others_committed(self) -> None:
        """Another window, process or server client committed: re-read only if groups or events moved."""
        state = groups_state(self.window_.project)
        if state != self._state:
            self._state = state
            self.reload()

    # --- acting -----------------------------------------------------------------------------------

    def _push(self, title: str, call: Callable[[], Change]) -> None:
        try:
            change = call()
        except AnnotationError as error:
            refused = self.tr("Not changed: {error}.").format(error=error)
            self.window_.controller.message.emit(refused)
            self.status.setText(refused)
            return
        self.window_.controller.push(title, change)

    def consolidate(self) -> None:
        project = self.window_.project

        def job(
            _progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]
        ) -> event_groups.Consolidation:
            def check() -> None:
                if is_cancelled():
                    raise event_groups.ConsolidationCancelled("consolidation cancelled; nothing changed")

            return event_groups.consolidate(project, check=check)

        def done(result: event_groups.Consolidation) -> None:
            self.window_.controller.push(self.tr("Consolidate corpus events"), result.change)
            self.status.setText(
                self.tr(
                    "{proposed} proposed group(s) of {mentions} mention(s); kept {confirmed} confirmed and "
                    "{yours} of yours."
                ).format(
                    proposed=result.proposed,
                    mentions=result.mentions,
                    confirmed=result.kept_confirmed,
                    yours=result.kept_user,
                )
            )
            if not result.change:
                self.reload()

        self.window_.run_job(self.tr("Consolidating corpus events…"), job, done)

    def split(self) -> None:
        views = self.selected_views()
        rows = sorted(index.row() for index in self.mention_table.selectionModel().selectedRows())
        if len(views) != 1 or not rows:
            self.status.setText(self.tr("Select one group and the mention(s) to split out of it."))
            return
        group_id = views[0].group.id
        event_ids = [event_id_of(self.mentions.rows[row]) for row in rows]
        project = self.window_.project
        title = self.tr("Split {count} mention(s) out of event group {group}").format(
            count=len(event_ids), group=group_id
        )
        self._push(title, lambda: event_groups.split(project, group_id, event_ids).change)

    def join(self) -> None:
        ids = self.selected_group_ids()
        if len(ids) < 2:
            self.status.setText(self.tr("Select two or more groups to join."))
            return
        project = self.window_.project
        title = self.tr("Join event groups {ids}").format(ids=", ".join(map(str, ids)))
        self._push(title, lambda: event_groups.join(project, ids).change)

    def confirm(self) -> None:
        views = self.selected_views()
        if not views:
            self.status.setText(self.tr("Select the group(s) to confirm."))
            return
        ids = [view.group.id for view in views]
        undo = all(view.group.status == CONFIRMED for view in views)
        project = self.window_.project
        title = self.tr("Unconfirm event group(s) {ids}") if undo else self.tr("Confirm event group(s) {ids}")
        self._push(title.format(ids=", ".join(map(str, ids))),
                   lambda: event_groups.confirm(project, ids, confirmed=not undo))  # fmt: skip


def show_corpus_events(window: MainWindow) -> CorpusEventsDialog:
    dialog = CorpusEventsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
