"""Generic undo commands for actions whose undo is a delete and whose redo is a restore, or the reverse.

Events, arguments and relations are created and removed through core services that return row
snapshots (curator.core.services.snapshots): undoing a creation deletes the rows and keeps their
snapshot; redoing puts exactly those rows back, ids included. The views reload the document after
each step, since an event action can touch spans, events and relations at once.

A command given its `project` replays undo and redo only if nobody else changed the document since
(`LeftVersions`): otherwise StaleWriteError, nothing written, the step dropped (`setObsolete`), the
annotations reloaded, and the error passed on to the window's guard.
"""

from __future__ import annotations

from collections.abc import Callable

from curator.core import services
from curator.core.services import RowSnapshot
from curator.core.storage import Project
from curator.ui.guard import GuardedCommand

DocumentChanged = Callable[[int], None]


class _AppliedCommand(GuardedCommand):
    """A command pushed after its action already ran: the first redo() only reports the change."""

    def __init__(
        self, document_id: int, text: str, changed: DocumentChanged, project: Project | None = None
    ) -> None:
        super().__init__(text, project)
        self._document_id = document_id
        self._changed = changed

    def _show(self, _result: object) -> None:
        self._changed(self._document_id)

    def _refused(self) -> None:
        self._changed(self._document_id)


class AddedRowsCommand(_AppliedCommand):
    """Something was created; `remove()` deletes it again and returns what it removed."""

    def __init__(
        self, project: Project, document_id: int, text: str, remove: Callable[[], RowSnapshot],
        changed: DocumentChanged, *, status_before: str | None = None,
    ) -> None:  # fmt: skip
        super().__init__(document_id, text, changed, project)
        self._project = project
        self._remove = remove
        self._snapshot: RowSnapshot | None = None
        # A document's first annotation moves it out of "new"; undo puts it back.
        self._status_before = status_before if status_before == "new" else None

    def _apply(self) -> None:
        assert self._snapshot is not None
        status_after = {self._document_id: "in_progress"} if self._status_before else None
        services.restore(self._project, self._snapshot, restore_status=status_after)

    def _revert(self) -> None:
        self._snapshot = self._remove()
        if self._status_before:
            services.set_document_status(self._project, self._document_id, self._status_before)


class RemovedRowsCommand(_AppliedCommand):
    """Something was deleted (its rows are in `snapshot`); `remove()` deletes it again on redo."""

    def __init__(
        self, project: Project, document_id: int, text: str, snapshot: RowSnapshot,
        remove: Callable[[], RowSnapshot], changed: DocumentChanged,
    ) -> None:  # fmt: skip
        super().__init__(document_id, text, changed, project)
        self._project = project
        self._snapshot = snapshot
        self._remove = remove

    def _apply(self) -> None:
        self._snapshot = self._remove()

    def _revert(self) -> None:
        services.restore(self._project, self._snapshot)


class CallbackCommand(_AppliedCommand):
    """An edit whose undo and redo are two service calls (an event's realis or date, entity links);
    given the `project` whose write it follows, its undo and redo refuse to act over a later edit."""

    def __init__(
        self, document_id: int, text: str, apply: Callable[[], object], revert: Callable[[], object],
        changed: DocumentChanged, *, project: Project | None = None,
    ) -> None:  # fmt: skip
        super().__init__(document_id, text, changed, project)
        self._apply_call = apply
        self._revert_call = revert

    def _apply(self) -> None:
        self._apply_call()

    def _revert(self) -> None:
        self._revert_call()
