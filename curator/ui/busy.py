"""The window's way of waiting for the project's write lock: say so and keep the event loop running.

Another program (a `curator import`, a second window) may hold the write lock. Every write of the window
waits for it in one place, `BEGIN IMMEDIATE` in core's `Project.write()`, before any statement of the action
has run; core calls this hook between its tries. The hook shows the busy message and processes events
except user input, so painting, timers and job progress go on while keys and clicks queue up in order and
are handled after the save. A write started by such an event (a job result, a timer) simply waits in turn
inside this one: no transaction is open yet, so nothing interleaves, and it commits (and pushes its undo
step) before the first one does, in the order the stack shows. Past `patience` the write is refused with
`ProjectBusyError` and the status bar says it was not saved.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEventLoop
from PySide6.QtWidgets import QStatusBar

from curator.core.storage import Project

BUSY_MESSAGE = QT_TRANSLATE_NOOP("BusyWaiter", "The project is busy (another program is writing) — retrying…")
PATIENCE_SECONDS = 45.0
# Events are handled for at most this long per try, so the lock is tried again soon after it is free.
EVENTS_MS = 20


class BusyWaiter:
    """A core `LockWaitHook` for the GUI thread: installed with `watch(project)` on that thread."""

    def __init__(self, status_bar: QStatusBar, patience: float = PATIENCE_SECONDS) -> None:
        self.status_bar = status_bar
        self.patience = patience

    def watch(self, project: Project) -> None:
        project.wait_for_lock_with(self)

    def waiting(self, _elapsed: float) -> None:
        busy = busy_message()
        if self.status_bar.currentMessage() != busy:
            self.status_bar.showMessage(busy)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, EVENTS_MS)

    def finished(self, acquired: bool) -> None:
        if acquired:
            if self.status_bar.currentMessage() == busy_message():
                self.status_bar.clearMessage()
            return
        seconds = round(self.patience)  # a call inside translate()'s arguments hides it from lupdate
        self.status_bar.showMessage(
            QCoreApplication.translate(
                "BusyWaiter",
                "Not saved: the project is busy — another program kept writing to it for %n second(s).",
                "",
                seconds,
            )
        )


def busy_message() -> str:
    """The status bar's text while a write waits, in the interface language."""
    return QCoreApplication.translate("BusyWaiter", BUSY_MESSAGE)
