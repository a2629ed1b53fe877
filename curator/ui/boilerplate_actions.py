"""Boilerplate from the keyboard: accept (X, "exclude") or reject (K, "keep") the proposal at the cursor
or selected in the Boilerplate tab, jump between proposals (B, Shift+B), decide a whole kind in the
document (Shift+X, Shift+K) or the corpus (Ctrl+Alt+X, Ctrl+Alt+K), detect across the corpus
(Ctrl+Shift+B, in the background). Every action is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from curator.core.domain import AnnotationError, SpanRecord
from curator.core.services import exclusions
from curator.core.services.exclusions import Decision, RegionRecord
from curator.ui import messages
from curator.ui.actions import ActionSpec, make_action
from curator.ui.boilerplate_panel import BoilerplatePanel
from curator.ui.row_commands import CallbackCommand

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow

SPECS = [
    ActionSpec("boilerplate.accept", "E&xclude Proposal", ("X",),
               "Accept the boilerplate proposal at the cursor (or selected in the Boilerplate tab): the text "
               "is dimmed, cannot be tagged and is left out of exports; a line join joins the lines"),
    ActionSpec("boilerplate.reject", "&Keep Text (Reject Proposal)", ("K",),
               "Reject the proposal at the cursor; it is never proposed again"),
    ActionSpec("boilerplate.next", "&Next Proposal", ("B",), "Move to the next boilerplate proposal"),
    ActionSpec("boilerplate.previous", "&Previous Proposal", ("Shift+B",)),
    ActionSpec("boilerplate.accept_kind_document", "Accept This Kind in the &Document", ("Shift+X",),
               "Accept every proposal of the current proposal's kind in this document"),
    ActionSpec("boilerplate.reject_kind_document", "Reject This Kind in the Document", ("Shift+K",)),
    ActionSpec("boilerplate.accept_kind_corpus", "Accept This Kind in the &Corpus", ("Ctrl+Alt+X",),
               "Accept every proposal of the current proposal's kind in every document (one undo step)"),
    ActionSpec("boilerplate.reject_kind_corpus", "Reject This Kind in the Corpus", ("Ctrl+Alt+K",)),
    ActionSpec("boilerplate.detect", "D&etect in the Corpus", ("Ctrl+Shift+B",),
               "Propose boilerplate in every document, and lines repeated across many documents"),
]  # fmt: skip


class BoilerplateActions:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.controller = window.controller
        self.regions: list[RegionRecord] = []
        self.panel = BoilerplatePanel(window)
        window.lower_tabs.addTab(self.panel, "Boilerplate")
        handlers: dict[str, Callable[[], object]] = {
            "boilerplate.accept": lambda: self.decide_current(exclusions.ACCEPTED),
            "boilerplate.reject": lambda: self.decide_current(exclusions.REJECTED),
            "boilerplate.next": lambda: self.step(+1),
            "boilerplate.previous": lambda: self.step(-1),
            "boilerplate.accept_kind_document": lambda: self.decide_kind(exclusions.ACCEPTED, corpus=False),
            "boilerplate.reject_kind_document": lambda: self.decide_kind(exclusions.REJECTED, corpus=False),
            "boilerplate.accept_kind_corpus": lambda: self.decide_kind(exclusions.ACCEPTED, corpus=True),
            "boilerplate.reject_kind_corpus": lambda: self.decide_kind(exclusions.REJECTED, corpus=True),
            "boilerplate.detect": self.detect,
        }
        menu = window.menuBar().addMenu("&Boilerplate")
        for spec in SPECS:
            action = make_action(window, spec, handlers[spec.id])
            window.actions_by_id[spec.id] = action
            menu.addAction(action)
            if spec.id in ("boilerplate.previous", "boilerplate.reject_kind_corpus"):
                menu.addSeparator()
        window.text_view.document_shown.connect(self.refresh)
        self.panel.table.activated.connect(
            lambda index: self.show_region(self.panel.model.region(index.row()))
        )
        self.panel.table.clicked.connect(lambda index: self.show_region(self.panel.model.region(index.row())))
        self.panel.accept_button.clicked.connect(handlers["boilerplate.accept"])
        self.panel.reject_button.clicked.connect(handlers["boilerplate.reject"])
        self.panel.accept_kind_button.clicked.connect(handlers["boilerplate.accept_kind_corpus"])
        self.panel.detect_button.clicked.connect(self.detect)

    # --- showing ----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the open document's regions and show them in the text and the tab."""
        document = self.controller.document
        self.regions = exclusions.list_regions(self.controller.project, document.id) if document else []
        styles = {"proposed": "proposed", "accepted": "excluded"}
        shown = []
        for region in self.regions:
            style = styles.get(region.status)
            if style == "proposed" and region.kind == exclusions.LINE_JOIN:
                style = "join"
            elif style == "excluded" and region.kind == exclusions.LINE_JOIN:
                style = None  # applied: the text is joined already
            if style is not None:
                shown.append((region.start, region.end, style))
        self.window.text_view.show_regions(shown)
        self.panel.show_regions(document.text if document else "", self.regions)

    def show_region(self, region: RegionRecord | None) -> None:
        if region is None:
            return
        view = self.window.text_view
        view.select_range(region.start, region.end)
        view.centerCursor()
        self.panel.select_region(region.id)

    def current(self) -> RegionRecord | None:
        """The region selected in the tab (when it has the focus), else the proposal at the cursor."""
        if self.panel.table.hasFocus():
            return self.panel.current_region()
        start, end = self.window.text_view.selection()
        touching = [r for r in self.regions if r.start <= end and r.end >= start]
        touching.sort(key=lambda r: (r.status != exclusions.PROPOSED, r.start))
        return touching[0] if touching else None

    def step(self, direction: int) -> None:
        proposed = [r for r in self.regions if r.status == exclusions.PROPOSED]
        if not proposed:
            self.controller.message.emit("No boilerplate proposed in this document.")
            return
        start, end = self.window.text_view.selection()
        if direction > 0:
            after = [r for r in proposed if r.start > start]
            self.show_region(after[0] if after else proposed[0])
        else:
            before = [r for r in proposed if r.start < start]
            self.show_region(before[-1] if before else proposed[-1])

    # --- deciding ---------------------------------------------------------------------------------

    def decide_current(self, decision: str) -> None:
        region = self.current()
        if region is None:
            self.controller.message.emit(
                "No boilerplate region at the cursor (B jumps to the next proposal)."
            )
            return
        verb = "Exclude" if decision == exclusions.ACCEPTED else "Keep"
        title = f"{verb} {region.kind.replace('_', ' ')}"
        if self._run(title, lambda remove: exclusions.decide(self.controller.project, [region.id], decision,
                                                             remove_spans=remove)):  # fmt: skip
            following = [
                r for r in self.regions if r.status == exclusions.PROPOSED and r.start > region.start
            ]
            if following:
                self.show_region(following[0])

    def decide_kind(self, decision: str, *, corpus: bool) -> None:
        """The whole kind of the current proposal: in the document at once, in the corpus in the
        background (accepting line joins edits every document's text), behind a Cancel button."""
        region = self.current()
        document = self.controller.document
        if region is None or document is None:
            self.controller.message.emit("Put the cursor on a proposal (or select one) to choose its kind.")
            return
        verb = "Accept" if decision == exclusions.ACCEPTED else "Reject"
        title = f"{verb} every {region.kind.replace('_', ' ')} in the {'corpus' if corpus else 'document'}"
        project = self.controller.project
        if not corpus:
            self._run(title, lambda remove: exclusions.decide_kind(
                project, region.kind, decision, document_id=document.id, remove_spans=remove
            ))  # fmt: skip
            return
        lost = exclusions.spans_in_kind(project, region.kind) if decision == exclusions.ACCEPTED else []
        if lost and not self._confirm(title, lost):
            return

        def job(progress, is_cancelled):
            return exclusions.decide_kind(
                project, region.kind, decision, remove_spans=bool(lost), progress=progress,
                is_cancelled=is_cancelled,
            )  # fmt: skip

        from curator.ui.project_flows import run_with_progress

        run_with_progress(
            self.window, f"{title}…", job, lambda done: self._record(title, done),
            lambda message: self.controller.message.emit(f"Not changed: {message}."),
        )  # fmt: skip

    def _confirm(self, title: str, spans: list[SpanRecord]) -> bool:
        document = self.controller.document
        names = ", ".join(
            f"“{document.text[s.start : s.end]}” ({s.label})"
            if document is not None and s.document_id == document.id
            else f"{s.label} in document {s.document_id}"
            for s in spans[:8]
        )
        answer = messages.question(
            self.window, title,
            f"This removes {len(spans)} annotation(s) inside the excluded text: {names}. Go on?",
        )  # fmt: skip
        return answer == messages.Button.Yes

    def _run(self, title: str, call: Callable[[bool], Decision]) -> bool:
        """Make a decision (asking first when it would remove annotations) and push its undo step."""
        try:
            try:
                decision = call(False)
            except exclusions.ExclusionOverlap as overlap:
                if not self._confirm(title, overlap.spans):
                    return False
                decision = call(True)
        except AnnotationError as error:
            self.controller.message.emit(f"Not changed: {error}.")
            return False
        return self._record(title, decision)

    def _record(self, title: str, decision: Decision) -> bool:
        """Push the undo step of a decision made, show its effect and say what it did."""
        controller = self.controller
        document = controller.document
        if not decision.count:
            controller.message.emit("Nothing to change: no such proposal is left.")
            return False
        project = controller.project
        document_id = document.id if document is not None else min(decision.document_ids, default=0)
        applied = [decision]

        def redo() -> None:
            applied.append(exclusions.redo_decision(project, applied.pop()))

        def undo() -> None:
            exclusions.undo_decision(project, applied[-1])

        reload = decision.changed_text or bool(decision.removed)
        controller.undo_stack.push(
            CallbackCommand(document_id, f"{title} ({decision.count})", redo, undo,
                            lambda changed_id: self._changed(changed_id, reload), project=project)
        )  # fmt: skip
        self._changed(document_id, reload)
        kinds = ", ".join(f"{count} {kind.replace('_', ' ')}" for kind, count in decision.by_kind.items())
        extra = f"; {len(decision.removed.table('spans'))} annotation(s) removed" if decision.removed else ""
        controller.message.emit(f"{decision.decision.capitalize()} {kinds}{extra} — saved.")
        return True

    def _changed(self, document_id: int, reload: bool) -> None:
        document = self.controller.document
        if reload or document is None or document.id != document_id:
            self.window.reload_text(document_id)
        else:
            self.refresh()

    # --- detecting --------------------------------------------------------------------------------

    def detect(self) -> None:
        from curator.ui.project_flows import run_with_progress

        project = self.controller.project

        def job(progress, is_cancelled):
            return exclusions.propose(project, progress=progress, is_cancelled=is_cancelled)

        def done(proposed: exclusions.Proposed) -> None:
            if not proposed.region_ids:
                self.controller.message.emit(f"No new boilerplate in {proposed.documents} document(s).")
                return
            removed: list[tuple[dict, ...]] = []
            document_id = self.controller.document.id if self.controller.document else 0
            self.controller.undo_stack.push(
                CallbackCommand(
                    document_id, f"Detect boilerplate ({len(proposed.region_ids)})",
                    lambda: exclusions.redo_proposed(project, removed.pop()),
                    lambda: removed.append(exclusions.undo_proposed(project, proposed)),
                    lambda _document_id: self.refresh(),
                )
            )  # fmt: skip
            self.refresh()
            kinds = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in sorted(proposed.by_kind.items()))
            self.controller.message.emit(
                f"Proposed {len(proposed.region_ids)} region(s) in {proposed.documents} document(s): {kinds}."
            )

        run_with_progress(self.window, "Detecting boilerplate…", job, done)
