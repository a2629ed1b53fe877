"""Project → Health, the check at open, rolling backups and restoring the latest good backup.

The full check (`curator.core.project.health.check_project`) runs in the background when a project opens; the
status bar says its result, and a damaged result is shown as a message that offers the latest good
backup (the project is then read-only). Backups are written off the GUI thread: after a passing check
when the last one is older than a day, every few minutes if something was written since the last one,
and when the project closes. A project that has not passed a check in this session is never backed up,
so a damaged copy cannot push the good backups out of the rotation.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QThreadPool, QTimer
from PySide6.QtGui import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from curator.core.domain import CuratorError
from curator.core.project import errorlog
from curator.core.project.health import CheckCancelled, HealthReport, check_project, restore_backup
from curator.core.storage import Project
from curator.core.storage.backups import BackupInfo, backup_is_due, write_backup
from curator.ui import i18n_flows
from curator.ui.workbench import Workbench
from curator.ui.workers import JobFunction, JobWorker, failure_message

BACKUP_INTERVAL_MS = 10 * 60 * 1000
MESSAGE_MS = 10_000
WAIT_AT_CLOSE_S = 30.0
DAMAGE_LINES = 8


class HealthDialog(QDialog):
    """The last report as plain text, with the backup to restore when the project is damaged."""

    def __init__(
        self,
        parent: QWidget,
        report: HealthReport,
        restore: Callable[[], None],
        check_again: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Project health"))
        self.resize(760, 420)
        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Health report"))
        self.text.setReadOnly(True)
        self.text.setPlainText("\n".join(i18n_flows.health_lines(report)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.restore_button = QPushButton(self.tr("Restore Latest Good Backup…"), self)
        self.restore_button.setEnabled(not report.ok and report.latest_good_backup is not None)
        self._restore = restore
        self.restore_button.clicked.connect(self._restore_clicked)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.check_button = QPushButton(self.tr("Check &Again"), self)
        self._check_again = check_again
        self.check_button.clicked.connect(self._check_again_clicked)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)

    def _check_again_clicked(self) -> None:
        self.accept()
        self._check_again()

    def _restore_clicked(self) -> None:
        self.accept()
        self._restore()


class _Job:
    """A worker connected before it starts (a result cannot be lost), and an event set when it ends."""

    def __init__(
        self, job: JobFunction, done: Callable[[object], None], failed: Callable[[str], None]
    ) -> None:
        self.ended = threading.Event()

        def run(progress, is_cancelled):
            try:
                return job(progress, is_cancelled)
            finally:
                self.ended.set()

        def reported(error: BaseException) -> None:
            if not isinstance(error, CuratorError):  # a bug: its traceback goes to the log as well
                errorlog.record_exception(error, "A background check or backup")
            failed(failure_message(error))

        self.worker = JobWorker(run)
        self.worker.signals.finished.connect(done)
        self.worker.signals.failed.connect(reported)
        QThreadPool.globalInstance().start(self.worker)

    def stop(self) -> None:
        self.worker.cancel()
        self.ended.wait(WAIT_AT_CLOSE_S)


def _check_job(project: Project) -> JobFunction:
    def job(progress, is_cancelled):
        try:
            return check_project(project, progress, is_cancelled)
        except CheckCancelled:
            return None

    return job


class HealthActions:
    """The Project menu and everything that keeps the open project checked and backed up; `status`
    is the label the window shows at the right of its status bar."""

    def __init__(self, workbench: Workbench) -> None:
        self.workbench = workbench
        self.report: HealthReport | None = None
        self.dialog: HealthDialog | None = None
        self.damage_box: QMessageBox | None = None
        self.restore_dialog: QDialog | None = None
        self.status = QLabel(workbench.host())
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        workbench.registry.add("project.health", self.open_health)
        workbench.registry.add("project.backup", self.backup_now)
        workbench.registry.add("project.restore_backup", self.open_restore)
        self.backup_timer = QTimer(workbench.host())
        self.backup_timer.setInterval(BACKUP_INTERVAL_MS)
        self.backup_timer.timeout.connect(self.backup_if_edited)
        self.backup_timer.start()
        self._check: _Job | None = None
        self._backup: _Job | None = None
        self._project: Project | None = None  # the project the jobs' results are for; None once left
        self._start(workbench.project)

    # --- the check ------------------------------------------------------------------------------

    def _start(self, project: Project) -> None:
        self._project = project
        self._checked_ok = False
        self._backed_up_version = project.data_version()
        self.report = None
        self.status.setText(QCoreApplication.translate("HealthActions", "Health: checking…"))
        self._check = _Job(
            _check_job(project),
            lambda report: self._checked(project, report, show=False),
            lambda message: self._check_failed(project, message),
        )

    def open_health(self) -> None:
        """Project → Health…: the last check's report (the one made at open, or since), at once; when
        there is none yet, or on Check Again, a check now with progress and Cancel, then its report."""
        if self.report is not None and self._project is self.workbench.project:
            self.show_report()
        else:
            self.check_now()

    def check_now(self) -> None:
        project = self.workbench.project
        self.workbench.run_job(
            QCoreApplication.translate("HealthActions", "Checking the project…"), _check_job(project),
            lambda report: self._checked(project, report, show=True),
        )  # fmt: skip

    def _checked(self, project: Project, report: object, *, show: bool) -> None:
        if project is not self._project:
            return  # a check of the project the window has left since
        if not isinstance(report, HealthReport):
            self.status.setText(QCoreApplication.translate("HealthActions", "Health: check cancelled"))
            return
        self.report = report
        self._checked_ok = report.ok
        if report.ok:
            self.status.setText(
                QCoreApplication.translate("HealthActions", "Health: ok ({time})").format(
                    time=report.checked_at[11:16]
                )
            )
            if not project.is_server and backup_is_due(project.path):
                self._start_backup(project)
        else:
            self.status.setText(
                QCoreApplication.translate("HealthActions", "Health: DAMAGED, read-only (Project → Health)")
            )
        if show:
            self.show_report()
        elif not report.ok:
            self._show_damage(report)

    def _check_failed(self, project: Project, message: str) -> None:
        if project is self._project and not project.closed:
            self.status.setText(QCoreApplication.translate("HealthActions", "Health: the check failed"))
            title = QCoreApplication.translate("HealthActions", "Health check")
            box = QMessageBox(QMessageBox.Icon.Critical, title, message,
                              QMessageBox.StandardButton.Close, self.workbench.host())  # fmt: skip
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.open()

    def show_report(self) -> None:
        if self.report is None:
            return
        self.dialog = HealthDialog(self.workbench.host(), self.report, self.restore_latest, self.check_now)
        self.dialog.open()

    def _show_damage(self, report: HealthReport) -> None:
        lines = [
            i18n_flows.health_summary(report),
            *(problem.line() for problem in report.problems[:DAMAGE_LINES]),
        ]
        if len(report.problems) > DAMAGE_LINES or report.more_problems:
            lines.append(QCoreApplication.translate("HealthActions", "… (Project → Health shows them all)"))
        lines.append("")
        lines.append(
            QCoreApplication.translate(
                "HealthActions", "The project is open read-only so that nothing makes the damage worse."
            )
        )
        if report.latest_good_backup:
            latest = QCoreApplication.translate("HealthActions", "The latest good backup is {path}.")
            lines.append(latest.format(path=report.latest_good_backup))
        else:
            lines.append(QCoreApplication.translate("HealthActions", "No good backup was found."))
        title = QCoreApplication.translate("HealthActions", "The project is damaged")
        box = QMessageBox(QMessageBox.Icon.Warning, title, "\n".join(lines),
                          QMessageBox.StandardButton.Close, self.workbench.host())  # fmt: skip
        box.setTextFormat(Qt.TextFormat.PlainText)
        if report.latest_good_backup:
            restore = box.addButton(
                QCoreApplication.translate("HealthActions", "Restore Latest Good Backup…"),
                QMessageBox.ButtonRole.AcceptRole,
            )
            restore.clicked.connect(self.restore_latest)
        self.damage_box = box
        box.open()

    # --- restoring ------------------------------------------------------------------------------

    def restore_latest(self) -> None:
        """Write the latest good backup to a new file beside the project and open it there."""
        if self.report is None or self.report.latest_good_backup is None:
            return
        backup = Path(self.report.latest_good_backup)
        project_path = self.workbench.project.path
        stamp = f"{datetime.now():%Y%m%d-%H%M%S}"
        target = project_path.with_name(f"{project_path.stem}-restored-{stamp}.curator")
        question = QCoreApplication.translate(
            "HealthActions",
            "Restore {backup} into the new project {target}, and open it?\n\n"
            "The damaged project {project} is left as it is.",
        ).format(backup=backup.name, target=target, project=project_path)
        answer = QMessageBox.question(
            self.workbench.host(), QCoreApplication.translate("HealthActions", "Restore backup"), question
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def job(_progress, is_cancelled):
            return restore_backup(backup, target, is_cancelled)

        restoring = QCoreApplication.translate("HealthActions", "Restoring…")
        self.workbench.run_job(restoring, job, lambda _result: self.workbench.open_project(target))

    def open_restore(self) -> None:
        """File → Restore from Backup: the list of this project's backups (a file project's only)."""
        from curator.ui.backup_dialog import RestoreBackupDialog

        if self.workbench.project.is_server:
            said = QCoreApplication.translate(
                "HealthActions", "A server project is backed up by its administrator (pg_dump)"
            )
            self.workbench.message(said, MESSAGE_MS)
            return
        self.restore_dialog = RestoreBackupDialog(self.workbench)
        self.restore_dialog.open()

    # --- backups --------------------------------------------------------------------------------

    def backup_now(self) -> None:
        """Project → Back Up Now: even before a check passed, but never while the project is damaged."""
        self._start_backup(self.workbench.project, announce=True)

    def backup_if_edited(self) -> None:
        """The timer: back up if anything was written since the last backup and the check passed."""
        project = self.workbench.project
        if project.is_server:  # the server's admin backs it up (pg_dump); Back Up Now says so
            return
        if self._checked_ok and not project.closed and project.data_version() != self._backed_up_version:
            self._start_backup(project)

    def _start_backup(self, project: Project, *, announce: bool = False) -> None:
        """Automatic backups stay out of the status bar: they must not hide the user's own messages."""
        if project.closed or (self._backup is not None and not self._backup.ended.is_set()):
            return
        self._backed_up_version = project.data_version()
        self._backup = _Job(
            lambda _progress, _is_cancelled: write_backup(project),
            lambda info: self._backed_up(project, info, announce),
            lambda message: self._backup_failed(project, message),
        )

    def _backed_up(self, project: Project, info: object, announce: bool) -> None:
        if announce and project is self._project and isinstance(info, BackupInfo):
            self.workbench.message(
                QCoreApplication.translate("HealthActions", "Backed up to {path}").format(path=info.path),
                MESSAGE_MS,
            )

    def _backup_failed(self, project: Project, message: str) -> None:
        if project is self._project:
            failed = QCoreApplication.translate("HealthActions", "Backup failed: {reason}").format(
                reason=message
            )
            self.workbench.message(failed, 3 * MESSAGE_MS)

    # --- leaving a project ----------------------------------------------------------------------

    def leave(self, project: Project) -> None:
        """Before `project` closes (window closed, another project opened): stop jobs, back up edits."""
        for job in (self._check, self._backup):
            if job is not None:
                job.stop()
        self._check = self._backup = None
        self._project = None
        writable = not project.closed and project.read_only_reason is None and not project.is_server
        if self._checked_ok and writable:
            if project.data_version() != self._backed_up_version:
                try:
                    write_backup(project)
                except CuratorError:
                    pass  # the project closes all the same; the earlier backups are still there

    def project_changed(self, old: Project) -> None:
        self.leave(old)
        self._start(self.workbench.project)
