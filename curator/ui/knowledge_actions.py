"""Linking mentions to canonical entities from the keyboard.

Ctrl+L on a mention opens the knowledge-base tab searching for the mention's text; Enter on an entity
links it. Ctrl+Shift+L makes a new canonical entity from the mention; Ctrl+Alt+L links every identical
mention in the corpus to the chosen entity, as one undo step. Each pushes its service's `Change`
through the controller; the list refreshes from the controller's `changed` signal, after undo too.

A tag whose text names one canonical entity is linked by the core as it is made; one that names several
is left unlinked and its candidates are offered here: the list shows them and Ctrl+L on the mention
opens the tab on them, Enter links the chosen one. Knowledge → Link Unambiguous Mentions links every
unlinked mention of the corpus that names exactly one entity (`span_links.link_corpus`), off the GUI
thread, as one undo step.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from curator.core.domain import AnnotationError, SpanRecord, StaleWriteError
from curator.core.services import entities
from curator.core.services.changes import Change
from curator.core.services.entities import EntityRecord
from curator.core.services.span_links import CorpusLinks, link_corpus
from curator.ui.knowledge_panel import KnowledgePanel
from curator.ui.workbench import Workbench


class KnowledgeActions:
    def __init__(self, workbench: Workbench, panel: KnowledgePanel) -> None:
        self.workbench = workbench
        self.panel = panel
        self.controller = workbench.controller
        self.pending_mention: SpanRecord | None = None
        self.offered: tuple[SpanRecord, tuple[EntityRecord, ...]] | None = None
        workbench.registry.add("entity.find", self.find)
        workbench.registry.add("entity.new", self.create_from_mention)
        workbench.registry.add("entity.link_all", self.link_all)
        workbench.registry.add("entity.unlink", self.unlink)
        workbench.registry.add("entity.link_corpus", self.link_corpus)
        self.controller.link_candidates.connect(self.offer)
        self.panel.search_timer.timeout.connect(self.refresh)
        self.panel.search.returnPressed.connect(self._focus_results)
        self.panel.table.activated.connect(lambda _index: self.link())
        self.panel.link_button.clicked.connect(self.link)
        self.panel.link_all_button.clicked.connect(self.link_all)
        self.panel.new_button.clicked.connect(self.create_from_mention)
        self.panel.unlink_button.clicked.connect(self.unlink)
        self.controller.changed.connect(self._on_changed)
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
        ids = self.workbench.selected_span_ids()
        if ids:
            return self.controller.span(ids[0])
        labels = {label.name for label in self.controller.labels}
        offset = self.workbench.text_view.cursor_offset()
        hits = [s for s in self.controller.spans_at(offset) if s.label in labels]
        return hits[0] if hits else self.pending_mention

    def _surface(self, span: SpanRecord) -> str:
        document = self.controller.document
        return " ".join(document.text[span.start : span.end].split()) if document else ""

    def find(self) -> None:
        span = self.mention()
        if span is None:
            self._say(
                QCoreApplication.translate(
                    "KnowledgeActions", "Put the cursor on a tagged mention, then Ctrl+L."
                )
            )
            return
        self.pending_mention = span
        self.workbench.show_tab(self.panel)
        if self.offered is not None and self.offered[0].id == span.id:
            self._show_candidates()
            self.panel.table.setFocus()
            self.panel.table.selectRow(0)
            return
        self.panel.mention_label.setText(
            QCoreApplication.translate(
                "KnowledgeActions", "Mention: “{text}” [{label}] — Enter links it"
            ).format(text=self._surface(span), label=span.label)
        )
        self.panel.search.setText(self._surface(span))
        self._focus_results()

    def offer(self, span: SpanRecord, candidates: tuple[EntityRecord, ...]) -> None:
        """A new tag names several canonical entities: list them (the user chooses, never the window)."""
        self.offered = (span, candidates)
        self.pending_mention = span
        self._show_candidates()

    def _show_candidates(self) -> None:
        assert self.offered is not None
        span, candidates = self.offered
        wanted = {entity.id for entity in candidates}
        usages = {
            usage.entity.id: usage
            for entity in candidates
            for usage in entities.list_entities(self.controller.project, entity.name, limit=50)
            if usage.entity.id in wanted
        }
        self.panel.search_timer.stop()
        self.panel.search.blockSignals(True)
        self.panel.search.clear()  # the list holds the candidates, not a search's results
        self.panel.search.blockSignals(False)
        self.panel.model.set_rows([usages[entity.id] for entity in candidates if entity.id in usages])
        self.panel.mention_label.setText(
            QCoreApplication.translate(
                "KnowledgeActions",
                "Mention: “{text}” [{label}] — {count} canonical entities match; choose one, Enter links it",
            ).format(text=self._surface(span), label=span.label, count=len(candidates))
        )

    def _refused(self, error: StaleWriteError, document_id: int) -> None:
        """The mention changed since the window showed it: say so and show the document as it is now."""
        self._not_linked(str(error))
        self.controller.reload_document(document_id)

    def _say(self, text: str) -> None:
        self.controller.message.emit(text)

    def _not_linked(self, error: str) -> None:
        self._say(QCoreApplication.translate("KnowledgeActions", "Not linked: {error}.").format(error=error))

    def _choose_first(self) -> None:
        self._say(
            QCoreApplication.translate(
                "KnowledgeActions", "Choose a mention (Ctrl+L on it) and an entity first."
            )
        )

    def _on_changed(self, change: Change) -> None:
        """Mention counts and entities change with every entity step, its undo and its redo."""
        if change.kind.startswith("entity.") or change.touches("kb_entities"):
            self.refresh()

    def link(self) -> None:
        if self.controller.locked():
            return
        span, entity = self.mention(), self.panel.current_entity()
        if span is None or entity is None:
            self._choose_first()
            return
        project = self.controller.project
        try:
            linked = entities.link_spans(
                project, [span.id], entity.id, shown_version=project.versions.known(span.document_id)
            )
        except StaleWriteError as error:
            self._refused(error, span.document_id)
            return
        self.offered = None
        surface = self._surface(span)
        self.controller.push(
            QCoreApplication.translate("KnowledgeActions", "Link “{text}” to {entity}").format(
                text=surface, entity=entity.name
            ),
            linked.change,
        )
        self._say(
            QCoreApplication.translate("KnowledgeActions", "Linked “{text}” to {entity} — saved.").format(
                text=surface, entity=entity.name
            )
        )
        self.workbench.text_view.setFocus()

    def link_all(self) -> None:
        if self.controller.locked():
            return
        span, entity = self.mention(), self.panel.current_entity()
        if span is None or entity is None:
            self._choose_first()
            return
        project = self.controller.project
        linked = entities.link_identical_mentions(project, span.id, entity.id)
        surface = self._surface(span)
        self.controller.push(
            QCoreApplication.translate("KnowledgeActions", "Link every “{text}” to {entity}").format(
                text=surface, entity=entity.name
            ),
            linked.change,
        )
        self._say(
            QCoreApplication.translate(
                "KnowledgeActions", "Linked {count} mentions of “{text}” to {entity} — saved (one undo)."
            ).format(count=len(linked.previous), text=surface, entity=entity.name)
        )

    def create_from_mention(self) -> None:
        if self.controller.locked():
            return
        span = self.mention()
        if span is None:
            self._say(
                QCoreApplication.translate("KnowledgeActions", "Put the cursor on a tagged mention first.")
            )
            return
        project = self.controller.project
        name = self._surface(span)
        try:
            created = entities.create_entity(project, name, span.label, mentions=[span.id])
        except AnnotationError as error:
            self._say(
                QCoreApplication.translate("KnowledgeActions", "Not created: {error}.").format(error=error)
            )
            return
        self.controller.push(
            QCoreApplication.translate("KnowledgeActions", "New entity “{name}”").format(name=name),
            created.change,
        )
        self.panel.search.setText(name)
        self.refresh()
        self._say(
            QCoreApplication.translate(
                "KnowledgeActions", "New canonical entity “{name}” ({label}), linked — saved."
            ).format(name=name, label=span.label)
        )

    def unlink(self) -> None:
        if self.controller.locked():
            return
        span = self.mention()
        if span is None or span.entity_id is None:
            self._say(
                QCoreApplication.translate("KnowledgeActions", "The mention at the cursor is not linked.")
            )
            return
        project = self.controller.project
        try:
            unlinked = entities.link_spans(
                project, [span.id], None, shown_version=project.versions.known(span.document_id)
            )
        except StaleWriteError as error:
            self._refused(error, span.document_id)
            return
        self.controller.push(
            QCoreApplication.translate("KnowledgeActions", "Unlink mention"), unlinked.change
        )
        self._say(QCoreApplication.translate("KnowledgeActions", "Unlinked — saved."))

    def link_corpus(self) -> None:
        """Link every unlinked mention that names exactly one canonical entity, as one undo step."""
        if self.controller.locked():
            return
        project = self.controller.project
        self.workbench.run_job(
            QCoreApplication.translate("KnowledgeActions", "Linking unambiguous mentions…"),
            lambda _progress, _is_cancelled: link_corpus(project),
            self._linked_corpus,
            self._not_linked,
        )

    def _linked_corpus(self, result: CorpusLinks) -> None:
        self.controller.push(
            QCoreApplication.translate("KnowledgeActions", "Link {count} unambiguous mentions").format(
                count=result.linked
            ),
            result.change,
        )
        count = result.linked
        linked = QCoreApplication.translate("KnowledgeActions", "Linked %n mention(s)", "", count)
        if result.linked:
            linked = QCoreApplication.translate("KnowledgeActions", "{linked} — saved (one undo)").format(
                linked=linked
            )
        if result.read_only:
            text = QCoreApplication.translate(
                "KnowledgeActions",
                "{linked}; {ambiguous} ambiguous (Ctrl+L on each to choose), {unmatched} without a match, "
                "{read_only} in approved documents left alone.",
            )
        else:
            text = QCoreApplication.translate(
                "KnowledgeActions",
                "{linked}; {ambiguous} ambiguous (Ctrl+L on each to choose), {unmatched} without a match.",
            )
        self._say(
            text.format(
                linked=linked,
                ambiguous=result.ambiguous,
                unmatched=result.no_match,
                read_only=result.read_only,
            )
        )
