"""Background jobs: a core function runs on the thread pool; results come back as queued signals.

Core jobs take `progress(done, total)` and `is_cancelled()` callbacks and never touch widgets, so the
window stays responsive and a cancel button can stop them between files or batches. Everything about a
job is wired before it starts: `connect_job` connects the caller's callbacks (run behind the guard of
the window that started the job) and only then may `JobWorker.start` hand it to the pool, so a job that
finishes at once, before the caller's next line or the next turn of the event loop, still reports back.
`run_with_progress` adds the progress dialog with Cancel and keeps the worker in the window's
`RunningJobs` until it has reported.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import Shiboken

from curator.core.domain import CuratorError, ProjectDamagedError
from curator.core.project import errorlog
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

    def start(self) -> None:
        """Hand the job to the thread pool; connect its signals before this."""
        QThreadPool.globalInstance().start(self)

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
    return QCoreApplication.translate("Workers", "internal error ({error})").format(
        error=errorlog.describe(error)
    )


def connect_job(
    job: JobFunction,
    *,
    title: str,
    on_done: Callable[[Any], object],
    on_failed: Callable[[str], object] | None = None,
    on_progress: Callable[[int, int], object] | None = None,
    on_end: Callable[[], object] | None = None,
) -> JobWorker:
    """A worker for `job` with the callbacks connected, not started yet (call its `start`). `on_end`
    runs first either way (close a progress dialog), then `on_done(result)` or `on_failed(message)`. A
    user's error (`CuratorError`) goes to `on_failed` if given, else to a message box; a bug or a
    broken connection always reaches the guard too (error dialog or reopen offer), `on_failed` still
    hearing of it so the caller can reset its state."""
    guard = active_guard()
    what = title.rstrip("…. ")
    worker = JobWorker(job)

    def finished(result: object) -> None:
        reporter = _valid(guard)
        if on_end is not None:
            reporter.call(what, on_end)
        reporter.call(
            QCoreApplication.translate("Workers", "{what} (showing the result)").format(what=what),
            on_done,
            result,
        )

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
    return worker


def start_job(
    job: JobFunction,
    *,
    title: str,
    on_done: Callable[[Any], object],
    on_failed: Callable[[str], object] | None = None,
    on_progress: Callable[[int, int], object] | None = None,
    on_end: Callable[[], object] | None = None,
) -> JobWorker:
    """`connect_job`, then start it: for a caller with nothing else to wire before the start."""
    worker = connect_job(
        job, title=title, on_done=on_done, on_failed=on_failed, on_progress=on_progress, on_end=on_end
    )
    worker.start()
    return worker


class RunningJobs:
    """The jobs a window started that have not reported back yet. Each stays referenced here until it
    has: a worker that Python collects while it runs takes its signals, and so its result, with it."""

    def __init__(self) -> None:
        self._workers: list[JobWorker] = []

    @property
    def running(self) -> tuple[JobWorker, ...]:
        return tuple(self._workers)

    def add(self, worker: JobWorker) -> None:
        self._workers.append(worker)

    def discard(self, worker: JobWorker) -> None:
        if worker in self._workers:
            self._workers.remove(worker)


def run_with_progress(
    parent: QWidget,
    title: str,
    job: JobFunction,
    on_done: Callable[[Any], object],
    on_failed: Callable[[str], object] | None = None,
    *,
    jobs: RunningJobs,
) -> JobWorker:
    """Run a core job off the GUI thread behind a progress dialog with a Cancel button; results and
    failures are handled behind the guard of `parent`'s window (see `connect_job`). The dialog, the
    Cancel button and `jobs` are wired before the job starts."""
    dialog = QProgressDialog(title, QCoreApplication.translate("Workers", "Cancel"), 0, 0, parent)
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
        dialog.deleteLater()
        jobs.discard(worker)

    worker = connect_job(
        job, title=title, on_done=on_done, on_failed=on_failed, on_progress=progressed, on_end=ended
    )
    dialog.canceled.connect(worker.cancel)
    jobs.add(worker)
    worker.start()
    return worker


def _valid(guard: Guard) -> Guard:
    """The window that started the job may have closed meanwhile."""
    from shiboken6 import Shiboken

    return guard if Shiboken.isValid(guard) else active_guard()
