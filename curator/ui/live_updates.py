"""Live updates between windows on one project file: another window's, process's or the command line's
commits show up here within about a second, without the user pressing anything.

A timer polls `Project.data_version()` (one PRAGMA on the keeper connection, microseconds). It moves on
every commit, our own included, so when it moved we ask the core which of the documents this window
shows now have another version (`queries.changes_since`: primary-key lookups of the loaded list rows and
the open document, plus the table's count). A version this project's own last write left is not news.
Everything runs behind the window's guard, and never while one of its actions is running.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from curator.core.queries import changes_since
from curator.ui import guard as guard_module

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow

POLL_MS = 1000


class LiveUpdates(QObject):
    """Polls the project file for other writers' commits and refreshes what the window shows."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.project_changed()
        self.timer.start()

    def project_changed(self) -> None:
        """Start over on the window's (new) project: what it shows now is what it last looked at."""
        project = self._window.project
        self._data_version = project.data_version()
        self._seen: dict[int, int] = {}  # list row id -> version the row shows
        self._state = changes_since.table_state(project)

    def stop(self) -> None:
        """The window closes its project: no tick may touch it afterwards."""
        self.timer.stop()

    def poll(self) -> None:
        """One tick: nothing unless the file changed and no action of this window is running."""
        if self._window.project.closed:
            self.stop()
            return
        if guard_module._running:  # a write of this window (or its nested event loop) is in progress
            return
        self._window.guard.call("Checking for other windows' changes", self._poll)

    def _own(self, document_id: int, version: int) -> bool:
        return self._window.project.versions.last_left(document_id) == version

    def _poll(self) -> None:
        project = self._window.project
        version = project.data_version()
        if version == self._data_version:
            return
        self._data_version = version
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
            when = f" at {last.changed_at:%H:%M}" if last.changed_at else ""
            who = last.changed_by or "someone"
            self._window.message(f"Updated: {who} changed “{last.title}”{when}")

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
