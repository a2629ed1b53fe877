"""Review → Adjudicate: the curation mode over the open document's annotator layers.

The mode reads the layers through `curator.core.adjudication` (not the controller's span list, which
shows the user's own layer), paints each disagreement in the text with its kind's colour and the agreed
units in grey, and lists them in the Adjudication tab. Each decision is one core call into the gold layer
whose change is one undo step. Only a reviewer writes gold; the core says so when refused.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog

from curator.core.adjudication import disagreements
from curator.core.domain import CuratorError
from curator.core.services import adjudication, relabel_span
from curator.core.services.changes import Change
from curator.ui.adjudication_panel import AGREED_COLOR, KIND_COLORS, AdjudicationPanel
from curator.ui.guard import guard_for
from curator.ui.workbench import Workbench


class AdjudicationActions:
    def __init__(self, workbench: Workbench) -> None:
        self.workbench = workbench
        self.controller = workbench.controller
        self.panel = AdjudicationPanel(workbench.host())
        self.active = False
        registry = workbench.registry
        registry.add("adjudicate.mode", self.start)
        registry.add("adjudicate.accept_agreed", self.accept_agreed)
        registry.add("adjudicate.accept_agreed_corpus", self.accept_agreed_corpus)
        self.panel.list.key_pressed.connect(
            lambda word: guard_for(self.panel).call(
                QCoreApplication.translate("AdjudicationActions", "Adjudicate"), self.key, word
            )
        )
        self.panel.list.currentRowChanged.connect(lambda _row: self._flash())
        self.controller.document_loaded.connect(lambda _document: self.refresh())
        self.controller.changed.connect(self._changed)

    def start(self) -> None:
        document = self.controller.document
        if document is None:
            self.controller.message.emit(
                QCoreApplication.translate("AdjudicationActions", "Open a document first.")
            )
            return
        comparison = disagreements(self.workbench.project, document.id)
        if len(comparison.layers) < 2:
            found = ", ".join(comparison.layers) or QCoreApplication.translate("AdjudicationActions", "none")
            self.controller.message.emit(
                QCoreApplication.translate(
                    "AdjudicationActions",
                    "Adjudication needs two annotator layers in this document; it has {count} ({found}).",
                ).format(count=len(comparison.layers), found=found)
            )
            return
        self.active = True
        self.workbench.show_tab(self.panel)
        self.refresh()
        self.panel.list.setFocus()

    def refresh(self, keep: str | None = None) -> None:
        """Re-read the comparison of the open document and repaint it (the mode ends on one without two
        layers)."""
        document = self.controller.document
        if not self.active or document is None:
            return
        comparison = disagreements(self.workbench.project, document.id)
        if len(comparison.layers) < 2:
            self.active = False
            self.workbench.text_view.outline([])
            self.panel.clear(
                QCoreApplication.translate(
                    "AdjudicationActions",
                    "Document {id} has fewer than two annotator layers; curation mode ended.",
                ).format(id=document.id)
            )
            return
        self.panel.show_comparison(comparison, document.text, keep)
        marks = [(u.start, u.end, AGREED_COLOR) for u in comparison.agreed]
        marks += [(d.start, d.end, KIND_COLORS[d.kind]) for d in comparison.open]
        self.workbench.text_view.outline(marks)

    def _changed(self, change: Change) -> None:
        document = self.controller.document
        if self.active and document is not None and document.id in change.documents:
            current = self.panel.current
            self.refresh(current.id if current else None)

    def _flash(self) -> None:
        current = self.panel.current
        if current is not None:
            self.workbench.text_view.flash(current.start, current.end)

    # --- decisions --------------------------------------------------------------------------------

    def key(self, word: str) -> None:
        if word in ("next", "previous"):
            if not self.panel.move(1 if word == "next" else -1):
                self.controller.message.emit(
                    QCoreApplication.translate("AdjudicationActions", "No more open disagreements that way.")
                )
            return
        current, comparison = self.panel.current, self.panel.comparison
        document = self.controller.document
        if current is None or comparison is None or document is None:
            self.controller.message.emit(
                QCoreApplication.translate("AdjudicationActions", "No disagreement selected.")
            )
            return
        if word in ("1", "2"):
            choice = comparison.layers[int(word) - 1]
        elif word == "edit":
            if current.what == "event":
                self.controller.message.emit(
                    QCoreApplication.translate(
                        "AdjudicationActions",
                        "E edits a span's label; accept an event, then edit it under Events.",
                    )
                )
                return
            choice = comparison.layers[0]
        else:
            choice = {"both": adjudication.BOTH, "neither": adjudication.NEITHER}[word]
        try:
            decision = adjudication.resolve(self.workbench.project, document.id, current.id, choice)
        except CuratorError as error:
            self._not_changed(str(error))
            return
        self.controller.push(decision.change.text, decision.change)
        if word == "edit" and decision.span_ids:
            self._relabel(decision.span_ids[0])
        self._saved(decision.change.text)
        self.panel.move(1)

    def _not_changed(self, error: str) -> None:
        self.controller.message.emit(
            QCoreApplication.translate("AdjudicationActions", "Not changed: {error}.").format(error=error)
        )

    def _saved(self, what: str) -> None:
        self.controller.message.emit(
            QCoreApplication.translate("AdjudicationActions", "{what} — saved.").format(what=what)
        )

    def _relabel(self, span_id: int) -> None:
        """E: the accepted copy takes another label (its own undo step, after the acceptance)."""
        names = [label.name for label in self.controller.labels if label.kind == "entity"]
        name, chosen = QInputDialog.getItem(
            self.panel,
            QCoreApplication.translate("AdjudicationActions", "Edit in gold"),
            QCoreApplication.translate("AdjudicationActions", "Label of the gold copy:"),
            names,
            0,
            False,
        )
        if not chosen:
            return
        relabelled = relabel_span(self.workbench.project, span_id, name)
        self.controller.push(
            QCoreApplication.translate("AdjudicationActions", "Gold: relabel as {name}").format(name=name),
            relabelled.change,
        )

    def accept_agreed(self) -> None:
        document = self.controller.document
        if document is None:
            self.controller.message.emit(
                QCoreApplication.translate("AdjudicationActions", "Open a document first.")
            )
            return
        try:
            decision = adjudication.accept_agreed(self.workbench.project, document.id)
        except CuratorError as error:
            self._not_changed(str(error))
            return
        if not decision.change:
            self.controller.message.emit(
                QCoreApplication.translate(
                    "AdjudicationActions",
                    "Nothing new to accept: gold holds every agreed unit of this document.",
                )
            )
            return
        self.controller.push(decision.change.text, decision.change)
        self.controller.message.emit(
            QCoreApplication.translate(
                "AdjudicationActions", "{count} agreed spans copied into gold — saved."
            ).format(count=len(decision.span_ids))
        )

    def accept_agreed_corpus(self) -> None:
        project = self.workbench.project
        try:
            adjudication.require_reviewer(project)
        except CuratorError as error:
            self._not_changed(str(error))
            return

        def job(
            progress: Callable[[int, int], None], is_cancelled: Callable[[], bool]
        ) -> adjudication.CorpusAcceptance:
            return adjudication.accept_agreed_everywhere(
                project, progress=progress, is_cancelled=is_cancelled
            )

        def done(result: adjudication.CorpusAcceptance) -> None:
            if result.change:
                self.controller.push(result.change.text, result.change)
            self.controller.message.emit(
                QCoreApplication.translate(
                    "AdjudicationActions",
                    "{spans} agreed spans copied into gold; documents with two layers or more: {documents} "
                    "— saved.",
                ).format(spans=result.spans, documents=result.documents)
            )

        title = QCoreApplication.translate("AdjudicationActions", "Accepting what every annotator agrees on…")
        self.workbench.run_job(title, job, done, self._not_changed)
