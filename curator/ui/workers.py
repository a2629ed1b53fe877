"""Background jobs: a core function runs on the thread pool; results come back as queued signals.

Core jobs take `progress(done, total)` and `is_cancelled()` callbacks and never touch widgets, so the
window stays responsive and a cancel button can stop them between files or batches.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from curator.core.domain import CuratorError

JobFunction = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class JobSignals(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


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
            result = self._job(self.signals.progressed.emit, self.is_cancelled)
        except CuratorError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # a bug must reach the user, not vanish with the thread
            self.signals.failed.emit(f"{type(error).__name__}: {error}\n\n{traceback.format_exc()}")
        else:
            self.signals.finished.emit(result)


def start_job(job: JobFunction) -> JobWorker:
    worker = JobWorker(job)
    QThreadPool.globalInstance().start(worker)
    return worker
