"""Keyboard and menu actions for events and relations, installed on the main window.

Creating an event is a key sequence (E then the type's letter) on a selection, like tagging. Adding an
argument (Ctrl+R) asks for the role and then the filler in small menus driven by digits and arrows;
when the cursor already sits on an entity, that entity is the filler. A relation (Ctrl+Shift+R) starts
at the span under the cursor and asks for its type and its other end the same way. After E, the status
bar lists the letters that complete it, as Ctrl+R's menu lists the roles.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QInputDialog, QMenu, QWidget

from curator.core.dates.events import date_from_text
from curator.core.domain import EventRecord, EventTypeInfo, Realis, SpanRecord
from curator.ui.actions import ActionSpec
from curator.ui.annotation_controller import AnnotationController
from curator.ui.event_controller import EventController
from curator.ui.i18n_main import DATE_PRECISIONS, realis_word, word
from curator.ui.workbench import Workbench

AcceptTrigger = Callable[..., bool]  # (event_type, start, end, *, exact): a suggested trigger was accepted

MENU_ITEMS = 9


def _numbered(index: int, text: str) -> str:
    return f"&{index + 1}  {text}" if index < MENU_ITEMS else f"    {text}"


def event_letters(event_types: list[EventTypeInfo]) -> str:
    """What the status bar says after E: each letter that completes an event key, with its type."""
    pairs = []
    for event_type in event_types:
        keys = [key.strip() for key in (event_type.shortcut or "").split(",")]
        if len(keys) == 2 and keys[0].upper() == "E" and keys[1]:
            pairs.append(f"{keys[1].upper()} {event_type.name.lower().replace('_', ' ')}")
    if not pairs:
        return ""
    return QCoreApplication.translate("EventActions", "E then: {letters}").format(letters=" · ".join(pairs))


class EventLetterHint(QObject):
    """Shows `event_letters` when E starts an event key.

    Qt offers the first key of a shortcut to the focused widget as a ShortcutOverride before it waits for
    the second key; a widget that does not take the key for typing (the read-only text, the tables)
    passes it on to the window, where this filter sees it. A field that types E keeps it, and no hint
    appears there."""

    def __init__(self, window: QWidget, controller: AnnotationController) -> None:
        super().__init__(window)
        self._controller = controller
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_E
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            hint = event_letters(self._controller.event_types)
            if hint:
                self._controller.message.emit(hint)
        return False


class EventActions:
    def __init__(self, workbench: Workbench, events: EventController, accept_trigger: AcceptTrigger) -> None:
        self.workbench = workbench
        self.events = events
        self.accept_trigger = accept_trigger
        registry = workbench.registry
        registry.add("event.argument", self.add_argument)
        registry.add("event.date", self.set_date)
        registry.add("event.attribute", self.set_attribute)
        registry.add("relation.add", self.add_relation)
        self.letter_hint = EventLetterHint(workbench.host(), events.annotations)
        for realis in Realis:
            registry.add(f"event.realis.{realis.value}", lambda value=realis.value: self.set_realis(value))
        self.rebuild()

    def rebuild(self) -> None:
        """(Re)create one action per event type of the project's schema."""
        actions = []
        for event_type in self.events.annotations.event_types:
            keys = (event_type.shortcut,) if event_type.shortcut else ()
            spec = ActionSpec(
                f"event.new.{event_type.name}", f"{event_type.name}", keys, event_type.description or "",
                menu="events.new",
            )  # fmt: skip
            actions.append((spec, lambda name=event_type.name: self.create(name)))
        self.workbench.registry.replace("event.new.", actions)

    # --- actions ----------------------------------------------------------------------------------

    def create(self, event_type: str) -> None:
        start, end = self.workbench.text_view.selection()
        exact = self.workbench.registry["annotate.exact"].isChecked()
        if not self.events.annotations.locked() and self.accept_trigger(event_type, start, end, exact=exact):
            return
        if self.events.create_event(event_type, start, end, exact=exact) is not None:
            self.workbench.text_view.setFocus()

    def set_realis(self, realis: str) -> None:
        event = self.events.current_event
        if event is None:
            self.events.annotations.message.emit(
                QCoreApplication.translate("EventActions", "Select an event first.")
            )
            return
        if self.events.update_event(event.id, realis=realis):
            self.events.annotations.message.emit(
                QCoreApplication.translate("EventActions", "{type} is now {realis} — saved.").format(
                    type=event.type, realis=realis_word(realis)
                )
            )

    def set_attribute(self) -> None:
        """Pick an attribute of the schema, then a value (a binary one toggles; a multiple one adds or
        removes the value); undoable like every edit."""
        if self.events.annotations.locked():
            return
        from curator.core.services import attributes

        event = self.events.current_event
        controller = self.events.annotations
        if event is None:
            controller.message.emit(QCoreApplication.translate("EventActions", "Select an event first."))
            return
        applicable = [a for a in attributes.list_attributes(controller.project) if a.applies_to(event.type)]
        if not applicable:
            controller.message.emit(
                QCoreApplication.translate(
                    "EventActions", "The schema has no attributes for {type} (Edit → Edit Schema)."
                ).format(type=event.type)
            )
            return
        menu = QMenu(self.workbench.host())
        menu.setObjectName("attribute-menu")
        for index, attribute in enumerate(applicable):
            current = event.attributes.get(attribute.name)
            shown = (
                ", ".join(current)
                if isinstance(current, list)
                else (
                    QCoreApplication.translate("EventActions", "yes") if current is True else current or "—"
                )
            )
            menu.addAction(_numbered(index, f"{attribute.name}: {shown}")).setData(attribute.name)
        chosen = menu.exec(self._popup_position())
        if chosen is None:
            return
        attribute = next(a for a in applicable if a.name == chosen.data())
        choice: str | None = None
        if attribute.values:
            values = QMenu(self.workbench.host())
            values.setObjectName("value-menu")
            current = event.attributes.get(attribute.name)
            held = set(current) if isinstance(current, list) else {current}
            for index, value in enumerate(attribute.values):
                action = values.addAction(_numbered(index, value))
                action.setData(value)
                action.setCheckable(True)
                action.setChecked(value in held)
            picked = values.exec(self._popup_position())
            if picked is None:
                return
            choice = str(picked.data())
        value = attributes.attribute_value(attribute, event.attributes.get(attribute.name), choice)
        updated = dict(event.attributes)
        if value is None:
            updated.pop(attribute.name, None)
        else:
            updated[attribute.name] = value
        if self.events.update_event(event.id, attributes=updated):
            controller.message.emit(
                QCoreApplication.translate("EventActions", "{type}: {attribute} = {value} — saved.").format(
                    type=event.type, attribute=attribute.name, value=value if value is not None else "—"
                )
            )

    def set_date(self) -> None:
        """Type a date as the text has it ("27 Kasım'da", "19.05.21"), normalised like a TIME argument."""
        if self.events.annotations.locked():
            return
        event = self.events.current_event
        document = self.events.annotations.document
        if event is None or document is None:
            self.events.annotations.message.emit(
                QCoreApplication.translate("EventActions", "Select an event first.")
            )
            return
        text, ok = QInputDialog.getText(
            self.workbench.host(),
            QCoreApplication.translate("EventActions", "Event date"),
            QCoreApplication.translate("EventActions", "Date (any form; empty clears it):"),
            text=event.date_raw or event.date_iso or "",
        )
        if not ok:
            return
        if not text.strip():
            self.events.update_event(event.id, date_iso=None, date_precision=None, date_raw=None)
            return
        normalized = date_from_text(text.strip(), document)
        if normalized is None:
            self.events.annotations.message.emit(
                QCoreApplication.translate(
                    "EventActions", "“{text}” is not a date Curator can read; nothing changed."
                ).format(text=text)
            )
            return
        self.events.update_event(
            event.id, date_iso=normalized.iso, date_precision=normalized.precision, date_raw=normalized.raw
        )
        self.events.annotations.message.emit(
            QCoreApplication.translate("EventActions", "{type} dated {date} ({precision}) — saved.").format(
                type=event.type, date=normalized.iso, precision=word(DATE_PRECISIONS, normalized.precision)
            )
        )

    def add_argument(self) -> None:
        if self.events.annotations.locked():
            return
        event = self.events.current_event
        if event is None:
            self.events.annotations.message.emit(
                QCoreApplication.translate(
                    "EventActions", "Select or create an event first (E then a letter)."
                )
            )
            return
        event_type = next((t for t in self.events.annotations.event_types if t.name == event.type), None)
        roles = list(event_type.roles) if event_type else []
        if not roles:
            self.events.annotations.message.emit(
                QCoreApplication.translate("EventActions", "{type} has no roles in the schema.").format(
                    type=event.type
                )
            )
            return
        role_menu = QMenu(self.workbench.host())
        role_menu.setObjectName("role-menu")
        for index, role in enumerate(roles):
            labels = "/".join(role.allowed_labels) or QCoreApplication.translate("EventActions", "any")
            text = (
                QCoreApplication.translate("EventActions", "{role} ({labels}, repeats)")
                if role.repeatable
                else "{role} ({labels})"
            ).format(role=role.name, labels=labels)
            role_menu.addAction(_numbered(index, text)).setData(role.name)
        chosen = role_menu.exec(self._popup_position())
        if chosen is None:
            return
        role = next(r for r in roles if r.name == chosen.data())
        under_cursor = self._entity_at_cursor(event)
        if under_cursor is not None and (
            not role.allowed_labels or under_cursor.label in role.allowed_labels
        ):
            self.events.add_argument(role.name, span=under_cursor)
            return
        already = {a.span_id for a in event.arguments if a.role == role.name and a.span_id is not None}
        span = self._choose_span(event, role.allowed_labels, exclude={event.trigger_span_id, *already})
        if span is not None:
            self.events.add_argument(role.name, span=span)

    def add_relation(self) -> None:
        if self.events.annotations.locked():
            return
        controller = self.events.annotations
        entities = {label.name for label in controller.labels}
        at_cursor = [
            s for s in controller.spans_at(self.workbench.text_view.cursor_offset()) if s.label in entities
        ]
        if not at_cursor:
            controller.message.emit(
                QCoreApplication.translate(
                    "EventActions",
                    "Put the cursor on the span the relation starts from, then press Ctrl+Shift+R.",
                )
            )
            return
        head = at_cursor[0]
        type_menu = QMenu(self.workbench.host())
        type_menu.setObjectName("relation-type-menu")
        for index, name in enumerate(controller.relation_types):
            type_menu.addAction(_numbered(index, name)).setData(name)
        chosen = type_menu.exec(self._popup_position())
        if chosen is None:
            return
        child = self._choose_span(None, (), exclude={head.id}, near=head.start)
        if child is not None:
            self.events.add_relation(str(chosen.data()), head, child)

    # --- helpers ----------------------------------------------------------------------------------

    def _entity_at_cursor(self, event: EventRecord) -> SpanRecord | None:
        controller = self.events.annotations
        entities = {label.name for label in controller.labels}
        hits = controller.spans_at(self.workbench.text_view.cursor_offset())
        return next((s for s in hits if s.label in entities and s.id != event.trigger_span_id), None)

    def _choose_span(
        self,
        event: EventRecord | None,
        allowed: tuple[str, ...],
        *,
        exclude: set[int],
        near: int | None = None,
    ) -> SpanRecord | None:
        """A menu of the document's entities, allowed labels first, nearest to the trigger first."""
        controller = self.events.annotations
        entities = {label.name for label in controller.labels}
        anchor = near if near is not None else (event.trigger_start if event else 0)
        candidates = [s for s in controller.spans if s.label in entities and s.id not in exclude]
        candidates.sort(key=lambda s: (bool(allowed) and s.label not in allowed, abs(s.start - anchor)))
        if not candidates:
            controller.message.emit(
                QCoreApplication.translate(
                    "EventActions", "Tag the entity first; arguments and relations link tagged spans."
                )
            )
            return None
        menu = QMenu(self.workbench.host())
        menu.setObjectName("span-menu")
        text = controller.document.text if controller.document else ""
        for index, span in enumerate(candidates[:30]):
            surface = " ".join(text[span.start : span.end].split())
            menu.addAction(_numbered(index, f"{surface} [{span.label}]")).setData(span.id)
        chosen = menu.exec(self._popup_position())
        return controller.span(int(chosen.data())) if chosen is not None else None

    def _popup_position(self):
        view = self.workbench.text_view
        return view.viewport().mapToGlobal(view.cursorRect().bottomRight())
