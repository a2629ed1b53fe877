"""Boilerplate from the keyboard: accept (X, "exclude") or reject (K, "keep") the proposal at the cursor
or selected in the Boilerplate tab, jump between proposals (B, Shift+B), decide a whole kind in the
document (Shift+X, Shift+K) or the corpus (Ctrl+Alt+X, Ctrl+Alt+K), detect across the corpus
(Ctrl+Shift+B, in the background). Every action is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from curator.core.domain import AnnotationError, SpanRecord
from curator.core.services import exclusions
from curator.core.services.changes import Change
from curator.core.services.exclusions import Decision, RegionRecord
from curator.ui import i18n_flows, messages
from curator.ui.boilerplate_panel import BoilerplatePanel
from curator.ui.workbench import Workbench


class BoilerplateActions:
    def __init__(self, workbench: Workbench) -> None:
        self.workbench = workbench
        self.controller = workbench.controller
        self.regions: list[RegionRecord] = []
        self.panel = BoilerplatePanel(workbench.host())
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
        for action_id, handler in handlers.items():
            workbench.registry.add(action_id, handler)
        workbench.text_view.document_shown.connect(self.refresh)
        self.controller.changed.connect(self._changed)
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
        self.workbench.text_view.show_regions(shown)
        self.panel.show_regions(document.text if document else "", self.regions)

    def show_region(self, region: RegionRecord | None) -> None:
        if region is None:
            return
        view = self.workbench.text_view
        view.select_range(region.start, region.end)
        view.centerCursor()
        self.panel.select_region(region.id)

    def current(self) -> RegionRecord | None:
        """The region selected in the tab (when it has the focus), else the proposal at the cursor."""
        if self.panel.table.hasFocus():
            return self.panel.current_region()
        start, end = self.workbench.text_view.selection()
        touching = [r for r in self.regions if r.start <= end and r.end >= start]
        touching.sort(key=lambda r: (r.status != exclusions.PROPOSED, r.start))
        return touching[0] if touching else None

    def step(self, direction: int) -> None:
        proposed = [r for r in self.regions if r.status == exclusions.PROPOSED]
        if not proposed:
            self.controller.message.emit(
                QCoreApplication.translate("BoilerplateActions", "No boilerplate proposed in this document.")
            )
            return
        start, end = self.workbench.text_view.selection()
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
                QCoreApplication.translate(
                    "BoilerplateActions",
                    "No boilerplate region at the cursor (B jumps to the next proposal).",
                )
            )
            return
        if decision == exclusions.ACCEPTED:
            title = QCoreApplication.translate("BoilerplateActions", "Exclude {kind}")
        else:
            title = QCoreApplication.translate("BoilerplateActions", "Keep {kind}")
        title = title.format(kind=i18n_flows.kind_name(region.kind))
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
            self.controller.message.emit(
                QCoreApplication.translate(
                    "BoilerplateActions", "Put the cursor on a proposal (or select one) to choose its kind."
                )
            )
            return
        title = self._kind_title(decision, corpus).format(kind=i18n_flows.kind_name(region.kind))
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

        self.workbench.run_job(
            f"{title}…", job, lambda done: self._record(title, done),
            lambda message: self.controller.message.emit(self._not_changed(message)),
        )  # fmt: skip

    @staticmethod
    def _kind_title(decision: str, corpus: bool) -> str:
        """The undo step's and the question's title; its {kind} is filled in by the caller."""
        if decision == exclusions.ACCEPTED:
            if corpus:
                return QCoreApplication.translate("BoilerplateActions", "Accept every {kind} in the corpus")
            return QCoreApplication.translate("BoilerplateActions", "Accept every {kind} in the document")
        if corpus:
            return QCoreApplication.translate("BoilerplateActions", "Reject every {kind} in the corpus")
        return QCoreApplication.translate("BoilerplateActions", "Reject every {kind} in the document")

    @staticmethod
    def _not_changed(reason: object) -> str:
        return QCoreApplication.translate("BoilerplateActions", "Not changed: {reason}.").format(
            reason=reason
        )

    def _confirm(self, title: str, spans: list[SpanRecord]) -> bool:
        document = self.controller.document
        names = ", ".join(
            f"“{document.text[s.start : s.end]}” ({s.label})"
            if document is not None and s.document_id == document.id
            else QCoreApplication.translate("BoilerplateActions", "{label} in document {id}").format(
                label=s.label, id=s.document_id
            )
            for s in spans[:8]
        )
        count = len(spans)
        answer = messages.question(
            self.workbench.host(), title,
            QCoreApplication.translate(
                "BoilerplateActions",
                "This removes %n annotation(s) inside the excluded text: {names}. Go on?",
                "",
                count,
            ).format(names=names),
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
            self.controller.message.emit(self._not_changed(error))
            return False
        return self._record(title, decision)

    def _record(self, title: str, decision: Decision) -> bool:
        """Push the undo step of a decision made (its first redo shows it) and say what it did."""
        controller = self.controller
        if not decision.count:
            controller.message.emit(
                QCoreApplication.translate(
                    "BoilerplateActions", "Nothing to change: no such proposal is left."
                )
            )
            return False
        controller.push(f"{title} ({decision.count})", decision.change)
        kinds = ", ".join(f"{count} {i18n_flows.kind_name(kind)}" for kind, count in decision.by_kind.items())
        controller.message.emit(self._decided(decision.decision, len(decision.removed)).format(kinds=kinds))
        return True

    @staticmethod
    def _decided(decision: str, removed: int) -> str:
        """What a decision did, for the status bar; {kinds} is filled in by the caller."""
        if decision == exclusions.ACCEPTED:
            if removed:
                return QCoreApplication.translate(
                    "BoilerplateActions", "Accepted {kinds}; %n annotation(s) removed — saved.", "", removed
                )
            return QCoreApplication.translate("BoilerplateActions", "Accepted {kinds} — saved.")
        if removed:
            return QCoreApplication.translate(
                "BoilerplateActions", "Rejected {kinds}; %n annotation(s) removed — saved.", "", removed
            )
        return QCoreApplication.translate("BoilerplateActions", "Rejected {kinds} — saved.")

    def _changed(self, change: Change) -> None:
        """A step, its undo or redo: show the open document's regions again if it touched them (a changed
        text is shown anew by the controller, which refreshes the regions with it)."""
        document = self.controller.document
        if document is None or document.id not in change.documents:
            return
        if "exclusion_regions" in change.tables or change.kind == "reload":
            self.refresh()

    # --- detecting --------------------------------------------------------------------------------

    def detect(self) -> None:
        project = self.controller.project

        def job(progress, is_cancelled):
            return exclusions.propose(project, progress=progress, is_cancelled=is_cancelled)

        def done(proposed: exclusions.Proposed) -> None:
            if not proposed.region_ids:
                count = proposed.documents
                self.controller.message.emit(
                    QCoreApplication.translate(
                        "BoilerplateActions", "No new boilerplate in %n document(s).", "", count
                    )
                )
                return
            count = len(proposed.region_ids)
            self.controller.push(
                QCoreApplication.translate("BoilerplateActions", "Detect boilerplate ({count})").format(
                    count=count
                ),
                proposed.change,
            )
            kinds = ", ".join(
                f"{n} {i18n_flows.kind_name(kind)}" for kind, n in sorted(proposed.by_kind.items())
            )
            said = QCoreApplication.translate(
                "BoilerplateActions", "Proposed %n region(s) in {documents} document(s): {kinds}.", "", count
            )
            self.controller.message.emit(said.format(documents=proposed.documents, kinds=kinds))

        self.workbench.run_job(
            QCoreApplication.translate("BoilerplateActions", "Detecting boilerplate…"), job, done
        )
