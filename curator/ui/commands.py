"""Undo commands over core service calls.

Each command is created after its service call has succeeded (so errors reach the user before anything
lands on the undo stack); its first redo() therefore only reports the change. Commands hold plain
records, ids and row snapshots, never ORM objects; a delete is undone by restoring the captured rows
with their ids (events, arguments and relations that went with a span included), so undo is exact.
Every redo and undo reports a `SpanChange`, so the views repaint only what changed.

Undo and redo run only if nobody else changed the document since the command's last run (`LeftVersions`,
in GuardedCommand); otherwise the core raises StaleWriteError, nothing is written, the step is dropped
from the stack and the document reloaded, and the guard shows the refusal.
"""

from __future__ import annotations

from collections.abc import Callable

from curator.core import services
from curator.core.domain import SpanChange, SpanRecord
from curator.core.storage import Project
from curator.ui.guard import GuardedCommand

ChangedCallback = Callable[[SpanChange], None]


class _ServiceCommand(GuardedCommand):
    def __init__(
        self, project: Project, changed: ChangedCallback, text: str, first_change: SpanChange
    ) -> None:
        super().__init__(text, project)
        self._project = project
        self._changed = changed
        self._first_change = first_change

    def _first_result(self) -> SpanChange:
        return self._first_change

    def _show(self, result: SpanChange) -> None:
        self._changed(result)

    def _refused(self) -> None:
        self._changed(SpanChange(self._first_change.document_id, reload=True))


class AddSpanCommand(_ServiceCommand):
    def __init__(
        self, project: Project, added: services.AddedSpan, snippet: str, changed: ChangedCallback
    ) -> None:
        span = added.span
        super().__init__(
            project, changed, f"Tag “{snippet}” as {span.label}", SpanChange(span.document_id, added=(span,))
        )
        self._span = span
        self._status_before = (
            {span.document_id: added.previous_status} if added.previous_status == "new" else None
        )
        self._removal: services.Removal | None = None

    def _apply(self) -> SpanChange:
        assert self._removal is not None
        status = {self._span.document_id: "in_progress"} if self._status_before else None
        services.restore(self._project, self._removal.snapshot, restore_status=status)
        return SpanChange(self._span.document_id, added=(self._span,))

    def _revert(self) -> SpanChange:
        self._removal = services.delete_spans(
            self._project, [self._span.id], restore_status=self._status_before
        )
        return SpanChange(self._span.document_id, removed=(self._span.id,))


class DeleteSpansCommand(_ServiceCommand):
    def __init__(self, project: Project, removal: services.Removal, changed: ChangedCallback) -> None:
        spans = removal.spans
        text = f"Delete {spans[0].label} span" if len(spans) == 1 else f"Delete {len(spans)} spans"
        super().__init__(
            project, changed, text, SpanChange(spans[0].document_id, removed=tuple(s.id for s in spans))
        )
        self._removal = removal

    def _apply(self) -> SpanChange:
        spans = self._removal.spans
        self._removal = services.delete_spans(self._project, [span.id for span in spans])
        return SpanChange(spans[0].document_id, removed=tuple(s.id for s in spans))

    def _revert(self) -> SpanChange:
        services.restore(self._project, self._removal.snapshot)
        spans = self._removal.spans
        return SpanChange(spans[0].document_id, added=spans)


class RelabelSpanCommand(_ServiceCommand):
    def __init__(
        self, project: Project, before: SpanRecord, after: SpanRecord, changed: ChangedCallback
    ) -> None:
        change = SpanChange(after.document_id, removed=(before.id,), added=(after,))
        super().__init__(project, changed, f"Relabel {before.label} → {after.label}", change)
        self._before = before
        self._after = after

    def _apply(self) -> SpanChange:
        return self._set(self._after, self._before)

    def _revert(self) -> SpanChange:
        return self._set(self._before, self._after)

    def _set(self, target: SpanRecord, current: SpanRecord) -> SpanChange:
        services.relabel_span(
            self._project, target.id, target.label, updated_at=target.updated_at, expected=current
        )
        return SpanChange(target.document_id, removed=(current.id,), added=(target,))
