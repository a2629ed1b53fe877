"""The dialogs around a project: new/open/recent, import and export with progress and cancel."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
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
    QPushButton,
    QSpinBox,
    QWidget,
)

from curator.core.domain import CuratorError
from curator.core.project.setup import open_project
from curator.ui import file_dialogs, i18n_flows, messages, server_login
from curator.ui.recent_projects import recent_projects, recent_servers, remember_project
from curator.ui.workers import JobWorker

if TYPE_CHECKING:
    from curator.core.exporters import ExportOption
    from curator.ui.main_window import MainWindow


def project_filter() -> str:
    return QCoreApplication.translate("ProjectFlows", "Curator projects (*.curator);;All files (*)")


def switch_project(window: MainWindow, path: Path, *, create: bool) -> None:
    try:
        project = open_project(path, create=create, annotator=window.project.annotator_name)
    except CuratorError as error:
        messages.critical(
            window, QCoreApplication.translate("ProjectFlows", "Cannot open project"), str(error)
        )
        return
    remember_project(path)
    window.set_project(project)
    window.statusBar().showMessage(
        QCoreApplication.translate("ProjectFlows", "Opened {path}").format(path=path), 5000
    )


def new_project(window: MainWindow) -> None:
    title = QCoreApplication.translate("ProjectFlows", "New project")
    name = file_dialogs.save_file_name(window, title, str(Path.home() / "project.curator"), project_filter())
    if not name:
        return
    path = Path(name) if Path(name).suffix else Path(name).with_suffix(".curator")
    if path.exists():
        text = QCoreApplication.translate(
            "ProjectFlows", "{path} exists already; use Open Project to open it."
        )
        messages.warning(window, title, text.format(path=path))
        return
    switch_project(window, path, create=True)


def open_project_dialog(window: MainWindow) -> None:
    title = QCoreApplication.translate("ProjectFlows", "Open project")
    name = file_dialogs.open_file_name(window, title, str(window.project.path.parent), project_filter())
    if name:
        switch_project(window, Path(name), create=False)


def fill_recent_menu(window: MainWindow, menu: QMenu) -> None:
    """Project files, then team servers (by URL, never with a password), the open one left out."""
    menu.clear()
    current = window.project
    paths = [p for p in recent_projects() if current.is_server or p != current.path.resolve()]
    servers = [url for url in recent_servers() if url != current.label]
    if not paths and not servers:
        menu.addAction(QCoreApplication.translate("ProjectFlows", "(none)")).setEnabled(False)
    for path in paths:
        action = menu.addAction(str(path))
        action.triggered.connect(lambda _checked=False, p=path: switch_project(window, p, create=False))
    if paths and servers:
        menu.addSeparator()
    for url in servers:
        action = menu.addAction(url)
        action.triggered.connect(lambda _checked=False, u=url: server_login.connect(window, u))


def start_import(window: MainWindow, paths: list[Path], fmt: str = "auto") -> JobWorker:
    from curator.core.importers import import_paths
    from curator.ui.column_mapping import show_import_report

    project = window.project

    def job(progress, is_cancelled):
        return import_paths(project, paths, fmt=fmt, progress=progress, is_cancelled=is_cancelled)

    return window.run_job(
        QCoreApplication.translate("ProjectFlows", "Importing…"),
        job,
        lambda report: show_import_report(window, report),
    )


def import_filter() -> str:
    """The file dialog's filter: every extension an auto import reads, from the import registry."""
    from curator.core.importers.registry import auto_extensions

    patterns = " ".join(f"*{extension}" for extension in auto_extensions())
    return QCoreApplication.translate("ProjectFlows", "Documents ({patterns});;All files (*)").format(
        patterns=patterns
    )


def import_dialog(window: MainWindow) -> None:
    from curator.ui.column_mapping import import_with_mapping  # loads the importers: not before the window

    title = QCoreApplication.translate("ProjectFlows", "Import documents")
    names = file_dialogs.open_file_names(window, title, str(Path.home()), import_filter())
    if names:
        import_with_mapping(window, [Path(name) for name in names])


def import_folder_dialog(window: MainWindow) -> None:
    """A whole folder: text files, JSONL, CoNLL, or a brat corpus of .txt/.ann pairs."""
    name = file_dialogs.existing_directory(
        window, QCoreApplication.translate("ProjectFlows", "Import a folder"), str(Path.home())
    )
    if name:
        start_import(window, [Path(name)])


def _option_input(option: ExportOption, parent: QWidget) -> QWidget:
    """The widget that gives `option` its value, set to the declared default."""
    if option.kind == "flag":
        return QCheckBox(i18n_flows.shown(i18n_flows.OPTIONS, option.label), parent)
    if option.kind in ("choice", "text"):
        box = QComboBox(parent)
        box.setEditable(option.kind == "text")  # the choices offered, or any text (an annotator's name)
        for choice in option.choices:  # shown in the interface language, given as the CLI word
            box.addItem(i18n_flows.shown(i18n_flows.CHOICES, choice), choice)
        index = box.findData(option.default)
        if index >= 0:
            box.setCurrentIndex(index)
        else:
            box.setCurrentText(str(option.default))
        return box
    if option.kind == "int":
        whole = QSpinBox(parent)
        whole.setRange(int(option.minimum), int(option.below - option.step))
        whole.setValue(int(option.default))
        return whole
    real = QDoubleSpinBox(parent)
    real.setRange(option.minimum, option.below - option.step)
    real.setSingleStep(option.step)
    real.setValue(float(option.default))
    return real


def _input_value(widget: QWidget) -> object:
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):  # a choice picked from the list, or a name typed into it
        index = widget.currentIndex()
        if index >= 0 and widget.itemText(index) == widget.currentText():
            return widget.itemData(index)
        return widget.currentText()
    assert isinstance(widget, QSpinBox | QDoubleSpinBox)
    return widget.value()


def _status_box(parent: QWidget) -> QComboBox:
    """Which documents an export reads: the format's default, one workflow status, or every status.

    The default differs by format (training data takes every document, event records only annotated and
    approved ones), so it is offered as its own choice rather than as "all"; "any status" is what lets a
    researcher export events from documents nobody has finished yet, as `--status any` does.
    """
    from curator.core.domain import DocumentStatus
    from curator.core.records.stream import ANY_STATUS

    box = QComboBox(parent)
    box.addItem(QCoreApplication.translate("ProjectFlows", "The format's default"), None)
    box.setItemData(
        0,
        QCoreApplication.translate(
            "ProjectFlows", "Training data: every document. Event records: annotated and approved ones."
        ),
        Qt.ItemDataRole.ToolTipRole,
    )
    only = QCoreApplication.translate("ProjectFlows", "Only {status}")
    for status in DocumentStatus:
        box.addItem(only.format(status=i18n_flows.status_word(status.value)), status.value)
    box.addItem(QCoreApplication.translate("ProjectFlows", "Any status"), ANY_STATUS)
    return box


class ExportDialog(QDialog):
    """Format, target and the options that format declares; the file name follows the format.

    Export runs the export while the dialog stays open (`on_export`); a failed export leaves it open
    with what the user chose, so a wrong path is corrected, not typed again.
    """

    def __init__(
        self,
        parent: QWidget,
        default_folder: Path,
        on_export: Callable[[ExportDialog], object] | None = None,
    ) -> None:
        from curator.core.exporters import EXPORT_FORMATS, declared_options

        super().__init__(parent)
        self.formats = EXPORT_FORMATS
        self._on_export = on_export
        self.setWindowTitle(self.tr("Export"))
        self.format_box = QComboBox(self)
        for name, exporter in EXPORT_FORMATS.items():
            self.format_box.addItem(name, name)
            self.format_box.setItemData(
                self.format_box.count() - 1,
                i18n_flows.shown(i18n_flows.FORMATS, exporter.description),
                Qt.ItemDataRole.ToolTipRole,
            )
        self.path_edit = QLineEdit(str(default_folder / "export"), self)
        self.path_edit.setAccessibleName(self.tr("Output"))
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit)
        path_row.addWidget(browse)
        self.status_box = _status_box(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Format"), self.format_box)
        form.addRow(self.tr("Output"), path_row)
        # One input per declared option, enabled for the formats that read it.
        self.inputs: dict[str, QWidget] = {}
        self._readers: dict[str, tuple[str, ...]] = {}
        for option, readers in declared_options():
            widget = _option_input(option, self)
            help_text = i18n_flows.shown(i18n_flows.OPTIONS, option.help)
            widget.setToolTip(f"{help_text[:1].upper()}{help_text[1:]} ({', '.join(readers)})")
            self.inputs[option.name] = widget
            self._readers[option.name] = readers
            if isinstance(widget, QCheckBox):
                form.addRow(widget)
            else:
                form.addRow(i18n_flows.shown(i18n_flows.OPTIONS, option.label), widget)
        form.addRow(self.tr("Documents"), self.status_box)
        form.addRow(buttons)
        self.format_box.currentTextChanged.connect(self._format_changed)
        self._format_changed(self.format_box.currentText())

    def _format_changed(self, fmt: str) -> None:
        exporter = self.formats[fmt]
        folder = Path(self.path_edit.text()).parent
        if exporter.target == "directory":
            self.path_edit.setText(str(folder / fmt))
        else:
            self.path_edit.setText(str(folder / f"export-{fmt}{exporter.suffix}"))
        for name, widget in self.inputs.items():
            widget.setEnabled(fmt in self._readers[name])

    def _browse(self) -> None:
        if self.formats[self.format_box.currentText()].target == "directory":
            name = file_dialogs.existing_directory(self, self.tr("Export folder"), self.path_edit.text())
        else:
            name = file_dialogs.save_file_name(self, self.tr("Export file"), self.path_edit.text())
        if name:
            self.path_edit.setText(name)

    def accept(self) -> None:
        """Export: the dialog closes only once the export has written (see `export_dialog`)."""
        if self._on_export is None:
            super().accept()
        else:
            self._on_export(self)

    def options(self) -> dict[str, object]:
        """`export_project`'s keyword options: the declared ones the format reads, and the status."""
        exporter = self.formats[self.format_box.currentText()]
        chosen: dict[str, object] = {
            option.name: _input_value(self.inputs[option.name]) for option in exporter.options
        }
        chosen["status"] = self.status_box.currentData()
        return chosen


def start_export(
    window: MainWindow,
    fmt: str,
    out: Path,
    *,
    on_done: Callable[[], object] | None = None,
    on_failed: Callable[[str], object] | None = None,
    **options: object,
) -> JobWorker:
    """Export off the GUI thread; `options` are export_project's keyword options. The report is shown
    after `on_done()`; a user's error goes to `on_failed(message)` when given (else a message box)."""
    from curator.core.exporters import export_project

    project = window.project

    def job(progress, is_cancelled):
        return export_project(project, fmt, out, progress=progress, is_cancelled=is_cancelled, **options)

    def done(report) -> None:
        if on_done is not None:
            on_done()
        messages.information(
            window, QCoreApplication.translate("ProjectFlows", "Export"), "\n".join(report.lines())
        )

    return window.run_job(QCoreApplication.translate("ProjectFlows", "Exporting…"), job, done, on_failed)


def export_dialog(window: MainWindow) -> None:
    """File → Export: the dialog stays open until an export succeeds or the user cancels."""

    def export(dialog: ExportDialog) -> None:
        dialog.export_button.setEnabled(False)  # one export at a time

        def failed(message: str) -> None:
            dialog.export_button.setEnabled(True)
            messages.warning(dialog, QCoreApplication.translate("ProjectFlows", "Export failed"), message)

        start_export(
            window,
            dialog.format_box.currentText(),
            Path(dialog.path_edit.text()).expanduser(),
            on_done=lambda: dialog.done(QDialog.DialogCode.Accepted),
            on_failed=failed,
            **dialog.options(),
        )

    ExportDialog(window, window.project.path.parent, on_export=export).exec()
