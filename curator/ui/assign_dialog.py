"""Project → Assign Documents… and Go → Next in My Queue.

The dialog previews what `assignments.assign` would do (documents per annotator, the overlap, what is
kept or moved) as the fields change, and runs it as a background job: one undoable step. Assigning
bumps no document's version (see curator.core.services.assignments), so the window reloads the
documents list itself after it, its undo and its redo.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from curator.core.domain import CuratorError
from curator.core.services import assignments
from curator.core.services.assignments import AssignmentStep
from curator.core.services.changes import Change
from curator.core.storage import Project
from curator.ui.workbench import Workbench

PREVIEW_DELAY_MS = 300


class AssignDialog(QDialog):
    """The arguments of an assignment, with a preview of its counts."""

    def __init__(self, parent: QWidget, project: Project, where: str = "") -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Assign documents"))
        self.setObjectName("assign-dialog")
        self.resize(560, 320)
        self.annotators = QLineEdit(self)
        self.annotators.setObjectName("assign-annotators")
        self.annotators.setPlaceholderText("a, b, c")
        self.overlap = QDoubleSpinBox(self)
        self.overlap.setObjectName("assign-overlap")
        self.overlap.setRange(0.0, 1.0)
        self.overlap.setSingleStep(0.05)
        self.overlap.setDecimals(2)
        self.per_overlap = QSpinBox(self)
        self.per_overlap.setObjectName("assign-per-overlap")
        self.per_overlap.setRange(2, 20)
        self.seed = QSpinBox(self)
        self.seed.setObjectName("assign-seed")
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(assignments.DEFAULT_SEED)
        self.where = QLineEdit(where, self)
        self.where.setObjectName("assign-where")
        self.where.setPlaceholderText(self.tr("all documents, or e.g. lang:ky status:new"))
        self.preview = QLabel(self)
        self.preview.setObjectName("assign-preview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)  # annotator names are user text
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Assign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Annotators (comma-separated):"), self.annotators)
        form.addRow(self.tr("Fraction to several:"), self.overlap)
        form.addRow(self.tr("Annotators per shared document:"), self.per_overlap)
        form.addRow(self.tr("Seed:"), self.seed)
        form.addRow(self.tr("Documents (filter):"), self.where)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        for edit in (self.annotators, self.where):
            edit.textChanged.connect(lambda _text: self._timer.start())
        for spin in (self.overlap, self.per_overlap, self.seed):
            spin.valueChanged.connect(lambda _value: self._timer.start())
        self.update_preview()
        self.annotators.setFocus()

    def arguments(self) -> dict[str, Any]:
        return {
            "annotators": self.annotators.text().split(","),
            "overlap": self.overlap.value(),
            "seed": self.seed.value(),
            "where": self.where.text(),
            "per_overlap": self.per_overlap.value(),
        }

    def update_preview(self) -> None:
        """The counts the assignment would give; Assign is enabled only for one that can run."""
        self._timer.stop()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if not self.annotators.text().strip():
            self.preview.setText(self.tr("Name the annotators; new names are added as annotators."))
            ok.setEnabled(False)
            return
        try:
            plan = assignments.plan_assignment(self.project, **self.arguments())
        except CuratorError as error:
            self.preview.setText(self.tr("Cannot assign: {error}.").format(error=error))
            ok.setEnabled(False)
            return
        self.preview.setText(plan.summary())
        ok.setEnabled(True)

    def accept(self) -> None:
        self.update_preview()  # a last edit still waiting for the timer
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            super().accept()


class AssignActions:
    """Project → Assign Documents… and Go → Next in My Queue; `reload_list` re-reads the documents list."""

    def __init__(
        self, workbench: Workbench, reload_list: Callable[[], None], where: Callable[[], str]
    ) -> None:
        self.workbench = workbench
        self.controller = workbench.controller
        self._reload_list = reload_list
        self._where = where
        self.dialog: AssignDialog | None = None
        workbench.registry.add("project.assign", self.open_dialog)
        workbench.registry.add("queue.next", self.next_in_queue)
        self.controller.changed.connect(self._changed)

    def open_dialog(self) -> None:
        """Modal: the preview reads the project as it is, and the step runs once the dialog is closed."""
        self.dialog = AssignDialog(self.workbench.host(), self.workbench.project, self._where())
        try:
            if self.dialog.exec() != QDialog.DialogCode.Accepted:
                return
            arguments = self.dialog.arguments()
        finally:
            self.dialog.deleteLater()
            self.dialog = None
        project = self.workbench.project
        self.workbench.run_job(
            QCoreApplication.translate("AssignActions", "Assigning documents"),
            lambda _progress, _cancelled: assignments.assign(project, **arguments),
            self._assigned,
        )

    def _assigned(self, step: AssignmentStep) -> None:
        if step.change:
            self.controller.push(step.change.text, step.change)
        else:
            self._reload_list()
        self.workbench.message(
            QCoreApplication.translate("AssignActions", "{summary} — saved.").format(
                summary=step.plan.summary()
            )
        )

    def _changed(self, change: Change) -> None:
        """The step, its undo and its redo: the list's "Mine" column and queue filters follow."""
        if change.kind == "assignment.assign":
            self._reload_list()

    def next_in_queue(self) -> None:
        document = self.controller.document
        project = self.workbench.project
        found = assignments.next_in_queue(project, document.id if document is not None else None)
        if found is None:
            said = QCoreApplication.translate(
                "AssignActions", "Nothing assigned to {name} is left to annotate."
            )
            self.workbench.message(said.format(name=project.annotator_name))
            return
        if document is not None and found == document.id:
            self.workbench.message(
                QCoreApplication.translate("AssignActions", "This is the last document left in your queue.")
            )
            return
        self.controller.open_document(found)
