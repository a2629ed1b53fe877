"""The main window: composes the panels, the text view and the actions; holds no data logic."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from curator.core import queries
from curator.core.domain import DocumentRecord, EventRecord, SpanChange
from curator.core.services import entities
from curator.core.services.changes import Change
from curator.core.storage import Project
from curator.ui import project_flows, role_gate, server_login
from curator.ui.actions import ActionRegistry, ActionSpec
from curator.ui.adjudication_actions import AdjudicationActions
from curator.ui.annotation_controller import AnnotationController
from curator.ui.annotator_prompt import switch_annotator
from curator.ui.assign_dialog import AssignActions
from curator.ui.boilerplate_actions import BoilerplateActions
from curator.ui.busy import BusyWaiter
from curator.ui.document_list_model import DocumentTableModel
from curator.ui.event_actions import EventActions
from curator.ui.event_controller import EventController
from curator.ui.event_panel import EventPanel
from curator.ui.find_bar import FindBar
from curator.ui.guard import Guard
from curator.ui.health_actions import HealthActions
from curator.ui.keyboard import add_keyboard_access
from curator.ui.knowledge_actions import KnowledgeActions
from curator.ui.knowledge_panel import KnowledgePanel
from curator.ui.label_palette import LabelPalette
from curator.ui.last_place import PlaceKeeper
from curator.ui.layers_menu import LayersActions
from curator.ui.live_updates import LiveUpdates
from curator.ui.panels import DocumentsPanel, EntityPanel
from curator.ui.preferences_actions import PreferencesActions
from curator.ui.report_actions import add_report_actions
from curator.ui.review_actions import ReviewActions
from curator.ui.search_window import SearchActions
from curator.ui.shortcuts_dialog import ShortcutsDialog, show_shortcuts
from curator.ui.span_table_model import LAYER, SpanTableModel
from curator.ui.span_tags import TagsToggle
from curator.ui.suggestion_actions import SuggestionActions
from curator.ui.text_view import DocumentTextView
from curator.ui.workers import JobFunction, JobWorker, RunningJobs, run_with_progress

if TYPE_CHECKING:
    from curator.ui.training_dialog import TrainingDialog

MESSAGE_MS = 6000
REFRESHED_ROWS = 200  # a bulk step over more documents refreshes the list rows it shows lazily anyway


def _window_module(name: str) -> ModuleType:
    """A window of its own that a menu opens (corpus events, merge, history, agreement), imported when
    first opened: with what they load (event consolidation, project merge) they cost the start ~0.3 s."""
    return importlib.import_module(f"curator.ui.{name}")


class MainWindow(QMainWindow):
    """The window and the `Workbench` (curator.ui.workbench) its parts get instead of it."""

    def __init__(self, project: Project) -> None:
        super().__init__()
        self.project = project
        self.guard = Guard(self, lambda: self.project, self.reload_after_reopen)
        self.busy_waiter = BusyWaiter(self.statusBar())
        self.busy_waiter.watch(project)
        self.controller = AnnotationController(project, self)
        self.registry = ActionRegistry(self)
        self.jobs = RunningJobs()
        self.open_dialogs: dict[str, Any] = {}  # non-modal dialogs and flows the window keeps alive, by name
        self._schema_dialog = None
        self.training_dialog: TrainingDialog | None = None

        self.documents = DocumentsPanel(DocumentTableModel(project), self)
        self.text_view = DocumentTextView(self)
        self.text_view.setObjectName("document-text")
        self.document_title = QLabel(self)
        self.document_title.setTextFormat(Qt.TextFormat.PlainText)
        self.document_title.setWordWrap(True)
        self.document_title.setStyleSheet("font-weight: 600; padding: 2px 4px;")
        self.palette_bar = LabelPalette(self._tag_from_palette, self)
        self.span_model = SpanTableModel(self.controller.relabel)
        self.entities = EntityPanel(self.span_model, self)
        self.event_controller = EventController(self.controller, self)
        self.events_panel = EventPanel(self)
        self.knowledge_panel = KnowledgePanel(self)
        self.lower_tabs = QTabWidget(self)
        self.lower_tabs.addTab(self.events_panel, self.tr("Events"))
        self.lower_tabs.addTab(self.knowledge_panel, self.tr("Knowledge base"))
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.entities)
        right.addWidget(self.lower_tabs)
        right.setSizes([450, 400])

        center = QWidget(self)
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.document_title)
        center_layout.addWidget(self.palette_bar)
        center_layout.addWidget(self.text_view)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.documents)
        splitter.addWidget(center)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([400, 700, 400])
        self.setCentralWidget(splitter)
        screen = self.screen().availableGeometry()  # a 1280×720 laptop gets the whole window on screen
        self.resize(min(1500, screen.width()), min(900, screen.height()))
        self.setAcceptDrops(True)

        self._build_actions()
        self.knowledge_actions = KnowledgeActions(self, self.knowledge_panel)
        self.review_actions = ReviewActions(self)
        center_layout.insertWidget(center_layout.indexOf(self.document_title) + 1, self.review_actions.banner)
        self.assign_actions = AssignActions(
            self, lambda: self.documents.model.reload(), self.documents.filter_edit.text
        )
        self._connect()
        # after _connect: suggestions repaint after the text
        self.suggestion_actions = SuggestionActions(self, self.event_controller)
        self.lower_tabs.addTab(self.suggestion_actions.panel, self.tr("Suggestions"))
        self.boilerplate_actions = BoilerplateActions(self)
        self.lower_tabs.addTab(self.boilerplate_actions.panel, self.tr("Boilerplate"))
        self.adjudication_actions = AdjudicationActions(self)
        self.lower_tabs.addTab(self.adjudication_actions.panel, self.tr("Adjudication"))
        self.event_actions = EventActions(self, self.event_controller, self.suggestion_actions.accept_trigger)
        self.health_actions = HealthActions(self)  # starts the check of the project in the background
        self.preferences_actions = PreferencesActions(self)  # the user's font, theme, colours and keys
        self.layers_actions = LayersActions(self)
        self.tags_toggle = TagsToggle(self, *self.preferences_actions.label_tags())  # View → Label Tags
        self.find_bar = FindBar(self, center)
        center_layout.addWidget(self.find_bar)
        self.search_actions = SearchActions(self)
        self.registry.add("annotator.switch", lambda: switch_annotator(self))
        self.statusBar().addPermanentWidget(self.layers_actions.who)
        self.statusBar().addPermanentWidget(self.health_actions.status)
        self._labels_changed()
        self._update_title()
        self.places = PlaceKeeper(self.controller, self.text_view, self.documents)
        self.live_updates = LiveUpdates(self)  # other windows' commits show up here
        role_gate.apply(self)  # on a server, what the role may not do is greyed out
        self.places.return_to(project)
        self._show_import_hint()
        self.text_view.setFocus()
        self._show_project_notes()

    # --- composition ------------------------------------------------------------------------------

    def _build_actions(self) -> None:
        """The window's own actions; each part registers its own (see curator.ui.actions.SPECS)."""
        add = self.registry.add
        self.registry.adopt("edit.undo", self.controller.undo_stack.createUndoAction(self))
        self.registry.adopt("edit.redo", self.controller.undo_stack.createRedoAction(self))
        add("project.new", lambda: project_flows.new_project(self))
        add("project.open", lambda: project_flows.open_project_dialog(self))
        add("project.open_server", lambda: server_login.open_server_dialog(self))
        recent = self.registry.menu("file.recent")
        recent.aboutToShow.connect(lambda: project_flows.fill_recent_menu(self, recent))
        add("documents.import", lambda: project_flows.import_dialog(self))
        add("documents.import_folder", lambda: project_flows.import_folder_dialog(self))
        add("documents.export", lambda: project_flows.export_dialog(self))
        add("project.merge", lambda: _window_module("merge_dialog").merge_project_dialog(self))
        add("app.quit", self.close)
        add("span.delete", self.delete_spans)
        add("text.fix", self.fix_text)
        add("documents.duplicates", self.find_duplicates)
        add("schema.edit", self.edit_schema)
        add("model.train", self.train_model)
        self.exact_action = add("annotate.exact")
        add("document.info", self.edit_document_info)
        add("document.history", lambda: _window_module("history_window").show_history(self))
        add("events.corpus", lambda: _window_module("corpus_events").show_corpus_events(self))
        add("document.next", lambda: self.documents.step(+1))
        add("document.previous", lambda: self.documents.step(-1))
        add("documents.filter", self._focus_filter)
        add("focus.documents", lambda: self.documents.table.setFocus())
        add("focus.text", lambda: self.text_view.setFocus())
        add("focus.entities", lambda: self.entities.table.setFocus())
        add_keyboard_access(self)  # F6 / Shift+F6 between the panes; Tab leaves the text
        add("help.shortcuts", self.show_shortcuts)
        add_report_actions(self)  # Agreement, My Feedback, Statistics

    def _rebuild_label_actions(self) -> None:
        """One action per label of the schema, and one that tags its exact characters."""
        actions = []
        for label in self.controller.labels:
            for exact in (False, True):
                keys: tuple[str, ...] = ()
                if label.shortcut:
                    keys = (f"Alt+{label.shortcut}",) if exact else (label.shortcut,)
                title = (
                    self.tr("Tag Exact Characters as {label}") if exact else self.tr("Tag as {label}")
                ).format(label=label.name)
                spec = ActionSpec(
                    f"tag.{label.name}{'.exact' if exact else ''}", title, keys, label.description or "",
                    menu="annotate.exact_tags" if exact else "annotate",
                )  # fmt: skip
                actions.append((spec, lambda name=label.name, ex=exact: self.tag(name, exact=ex)))
        self.registry.replace("tag.", actions)

    def _connect(self) -> None:
        self.documents.document_activated.connect(self.controller.open_document)
        self.controller.document_loaded.connect(self._document_loaded)
        self.controller.spans_changed.connect(self._spans_changed)
        self.controller.changed.connect(self._changed)
        self.controller.labels_changed.connect(self._labels_changed)
        self.controller.message.connect(lambda text: self.statusBar().showMessage(text, MESSAGE_MS))
        self.entities.table.clicked.connect(self._span_clicked)
        self.entities.table.activated.connect(self._span_clicked)
        self.controller.annotations_reloaded.connect(self._annotations_reloaded)
        self.events_panel.event_selected.connect(self.event_controller.select_event)
        self.events_panel.relation_selected.connect(self._relation_selected)
        self.event_controller.current_event_changed.connect(self._current_event_changed)

    # --- reactions --------------------------------------------------------------------------------

    def _labels_changed(self) -> None:
        self.palette_bar.set_labels(self.controller.labels)
        self.entities.delegate.labels = [label.name for label in self.controller.labels]
        self._rebuild_label_actions()
        if hasattr(self, "event_actions"):
            self.event_actions.rebuild()
        if self.controller.document is not None:
            self.text_view.show_spans(self.controller.spans, self.controller.colors)
            self._show_span_table()

    def _document_loaded(self, document: DocumentRecord) -> None:
        self.text_view.show_document(document.text, self.controller.spans, self.controller.colors)
        self.document_title.setText(f"{document.title}   [{document.language} · #{document.id}]")
        self._show_span_table()
        self._show_events()
        self.documents.select_document(document.id)

    def _spans_changed(self, change: SpanChange) -> None:
        if change.reload:
            self.text_view.show_spans(self.controller.spans, self.controller.colors)
        else:
            self.text_view.apply_change(change)
        self._show_span_table()
        self._show_events()

    def _changed(self, change: Change) -> None:
        """Every step, undo and redo: the documents list re-reads the rows it touched."""
        for document_id in sorted(change.documents)[:REFRESHED_ROWS]:
            self.documents.model.refresh_document(document_id)

    def _annotations_reloaded(self, document_id: int) -> None:
        self.text_view.show_spans(self.controller.spans, self.controller.colors)
        self._show_span_table()
        self._show_events()
        self.documents.model.refresh_document(document_id)

    def _show_events(self) -> None:
        document = self.controller.document
        text = document.text if document else ""
        problems = {event.id: self.event_controller.problems(event.id) for event in self.controller.events}
        self.events_panel.model.set_events(
            text, self.controller.events, self.controller.span, problems, self.controller.colors
        )
        self.events_panel.relation_model.set_relations(text, self.controller.relations, self.controller.span)
        self.events_panel.show_counts(len(self.controller.events), len(self.controller.relations))
        self.events_panel.tree.expandAll()
        self._current_event_changed(self.event_controller.current_event)

    def _current_event_changed(self, event: EventRecord | None) -> None:
        """Outline the selected event's trigger and box its arguments, their roles named, in the text."""
        self.events_panel.show_event(event.id if event else None)
        self.text_view.outline(self.event_controller.outlines(event) if event else [])

    def _relation_selected(self, relation_id: int | None) -> None:
        relation = next((r for r in self.controller.relations if r.id == relation_id), None)
        head = self.controller.span(relation.head_span_id) if relation else None
        child = self.controller.span(relation.child_span_id) if relation else None
        if head is None or child is None:
            self.text_view.outline([])
            return
        self.text_view.outline(
            [(head.start, head.end, "#c1121f"), (child.start, child.end, "#c1121f")],
            arrow=(head.start, head.end, child.start, child.end),
        )

    def _show_span_table(self) -> None:
        document = self.controller.document
        if document is None:
            return
        linked = {s.entity_id for s in self.controller.spans if s.entity_id is not None}
        names = entities.entity_names(self.project, linked)
        self.span_model.set_spans(document.text, self.controller.spans, self.controller.colors, names)
        others = self.controller.shown_layers - {self.project.annotator_id}
        self.entities.table.setColumnHidden(LAYER, not others)  # whose a row is, once others are shown
        self.entities.show_count(len(self.controller.spans))

    def _span_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            span = self.span_model.span(index.row())
            self.text_view.flash(span.start, span.end)

    def fix_text(self) -> None:
        from curator.ui.text_fix import fix_selected_text

        fix_selected_text(self)

    def find_duplicates(self) -> None:
        from curator.ui.duplicates_dialog import find_duplicates

        find_duplicates(self)

    def reload_text(self, document_id: int) -> None:
        """After a text fix or its undo: the document's text and offsets changed, so show it anew."""
        self.controller.document = None
        self.controller.open_document(document_id)
        self.documents.model.refresh_document(document_id)

    def reload_after_reopen(self) -> None:
        """After the guard reconnected the project: show everything as it is on disk now. The undo stack
        stays; each step checks its rows before it runs."""
        document = self.controller.document
        self.controller.reload_labels()
        self.documents.model.reload()
        if document is not None:
            self.reload_text(document.id)

    def edit_document_info(self) -> None:
        from curator.ui.document_info import edit_document_info

        edit_document_info(self)

    def document_info_changed(self, document_id: int) -> None:
        """After a metadata edit or its undo: refresh the title line and the list row."""
        self.documents.model.refresh_document(document_id)
        if self.controller.document is not None and self.controller.document.id == document_id:
            document = queries.get_document(self.project, document_id)
            self.controller.document = document
            self.document_title.setText(f"{document.title}   [{document.language} · #{document.id}]")

    def edit_schema(self) -> None:
        """One schema dialog per window: its undo commands outlive a single opening."""
        from curator.ui.schema_dialog import SchemaDialog

        if self._schema_dialog is None:
            self._schema_dialog = SchemaDialog(self)
        self._schema_dialog.reload()
        self._schema_dialog.exec()

    def train_model(self) -> None:
        """One training dialog per project, kept while it trains even when closed."""
        from curator.ui.training_dialog import open_training_dialog  # spaCy loads only when asked for

        self.training_dialog = open_training_dialog(self, self.training_dialog)

    # --- the workbench (curator.ui.workbench) ----------------------------------------------------

    def host(self) -> QWidget:
        return self

    def run_job(
        self,
        title: str,
        job: JobFunction,
        on_done: Callable[[Any], object],
        on_failed: Callable[[str], object] | None = None,
    ) -> JobWorker:
        return run_with_progress(self, title, job, on_done, on_failed, jobs=self.jobs)

    def open_project(self, path: Path) -> None:
        project_flows.switch_project(self, path, create=False)

    def show_tab(self, widget: QWidget) -> None:
        self.lower_tabs.setCurrentWidget(widget)

    def message(self, text: str, milliseconds: int = MESSAGE_MS) -> None:
        self.statusBar().showMessage(text, milliseconds)

    def selected_span_ids(self) -> list[int]:
        return self.entities.selected_span_ids() if self.entities.table.hasFocus() else []

    def refresh_document(self, document_id: int) -> None:
        self.documents.model.refresh_document(document_id)

    def _focus_filter(self) -> None:
        self.documents.filter_edit.setFocus()
        self.documents.filter_edit.selectAll()

    def _update_title(self) -> None:
        name = self.project.label if self.project.is_server else self.project.path.name
        self.setWindowTitle(f"Curator — {name} — {self.project.annotator_name}")

    # --- commands ---------------------------------------------------------------------------------

    def tag(self, label: str, *, exact: bool = False) -> None:
        start, end = self.text_view.selection()
        exact = exact or self.exact_action.isChecked()
        span = self.controller.tag(label, start, end, exact=exact)
        if span is not None:
            self.text_view.select_range(span.end, span.end)

    def _tag_from_palette(self, label: str) -> None:
        self.tag(label)
        self.text_view.setFocus()

    def delete_spans(self) -> None:
        """Delete what has the focus: an event or argument, a relation, rows, or the span at the cursor."""
        if self.events_panel.delete_focused(self.event_controller):
            return
        ids = self.selected_span_ids()
        if not ids:
            under_cursor = self.controller.spans_at(self.text_view.cursor_offset())
            ids = [under_cursor[0].id] if under_cursor else []
        self.controller.delete_spans(ids)

    def set_project(self, project: Project) -> None:
        """Switch to another project; the old one is closed and its undo history dropped."""
        self.places.remember(self.project)
        old = self.project
        self.project = project
        self.busy_waiter.watch(project)
        self.controller.set_project(project)
        self.documents.set_model(DocumentTableModel(project))
        self.text_view.show_document("", [], {})
        self.document_title.setText("")
        self.span_model.set_spans("", [], {})
        self._show_events()
        self.knowledge_actions.refresh()
        self._update_title()
        self.places.return_to(project)
        self._show_import_hint()
        self.health_actions.project_changed(old)
        self.live_updates.leave(old)
        self.live_updates.project_changed()
        role_gate.apply(self)
        old.close()
        self._show_project_notes()

    def _show_project_notes(self) -> None:
        """What opening the project did on its own (e.g. removed a killed import's documents)."""
        if self.project.notes:
            message = "; ".join(self.project.notes)
            self.statusBar().showMessage(f"{message[:1].upper()}{message[1:]}.")

    def refresh_after_import(self) -> None:
        self.controller.reload_labels()
        self.documents.model.reload()
        if self.controller.document is None:
            self.documents.step(+1)
        self._show_import_hint()

    def _show_import_hint(self) -> None:
        """An empty project says in the text area how to import (plain text, gone with the first text)."""
        if self.documents.model.total or self.documents.filter_edit.text():
            self.text_view.setPlaceholderText("")
            return
        actions = [self.registry[name] for name in ("documents.import", "documents.import_folder")]
        self.text_view.show_import_hint(actions, self.project.path)

    def show_shortcuts(self) -> ShortcutsDialog:
        return show_shortcuts(self, self.registry)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        """Files and folders dropped on the window are imported like File → Import (tables mapped first)."""
        from curator.ui.column_mapping import import_with_mapping

        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            import_with_mapping(self, paths)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.places.remember(self.project)
        self.health_actions.leave(self.project)
        self.live_updates.leave(self.project)
        self.live_updates.stop()
        self.project.close()
        super().closeEvent(event)
