"""Project → My Feedback…: where the current annotator's layer differs from the gold layer.

The list of disagreements (activating one opens its document in the main window and selects the range
covering both spans) and the confusion table, gold label × their label with "missed" and "extra".
Computed off the GUI thread; read-only, like every agreement view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout, QWidget

from curator.core.domain import GOLD_LAYER
from curator.ui.agreement_window import plain_label
from curator.ui.list_table_model import Index, ListTableModel
from curator.ui.row_table import row_table
from curator.ui.workbench import Workbench

if TYPE_CHECKING:  # the agreement core loads spaCy's tokenizer: imported when feedback is asked for
    from curator.core.agreement import Disagreement, Feedback

KIND_TITLES = {"missed": "missed", "extra": "extra", "label": "other label", "boundary": "other boundaries"}


class DisagreementModel(ListTableModel):
    COLUMNS = ("Document", "Characters", "Gold", "Yours", "Kind")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        d: Disagreement = self.rows[index.row()]
        values = (f"#{d.document_id}", f"{d.start}–{d.end}", d.gold_label or "—", d.their_label or "—",
                  KIND_TITLES.get(d.kind, d.kind))  # fmt: skip
        return values[index.column()]


class ConfusionModel(ListTableModel):
    """Rows: gold labels (and "extra"); columns: their labels (and "missed")."""

    def __init__(self, result: Feedback) -> None:
        super().__init__()
        self.gold = sorted({g for g, _ in result.confusion})
        self.COLUMNS = ("Gold \\ yours", *sorted({t for _, t in result.confusion}))
        self.confusion = result.confusion
        self.rows = self.gold

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        gold = self.rows[index.row()]
        if index.column() == 0:
            return gold
        return str(self.confusion.get((gold, self.COLUMNS[index.column()]), 0))


class FeedbackWindow(QDialog):
    def __init__(self, parent: QWidget, result: Feedback, jump: Callable[[Disagreement], None]) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Feedback for {result.annotator}")
        self.resize(760, 560)
        self.result = result
        self._jump = jump
        summary = (
            f"{result.annotator} against the gold layer: {result.documents} documents, {result.agreed} spans "
            f"agreed, {len(result.disagreements)} disagreements."
        )
        if result.documents == 0:
            summary += " No document has both layers yet."
        self.summary = plain_label(summary, self)
        self.model = DisagreementModel()
        self.model.replace_rows(result.disagreements)
        self.table = row_table(self.model, self, name="feedback_disagreements")
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)
        self.confusion = ConfusionModel(result)
        self.confusion_table = row_table(self.confusion, self, name="feedback_confusion")
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.confusion_table)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self._jump(self.model.rows[index.row()])


def open_feedback(workbench: Workbench) -> None:
    """The current annotator's feedback against gold, computed in the background."""
    project = workbench.project
    name = project.annotator_name

    def job(progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]) -> Feedback:
        from curator.core.agreement import feedback

        return feedback(project, name, gold=GOLD_LAYER)

    def jump(disagreement: Disagreement) -> None:
        workbench.controller.open_document(disagreement.document_id)
        view = workbench.text_view
        view.select_range(disagreement.start, disagreement.end)
        view.centerCursor()

    def done(result: Feedback) -> None:
        FeedbackWindow(workbench.host(), result, jump).show()

    workbench.run_job("Comparing with gold", job, done)
