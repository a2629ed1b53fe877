"""Reviewing suggestions from the keyboard: accept (A), reject (R), accept and go on (Shift+A), move
between them (N, Shift+N), accept in bulk, and run a suggester off the GUI thread.

Every decision is one core call (curator.core.services.suggestions) whose change goes on the undo stack
as one step (`AnnotationController.push`); the views refresh from the controller's `changed` signal.
Tagging over a suggestion by hand is the controller's label key: the core `suggestions.tag` decides it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QModelIndex

from curator.core.domain import AnnotationError, DocumentRecord, SpanRecord, SuggestionStatus
from curator.core.services import suggestions
from curator.core.services.suggestions import Decided, SuggestionRecord
from curator.core.storage import Project
from curator.core.suggest.runner import (
    SuggestRun,
    run_suggester,
    select_documents,
    suggester_choices,
    suggester_factory,
)
from curator.ui.annotation_controller import snippet
from curator.ui.event_controller import EventController
from curator.ui.suggestion_panel import SuggestionsPanel, describe
from curator.ui.workbench import Workbench


def _as_label(surface: str, label: str) -> str:
    """A suggestion in an undo step or a message: “surface” as LABEL."""
    return QCoreApplication.translate("SuggestionActions", "“{surface}” as {label}").format(
        surface=surface, label=label
    )


def _not_done(error: object) -> str:
    return QCoreApplication.translate("SuggestionActions", "Not done: {error}.").format(error=error)


class SuggestionActions:
    def __init__(self, workbench: Workbench, events: EventController) -> None:
        self.workbench = workbench
        self.events = events
        self.controller = workbench.controller
        self.pending: list[SuggestionRecord] = []
        self.last_run: SuggestRun | None = None
        self.panel = SuggestionsPanel(workbench.host())
        handlers: dict[str, Callable[[], object]] = {
            "suggestion.accept": self.accept,
            "suggestion.reject": self.reject_and_next,
            "suggestion.accept_next": self.accept_and_next,
            "suggestion.next": lambda: self.step(+1),
            "suggestion.previous": lambda: self.step(-1),
            "suggestion.accept_label": self.accept_label,
            "suggestion.accept_entity": self.accept_entity,
            "suggestion.run_document": lambda: self.run(whole_corpus=False),
            "suggestion.run_corpus": lambda: self.run(whole_corpus=True),
        }
        for action_id, handler in handlers.items():
            workbench.registry.add(action_id, handler)
        workbench.text_view.tooltip_at = self.tooltip_at
        self.controller.document_loaded.connect(lambda _document: self.refresh())
        self.controller.annotations_reloaded.connect(lambda _document_id: self.refresh())
        self.controller.labels_changed.connect(self.refresh)  # new colours, or another project
        self.panel.table.activated.connect(self._row_chosen)
        self.panel.table.clicked.connect(self._row_chosen)
        self.panel.accept_button.clicked.connect(self.accept)
        self.panel.reject_button.clicked.connect(self.reject_and_next)
        self.panel.accept_label_button.clicked.connect(self.accept_label)
        self.panel.accept_entity_button.clicked.connect(self.accept_entity)
        self.panel.suggest_document_button.clicked.connect(lambda: self.run(whole_corpus=False))
        self.panel.suggest_corpus_button.clicked.connect(lambda: self.run(whole_corpus=True))
        self.refresh()

    @property
    def project(self) -> Project:
        return self.controller.project

    @property
    def document(self) -> DocumentRecord | None:
        return self.controller.document

    # --- showing --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the open document's suggestions into the text, the table and the counts."""
        document = self.document
        self.pending = suggestions.list_suggestions(self.project, document.id) if document else []
        self.workbench.text_view.show_suggestions((s.id, s.start, s.end, s.label) for s in self.pending)
        self.panel.model.set_suggestions(
            document.text if document else "", self.pending, self.controller.colors
        )
        counts: dict[str, int] = {}
        for suggestion in self.pending:
            counts[suggestion.label] = counts.get(suggestion.label, 0) + 1
        by_label = " · ".join(f"{label} {count}" for label, count in sorted(counts.items()))
        corpus = sum(suggestions.pending_counts(self.project).values())
        if by_label:
            counts_text = QCoreApplication.translate(
                "SuggestionActions", "({here} here: {labels}; {corpus} in the corpus)"
            )
        else:
            counts_text = QCoreApplication.translate(
                "SuggestionActions", "({here} here; {corpus} in the corpus)"
            )
        counts_text = counts_text.format(here=len(self.pending), labels=by_label, corpus=corpus)
        self.panel.title.setText(f"<b>{self.panel.heading}</b> {counts_text}")
        self.panel.set_choices(suggester_choices(self.project))

    def tooltip_at(self, offset: int) -> str | None:
        hits = self._containing(offset, offset)
        return describe(hits[0]) if hits else None

    def _containing(self, start: int, end: int) -> list[SuggestionRecord]:
        if start == end:
            hits = [s for s in self.pending if s.start <= start < s.end or s.start < start == s.end]
        else:
            hits = [s for s in self.pending if s.start <= start and end <= s.end]
        return sorted(hits, key=lambda s: s.end - s.start)

    def targets(self) -> list[SuggestionRecord]:
        """The suggestions selected in the table (when it has the focus), else the one at the cursor."""
        if self.panel.table.hasFocus():
            chosen = self.panel.selected()
            if chosen:
                return chosen
        hits = self._containing(*self.workbench.text_view.selection())
        return hits[:1]

    def select(self, suggestion: SuggestionRecord) -> None:
        self.workbench.text_view.select_range(suggestion.start, suggestion.end)
        self.workbench.text_view.centerCursor()
        for row in range(self.panel.model.rowCount()):
            found = self.panel.model.suggestion(row)
            if found is not None and found.id == suggestion.id:
                self.panel.table.selectRow(row)

    def _row_chosen(self, index: QModelIndex) -> None:
        suggestion = self.panel.model.suggestion(index.row()) if index.isValid() else None
        if suggestion is not None:
            self.workbench.text_view.flash(suggestion.start, suggestion.end)

    def step(self, direction: int) -> SuggestionRecord | None:
        """Select the next (or previous) suggestion; past the last one, go to the next document with some."""
        start, end = self.workbench.text_view.selection()
        order = [(s.start, s.end, s.id) for s in self.pending]
        exact = next((i for i, s in enumerate(self.pending) if (s.start, s.end) == (start, end)), None)
        if exact is not None:
            index = exact + direction
        elif direction > 0:
            index = next((i for i, (s, _e, _id) in enumerate(order) if s >= end), len(order))
        else:
            index = max((i for i, (_s, e, _id) in enumerate(order) if e <= start), default=-1)
        if 0 <= index < len(self.pending):
            self.select(self.pending[index])
            return self.pending[index]
        document = self.document
        if direction > 0 and document is not None:
            following = suggestions.next_document_with_suggestions(self.project, document.id)
            if following is not None and following != document.id:
                self.controller.open_document(following)
                if self.pending:
                    self.select(self.pending[0])
                    said = QCoreApplication.translate(
                        "SuggestionActions", "Next document with suggestions: #{id}."
                    ).format(id=following)
                    self.controller.message.emit(said)
                    return self.pending[0]
        if direction > 0 and self.pending and (self.pending[0].start, self.pending[0].end) != (start, end):
            self.select(self.pending[0])  # none after this one in the corpus: back to this document's first
            self.controller.message.emit(
                QCoreApplication.translate(
                    "SuggestionActions", "No later document has suggestions: back to this document's first."
                )
            )
            return self.pending[0]
        if direction > 0:
            self.controller.message.emit(
                QCoreApplication.translate("SuggestionActions", "No more suggestions.")
            )
        else:
            self.controller.message.emit(
                QCoreApplication.translate("SuggestionActions", "No earlier suggestion in this document.")
            )
        return None

    # --- deciding -------------------------------------------------------------------------------------

    def _surface(self, suggestion: SuggestionRecord) -> str:
        document = self.document
        return snippet(document.text[suggestion.start : suggestion.end]) if document else ""

    def _decide(self, title: str, call: Callable[[], Decided]) -> Decided | None:
        try:
            decided = call()
        except AnnotationError as error:
            self.controller.message.emit(_not_done(error))
            return None
        if not decided:
            self.controller.message.emit(QCoreApplication.translate("SuggestionActions", "Nothing to do."))
            return None
        self.controller.push(title, decided.change)
        return decided

    def accept(self) -> Decided | None:
        return self._decide_targets(
            QCoreApplication.translate("SuggestionActions", "Accept {what}"),
            "A",
            suggestions.accept_suggestions,
            QCoreApplication.translate("SuggestionActions", "Accepted {what} — saved (Ctrl+Z undoes)."),
        )

    def reject(self) -> Decided | None:
        return self._decide_targets(
            QCoreApplication.translate("SuggestionActions", "Reject {what}"),
            "R",
            suggestions.reject_suggestions,
            QCoreApplication.translate(
                "SuggestionActions", "Rejected {what}; it will not be suggested again — saved."
            ),
        )

    def _decide_targets(
        self, step: str, key: str, decide: Callable[[Project, list[int]], Decided], done: str
    ) -> Decided | None:
        """Accept or reject the suggestions at the cursor (or selected in the tab) as one undo step;
        `step` and `done` are the undo step's and the status bar's texts, with {what} to fill in."""
        chosen = self.targets()
        if not chosen:
            hint = QCoreApplication.translate(
                "SuggestionActions", "Put the cursor on a suggestion (dashed underline), then {key}."
            )
            self.controller.message.emit(hint.format(key=key))
            return None
        if len(chosen) == 1:
            what = _as_label(self._surface(chosen[0]), chosen[0].label)
        else:
            what = str(len(chosen))
        change = self._decide(step.format(what=what), lambda: decide(self.project, [s.id for s in chosen]))
        if change is not None:
            self.controller.message.emit(done.format(what=what))
        return change

    def accept_and_next(self) -> None:
        self._then_next(self.accept)

    def reject_and_next(self) -> None:
        """R: the rejected suggestion goes, and the next one is selected (as Shift+A does after accepting)."""
        self._then_next(self.reject)

    def _then_next(self, decide: Callable[[], Decided | None]) -> None:
        chosen = self.targets()
        if decide() is not None and chosen:
            last = max(chosen, key=lambda s: s.end)
            self.workbench.text_view.select_range(last.end, last.end)
            self.step(+1)

    def accept_label(self) -> None:
        chosen = self.targets()
        document = self.document
        if not chosen or document is None:
            self.controller.message.emit(
                QCoreApplication.translate(
                    "SuggestionActions", "Put the cursor on a suggestion of the label to accept."
                )
            )
            return
        label = chosen[0].label
        change = self._decide(
            QCoreApplication.translate("SuggestionActions", "Accept every {label} suggestion").format(
                label=label
            ),
            lambda: suggestions.accept_label_in_document(self.project, document.id, label),
        )
        if change is not None:
            count = change.decisions(SuggestionStatus.ACCEPTED)
            said = QCoreApplication.translate(
                "SuggestionActions", "Accepted {count} {label} suggestions in this document — one undo."
            )
            self.controller.message.emit(said.format(count=count, label=label))

    def _entity_here(self) -> tuple[int, str] | None:
        for suggestion in self.targets():
            if suggestion.entity_id is not None:
                return suggestion.entity_id, suggestion.entity_name or ""
        tagged: list[SpanRecord] = self.controller.spans_at(self.workbench.text_view.cursor_offset())
        linked = next((s for s in tagged if s.entity_id is not None), None)
        return (linked.entity_id, "") if linked is not None and linked.entity_id is not None else None

    def accept_entity(self) -> None:
        found = self._entity_here()
        if found is None:
            self.controller.message.emit(
                QCoreApplication.translate(
                    "SuggestionActions", "Put the cursor on a suggestion (or mention) linked to an entity."
                )
            )
            return
        entity_id, name = found
        if not name:
            name = QCoreApplication.translate("SuggestionActions", "the entity")
        change = self._decide(
            QCoreApplication.translate("SuggestionActions", "Accept every mention of {name}").format(
                name=name
            ),
            lambda: suggestions.accept_entity_everywhere(self.project, entity_id),
        )
        if change is not None:
            count = change.decisions(SuggestionStatus.ACCEPTED)
            documents = len(change.document_ids)
            said = QCoreApplication.translate(
                "SuggestionActions",
                "Accepted {count} mentions of {name} in {documents} documents — one undo.",
            )
            self.controller.message.emit(said.format(count=count, name=name, documents=documents))

    def accept_trigger(self, event_type: str, start: int, end: int, *, exact: bool) -> bool:
        """An event key on a suggested trigger of that type accepts the suggestion (the core looks for it
        in the database), so the event comes with its guessed arguments and date. Returns whether it was
        handled here (False: no such suggestion, create the event as usual)."""
        document = self.document
        bounds = self.controller.tag_bounds(start, end, exact=exact)
        if document is None or bounds is None:
            return False
        what = _as_label(snippet(document.text[bounds[0] : bounds[1]]), event_type)
        try:
            decided = suggestions.accept_trigger(self.project, document.id, *bounds, event_type)
        except AnnotationError as error:
            self.controller.message.emit(_not_done(error))
            return True
        if decided is None:
            return False
        self.controller.push(
            QCoreApplication.translate("SuggestionActions", "Accept {what}").format(what=what), decided.change
        )
        events = decided.change.ids("events")
        arguments = len(decided.change.rows("event_arguments"))
        if events:
            self.events.select_event(events[0])
        said = QCoreApplication.translate(
            "SuggestionActions",
            "Accepted the suggested {type} event with %n guessed argument(s) — check them; saved "
            "(Ctrl+Z undoes).",
            "",
            arguments,
        )
        self.controller.message.emit(said.format(type=event_type))
        return True

    # --- running a suggester --------------------------------------------------------------------------

    def run(self, *, whole_corpus: bool) -> None:
        """Run the chosen suggester over this document or the corpus, off the GUI thread, with Cancel."""
        document = self.document
        if not whole_corpus and document is None:
            self.controller.message.emit(
                QCoreApplication.translate("SuggestionActions", "Open a document first.")
            )
            return
        project, spec = self.project, self.panel.suggester.currentText() or "rules"
        ids = None if whole_corpus else [document.id]  # type: ignore[union-attr]

        def job(progress, is_cancelled) -> SuggestRun:
            documents = select_documents(project, ids)
            return run_suggester(
                project, spec, suggester_factory(project, spec), documents, progress=progress,
                is_cancelled=is_cancelled,
            )  # fmt: skip

        def done(result: SuggestRun) -> None:
            self.last_run = result
            self.refresh()
            self.controller.message.emit(" ".join(result.lines()[0].split()))

        self.workbench.run_job(
            QCoreApplication.translate("SuggestionActions", "Suggesting with {spec}…").format(spec=spec),
            job,
            done,
        )
