"""The dialogs around a project: new/open/recent, import and export with progress and cancel."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QWidget,
)

from curator.core.domain import CuratorError
from curator.core.project_setup import open_project
from curator.ui import file_dialogs, messages
from curator.ui.recent_projects import recent_projects, remember_project
from curator.ui.workers import JobFunction, JobWorker, start_job

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow

PROJECT_FILTER = "Curator projects (*.curator);;All files (*)"
IMPORT_FILTER = (
    "Documents (*.txt *.md *.jsonl *.json *.ndjson *.conll *.bio *.iob *.ann *.csv *.tsv *.html *.htm"
    " *.xhtml *.pdf *.docx *.zip);;All files (*)"
)


def switch_project(window: MainWindow, path: Path, *, create: bool) -> None:
    try:
        project = open_project(path, create=create)
    except CuratorError as error:
        messages.critical(window, "Cannot open project", str(error))
        return
    remember_project(path)
    window.set_project(project)
    window.statusBar().showMessage(f"Opened {path}", 5000)


def new_project(window: MainWindow) -> None:
    name = file_dialogs.save_file_name(
        window, "New project", str(Path.home() / "project.curator"), PROJECT_FILTER
    )
    if not name:
        return
    path = Path(name) if Path(name).suffix else Path(name).with_suffix(".curator")
    if path.exists():
        messages.warning(window, "New project", f"{path} exists already; use Open Project to open it.")
        return
    switch_project(window, path, create=True)


def open_project_dialog(window: MainWindow) -> None:
    name = file_dialogs.open_file_name(
        window, "Open project", str(window.project.path.parent), PROJECT_FILTER
    )
    if name:
        switch_project(window, Path(name), create=False)


def fill_recent_menu(window: MainWindow, menu: QMenu) -> None:
    menu.clear()
    paths = [p for p in recent_projects() if p != window.project.path.resolve()]
    if not paths:
        menu.addAction("(none)").setEnabled(False)
    for path in paths:
        action = menu.addAction(str(path))
        action.triggered.connect(lambda _checked=False, p=path: switch_project(window, p, create=False))


def run_with_progress(
    window: MainWindow,
    title: str,
    job: JobFunction,
    on_done,
    on_failed=None,
) -> JobWorker:
    """Run a core job off the GUI thread behind a progress dialog with a Cancel button; results and
    failures are handled behind the window's guard (see `start_job`)."""
    dialog = QProgressDialog(title, "Cancel", 0, 0, window)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(done)

    def ended() -> None:
        dialog.close()
        window._running_job = None

    worker = start_job(
        job, title=title, on_done=on_done, on_failed=on_failed, on_progress=progressed, on_end=ended
    )
    window._running_job = worker  # keep it alive until it reports back
    dialog.canceled.connect(worker.cancel)
    return worker


def start_import(window: MainWindow, paths: list[Path], fmt: str = "auto") -> JobWorker:
    from curator.core.importers import import_paths

    project = window.project

    def job(progress, is_cancelled):
        return import_paths(project, paths, fmt=fmt, progress=progress, is_cancelled=is_cancelled)

    return run_with_progress(window, "Importing…", job, lambda report: show_import_report(window, report))


def show_import_report(window: MainWindow, report) -> None:
    window.refresh_after_import()
    lines = report.lines()
    box = messages.information if report.ok else messages.warning
    box(window, "Import", "\n".join(lines[:40]) + ("\n…" if len(lines) > 40 else ""))


def import_dialog(window: MainWindow) -> None:
    names = file_dialogs.open_file_names(window, "Import documents", str(Path.home()), IMPORT_FILTER)
    if names:
        from curator.ui.column_mapping import import_with_mapping

        import_with_mapping(window, [Path(name) for name in names])


def import_folder_dialog(window: MainWindow) -> None:
    """A whole folder: text files, JSONL, CoNLL, or a brat corpus of .txt/.ann pairs."""
    name = file_dialogs.existing_directory(window, "Import a folder", str(Path.home()))
    if name:
        start_import(window, [Path(name)])


FILE_SUFFIXES = {"conll": ".conll", "events-csv": ".csv", "entities-csv": ".csv"}


class ExportDialog(QDialog):
    """Format, target and the options that format uses; the file name follows the format."""

    def __init__(self, parent: QWidget, default_folder: Path) -> None:
        from curator.core.exporters import EXPORT_FORMATS

        super().__init__(parent)
        self.formats = EXPORT_FORMATS
        self.setWindowTitle("Export")
        self.format_box = QComboBox(self)
        for name, exporter in EXPORT_FORMATS.items():
            self.format_box.addItem(name, name)
            self.format_box.setItemData(
                self.format_box.count() - 1, exporter.description, Qt.ItemDataRole.ToolTipRole
            )
        self.path_edit = QLineEdit(str(default_folder / "export"), self)
        browse = QPushButton("Browse…", self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit)
        path_row.addWidget(browse)
        self.dev_fraction = QDoubleSpinBox(self)
        self.dev_fraction.setRange(0.0, 0.9)
        self.dev_fraction.setSingleStep(0.05)
        self.dev_fraction.setValue(0.2)
        self.seed = QSpinBox(self)
        self.seed.setRange(0, 2**31 - 1)
        self.scheme = QComboBox(self)
        self.scheme.addItems(["IOB2", "IOB1", "BILOU"])
        self.csv_bom = QCheckBox("UTF-8 with BOM (for spreadsheet programs)", self)
        self.merge_duplicates = QCheckBox("One record per event reported by several documents", self)
        self.only_approved = QCheckBox("Only approved documents", self)
        self.include_untouched = QCheckBox("Include untouched documents (new, no annotations)", self)
        self.include_untouched.setToolTip(
            "Training formats leave out documents nobody worked on: their text would teach a model "
            "that its names are not names"
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("Format", self.format_box)
        form.addRow("Output", path_row)
        form.addRow("Dev fraction (spaCy)", self.dev_fraction)
        form.addRow("Split seed (spaCy)", self.seed)
        form.addRow("Tag scheme (CoNLL)", self.scheme)
        form.addRow(self.csv_bom)
        form.addRow(self.merge_duplicates)
        form.addRow(self.only_approved)
        form.addRow(self.include_untouched)
        form.addRow(buttons)
        self.format_box.currentTextChanged.connect(self._format_changed)
        self._format_changed(self.format_box.currentText())

    def _format_changed(self, fmt: str) -> None:
        folder = Path(self.path_edit.text()).parent
        if self.formats[fmt].target == "directory":
            self.path_edit.setText(str(folder / fmt))
        else:
            self.path_edit.setText(str(folder / f"export-{fmt}{FILE_SUFFIXES.get(fmt, '.jsonl')}"))
        self.dev_fraction.setEnabled(fmt == "spacy")
        self.seed.setEnabled(fmt == "spacy")
        self.scheme.setEnabled(fmt == "conll")
        self.csv_bom.setEnabled(fmt.endswith("-csv"))
        self.merge_duplicates.setEnabled(fmt in {"events-jsonl", "events-csv", "plover-jsonl"})
        self.include_untouched.setEnabled(self.formats[fmt].training)

    def _browse(self) -> None:
        if self.formats[self.format_box.currentText()].target == "directory":
            name = file_dialogs.existing_directory(self, "Export folder", self.path_edit.text())
        else:
            name = file_dialogs.save_file_name(self, "Export file", self.path_edit.text())
        if name:
            self.path_edit.setText(name)

    def options(self) -> dict:
        return {
            "dev_fraction": self.dev_fraction.value(),
            "seed": self.seed.value(),
            "status": "approved" if self.only_approved.isChecked() else None,
            "conll_scheme": self.scheme.currentText(),
            "csv_bom": self.csv_bom.isChecked(),
            "merge_duplicates": self.merge_duplicates.isChecked(),
            "include_untouched": self.include_untouched.isChecked(),
        }


def start_export(window: MainWindow, fmt: str, out: Path, **options: object) -> JobWorker:
    """Export off the GUI thread; `options` are export_project's keyword options."""
    from curator.core.exporters import export_project

    project = window.project

    def job(progress, is_cancelled):
        return export_project(project, fmt, out, progress=progress, is_cancelled=is_cancelled, **options)

    def done(report) -> None:
        messages.information(window, "Export", "\n".join(report.lines()))

    return run_with_progress(window, "Exporting…", job, done)


def export_dialog(window: MainWindow) -> None:
    dialog = ExportDialog(window, window.project.path.parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    start_export(
        window,
        dialog.format_box.currentText(),
        Path(dialog.path_edit.text()).expanduser(),
        **dialog.options(),
    )
