"""File → Merge Project…: pick another project file (one split off for an annotator, or a colleague's),
choose how conflicts are resolved, merge it in the background, then show the report.

A merge is not a step on the undo stack (it may bring thousands of documents): the dialog says so and
that a backup is taken first. Undo steps from before the merge still refuse to act over documents the
merge changed, as they do over anyone else's change.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from curator.core.services.project_merge import ConflictRule, MergeReport, merge_project
from curator.ui import file_dialogs, messages

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow

RULES = {  # translated where shown, with the context "MergeDialog"
    ConflictRule.KEEP_BOTH: QT_TRANSLATE_NOOP(
        "MergeDialog", "Keep both (theirs as a separate layer NAME@FILE)"
    ),
    ConflictRule.NEWEST: QT_TRANSLATE_NOOP("MergeDialog", "Newest wins (the later edit of the layer)"),
}


class MergeDialog(QDialog):
    """The conflict rule for one merge, with what a merge does and does not do, in plain text."""

    def __init__(self, parent: QWidget, path: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge Project"))
        form = QFormLayout(self)
        explained = self.tr(
            "Merge {name} into this project: documents by content, each annotator's layer under their "
            "name, the history by entry.\n\nA backup is taken first. A merge cannot be undone with Undo; "
            "restore the backup instead."
        )
        what = QLabel(explained.format(name=path.name), self)
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setWordWrap(True)
        form.addRow(what)
        self.rule = QComboBox(self)
        self.rule.setObjectName("merge-conflicts")
        for rule, title in RULES.items():
            self.rule.addItem(QCoreApplication.translate("MergeDialog", title), rule.value)
        form.addRow(self.tr("When both changed a layer"), self.rule)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def chosen_rule(self) -> ConflictRule:
        return ConflictRule(self.rule.currentData())


def merge_project_dialog(window: MainWindow) -> None:
    title = QCoreApplication.translate("MergeDialog", "Merge project")
    projects = QCoreApplication.translate("MergeDialog", "Curator projects (*.curator);;All files (*)")
    name = file_dialogs.open_file_name(window, title, str(window.project.path.parent), projects)
    if not name:
        return
    path = Path(name)
    dialog = MergeDialog(window, path)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        rule = dialog.chosen_rule()
    finally:
        dialog.deleteLater()
    project = window.project
    window.run_job(
        QCoreApplication.translate("MergeDialog", "Merging {name}").format(name=path.name),
        lambda progress, cancelled: merge_project(
            project, path, conflicts=rule, progress=progress, is_cancelled=cancelled
        ),
        lambda report: _merged(window, report),
    )


def _merged(window: MainWindow, report: MergeReport) -> None:
    """Show what came in: the labels and the document list again, the open document if it changed."""
    window.refresh_after_import()
    document = window.controller.document
    if document is not None and document.id in report.change.documents:
        window.reload_text(document.id)
    messages.information(
        window, QCoreApplication.translate("MergeDialog", "Merge Project"), "\n".join(report.lines())
    )
