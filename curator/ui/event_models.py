"""Qt models over the open document's events (a tree: event → arguments) and relations (a table)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from curator.core.domain import ArgumentRecord, EventRecord, RelationRecord, SpanRecord
from curator.ui.i18n_main import DATE_PRECISIONS, realis_word, word
from curator.ui.list_table_model import ListTableModel
from curator.ui.messages import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
SpanLookup = Callable[[int], SpanRecord | None]
TOP_LEVEL = 0  # internal id of an event row; an argument row stores its event's row + 1


class EventTreeModel(QAbstractItemModel):
    """Top rows are events; their children are arguments. The internal id of an argument row is its
    event's row + 1 (0 marks an event row), so `parent()` needs no lookup table."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("EventTreeModel", "Event / argument"),
        QT_TRANSLATE_NOOP("EventTreeModel", "Date"),
        QT_TRANSLATE_NOOP("EventTreeModel", "Realis · attributes"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._events: list[EventRecord] = []
        self._text = ""
        self._span: SpanLookup = lambda _id: None
        self._problems: dict[int, list[str]] = {}
        self._colors: dict[str, str] = {}

    def set_events(
        self, text: str, events: list[EventRecord], span: SpanLookup, problems: dict[int, list[str]],
        colors: dict[str, str],
    ) -> None:  # fmt: skip
        self.beginResetModel()
        self._text, self._events, self._span, self._problems, self._colors = (
            text,
            events,
            span,
            problems,
            colors,
        )
        self.endResetModel()

    def event_at(self, index: Index) -> EventRecord | None:
        if not index.isValid():
            return None
        row = index.row() if index.internalId() == TOP_LEVEL else index.internalId() - 1
        return self._events[row] if 0 <= row < len(self._events) else None

    def argument_at(self, index: Index) -> ArgumentRecord | None:
        if not index.isValid() or index.internalId() == TOP_LEVEL:
            return None
        event = self._events[index.internalId() - 1]
        return event.arguments[index.row()] if index.row() < len(event.arguments) else None

    def row_of_event(self, event_id: int) -> int | None:
        return next((row for row, e in enumerate(self._events) if e.id == event_id), None)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, TOP_LEVEL)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid() or index.internalId() == TOP_LEVEL:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, TOP_LEVEL)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._events)
        if parent.internalId() == TOP_LEVEL and parent.column() == 0:
            return len(self._events[parent.row()].arguments)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(self.COLUMNS[section])
        return None

    def _surface(self, start: int, end: int) -> str:
        return " ".join(self._text[start:end].split())

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self.event_at(index)
        if event is None:
            return None
        argument = self.argument_at(index)
        if argument is None:
            return self._event_data(event, index.column(), role)
        return self._argument_data(argument, index.column(), role)

    def _event_data(self, event: EventRecord, column: int, role: int) -> Any:
        problems = self._problems.get(event.id, [])
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                warning = " ⚠" if problems else ""
                return f"{event.type} “{self._surface(event.trigger_start, event.trigger_end)}”{warning}"
            if column == 1:
                return event.date_iso or ""
            return " · ".join(
                [
                    realis_word(event.realis),
                    *(_attribute_text(name, v) for name, v in event.attributes.items()),
                ]
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{event.type} #{event.id}", *(f"⚠ {p}" for p in problems)]
            if event.date_raw:
                lines.append(
                    self.tr("date from “{raw}” ({precision})").format(
                        raw=event.date_raw, precision=word(DATE_PRECISIONS, event.date_precision or "")
                    )
                )
            return plain_tooltip("\n".join(lines))
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return QColor(self._colors.get(event.type, "#999999"))
        return None

    def _argument_data(self, argument: ArgumentRecord, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == 0:
            if argument.span_id is not None:
                span = self._span(argument.span_id)
                surface = self._surface(span.start, span.end) if span else "?"
                return f"{argument.role}: {surface}" + (f" [{span.label}]" if span else "")
            return self.tr("{role}: event #{id}").format(role=argument.role, id=argument.argument_event_id)
        return None


def _attribute_text(name: str, value: object) -> str:
    if value is True:
        return name
    if isinstance(value, list):
        return f"{name}={'|'.join(map(str, value))}"
    return f"{name}={value}"


class RelationTableModel(ListTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("RelationTableModel", "Head"),
        QT_TRANSLATE_NOOP("RelationTableModel", "Relation"),
        QT_TRANSLATE_NOOP("RelationTableModel", "Child"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._text = ""
        self._span: SpanLookup = lambda _id: None

    def set_relations(self, text: str, relations: list[RelationRecord], span: SpanLookup) -> None:
        self._text, self._span = text, span
        self.replace_rows(relations)

    def relation(self, row: int) -> RelationRecord:
        return self.rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        relation = self.rows[index.row()]
        if index.column() == 1:
            return relation.type
        span = self._span(relation.head_span_id if index.column() == 0 else relation.child_span_id)
        return " ".join(self._text[span.start : span.end].split()) if span else "?"
