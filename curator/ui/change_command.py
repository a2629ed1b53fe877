"""The one undo command: a core `Change` on Qt's undo stack.

Every action runs its service call first (so an error reaches the user before anything lands on the
stack) and pushes `ChangeCommand(text, change, project, sink)`; the first `redo()` only announces the
change. Later redos and undos replay it with `changes.apply` / `changes.revert`, which refuse to act over
someone else's later change (StaleWriteError, nothing written). A refused or failed step is reported,
marked obsolete so the stack drops it, and the documents it touched are reloaded.

Every step ends in `sink.changed(change)`: the one notification every view refreshes from (like Anki's
`OpChanges`). Undo and redo also say in the status bar what they undid or redid.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from shiboken6 import Shiboken

from curator.core.domain import StaleWriteError
from curator.core.services.changes import Change, apply, revert
from curator.core.storage import Project
from curator.ui.guard import Guard, active_guard

Replay = Callable[[Project, Change, Mapping[int, int]], dict[int, int]]


class ChangeSink(Protocol):
    """Where a step's change goes: the controller, whose `changed` signal every view listens to."""

    def notify(self, change: Change) -> None: ...

    def say(self, message: str) -> None: ...


def reload_of(change: Change) -> Change:
    """What views get after a refused step: nothing changed here, but the documents must be read again."""
    return Change("reload", change.text, documents=change.documents)


class ChangeCommand(QUndoCommand):
    def __init__(self, text: str, change: Change, project: Project, sink: ChangeSink) -> None:
        super().__init__(text or change.text)
        self.change = change.with_text(self.text())
        self._project = project
        self._sink = sink
        self._shows_only = True
        self._reporting_guard = active_guard()  # commands are made inside an action: that window's guard
        # The versions the action's own write left (recorded in its transaction, so also for a background
        # job's step): undo may run only while the documents are still there.
        self._left: dict[int, int] = dict(change.versions)

    def redo(self) -> None:
        if self._shows_only:
            self._shows_only = False
            self._show(self.change)
            return
        self._step(
            apply,
            QCoreApplication.translate("ChangeCommand", "Redoing “{step}”"),
            QCoreApplication.translate("ChangeCommand", "Redone: {step} — saved."),
        )

    def undo(self) -> None:
        self._step(
            revert,
            QCoreApplication.translate("ChangeCommand", "Undoing “{step}”"),
            QCoreApplication.translate("ChangeCommand", "Undone: {step} — saved."),
        )

    def _reporter(self) -> Guard:
        return self._reporting_guard if Shiboken.isValid(self._reporting_guard) else active_guard()

    def _step(self, replay: Replay, doing: str, done: str) -> None:
        """`doing` names the step for an error report, `done` says it is done; both have a {step}."""
        try:
            self._left = replay(self._project, self.change, self._left)
        except Exception as error:  # reported, and the step dropped from the stack
            self.setObsolete(True)
            if isinstance(error, StaleWriteError):
                self._show(reload_of(self.change))
            self._reporter().report(error, doing.format(step=self.text()), must_see=True)
            return
        self._show(self.change)
        self._sink.say(done.format(step=self.text()))

    def _show(self, change: Change) -> None:
        try:
            self._sink.notify(change)
        except Exception as error:  # the step is in the database; only the view is behind
            self._reporter().report(
                error,
                QCoreApplication.translate("ChangeCommand", "Showing “{step}”").format(step=self.text()),
            )
