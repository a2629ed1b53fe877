"""The window's side of presence: it tells the project which document it shows (on opening one, then a
heartbeat), shows in the documents list who else has a document open, and leaves when it closes.

The writes run on a thread of their own: on a project file another program may hold the write lock
for seconds, and a heartbeat must never freeze the window. A heartbeat that finds the file busy is
simply the next one's job; any other failure is said once in the status bar (presence is not the
user's work, so nothing is lost, but nothing is hidden either).
"""

from __future__ import annotations

import uuid
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from curator.core.domain import CuratorError, DocumentRecord, ProjectBusyError
from curator.core.services import presence
from curator.core.storage import Project, ProjectReadOnlyError

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow

LEAVE_WAIT_S = 2.0


class PresenceKeeper(QObject):
    failed = Signal(str)  # from the writer thread: shown in the status bar, once per message

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="curator-presence")
        self._said: set[str] = set()
        self._client = uuid.uuid4().hex
        self._document: int | None = None
        self._stopped = False
        self.failed.connect(self._say)
        self.heartbeat = QTimer(self)
        self.heartbeat.setInterval(int(presence.HEARTBEAT.total_seconds() * 1000))
        self.heartbeat.timeout.connect(self._beat)
        self.heartbeat.start()
        window.controller.document_loaded.connect(self._opened)
        self._send(window.project, None)

    def _opened(self, document: DocumentRecord) -> None:
        if document.id != self._document:
            self._document = document.id
            self._send(self._window.project, document.id)

    def _beat(self) -> None:
        self._send(self._window.project, self._document)

    def _send(self, project: Project, document_id: int | None) -> None:
        if self._stopped or project.closed or project.read_only_reason is not None:
            return
        future = self._writer.submit(presence.here, project, self._client, document_id)
        future.add_done_callback(self._done)

    def _done(self, future: Future[None]) -> None:
        error = future.exception()
        if error is None or isinstance(error, ProjectBusyError | ProjectReadOnlyError):
            return
        reason = str(error) if isinstance(error, CuratorError) else type(error).__name__
        self.failed.emit(
            self.tr("Others may not see which document you have open: {reason}").format(reason=reason)
        )

    def _say(self, message: str) -> None:
        if message not in self._said:
            self._said.add(message)
            self._window.message(message)

    def others(self) -> dict[int, list[str]]:
        """Who else has which document open (read on the GUI thread: one small table)."""
        return presence.open_elsewhere(self._window.project, self._client)

    def leave(self, project: Project) -> None:
        """The window leaves `project` (closed, or another one opened): its row goes, waited for briefly."""
        if self._stopped or project.closed or project.read_only_reason is not None:
            return
        future = self._writer.submit(presence.leave, project, self._client)
        try:
            future.result(timeout=LEAVE_WAIT_S)
        except (CuratorError, TimeoutError):
            pass  # a busy or broken project: its row fades after presence.STALE_AFTER
        self._client = uuid.uuid4().hex  # a new project is a new window as far as presence goes
        self._document = None

    def project_changed(self) -> None:
        self._send(self._window.project, None)

    def stop(self) -> None:
        self._stopped = True
        self.heartbeat.stop()
        self._writer.shutdown(wait=False)
