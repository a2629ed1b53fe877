"""Live updates: another window's, process's, the command line's or (on a server) another person's
commits show up here without the user pressing anything, and so does who has which document open.

On a project file a timer polls `Project.data_version()` every second (one PRAGMA on the keeper
connection, microseconds). It moves on every commit, our own included, so when it moved we ask the core
which of the documents this window shows now have another version (`queries.changes_since`: primary-key
lookups of the loaded list rows and the open document, plus the table's count). A version this
project's own last write left is not news. On a server a thread LISTENs for the notices every committed
action sends (`storage.notifications`) and wakes the same check at once; the timer stays, slower, as
the safety net for a notice missed while the connection was down (the window says when it is).
Everything runs behind the window's guard, and never while one of its actions is running.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from curator.core.queries import changes_since
from curator.core.storage import Project
from curator.core.storage.notifications import Listener, Notice
from curator.ui import guard as guard_module
from curator.ui.presence_keeper import PresenceKeeper

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow

POLL_MS = 1000
SERVER_POLL_MS = 5000  # notices wake it at once; the poll only catches what a lost connection missed
LISTEN_TIMEOUT_S = 1.0  # how soon the listening thread notices that the window closed
RECONNECT_S = 5.0


def _first_line(error: Exception) -> str:
    words = str(error).strip()
    return words.splitlines()[0] if words else repr(error)


class ServerNotices(QObject):
    """A thread that LISTENs on the server and hands each batch of notices to the GUI thread."""

    noticed = Signal(object)  # list[Notice]
    lost = Signal(str)  # the listening connection broke: the reason
    back = Signal()  # it connected again

    def __init__(self, project: Project) -> None:
        super().__init__()
        self._project = project
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=self._run, name="curator-notices", daemon=True)

    def start(self) -> None:
        """Listen from now on; called once the signals are connected, so no notice goes unheard."""
        self._thread.start()

    def _run(self) -> None:
        broken = False
        while not self._stopped.is_set():
            try:
                listener = Listener(self._project.engine.raw_connection())
            except Exception as error:  # the server is down or unreachable: say so, try again later
                if not broken:
                    broken = True
                    self.lost.emit(_first_line(error))
                self._stopped.wait(RECONNECT_S)
                continue
            if broken:
                broken = False
                self.back.emit()
            try:
                while not self._stopped.is_set():
                    notices = listener.wait(LISTEN_TIMEOUT_S)
                    if notices:
                        self.noticed.emit(notices)
            except Exception as error:  # the connection dropped mid-session
                broken = True
                self.lost.emit(_first_line(error))
            finally:
                try:
                    listener.close()
                except Exception:  # closing a connection that is already gone
                    pass

    def stop(self) -> None:
        self._stopped.set()
        self._thread.join(LISTEN_TIMEOUT_S * 3)


class LiveUpdates(QObject):
    """Polls the project file for other writers' commits and refreshes what the window shows.

    `committed` tells the window's other views (the corpus events, say) that the project moved, so
    each checks its own cheap fingerprint instead of polling the file itself.
    """

    committed = Signal()

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._notices: ServerNotices | None = None
        self.presence = PresenceKeeper(window)
        self.presence.heartbeat.timeout.connect(self.refresh_presence)  # stale rows fade out too
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self.project_changed()
        self.timer.start()

    def project_changed(self) -> None:
        """Start over on the window's (new) project: what it shows now is what it last looked at."""
        project = self._window.project
        self._data_version = project.data_version()
        self._seen: dict[int, int] = {}  # list row id -> version the row shows
        self._state = changes_since.table_state(project)
        self._stop_notices()
        self.timer.setInterval(SERVER_POLL_MS if project.is_server else POLL_MS)
        if project.is_server:
            notices = ServerNotices(project)
            notices.noticed.connect(self._noticed)
            notices.lost.connect(self._lost)
            notices.back.connect(self._back)
            notices.start()
            self._notices = notices
        self.presence.project_changed()
        self.refresh_presence()

    def leave(self, project: Project) -> None:
        """Before the window closes `project` or opens another one: others stop seeing it there."""
        self._stop_notices()
        self.presence.leave(project)

    def stop(self) -> None:
        """The window closes its project: no tick may touch it afterwards."""
        self.timer.stop()
        self._stop_notices()
        self.presence.stop()

    def _stop_notices(self) -> None:
        if self._notices is not None:
            self._notices.stop()
            self._notices = None

    def _noticed(self, notices: list[Notice]) -> None:
        if any(notice.kind != "presence" for notice in notices):
            self.poll()
        else:
            self.refresh_presence()

    def _lost(self, reason: str) -> None:
        self._window.message(
            self.tr(
                "Lost the connection to {server} ({reason}); retrying — your saved work is on the server, "
                "and what you see stays"
            ).format(server=self._window.project.label, reason=reason)
        )

    def _back(self) -> None:
        self._window.message(self.tr("Connected to {server} again").format(server=self._window.project.label))
        self.poll()

    def refresh_presence(self) -> None:
        """Show in the documents list who else has which document open."""
        if not self._window.project.closed:
            self._window.guard.call(self.tr("Reading who has which document open"), self._show_presence)

    def _show_presence(self) -> None:
        self._window.documents.model.set_presence(self.presence.others())

    def poll(self) -> None:
        """One tick: nothing unless the file changed and no action of this window is running."""
        if self._window.project.closed:
            self.stop()
            return
        if guard_module._running:  # a write of this window (or its nested event loop) is in progress
            return
        self._window.guard.call(self.tr("Checking for other windows' changes"), self._poll)

    def _own(self, document_id: int, version: int) -> bool:
        return self._window.project.versions.last_left(document_id) == version

    def _poll(self) -> None:
        project = self._window.project
        version = project.data_version()
        if version == self._data_version:
            return
        self._data_version = version
        self._show_presence()
        self.committed.emit()
        model = self._window.documents.model
        rows = [model.document_id(row) for row in range(model.rowCount())]
        shown = {i for i in rows if i is not None}
        document = self._window.controller.document
        if document is not None:
            shown.add(document.id)
        current = changes_since.document_versions(project, shown)
        news = []
        for document_id, change in current.items():
            if document is not None and document_id == document.id:
                # Stale (0) when someone else wrote in between, even if our own write came last.
                if project.versions.known(document_id) != change.version:
                    news.append(change)
            else:
                before = self._seen.get(document_id)
                if before not in (None, change.version) and not self._own(document_id, change.version):
                    news.append(change)
            self._seen[document_id] = change.version
        state = changes_since.table_state(project)
        if state != self._state:
            self._state = state
            self._reload_list()
        for change in news:
            if document is not None and change.id == document.id:
                self._reload_open(change)
            else:
                model.refresh_document(change.id)
        if news:
            last = news[-1]
            who = last.changed_by or self.tr("someone")
            if last.changed_at:
                text = self.tr("Updated: {who} changed “{title}” at {time}")
            else:
                text = self.tr("Updated: {who} changed “{title}”")
            time = f"{last.changed_at:%H:%M}" if last.changed_at else ""
            self._window.message(text.format(who=who, title=last.title, time=time))

    def _reload_list(self) -> None:
        """Reload the documents list keeping the selected document and the scroll position."""
        panel = self._window.documents
        bar = panel.table.verticalScrollBar()
        position = bar.value()
        document = self._window.controller.document
        # The selection is put back with the table's signals blocked: selecting a row opens its document,
        # and reopening the one already open would reset its undo stack and the status bar.
        selection = panel.table.selectionModel()
        selection.blockSignals(True)
        try:
            panel.model.reload()
            if document is not None:
                panel.select_document(document.id)
        finally:
            selection.blockSignals(False)
        bar.setValue(position)

    def _reload_open(self, change: changes_since.DocumentChange) -> None:
        """Re-read the open document's spans and events; the text stays, so its scroll and cursor do."""
        controller = self._window.controller
        project = self._window.project
        controller.reload_annotations(change.id)
        project.versions.saw(change.id, change.version)
