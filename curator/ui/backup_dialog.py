"""File → Restore from Backup: the project's rolling backups, newest first, and restoring one of them.

A restore never touches the open project or the backup: `restore_backup` checks the backup in full and
writes it to a new file (never over an existing one), and the window then opens that file. The list is
read off the GUI thread, since counting each backup's documents and spans opens every file; a backup
that cannot be read is listed all the same, without counts, so the user sees every file that is there.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QPushButton, QVBoxLayout

from curator.core.project.health import RestoreResult, restore_backup
from curator.core.storage.backups import BackupInfo, backups_folder, list_backups
from curator.ui import file_dialogs
from curator.ui.list_table_model import ListTableModel
from curator.ui.row_table import row_table
from curator.ui.workbench import Workbench
from curator.ui.workers import start_job

Index = QModelIndex | QPersistentModelIndex


def _size(size: int) -> str:
    if size < 1024:
        return QCoreApplication.translate("BackupModel", "{size} bytes").format(size=size)
    if size < 1024 * 1024:
        return QCoreApplication.translate("BackupModel", "{size} KB").format(size=f"{size / 1024:.1f}")
    return QCoreApplication.translate("BackupModel", "{size} MB").format(size=f"{size / 1024 / 1024:.1f}")


def _count(value: int | None) -> str:
    return QCoreApplication.translate("BackupModel", "unreadable") if value is None else f"{value:,}"


class BackupModel(ListTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("BackupModel", "Taken"),
        QT_TRANSLATE_NOOP("BackupModel", "Size"),
        QT_TRANSLATE_NOOP("BackupModel", "Documents"),
        QT_TRANSLATE_NOOP("BackupModel", "Spans"),
        QT_TRANSLATE_NOOP("BackupModel", "File"),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (1, 2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        info: BackupInfo = self.rows[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return str(info.path)
        return (
            f"{info.created:%Y-%m-%d %H:%M}",
            _size(info.size),
            _count(info.documents),
            _count(info.spans),
            info.path.name,
        )[index.column()]


def restored_name(project_path: Path, now: datetime | None = None) -> Path:
    """Beside the project, named after it and the time, so it never collides with the project itself."""
    stamp = f"{(now or datetime.now()):%Y%m%d-%H%M%S}"
    return project_path.with_name(f"{project_path.stem}-restored-{stamp}.curator")


class RestoreBackupDialog(QDialog):
    def __init__(self, workbench: Workbench) -> None:
        super().__init__(workbench.host())
        self.workbench = workbench
        self.project_path = workbench.project.path
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.resize(820, 420)
        self.status = QLabel(self.tr("Reading the backups…"), self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.model = BackupModel()
        self.table = row_table(self.model, self, name="backups")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAccessibleName(self.tr("Backups of this project"))
        self.table.doubleClicked.connect(lambda _index: self.restore_selected())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.restore_button = QPushButton(self.tr("&Restore Selected…"), self)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        self.loading = True
        folder = backups_folder(self.project_path)
        start_job(
            lambda _progress, _cancelled: list_backups(self.project_path),
            title=self.tr("Reading backups"),
            on_done=lambda backups: self._show(backups, folder),
            on_failed=self._failed,
            on_end=self._ended,
        )

    def _ended(self) -> None:
        self.loading = False

    def _show(self, backups: list[BackupInfo], folder: Path) -> None:
        self.model.replace_rows(backups)
        if not backups:
            none = self.tr("No backups yet in {folder} (Project → Back Up Now writes one).")
            self.status.setText(none.format(folder=folder))
            return
        listed = self.tr(
            "%n backup(s) in {folder}, newest first. Restoring writes the chosen one to a new project file "
            "and opens it; this project and the backup are left as they are.",
            "",
            len(backups),
        )
        self.status.setText(listed.format(folder=folder))
        self.table.selectRow(0)
        self.table.setFocus()

    def _failed(self, message: str) -> None:
        self.status.setText(self.tr("Cannot list the backups: {reason}").format(reason=message))

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None)

    def selected(self) -> BackupInfo | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def restore_selected(self) -> None:
        """Ask where the new project goes (beside this one by default), restore off the GUI thread, open."""
        chosen = self.selected()
        if chosen is None:
            return
        name = file_dialogs.save_file_name(
            self,
            self.tr("Restore into a new project"),
            str(restored_name(self.project_path)),
            self.tr("Curator projects (*.curator)"),
        )
        if not name:
            return
        target = Path(name)
        backup = chosen.path

        def job(_progress, is_cancelled) -> RestoreResult:
            return restore_backup(backup, target, is_cancelled)

        def done(result: RestoreResult) -> None:
            self.accept()
            self.workbench.open_project(result.target)
            restored = self.tr(
                "Restored {backup}: {documents} documents and {spans} spans, now open as {target}"
            )
            self.workbench.message(
                restored.format(
                    backup=result.backup.name,
                    documents=f"{result.documents:,}",
                    spans=f"{result.spans:,}",
                    target=result.target,
                )
            )

        self.workbench.run_job(self.tr("Restoring…"), job, done)
