"""The events panel (event → arguments) and the relations list, below the entity table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from curator.ui.event_controller import EventController
from curator.ui.event_models import EventTreeModel, RelationTableModel
from curator.ui.row_table import row_table


class EventPanel(QWidget):
    event_selected = Signal(object)  # event id or None
    relation_selected = Signal(object)  # relation id or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = EventTreeModel()
        self.relation_model = RelationTableModel()
        self.title = QLabel(self.tr("<b>Events</b>"), self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("events-tree")
        self.tree.setModel(self.model)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.relations_title = QLabel(self.tr("<b>Relations</b>"), self)
        self.relations = row_table(self.relation_model, self, name="relations-table")
        self.relations.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        hint = QLabel(
            self.tr(
                "<small>E then a letter makes the selection a trigger · Ctrl+R adds an argument · "
                "Ctrl+Shift+R relates the span at the cursor · Delete removes</small>"
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.tree, 3)
        layout.addWidget(self.relations_title)
        layout.addWidget(self.relations, 1)
        layout.addWidget(hint)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.relations.selectionModel().currentChanged.connect(self._relation_changed)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        event = self.model.event_at(current)
        self.event_selected.emit(event.id if event else None)

    def _relation_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.relation_selected.emit(self.relation_model.relation(current.row()).id)
        else:
            self.relation_selected.emit(None)

    def show_counts(self, events: int, relations: int) -> None:
        """The two titles with how many events and relations the open document has."""
        self.title.setText(self.tr("<b>Events</b> ({count})").format(count=events))
        self.relations_title.setText(self.tr("<b>Relations</b> ({count})").format(count=relations))

    def show_event(self, event_id: int | None) -> None:
        """Select the event's row without re-announcing it."""
        row = self.model.row_of_event(event_id) if event_id is not None else None
        blocker = self.tree.selectionModel().blockSignals(True)
        try:
            if row is None:
                self.tree.clearSelection()
            else:
                index = self.model.index(row, 0)
                self.tree.setCurrentIndex(index)
                self.tree.expand(index)
        finally:
            self.tree.selectionModel().blockSignals(blocker)

    def delete_focused(self, events: EventController) -> bool:
        """Delete the event, argument or relation that has the focus; False when neither list has it."""
        if self.tree.hasFocus():
            index = self.tree.currentIndex()
            argument = self.model.argument_at(index)
            event = self.model.event_at(index)
            if argument is not None:
                events.remove_argument(argument.id)
            elif event is not None:
                events.delete_event(event.id)
            return True
        if self.relations.hasFocus():
            index = self.relations.currentIndex()
            if index.isValid():
                events.delete_relation(self.relation_model.relation(index.row()).id)
            return True
        return False
