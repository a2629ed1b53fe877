"""The read-only table of whole rows that every list in the window uses (documents, suggestions, …)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


def row_table(
    model: QAbstractItemModel | None = None,
    parent: QWidget | None = None,
    *,
    name: str = "",
    single: bool = True,
) -> QTableView:
    """A table whose rows are records: a click selects the whole row (only one unless `single` is
    False), nothing is edited in place (edits go through actions and undo), no row numbers. Tab leaves
    the table for the next input (moving from cell to cell in a list of records trapped the focus: the
    arrow keys walk the rows)."""
    table = QTableView(parent)
    if name:
        table.setObjectName(name)
    if model is not None:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setTabKeyNavigation(False)
    return table


def title_takes_free_width(table: QTableView, widest: dict[int, str]) -> None:
    """Column 0 (a title or name) stretches over what the others leave; each other column is as wide as
    its widest expected text (header or value) in the table's font, measured once, not row by row."""
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    metrics = table.fontMetrics()
    padding = 2 * table.style().pixelMetric(table.style().PixelMetric.PM_HeaderMargin) + 12
    for column, text in widest.items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, metrics.horizontalAdvance(text) + padding)
