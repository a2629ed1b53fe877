"""Background jobs: a core function runs on the thread pool; results come back as queued signals.

Core jobs take `progress(done, total)` and `is_cancelled()` callbacks and never touch widgets, so the
window stays responsive and a cancel button can stop them between files or batches. `start_job`
connects the caller's callbacks before the job starts (a result cannot be emitted before anyone
listens) and runs them behind the guard of the window that started the job.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import Shiboken

from curator.core import errorlog
from curator.core.domain import CuratorError, ProjectDamagedError
from curator.ui.guard import Guard, active_guard

JobFunction = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class JobSignals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)  # the exception, with its traceback, for the guard to show and log


class JobWorker(QRunnable):
    def __init__(self, job: JobFunction) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self._job = job
        self._cancelled = threading.Event()
        self.signals = JobSignals()

    def cancel(self) -> None:
        self._cancelled.set()

    def is_cancelled(self) -> bool:
        return self._cancelled.is_set()

    def run(self) -> None:
        try:
            result = self._job(self._progressed, self.is_cancelled)
        except Exception as error:  # a bug must reach the user, not vanish with the thread
            self._emit(self.signals.failed, error)
        else:
            self._emit(self.signals.finished, result)

    def _progressed(self, done: int, total: int) -> None:
        self._emit(self.signals.progressed, done, total)

    def _emit(self, signal: Any, *values: object) -> None:
        """The application may be quitting while a job still runs (its signal object is deleted with
        it): then nobody is left to tell, and the job stops at its next report instead of raising in the
        pool's thread."""
        try:
            signal.emit(*values)
        except RuntimeError:
            if Shiboken.isValid(self.signals):
                raise
            self._cancelled.set()


def failure_message(error: BaseException) -> str:
    """One line for a status label: the user's message, or which internal error it was."""
    if isinstance(error, CuratorError):
        return str(error)
    return f"internal error ({errorlog.describe(error)})"


def start_job(
    job: JobFunction,
    *,
    title: str,
    on_done: Callable[[Any], object],
    on_failed: Callable[[str], object] | None = None,
    on_progress: Callable[[int, int], object] | None = None,
    on_end: Callable[[], object] | None = None,
) -> JobWorker:
    """Run `job` off the GUI thread. `on_end` runs first either way (close a progress dialog), then
    `on_done(result)` or `on_failed(message)`. A user's error (`CuratorError`) goes to `on_failed` if
    given, else to a message box; a bug or a broken connection always reaches the guard too (error
    dialog or reopen offer), `on_failed` still hearing of it so the caller can reset its state."""
    guard = active_guard()
    what = title.rstrip("…. ")
    worker = JobWorker(job)

    def finished(result: object) -> None:
        reporter = _valid(guard)
        if on_end is not None:
            reporter.call(what, on_end)
        reporter.call(f"{what} (showing the result)", on_done, result)

    def failed(error: BaseException) -> None:
        reporter = _valid(guard)
        if on_end is not None:
            reporter.call(what, on_end)
        users_own = isinstance(error, CuratorError) and not isinstance(error, ProjectDamagedError)
        if on_failed is not None:
            reporter.call(what, on_failed, failure_message(error))
        if on_failed is None or not users_own:
            reporter.report(error, what, must_see=True)

    if on_progress is not None:
        worker.signals.progressed.connect(on_progress)
    worker.signals.finished.connect(finished)
    worker.signals.failed.connect(failed)
    QThreadPool.globalInstance().start(worker)
    return worker


def _valid(guard: Guard) -> Guard:
    """The window that started the job may have closed meanwhile."""
    from shiboken6 import Shiboken

    return guard if Shiboken.isValid(guard) else active_guard()
