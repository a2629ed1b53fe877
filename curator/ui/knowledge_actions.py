"""Linking mentions to canonical entities from the keyboard.

Ctrl+L on a mention opens the knowledge-base tab searching for the mention's text; Enter on an entity
links it. Ctrl+Shift+L makes a new canonical entity from the mention; Ctrl+Alt+L links every identical
mention in the corpus to the chosen entity, as one undo step.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from curator.core.domain import AnnotationError, SpanRecord, StaleWriteError
from curator.core.services import entities
from curator.ui.actions import ActionSpec, make_action
from curator.ui.row_commands import CallbackCommand

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow


class KnowledgeActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.panel = window.knowledge_panel
        self.controller = window.controller
        self.pending_mention: SpanRecord | None = None
        menu = window.menuBar().addMenu("&Knowledge")
        specs = [
            (
                ActionSpec("entity.find", "&Link Mention…", ("Ctrl+L",), "Search the knowledge base"),
                self.find,
            ),
            (
                ActionSpec("entity.new", "&New Entity from Mention", ("Ctrl+Shift+L",)),
                self.create_from_mention,
            ),
            (ActionSpec("entity.link_all", "Link &Every Identical Mention", ("Ctrl+Alt+L",)), self.link_all),
            (ActionSpec("entity.unlink", "&Unlink Mention", ("Ctrl+Alt+U",)), self.unlink),
        ]
        for spec, handler in specs:
            menu.addAction(make_action(window, spec, handler))
        self.panel.search_timer.timeout.connect(self.refresh)
        self.panel.search.returnPressed.connect(self._focus_results)
        self.panel.table.activated.connect(lambda _index: self.link())
        self.panel.link_button.clicked.connect(self.link)
        self.panel.link_all_button.clicked.connect(self.link_all)
        self.panel.new_button.clicked.connect(self.create_from_mention)
        self.panel.unlink_button.clicked.connect(self.unlink)
        self.refresh()

    def refresh(self) -> None:
        current = self.panel.current_entity()
        self.panel.model.set_rows(entities.list_entities(self.controller.project, self.panel.search.text()))
        if current is not None:
            for row in range(self.panel.model.rowCount()):
                if self.panel.model.entity(row).id == current.id:  # type: ignore[union-attr]
                    self.panel.table.selectRow(row)

    def _focus_results(self) -> None:
        self.panel.search_timer.stop()
        self.refresh()
        if self.panel.model.rowCount():
            self.panel.table.setFocus()
            self.panel.table.selectRow(0)

    def mention(self) -> SpanRecord | None:
        """The mention to link: the span selected in the entity table, else the one at the text cursor."""
        window = self.window
        if window.entities.table.hasFocus():
            ids = window.entities.selected_span_ids()
            if ids:
                return self.controller.span(ids[0])
        labels = {label.name for label in self.controller.labels}
        hits = [s for s in self.controller.spans_at(window.text_view.cursor_offset()) if s.label in labels]
        return hits[0] if hits else self.pending_mention

    def _surface(self, span: SpanRecord) -> str:
        document = self.controller.document
        return " ".join(document.text[span.start : span.end].split()) if document else ""

    def find(self) -> None:
        span = self.mention()
        if span is None:
            self.controller.message.emit("Put the cursor on a tagged mention, then Ctrl+L.")
            return
        self.pending_mention = span
        self.panel.mention_label.setText(f"Mention: “{self._surface(span)}” [{span.label}] — Enter links it")
        self.window.show_knowledge_tab()
        self.panel.search.setText(self._surface(span))
        self._focus_results()

    def _push(self, document_id: int, text: str, apply, revert) -> None:
        self.controller.undo_stack.push(
            CallbackCommand(document_id, text, apply, revert, self._changed, project=self.controller.project)
        )

    def _refused(self, error: StaleWriteError, document_id: int) -> None:
        """The mention changed since the window showed it: say so and show the document as it is now."""
        self.controller.message.emit(f"Not linked: {error}.")
        self.controller.reload_document(document_id)

    def _changed(self, document_id: int) -> None:
        self.controller.reload_annotations(document_id)
        self.refresh()

    def link(self) -> None:
        if self.controller.locked():
            return
        span, entity = self.mention(), self.panel.current_entity()
        if span is None or entity is None:
            self.controller.message.emit("Choose a mention (Ctrl+L on it) and an entity first.")
            return
        project = self.controller.project
        try:
            previous = entities.link_spans(
                project, [span.id], entity.id, shown_version=project.versions.known(span.document_id)
            )
        except StaleWriteError as error:
            self._refused(error, span.document_id)
            return
        self._push(
            span.document_id, f"Link “{self._surface(span)}” to {entity.name}",
            lambda: entities.link_spans(project, [span.id], entity.id),
            lambda: entities.restore_links(project, previous),
        )  # fmt: skip
        self.controller.message.emit(f"Linked “{self._surface(span)}” to {entity.name} — saved.")
        self.window.text_view.setFocus()

    def link_all(self) -> None:
        if self.controller.locked():
            return
        span, entity = self.mention(), self.panel.current_entity()
        if span is None or entity is None:
            self.controller.message.emit("Choose a mention (Ctrl+L on it) and an entity first.")
            return
        project = self.controller.project
        previous = entities.link_identical_mentions(project, span.id, entity.id)
        self._push(
            span.document_id, f"Link every “{self._surface(span)}” to {entity.name}",
            lambda: entities.link_identical_mentions(project, span.id, entity.id),
            lambda: entities.restore_links(project, previous),
        )  # fmt: skip
        self.controller.message.emit(
            f"Linked {len(previous)} mentions of “{self._surface(span)}” to {entity.name} — saved (one undo)."
        )

    def create_from_mention(self) -> None:
        if self.controller.locked():
            return
        span = self.mention()
        if span is None:
            self.controller.message.emit("Put the cursor on a tagged mention first.")
            return
        project = self.controller.project
        name = self._surface(span)
        try:
            record = entities.create_entity(project, name, span.label)
        except AnnotationError as error:
            self.controller.message.emit(f"Not created: {error}.")
            return
        entities.link_spans(project, [span.id], record.id)
        state: dict = {}

        def revert() -> None:
            state["deleted"] = entities.delete_entity(project, record.id)

        def apply() -> None:
            entities.restore_entity(project, *state["deleted"])

        self._push(span.document_id, f"New entity “{name}”", apply, revert)
        self.panel.search.setText(name)
        self.refresh()
        self.controller.message.emit(f"New canonical entity “{name}” ({span.label}), linked — saved.")

    def unlink(self) -> None:
        if self.controller.locked():
            return
        span = self.mention()
        if span is None or span.entity_id is None:
            self.controller.message.emit("The mention at the cursor is not linked.")
            return
        project = self.controller.project
        try:
            previous = entities.link_spans(
                project, [span.id], None, shown_version=project.versions.known(span.document_id)
            )
        except StaleWriteError as error:
            self._refused(error, span.document_id)
            return
        self._push(
            span.document_id, "Unlink mention",
            lambda: entities.link_spans(project, [span.id], None),
            lambda: entities.restore_links(project, previous),
        )  # fmt: skip
        self.controller.message.emit("Unlinked — saved.")
