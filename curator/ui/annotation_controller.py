"""What the annotator does to the open document, as undoable commands over core services.

The controller owns the project's undo stack and the open document's state; views listen to its
signals and never write to the database themselves.
"""

from __future__ import annotations

import bisect
from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from curator.core import queries, services
from curator.core.domain import (
    AnnotationError,
    DocumentRecord,
    DocumentStatus,
    EventRecord,
    EventTypeInfo,
    LabelInfo,
    RelationRecord,
    SpanChange,
    SpanRecord,
    SpanStatus,
    StaleWriteError,
    SuggestionStatus,
)
from curator.core.services import review, suggestions
from curator.core.services.changes import Change
from curator.core.services.layers import default_layers
from curator.core.services.spans import Removal
from curator.core.storage import Project
from curator.core.text.spans import snap_to_words
from curator.ui.change_command import ChangeCommand

SNIPPET_LENGTH = 40
SCHEMA_TABLES = frozenset({"labels", "event_roles", "relation_types", "attribute_definitions"})
ANNOTATION_TABLES = frozenset({"events", "event_arguments", "relations"})


def _reading_order(span: SpanRecord) -> tuple[int, int, int]:
    return span.start, span.end, span.id


def _shown(spans: list[SpanRecord]) -> list[SpanRecord]:
    """What the text and the Entities table show: a gold span adjudication rejected ("neither" kept so
    the disagreement stays settled) is no annotation, and must not look like one."""
    return [span for span in spans if span.status != SpanStatus.REJECTED]


def snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET_LENGTH else text[: SNIPPET_LENGTH - 1] + "…"


class AnnotationController(QObject):
    document_loaded = Signal(object)  # DocumentRecord
    changed = Signal(object)  # Change: every step, its undo and redo; every view refreshes from it
    spans_changed = Signal(object)  # SpanChange: the open document's spans, derived from `changed`
    labels_changed = Signal()
    annotations_reloaded = Signal(int)  # document id: spans, events and relations were reloaded
    layers_changed = Signal()  # which annotators' layers the open document shows
    message = Signal(str)
    link_candidates = Signal(object, object)  # SpanRecord, tuple[EntityRecord, ...]: a tag left unlinked

    def __init__(self, project: Project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.project = project
        self.document: DocumentRecord | None = None
        self.spans: list[SpanRecord] = []
        self.labels: list[LabelInfo] = []
        self.event_types: list[EventTypeInfo] = []
        self.relation_types: list[str] = []
        self.color_overrides: dict[str, str] = {}  # the user's preferred colours, over the project's
        self.events: list[EventRecord] = []
        self.relations: list[RelationRecord] = []
        self.shown_layers = self._first_layers()
        self.reload_labels()
        self.changed.connect(self._on_changed)

    # --- state ------------------------------------------------------------------------------------

    def set_project(self, project: Project) -> None:
        self.undo_stack.clear()
        self.project = project
        self.document = None
        self.spans = []
        self.events = []
        self.relations = []
        self.shown_layers = self._first_layers()
        self.reload_labels()
        self.layers_changed.emit()

    def _first_layers(self) -> frozenset[int]:
        return default_layers(self.project, review.current_role(self.project))

    def show_layers(self, layers: frozenset[int]) -> None:
        """Show these annotators' layers (the own one is always shown: it is the one being edited)."""
        layers = frozenset(layers) | {self.project.annotator_id}
        if layers == self.shown_layers:
            return
        self.shown_layers = layers
        self.layers_changed.emit()
        if self.document is not None:
            self._load_annotations(self.document.id)
            self.spans_changed.emit(SpanChange(self.document.id, reload=True))
            self.annotations_reloaded.emit(self.document.id)

    def is_own(self, span: SpanRecord) -> bool:
        """Whether the span is in the current annotator's layer (the others are shown read-only)."""
        return span.annotator_id in (None, self.project.annotator_id)

    def reload_labels(self) -> None:
        self.labels = [
            replace(label, color=self.color_overrides.get(label.name, label.color))
            for label in queries.list_labels(self.project)
        ]
        self.event_types = queries.list_event_types(self.project)
        self.relation_types = queries.list_relation_types(self.project)
        self.labels_changed.emit()

    @property
    def colors(self) -> dict[str, str]:
        """Colours of entity labels and event types (a trigger is a span typed with its event type)."""
        colors = {event_type.name: event_type.color for event_type in self.event_types}
        colors.update({label.name: label.color for label in self.labels})
        colors.update(self.color_overrides)
        return colors

    def open_document(self, document_id: int) -> None:
        if self.document is not None and self.document.id == document_id:
            return
        self.reload_document(document_id)

    def reload_document(self, document_id: int) -> None:
        """Read the document and its annotations again, e.g. after a write was refused as stale: what it
        shows is then what the next compare-and-set write compares on."""
        self.document = queries.get_document(self.project, document_id)
        self.project.versions.saw(document_id, self.document.version)
        self._load_annotations(document_id)
        self.document_loaded.emit(self.document)

    def _load_annotations(self, document_id: int) -> None:
        layers = self.shown_layers
        self.spans = _shown(queries.list_spans(self.project, document_id, layers))
        self.events = queries.list_events(self.project, document_id, layers)
        self.relations = queries.list_relations(self.project, document_id, layers)

    def reload_annotations(self, document_id: int) -> None:
        """After an event or relation action: reload the document's annotations, not its text."""
        if self.document is None or self.document.id != document_id:
            self.open_document(document_id)
        else:
            self._load_annotations(document_id)
        self.annotations_reloaded.emit(document_id)

    def span(self, span_id: int) -> SpanRecord | None:
        return next((s for s in self.spans if s.id == span_id), None)

    def spans_at(self, offset: int) -> list[SpanRecord]:
        """Spans under a cursor position, innermost first, the own layer's before the others'."""
        hits = [s for s in self.spans if s.start <= offset < s.end or (s.start < offset == s.end)]
        return sorted(hits, key=lambda s: (not self.is_own(s), s.end - s.start))

    def locked(self) -> bool:
        """An approved document is read-only until reopened: refuse an edit with a message instead.

        The status is read afresh: another window or the command line may have approved it meanwhile.
        A project the health check found damaged is read-only as a whole (Project → Health)."""
        if self.project.read_only_reason is not None:
            self.message.emit(
                self.tr("Not changed: the project is read-only, {reason}.").format(
                    reason=self.project.read_only_reason
                )
            )
            return True
        document = self.document
        summary = queries.get_document_summary(self.project, document.id) if document is not None else None
        if document is None or summary is None or summary.status != DocumentStatus.APPROVED:
            return False
        self.message.emit(
            self.tr(
                "Not changed: document {id} is approved and read-only; Review → Reopen (Ctrl+Alt+O)."
            ).format(id=document.id)
        )
        return True

    # --- actions ----------------------------------------------------------------------------------

    def tag_bounds(self, start: int, end: int, *, exact: bool) -> tuple[int, int] | None:
        """What a label key would tag: the selection as it is (`exact`), or snapped to words."""
        if self.document is None:
            return None
        if exact:
            return (min(start, end), max(start, end)) if start != end else None
        return snap_to_words(self.document.text, start, end)

    def tag(self, label: str, start: int, end: int, *, exact: bool) -> SpanRecord | None:
        """Tag a selection. Unless `exact`, the selection snaps to words and drops an apostrophe suffix.

        The core decides what becomes of suggestions under the new tag (accepted or corrected), from the
        database: one stored since this window read them is decided too."""
        document = self.document
        if document is None:
            self.message.emit(self.tr("Open a document first."))
            return None
        if self.locked():
            return None
        bounds = self.tag_bounds(start, end, exact=exact)
        if bounds is None:
            self.message.emit(
                self.tr("Select some text (or put the cursor on a word) before pressing a label key.")
            )
            return None
        try:
            tagged = suggestions.tag(self.project, document.id, bounds[0], bounds[1], label)
        except AnnotationError as error:
            self.message.emit(self.tr("Not tagged: {error}.").format(error=error))
            return None
        text = snippet(document.text[bounds[0] : bounds[1]])
        self.push(self.tr("Tag “{text}” as {label}").format(text=text, label=label), tagged.change)
        corrected = tagged.decisions(SuggestionStatus.CORRECTED)
        note = ""
        if corrected:
            note = (
                self.tr(" (%n suggestion corrected)", "", corrected)
                if corrected == 1
                else self.tr(" (%n suggestions corrected)", "", corrected)
            )
        span = self.span(tagged.span_ids[0]) if tagged.span_ids else None
        linked, candidates = tagged.link.linked, tagged.link.candidates
        if linked is not None:
            note += self.tr(", linked to {name}").format(name=linked.name)
        elif candidates and span is not None:
            names = ", ".join(entity.name for entity in candidates)
            note += self.tr(
                "; not linked: {count} canonical entities match ({names}), Ctrl+L to choose"
            ).format(count=len(candidates), names=names)
            self.link_candidates.emit(span, candidates)
        self.message.emit(
            self.tr("Tagged “{text}” as {label}{notes} — saved.").format(text=text, label=label, notes=note)
        )
        return span

    def delete_spans(self, span_ids: list[int]) -> None:
        if self.locked():
            return
        if not span_ids:
            self.message.emit(self.tr("No span selected to delete."))
            return
        try:
            removal = services.delete_spans(self.project, span_ids)
        except AnnotationError as error:
            self.message.emit(self.tr("Not deleted: {error}.").format(error=error))
            return
        if removal.spans:
            count = len(removal.spans)
            self.push(
                self.tr("Delete {label} span").format(label=removal.spans[0].label)
                if count == 1
                else self.tr("Delete %n spans", "", count),
                removal.change,
            )
            self.message.emit(self._deleted_message(removal))

    def _deleted_message(self, removal: Removal) -> str:
        """What a deletion took with it, counted: "Deleted 1 span with 1 event and 2 arguments"."""
        n = len(removal.spans)
        spans = self.tr("%n span", "", n) if n == 1 else self.tr("%n spans", "", n)
        also = []
        if n := removal.events_removed:
            also.append(self.tr("%n event", "", n) if n == 1 else self.tr("%n events", "", n))
        if n := removal.arguments_removed:
            also.append(self.tr("%n argument", "", n) if n == 1 else self.tr("%n arguments", "", n))
        if n := removal.relations_removed:
            also.append(self.tr("%n relation", "", n) if n == 1 else self.tr("%n relations", "", n))
        if not also:
            return self.tr("Deleted {spans} — saved (Ctrl+Z undoes).").format(spans=spans)
        others = also[0]
        for more in also[1:]:
            others = self.tr("{first} and {second}").format(first=others, second=more)
        return self.tr("Deleted {spans} with {others} — saved (Ctrl+Z undoes).").format(
            spans=spans, others=others
        )

    def relabel(self, span: SpanRecord, label: str) -> bool:
        if self.locked():
            return False
        try:
            relabelled = services.relabel_span(self.project, span.id, label, expected=span)
        except AnnotationError as error:
            self.message.emit(self.tr("Not relabelled: {error}.").format(error=error))
            return False
        except StaleWriteError as error:
            self.message.emit(self.tr("Not relabelled: {error}.").format(error=error))
            self.reload_document(span.document_id)
            return False
        before, after = relabelled
        if before == after:
            return False
        self.push(
            self.tr("Relabel {before} → {after}").format(before=before.label, after=after.label),
            relabelled.change,
        )
        self.message.emit(
            self.tr("Relabelled {before} → {after} — saved.").format(before=before.label, after=label)
        )
        return True

    # --- changes --------------------------------------------------------------------------------

    def push(self, text: str, change: Change) -> None:
        """Put an action's change on the undo stack; its first redo announces it to every view."""
        if change:
            self.undo_stack.push(ChangeCommand(text, change, self.project, self))

    def notify(self, change: Change) -> None:
        self.changed.emit(change)

    def say(self, message: str) -> None:
        self.message.emit(message)

    def _shown_in_events(self, span_ids: set[int]) -> bool:
        """Whether an event or relation of the open document shows one of these spans."""
        for event in self.events:
            if event.trigger_span_id in span_ids or any(a.span_id in span_ids for a in event.arguments):
                return True
        return any({r.head_span_id, r.child_span_id} & span_ids for r in self.relations)

    def _on_changed(self, change: Change) -> None:
        """Bring the open document up to date with a step, its undo or its redo.

        An undo of an edit in another document opens that document, like an editor does."""
        if change.tables & SCHEMA_TABLES:
            self.reload_labels()
            if self.document is not None and not change.documents:  # a rename or colour: its spans show it
                self.reload_annotations(self.document.id)
        if change.kind == "reload":
            for document_id in sorted(change.documents):
                if self.document is not None and self.document.id == document_id:
                    self.reload_document(document_id)
                    self.spans_changed.emit(SpanChange(document_id, reload=True))
            return
        if not change.documents:
            return
        if self.document is None or self.document.id not in change.documents:
            if len(change.documents) == 1:  # a corpus-wide step leaves the user where they are
                self.open_document(min(change.documents))
                self.spans_changed.emit(SpanChange(min(change.documents), reload=True))
            return
        document_id = self.document.id
        if "documents" in change.tables and change.updates("documents"):
            self.reload_document(document_id)  # its text or fields changed
            self.spans_changed.emit(SpanChange(document_id, reload=True))
            return
        # Only the spans the step touched are read again (the open document may hold 10,000).
        touched = {int(i) for table in ("added", "removed", "updated") for i in change.ids("spans", table)}
        shown = queries.get_spans(self.project, sorted(touched), self.shown_layers)
        now = _shown([s for s in shown if s.document_id == document_id])
        spans = [s for s in self.spans if s.id not in touched] if touched else self.spans
        for span in now:  # the list stays in reading order: insert, never re-sort 10,000 spans
            bisect.insort(spans, span, key=_reading_order)
        self.spans = spans
        # Deleting a span can take events and relations with it, and undo brings them back; an event
        # shows its trigger's label and its arguments' text.
        if change.tables & ANNOTATION_TABLES or self._shown_in_events(touched):
            self.events = queries.list_events(self.project, document_id, self.shown_layers)
            self.relations = queries.list_relations(self.project, document_id, self.shown_layers)
        self.spans_changed.emit(SpanChange(document_id, added=tuple(now), removed=tuple(touched)))
        if change.tables - {"spans", "documents"}:
            self.annotations_reloaded.emit(document_id)
