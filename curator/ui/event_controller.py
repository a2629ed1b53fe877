"""Event and relation actions on the open document, as undoable steps over core services.

Each action pushes its service's `Change` through the annotation controller (`push`), so one Ctrl+Z
undoes the last action whatever it was (a tag, an event, an argument, a relation), and every view
refreshes from the controller's one `changed` signal.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from curator.core import services
from curator.core.dates.events import date_from_text
from curator.core.domain import AnnotationError, EventRecord, SpanRecord, StaleWriteError
from curator.core.services.changes import Change
from curator.core.text.spans import snap_to_words
from curator.ui.annotation_controller import AnnotationController, snippet
from curator.ui.span_tags import ROLE_COLOUR
from curator.ui.text_view import Outline


class EventController(QObject):
    current_event_changed = Signal(object)  # EventRecord | None

    def __init__(self, annotations: AnnotationController, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.annotations = annotations
        self.current_event_id: int | None = None
        annotations.annotations_reloaded.connect(self._refresh_current)
        annotations.spans_changed.connect(lambda _change: self._refresh_current())
        annotations.document_loaded.connect(lambda _document: self.select_event(None))

    @property
    def current_event(self) -> EventRecord | None:
        return next((e for e in self.annotations.events if e.id == self.current_event_id), None)

    def outlines(self, event: EventRecord) -> list[Outline]:
        """What the text outlines for a selected event: its trigger in the event type's colour, and each
        argument span boxed with its role (the text view names it in a tag after the span's label)."""
        colors = self.annotations.colors
        found: list[Outline] = [(event.trigger_start, event.trigger_end, colors.get(event.type, "#c1121f"))]
        for argument in event.arguments:
            span = self.annotations.span(argument.span_id) if argument.span_id is not None else None
            if span is not None:
                found.append((span.start, span.end, ROLE_COLOUR, argument.role))
        return found

    def select_event(self, event_id: int | None) -> None:
        self.current_event_id = event_id
        self.current_event_changed.emit(self.current_event)

    def _refresh_current(self, _document_id: int | None = None) -> None:
        if self.current_event_id is not None and self.current_event is None:
            self.current_event_id = None
        self.current_event_changed.emit(self.current_event)

    def _message(self, text: str) -> None:
        self.annotations.message.emit(text)

    # --- events -----------------------------------------------------------------------------------

    def create_event(self, event_type: str, start: int, end: int, *, exact: bool) -> EventRecord | None:
        """Make the selection (snapped like a tag) the trigger of a new event and select that event."""
        controller = self.annotations
        document = controller.document
        if document is None:
            self._message(self.tr("Open a document first."))
            return None
        if controller.locked():
            return None
        bounds = (min(start, end), max(start, end)) if exact and start != end else None
        if not exact:
            bounds = snap_to_words(document.text, start, end)
        if bounds is None:
            self._message(
                self.tr("Select the trigger word (or put the cursor on it) before pressing an event key.")
            )
            return None
        project = controller.project
        existing = next(
            (s for s in controller.spans if (s.start, s.end, s.label) == (*bounds, event_type)), None
        )
        if existing is not None:
            same = next((e for e in controller.events if e.trigger_span_id == existing.id), None)
            if same is not None:  # pressing the key again on a trigger selects its event, not a twin
                self.select_event(same.id)
                self._message(
                    self.tr(
                        "That {type} event exists already; it is selected (Ctrl+R adds arguments)."
                    ).format(type=event_type)
                )
                return None
        try:
            if existing is not None:
                created = services.create_event(project, document.id, event_type, trigger_span_id=existing.id)
            else:
                created = services.create_event(project, document.id, event_type, trigger=bounds)
        except AnnotationError as error:
            self._message(self.tr("No event created: {error}.").format(error=error))
            return None
        event_id = created.event.id
        controller.push(
            self.tr("Create {type} event on “{text}”").format(
                type=event_type, text=snippet(document.text[slice(*bounds)])
            ),
            created.change,
        )
        self.select_event(event_id)
        self._message(
            self.tr("{type} event created — saved. Add its arguments with Ctrl+R.").format(type=event_type)
        )
        return created.event

    def add_argument(self, role: str, *, span: SpanRecord | None = None, event_id: int | None = None) -> bool:
        if self.annotations.locked():
            return False
        event = self.current_event
        if event is None:
            self._message(self.tr("Select an event first (in the events panel, or create one)."))
            return False
        project = self.annotations.project
        try:
            argument = services.add_argument(
                project, event.id, role, span_id=span.id if span else None, argument_event_id=event_id
            )
        except AnnotationError as error:
            self._message(self.tr("Argument not added: {error}.").format(error=error))
            return False
        document = self.annotations.document
        assert document is not None
        what = (
            snippet(document.text[span.start : span.end])
            if span
            else self.tr("event #{id}").format(id=event_id)
        )
        dated = self._dating(event, role, span)  # the argument and the date it brings are one step
        self.annotations.push(
            self.tr("Add {role} “{text}”").format(role=role, text=what),
            argument.change.then(dated) if dated else argument.change,
        )
        problems = self.problems(event.id)  # the core's words, in English
        warning = f" ⚠ {'; '.join(problems)}" if problems else ""
        self._message(self.tr("Added {role} “{text}” — saved.").format(role=role, text=what) + warning)
        return True

    def _dating(self, event: EventRecord, role: str, span: SpanRecord | None) -> Change | None:
        """A TIME argument gives an event without a date its normalised date."""
        document = self.annotations.document
        if span is None or role != "TIME" or event.date_iso or document is None:
            return None
        normalized = date_from_text(document.text[span.start : span.end], document)
        if normalized is None:
            return None
        return services.update_event(
            self.annotations.project,
            event.id,
            date_iso=normalized.iso,
            date_precision=normalized.precision,
            date_raw=normalized.raw,
        ).change

    def remove_argument(self, argument_id: int) -> None:
        if self.annotations.locked():
            return
        event = next(
            (e for e in self.annotations.events if any(a.id == argument_id for a in e.arguments)), None
        )
        if event is None:
            return
        self.annotations.push(
            self.tr("Remove argument"), services.remove_arguments(self.annotations.project, [argument_id])
        )
        self._message(self.tr("Argument removed — saved."))

    def delete_event(self, event_id: int) -> None:
        if self.annotations.locked():
            return
        event = next((e for e in self.annotations.events if e.id == event_id), None)
        if event is None:
            return
        self.annotations.push(
            self.tr("Delete {type} event").format(type=event.type),
            services.delete_events(self.annotations.project, [event_id]),
        )
        self._message(self.tr("{type} event deleted — saved (Ctrl+Z undoes).").format(type=event.type))

    def update_event(self, event_id: int, **fields: object) -> bool:
        if self.annotations.locked():
            return False
        project = self.annotations.project
        document = self.annotations.document
        shown = project.versions.known(document.id) if document is not None else None
        try:
            edit = services.update_event(project, event_id, shown_version=shown, **fields)
        except AnnotationError as error:
            self._message(self.tr("Event not changed: {error}.").format(error=error))
            return False
        except StaleWriteError as error:
            self._message(self.tr("Event not changed: {error}.").format(error=error))
            if document is not None:
                self.annotations.reload_document(document.id)
            return False
        self.annotations.push(
            self.tr("Edit {type} event ({fields})").format(type=edit.after.type, fields=", ".join(fields)),
            edit.change,
        )
        return True

    def problems(self, event_id: int) -> list[str]:
        from curator.core.services.events import event_problems

        event = next((e for e in self.annotations.events if e.id == event_id), None)
        if event is None:
            return []
        with self.annotations.project.read() as session:
            return event_problems(session, event)

    # --- relations --------------------------------------------------------------------------------

    def add_relation(self, relation_type: str, head: SpanRecord, child: SpanRecord) -> bool:
        if self.annotations.locked():
            return False
        project = self.annotations.project
        try:
            added = services.add_relation(project, relation_type, head.id, child.id)
        except AnnotationError as error:
            self._message(self.tr("Relation not added: {error}.").format(error=error))
            return False
        self.annotations.push(self.tr("Add {type} relation").format(type=relation_type), added.change)
        self._message(self.tr("{type} relation added — saved.").format(type=relation_type))
        return True

    def delete_relation(self, relation_id: int) -> None:
        if self.annotations.locked():
            return
        relation = next((r for r in self.annotations.relations if r.id == relation_id), None)
        if relation is None:
            return
        self.annotations.push(
            self.tr("Delete {type} relation").format(type=relation.type),
            services.delete_relations(self.annotations.project, [relation_id]),
        )
        self._message(self.tr("{type} relation deleted — saved.").format(type=relation.type))
