"""The entity table of the open document: one row per span, label editable in place."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from curator.core.domain import SpanRecord
from curator.ui.guard import active_guard
from curator.ui.i18n_main import SPAN_SOURCES, SPAN_STATUSES, word
from curator.ui.messages import plain_tooltip

Index = QModelIndex | QPersistentModelIndex
RelabelHandler = Callable[[SpanRecord, str], bool]

# "Layer" names whose annotation a row is: with other layers shown, the table lists theirs beside yours.
COLUMNS = [
    QT_TRANSLATE_NOOP("SpanTableModel", "Text"),
    QT_TRANSLATE_NOOP("SpanTableModel", "Label"),
    QT_TRANSLATE_NOOP("SpanTableModel", "Start"),
    QT_TRANSLATE_NOOP("SpanTableModel", "End"),
    QT_TRANSLATE_NOOP("SpanTableModel", "Linked to"),
    QT_TRANSLATE_NOOP("SpanTableModel", "Layer"),
]
TEXT, LABEL, START, END, LINKED, LAYER = range(6)


class SpanTableModel(QAbstractTableModel):
    def __init__(self, relabel: RelabelHandler) -> None:
        super().__init__()
        self._relabel = relabel
        self._spans: list[SpanRecord] = []
        self._text = ""
        self._colors: dict[str, str] = {}
        self._entity_names: dict[int, str] = {}

    def set_spans(
        self,
        text: str,
        spans: list[SpanRecord],
        colors: dict[str, str],
        entity_names: dict[int, str] | None = None,
    ) -> None:
        """Show these spans. When only their data changed (a relabel), rows are updated in place, so an
        open editor and the selection survive; otherwise the model resets."""
        self._entity_names = entity_names or {}
        if text is self._text and [s.id for s in spans] == [s.id for s in self._spans]:
            self._spans = list(spans)
            self._colors = colors
            if spans:
                self.dataChanged.emit(self.index(0, 0), self.index(len(spans) - 1, len(COLUMNS) - 1))
            return
        self.beginResetModel()
        self._text = text
        self._spans = list(spans)
        self._colors = colors
        self.endResetModel()

    def span(self, row: int) -> SpanRecord:
        return self._spans[row]

    def row_of(self, span_id: int) -> int | None:
        for row, span in enumerate(self._spans):
            if span.id == span_id:
                return row
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._spans)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        span = self._spans[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            linked = self._entity_names.get(span.entity_id, "") if span.entity_id is not None else ""
            words = self._text[span.start : span.end]
            return [words, span.label, span.start, span.end, linked, span.annotator][column]
        if role == Qt.ItemDataRole.BackgroundRole and column == LABEL:
            return QColor(self._colors.get(span.label, "#dddddd"))
        if role == Qt.ItemDataRole.ForegroundRole and column == LABEL:
            return QColor("#111111")
        if role == Qt.ItemDataRole.ToolTipRole:
            author = span.annotator or "?"
            return plain_tooltip(
                self.tr("{label} {start}–{end} · by {author} · {source} · {status}").format(
                    label=span.label,
                    start=span.start,
                    end=span.end,
                    author=author,
                    source=word(SPAN_SOURCES, span.source),
                    status=word(SPAN_STATUSES, span.status),
                )
            )
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.tr(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == LABEL:
            flags |= Qt.ItemFlag.ItemIsEditable  # another layer's label: the core refuses, with a message
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != LABEL:
            return False
        span = self._spans[index.row()]
        if value == span.label:
            return False
        relabelled = active_guard().call(self.tr("Relabelling the span"), self._relabel, span, str(value))
        return bool(relabelled)  # the delegate calls this from Qt: the guard reports a failure
