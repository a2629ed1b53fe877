"""The main window: composes the panels, the text view and the actions; holds no data logic."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from curator.core.domain import DocumentRecord, SpanChange
from curator.core.storage import Project
from curator.ui import project_flows
from curator.ui.actions import SPECS, ActionSpec, make_action, shortcut_text
from curator.ui.annotation_controller import AnnotationController
from curator.ui.document_list_model import DocumentTableModel
from curator.ui.label_palette import LabelPalette
from curator.ui.panels import DocumentsPanel, EntityPanel
from curator.ui.span_table_model import SpanTableModel
from curator.ui.text_view import DocumentTextView

MESSAGE_MS = 6000


class MainWindow(QMainWindow):
    def __init__(self, project: Project) -> None:
        super().__init__()
        self.project = project
        self.controller = AnnotationController(project, self)
        self.actions_by_id: dict[str, QAction] = {}
        self.label_actions: list[QAction] = []

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

        center = QWidget(self)
        center_layout = QVBoxLayout(center)
        center_layout.setContentsMargins(0, 0, 0, 0)
        center_layout.addWidget(self.document_title)
        center_layout.addWidget(self.palette_bar)
        center_layout.addWidget(self.text_view)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.documents)
        splitter.addWidget(center)
        splitter.addWidget(self.entities)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 760, 360])
        self.setCentralWidget(splitter)
        self.resize(1500, 900)

        self._build_actions()
        self._connect()
        self._labels_changed()
        self._update_title()
        self.documents.step(+1)
        self.text_view.setFocus()

    # --- composition ------------------------------------------------------------------------------

    def _action(self, action_id: str, handler) -> QAction:  # noqa: ANN001 - any callable
        action = make_action(self, SPECS[action_id], handler)
        self.actions_by_id[action_id] = action
        return action

    def _build_actions(self) -> None:
        undo, redo = (
            self.controller.undo_stack.createUndoAction(self),
            self.controller.undo_stack.createRedoAction(self),
        )
        for action, spec_id in ((undo, "edit.undo"), (redo, "edit.redo")):
            spec = SPECS[spec_id]
            action.setObjectName(spec.id)
            action.setShortcuts([QKeySequence(s) for s in spec.shortcuts])
            action.setToolTip(f"{spec.title.replace('&', '')} ({shortcut_text(spec.shortcuts)})")
            self.addAction(action)
            self.actions_by_id[spec_id] = action

        menu_file = self.menuBar().addMenu("&File")
        menu_file.addAction(self._action("project.new", lambda: project_flows.new_project(self)))
        menu_file.addAction(self._action("project.open", lambda: project_flows.open_project_dialog(self)))
        self.recent_menu = QMenu("Open &Recent", self)
        self.recent_menu.aboutToShow.connect(lambda: project_flows.fill_recent_menu(self, self.recent_menu))
        menu_file.addMenu(self.recent_menu)
        menu_file.addSeparator()
        menu_file.addAction(self._action("documents.import", lambda: project_flows.import_dialog(self)))
        menu_file.addAction(self._action("documents.export", lambda: project_flows.export_dialog(self)))
        menu_file.addSeparator()
        menu_file.addAction(self._action("app.quit", self.close))

        menu_edit = self.menuBar().addMenu("&Edit")
        menu_edit.addAction(undo)
        menu_edit.addAction(redo)
        menu_edit.addSeparator()
        menu_edit.addAction(self._action("span.delete", self.delete_spans))

        self.menu_annotate = self.menuBar().addMenu("&Annotate")
        self.menu_exact = QMenu("Tag E&xact Characters", self)
        self.exact_action = self._action("annotate.exact", lambda: None)

        menu_go = self.menuBar().addMenu("&Go")
        menu_go.addAction(self._action("document.next", lambda: self.documents.step(+1)))
        menu_go.addAction(self._action("document.previous", lambda: self.documents.step(-1)))
        menu_go.addSeparator()
        menu_go.addAction(self._action("documents.filter", self._focus_filter))
        menu_go.addAction(self._action("focus.documents", lambda: self.documents.table.setFocus()))
        menu_go.addAction(self._action("focus.text", lambda: self.text_view.setFocus()))
        menu_go.addAction(self._action("focus.entities", lambda: self.entities.table.setFocus()))

        menu_help = self.menuBar().addMenu("&Help")
        menu_help.addAction(self._action("help.shortcuts", self.show_shortcuts))

    def _rebuild_label_actions(self) -> None:
        for action in self.label_actions:
            self.removeAction(action)
            action.deleteLater()
        self.label_actions = []
        self.menu_annotate.clear()
        self.menu_exact.clear()
        for label in self.controller.labels:
            for exact in (False, True):
                keys: tuple[str, ...] = ()
                if label.shortcut:
                    keys = (f"Alt+{label.shortcut}",) if exact else (label.shortcut,)
                title = f"Tag Exact Characters as {label.name}" if exact else f"Tag as {label.name}"
                spec = ActionSpec(
                    f"tag.{label.name}{'.exact' if exact else ''}", title, keys, label.description
                )
                action = make_action(self, spec, lambda name=label.name, ex=exact: self.tag(name, exact=ex))
                self.label_actions.append(action)
                (self.menu_exact if exact else self.menu_annotate).addAction(action)
        self.menu_annotate.addSeparator()
        self.menu_annotate.addMenu(self.menu_exact)
        self.menu_annotate.addAction(self.exact_action)

    def _connect(self) -> None:
        self.documents.document_activated.connect(self.controller.open_document)
        self.controller.document_loaded.connect(self._document_loaded)
        self.controller.spans_changed.connect(self._spans_changed)
        self.controller.labels_changed.connect(self._labels_changed)
        self.controller.message.connect(lambda text: self.statusBar().showMessage(text, MESSAGE_MS))
        self.entities.table.clicked.connect(self._span_clicked)
        self.entities.table.activated.connect(self._span_clicked)

    # --- reactions --------------------------------------------------------------------------------

    def _labels_changed(self) -> None:
        self.palette_bar.set_labels(self.controller.labels)
        self.entities.delegate.labels = [label.name for label in self.controller.labels]
        self._rebuild_label_actions()
        if self.controller.document is not None:
            self.text_view.show_spans(self.controller.spans, self.controller.colors)
            self._show_span_table()

    def _document_loaded(self, document: DocumentRecord) -> None:
        self.text_view.show_document(document.text, self.controller.spans, self.controller.colors)
        self.document_title.setText(f"{document.title}   [{document.language} · #{document.id}]")
        self._show_span_table()
        self.documents.select_document(document.id)

    def _spans_changed(self, change: SpanChange) -> None:
        self.text_view.apply_change(change)
        self._show_span_table()
        self.documents.model.refresh_document(change.document_id)

    def _show_span_table(self) -> None:
        document = self.controller.document
        if document is None:
            return
        self.span_model.set_spans(document.text, self.controller.spans, self.controller.colors)
        self.entities.title.setText(f"<b>Entities</b> ({len(self.controller.spans)})")

    def _span_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            span = self.span_model.span(index.row())
            self.text_view.flash(span.start, span.end)

    def _focus_filter(self) -> None:
        self.documents.filter_edit.setFocus()
        self.documents.filter_edit.selectAll()

    def _update_title(self) -> None:
        self.setWindowTitle(f"Curator — {self.project.path.name}")

    # --- commands ---------------------------------------------------------------------------------

    def tag(self, label: str, *, exact: bool = False) -> None:
        start, end = self.text_view.selection()
        span = self.controller.tag(label, start, end, exact=exact or self.exact_action.isChecked())
        if span is not None:
            self.text_view.select_range(span.end, span.end)

    def _tag_from_palette(self, label: str) -> None:
        self.tag(label)
        self.text_view.setFocus()

    def delete_spans(self) -> None:
        ids = self.entities.selected_span_ids() if self.entities.table.hasFocus() else []
        if not ids:
            under_cursor = self.controller.spans_at(self.text_view.cursor_offset())
            ids = [under_cursor[0].id] if under_cursor else []
        self.controller.delete_spans(ids)

    def set_project(self, project: Project) -> None:
        """Switch to another project; the old one is closed and its undo history dropped."""
        old = self.project
        self.project = project
        self.controller.set_project(project)
        self.documents.set_model(DocumentTableModel(project))
        self.text_view.show_document("", [], {})
        self.document_title.setText("")
        self.span_model.set_spans("", [], {})
        self._update_title()
        self.documents.step(+1)
        old.close()

    def refresh_after_import(self) -> None:
        self.controller.reload_labels()
        self.documents.model.reload()
        if self.controller.document is None:
            self.documents.step(+1)

    def show_shortcuts(self) -> None:
        rows = []
        for action in [*self.actions_by_id.values(), *self.label_actions]:
            keys = action.shortcuts()
            if keys:
                names = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
                rows.append(f"<tr><td><b>{names}</b></td><td>{action.text().replace('&', '')}</td></tr>")
        QMessageBox.information(
            self,
            "Keyboard shortcuts",
            "<p>Select text (mouse or Shift+arrows) or put the cursor on a word, then press a label key. "
            "Selections snap to whole words and leave out a Turkish suffix after an apostrophe.</p>"
            f"<table cellspacing=6>{''.join(rows)}</table>",
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.project.close()
        super().closeEvent(event)
