"""Project → My Feedback…: where the current annotator's layer differs from the gold layer.

The list of disagreements (activating one opens its document in the main window and selects the range
covering both spans) and the confusion table, gold label × their label with "missed" and "extra".
Computed off the GUI thread; read-only, like every agreement view.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QSplitter, QVBoxLayout, QWidget

from curator.core.domain import GOLD_LAYER
from curator.ui import messages
from curator.ui.agreement_window import plain_label
from curator.ui.i18n_tools import TranslatedTableModel
from curator.ui.list_table_model import Index, ListTableModel
from curator.ui.row_table import row_table
from curator.ui.workbench import Workbench

MISSED, EXTRA = "missed", "extra"  # curator.core.agreement.feedback's (not imported before it is needed)

if TYPE_CHECKING:  # the agreement core loads spaCy's tokenizer: imported when feedback is asked for
    from curator.core.agreement import Disagreement, Feedback

KIND_TITLES = {
    "missed": QT_TRANSLATE_NOOP("DisagreementModel", "missed"),
    "extra": QT_TRANSLATE_NOOP("DisagreementModel", "extra"),
    "label": QT_TRANSLATE_NOOP("DisagreementModel", "other label"),
    "boundary": QT_TRANSLATE_NOOP("DisagreementModel", "other boundaries"),
}


class DisagreementModel(TranslatedTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("DisagreementModel", "Document"),
        QT_TRANSLATE_NOOP("DisagreementModel", "Characters"),
        QT_TRANSLATE_NOOP("DisagreementModel", "Gold"),
        QT_TRANSLATE_NOOP("DisagreementModel", "Yours"),
        QT_TRANSLATE_NOOP("DisagreementModel", "Kind"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        d: Disagreement = self.rows[index.row()]
        values = (f"#{d.document_id}", f"{d.start}–{d.end}", d.gold_label or "—", d.their_label or "—",
                  self.tr(KIND_TITLES[d.kind]) if d.kind in KIND_TITLES else d.kind)  # fmt: skip
        return values[index.column()]


class ConfusionModel(ListTableModel):
    """Rows: gold labels (and "extra"); columns: their labels (and "missed")."""

    def __init__(self, result: Feedback) -> None:
        super().__init__()
        self.gold = sorted({g for g, _ in result.confusion})
        self.theirs = sorted({t for _, t in result.confusion})
        self.COLUMNS = (self.tr("Gold \\ yours"), *(self._shown(name) for name in self.theirs))
        self.confusion = result.confusion
        self.rows = self.gold

    def _shown(self, name: str) -> str:
        """A label as it is; the core's "missed" and "extra" (no label on that side) in the interface's
        words."""
        if name in (MISSED, EXTRA):
            return QCoreApplication.translate("DisagreementModel", KIND_TITLES[name])
        return name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        gold = self.rows[index.row()]
        if index.column() == 0:
            return self._shown(gold)
        return str(self.confusion.get((gold, self.theirs[index.column() - 1]), 0))


class FeedbackWindow(QDialog):
    def __init__(self, parent: QWidget, result: Feedback, jump: Callable[[Disagreement], None]) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Feedback for {annotator}").format(annotator=result.annotator))
        self.resize(760, 560)
        self.result = result
        self._jump = jump
        if result.documents:
            summary = self.tr(
                "{annotator} against the gold layer: {documents} documents, {agreed} spans agreed, "
                "{disagreements} disagreements."
            )
        else:
            summary = self.tr(
                "{annotator} against the gold layer: {documents} documents, {agreed} spans agreed, "
                "{disagreements} disagreements. No document has both layers yet."
            )
        summary = summary.format(
            annotator=result.annotator,
            documents=result.documents,
            agreed=result.agreed,
            disagreements=len(result.disagreements),
        )
        self.summary = plain_label(summary, self)
        self.model = DisagreementModel()
        self.model.replace_rows(result.disagreements)
        self.table = row_table(self.model, self, name="feedback_disagreements")
        self.table.setAccessibleName(self.tr("Differences from gold"))
        self.table.activated.connect(self._activated)
        self.table.clicked.connect(self._activated)
        self.confusion = ConfusionModel(result)
        self.confusion_table = row_table(self.confusion, self, name="feedback_confusion")
        self.confusion_table.setAccessibleName(self.tr("Confusion table"))
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
    from curator.core.agreement.layers import annotator_names

    if name == GOLD_LAYER or GOLD_LAYER not in annotator_names(project):  # said here so it is translated
        title = QCoreApplication.translate("FeedbackWindow", "Feedback")
        why = QCoreApplication.translate(
            "FeedbackWindow",
            "You are working in the gold layer: feedback compares an annotator's layer with gold. "
            "Switch to your own layer first.",
        )
        if name != GOLD_LAYER:
            why = QCoreApplication.translate(
                "FeedbackWindow", "There is no gold layer yet: adjudicate documents first."
            )
        messages.information(workbench.host(), title, why)
        return

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

    workbench.run_job(QCoreApplication.translate("FeedbackWindow", "Comparing with gold"), job, done)
