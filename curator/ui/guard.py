"""One guard for everything the window runs: actions, undo and redo steps, job results, model reads.

An exception in a Qt slot goes to stderr and the window carries on as if nothing happened: the user
presses a key, nothing is saved, and the status bar may still say "saved" from the edit before. Behind
the guard:
- a `CuratorError` (a message meant for the user) goes to the status bar, or to a message box where the
  user must see it (a refused undo, a failed job);
- a broken connection or damaged file (`ProjectDamagedError`, or SQLite's error that slipped through)
  offers to reopen the project: same Project object, the open document read again, the undo stack kept;
- anything else opens the error dialog (what failed, the project, the traceback, a Copy button) and is
  written to the rotating error log;
- every failure replaces the status bar's message with "Not saved — …", and the permanent save-state
  label at its right says when the last edit was saved or that the last one was not.

Actions (`make_action`) run inside `Guard.call`, so a command or job created there finds its window's
guard with `active_guard()`; Qt calls undo steps and model reads with no way to pass a guard in, so they
look it up the same way (the running guard, else the guard of the active window, else the newest one).
"""

from __future__ import annotations

import html
import sqlite3
import sys
import weakref
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QStyle,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken
from sqlalchemy import exc as sa_exc

from curator.core.domain import CuratorError, ProjectBusyError, ProjectDamagedError, StaleWriteError
from curator.core.project import errorlog
from curator.core.storage import Project
from curator.core.storage.damage import damage_error

T = TypeVar("T")

# SQLite's generic errors, exactly these classes (not IntegrityError and the other subclasses, which are
# about the data, not the connection): when one slips through untranslated, reopening is the best offer.
_CONNECTION_ERRORS = (
    sqlite3.OperationalError,
    sqlite3.DatabaseError,
    sa_exc.OperationalError,
    sa_exc.DatabaseError,
)

_guards: list[weakref.ref[Guard]] = []
_running: list[Guard] = []


def connection_failure(error: BaseException, path: Path) -> CuratorError | None:
    """The user's error for a failure of the project's connection, or None for any other error."""
    damaged = damage_error(error, path)
    if damaged is not None:
        return damaged
    if type(error) not in _CONNECTION_ERRORS:
        return None
    if "database is locked" in str(error):
        return ProjectBusyError(
            QCoreApplication.translate(
                "Guard", "{path}: the project is busy (another program is writing to it); try again"
            ).format(path=path)
        )
    return ProjectDamagedError(
        QCoreApplication.translate(
            "Guard",
            "{path}: the database failed ({error}). Reopen the project; if this happens again, restore the "
            "latest backup.",
        ).format(path=path, error=errorlog.describe(error))
    )


def _plain(label: QLabel, text: str) -> QLabel:
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    return label


class SaveStateLabel(QLabel):
    """The permanent corner of the status bar: when the last edit was saved, or that it was not.

    Every write of the window ends its status message with "— saved" (that is the app's promise); the
    guard's failures start with "Not saved". Other messages leave the state as it was."""

    SAVED_STYLE = "color: #1b5e20; padding: 0 6px;"
    NOT_SAVED_STYLE = "color: #ffffff; background: #b71c1c; padding: 0 6px; font-weight: 600;"

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("save-state")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.saved: bool | None = None

    def message_shown(self, text: str) -> None:
        """The state from the message's words, in English or the interface language: a translation
        must keep the two markers apart (Turkish "kaydedilmedi" / "kaydedildi")."""
        lowered = text.lower()
        now = datetime.now().strftime("%H:%M:%S")
        not_saved = {"not saved", self.tr("not saved", "status marker: a step failed").lower()}
        saved = {"saved", self.tr("saved", "status marker: a step was written").lower()}
        if any(marker in lowered for marker in not_saved):
            self._show(False, self.tr("✗ Not saved ({time})").format(time=now), text)
        elif any(marker in lowered for marker in saved):
            self._show(True, self.tr("✓ Saved {time}").format(time=now), text)

    def _show(self, saved: bool, text: str, message: str) -> None:
        self.saved = saved
        self.setText(text)
        self.setStyleSheet(self.SAVED_STYLE if saved else self.NOT_SAVED_STYLE)
        self.setToolTip(f"<p style='white-space:pre-wrap'>{html.escape(message)}</p>")


class ErrorDialog(QDialog):
    """What failed, on which project, the traceback to read or copy, and where the log keeps it."""

    def __init__(
        self, parent: QWidget | None, what: str, error: BaseException, project: Path | None, log: Path | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("error-dialog")
        self.setWindowTitle(self.tr("Curator — something went wrong"))
        self.report = errorlog.error_report(error, what, project)
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = _plain(QLabel(self), self.tr("{what} failed").format(what=what))
        self.heading.setObjectName("error-heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setWeight(QFont.Weight.DemiBold)
        self.heading.setFont(font)
        self.summary = _plain(
            QLabel(self),
            self.tr(
                "{error}\n\nProject: {project}\nEdits the status bar reported as saved are safe; this step "
                "was not saved."
            ).format(
                error=errorlog.describe(error), project=project if project is not None else self.tr("(none)")
            ),
        )
        self.summary.setObjectName("error-summary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where = (
            self.tr("This report is also in the error log: {log}").format(log=log)
            if log
            else self.tr("The error log could not be written.")
        )
        self.log_note = _plain(
            QLabel(self), self.tr("{where}\nPlease send it with a bug report.").format(where=where)
        )
        self.log_note.setObjectName("error-log")
        self.log_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("error-details")
        self.details.setAccessibleName(self.tr("Error details"))
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.details.setPlainText(self.report)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = self.buttons.addButton(
            self.tr("&Copy Report"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.copy_button.setObjectName("error-copy")
        self.copy_button.clicked.connect(self.copy_report)
        self.buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(icon)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.summary)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(_plain(QLabel(self), self.tr("Details (for a bug report):")))
        layout.addWidget(self.details, 1)
        layout.addWidget(self.log_note)
        layout.addWidget(self.buttons)
        self.resize(760, 480)

    def copy_report(self) -> None:
        QGuiApplication.clipboard().setText(self.report)
        self.copy_button.setText(self.tr("Copied"))


class Guard(QObject):
    """The window's error handling; see the module docstring. `reopened` reads the project again."""

    def __init__(
        self,
        window: QMainWindow | None,
        project: Callable[[], Project | None],
        reopened: Callable[[], None] = lambda: None,
    ) -> None:
        super().__init__(window)
        self.window = window
        self._project = project
        self._reopened = reopened
        self.error_dialog: ErrorDialog | None = None
        self.reopen_box: QMessageBox | None = None
        self.save_state: SaveStateLabel | None = None
        if window is not None:
            self.save_state = SaveStateLabel(window)
            window.statusBar().addPermanentWidget(self.save_state)
            window.statusBar().messageChanged.connect(self.save_state.message_shown)
        _guards.append(weakref.ref(self))

    # --- running things behind it -----------------------------------------------------------------

    @contextmanager
    def running(self) -> Iterator[None]:
        """Commands and jobs created meanwhile report to this guard (see `active_guard`)."""
        _running.append(self)
        try:
            yield
        finally:
            _running.pop()

    def call(self, what: str, function: Callable[..., T], *args: Any, must_see: bool = False) -> T | None:
        """Run `function`; any exception is reported as `what` failing, and None returned."""
        with self.running():
            try:
                return function(*args)
            except Exception as error:  # the guard's whole point: nothing escapes to stderr
                self.report(error, what, must_see=must_see)
                return None

    # --- reporting ----------------------------------------------------------------------------------

    @property
    def project_path(self) -> Path | None:
        project = self._project()
        return project.path if project is not None else None

    def report(self, error: BaseException, what: str, *, must_see: bool = False) -> None:
        path = self.project_path
        failure = connection_failure(error, path) if path is not None else None
        if isinstance(failure, ProjectDamagedError):
            log = errorlog.record_exception(error, what, path)
            self._not_saved(what, str(failure))
            self._offer_reopen(what, failure, error, log)
        elif failure is not None or isinstance(error, CuratorError):
            message = str(failure or error)
            self._not_saved(what, message)
            if must_see or isinstance(error, StaleWriteError):
                self._message_box(what, message)
        else:
            log = errorlog.record_exception(error, what, path)
            detail = self.tr("internal error ({error}); see the error report")
            self._not_saved(what, detail.format(error=errorlog.describe(error)))
            self._show_error(what, error, path, log)

    def _not_saved(self, what: str, detail: str) -> None:
        """Replace whatever the status bar said (a stale "saved" above all) until the next message."""
        if self.window is not None:
            self.window.statusBar().showMessage(
                self.tr("Not saved — {what}: {detail}").format(what=what, detail=detail)
            )

    def _message_box(self, what: str, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Curator", "", QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("guard-message")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(self.tr("{what}: not done.\n\n{message}").format(what=what, message=message))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _show_error(self, what: str, error: BaseException, path: Path | None, log: Path | None) -> None:
        """One error dialog at a time: while one is open, later errors only reach the status bar and
        the log, so a failure that repeats on every key does not stack dialogs."""
        if self.error_dialog is not None and Shiboken.isValid(self.error_dialog):
            if self.error_dialog.isVisible():
                return
        self.error_dialog = ErrorDialog(self.window, what, error, path, log)
        self.error_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.error_dialog.open()

    def _offer_reopen(
        self, what: str, failure: ProjectDamagedError, error: BaseException, log: Path | None
    ) -> None:
        if self.reopen_box is not None and Shiboken.isValid(self.reopen_box) and self.reopen_box.isVisible():
            return
        box = QMessageBox(self.window)
        box.setObjectName("reopen-box")
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(self.tr("Curator — the project cannot be used"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        text = self.tr(
            "{what} was not saved.\n\n{failure}\n\nReopen connects to the project file again and shows it as "
            "it is on disk; Ctrl+Z still undoes your earlier edits."
        ).format(what=what, failure=failure)
        if log:
            text += "\n\n" + self.tr("Details are in the error log: {log}").format(log=log)
        box.setText(text)
        box.setDetailedText(errorlog.error_report(error, what, self.project_path))
        reopen = box.addButton(self.tr("&Reopen"), QMessageBox.ButtonRole.AcceptRole)
        reopen.setObjectName("reopen-button")
        box.addButton(self.tr("&Close"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(reopen)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: self._reopen() if box.clickedButton() is reopen else None)
        self.reopen_box = box
        box.open()

    def _reopen(self) -> None:
        project = self._project()
        if project is None:
            return
        try:
            project.reopen()
        except Exception as error:  # still broken: say so (and offer again, if it is the connection)
            self.report(error, self.tr("Reopening the project"), must_see=True)
            return
        self.call(self.tr("Reading the project again"), self._reopened)
        if self.window is not None:
            self.window.statusBar().showMessage(
                self.tr("Reopened {path}. The step that failed was not saved: do it again.").format(
                    path=project.path
                )
            )


def _live_guards() -> list[Guard]:
    alive = [guard for ref in _guards if (guard := ref()) is not None and Shiboken.isValid(guard)]
    _guards[:] = [weakref.ref(guard) for guard in alive]
    return alive


def guard_for(widget: QObject | None) -> Guard:
    """The guard of the window `widget` belongs to (a dialog's parent window counts), else the active one."""
    windows = {id(guard.window): guard for guard in _live_guards() if guard.window is not None}
    while widget is not None:
        if id(widget) in windows:
            return windows[id(widget)]
        widget = widget.parent()
    return active_guard()


_fallback: list[Guard] = []


def active_guard() -> Guard:
    """The guard running now, else the active window's, else the newest; a windowless one without any."""
    if _running and Shiboken.isValid(_running[-1]):
        return _running[-1]
    guards = _live_guards()
    active = QApplication.activeWindow()
    if active is not None:
        for guard in guards:
            if guard.window is not None and (guard.window is active or guard.window.isAncestorOf(active)):
                return guard
    windowed = [guard for guard in guards if guard.window is not None]
    if windowed:
        return windowed[-1]
    if not _fallback:
        _fallback.append(Guard(None, lambda: None))
    return _fallback[0]


def report_error(error: BaseException, what: str, *, must_see: bool = False) -> None:
    """For code Qt calls directly (model reads, delegates): hand the error to the active guard."""
    active_guard().report(error, what, must_see=must_see)


@contextmanager
def excepthook_installed(guard: Guard) -> Iterator[None]:
    """The backstop while the window lives: an exception from any slot nobody guarded reaches the
    guard instead of only stderr."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        if not issubclass(kind, Exception):
            previous(kind, error, trace)
            return
        # The window may have been made again since (a new interface language): its guard then.
        target = guard if Shiboken.isValid(guard) else active_guard()
        target.report(
            error.with_traceback(trace), QCoreApplication.translate("Guard", "A step of the window")
        )

    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous
