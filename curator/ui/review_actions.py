"""Review → Mark as Annotated, Approve, Return with Comment, Reopen, Reviewer Mode; the banner over the text.

Each review action is one core call (curator.core.services.review) whose change is one undo step on the
window's stack, so Ctrl+Z takes back an approval like any tag. The banner says what the reviewer decided: an
approved document shows a lock and is read-only until reopened (the edit actions refuse with a message
in the status bar), a returned one shows who returned it and the comment.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from curator.core.domain import AnnotationError, DocumentStatus, StaleWriteError
from curator.core.services import assignments, review
from curator.core.services.changes import Change
from curator.core.services.review import ReviewAction
from curator.core.storage import Project
from curator.ui.workbench import Workbench

BANNER_STYLES: dict[str, str] = {
    DocumentStatus.APPROVED: "background: #e3f1e3; color: #1b4d1b;",
    DocumentStatus.RETURNED: "background: #fdf0d5; color: #6b4400;",
}
QUEUE_STEPS = {ReviewAction.ANNOTATED: assignments.mark_annotated, ReviewAction.REOPEN: assignments.reopen}
LOCKED_TEXT_STYLE = "QPlainTextEdit { background: #f4f4f1; }"
DONE_WORDS = {  # translated where shown, with the context "ReviewActions"
    ReviewAction.ANNOTATED: QT_TRANSLATE_NOOP("ReviewActions", "Document {id} marked as annotated — saved."),
    ReviewAction.APPROVE: QT_TRANSLATE_NOOP(
        "ReviewActions", "Document {id} approved (read-only until reopened) — saved."
    ),
    ReviewAction.RETURN: QT_TRANSLATE_NOOP(
        "ReviewActions", "Document {id} returned with your comment — saved."
    ),
    ReviewAction.REOPEN: QT_TRANSLATE_NOOP("ReviewActions", "Document {id} reopened — saved."),
}
STEP_TITLES = {  # the undo step of a review action
    ReviewAction.ANNOTATED: QT_TRANSLATE_NOOP("ReviewActions", "Annotated “{title}”"),
    ReviewAction.APPROVE: QT_TRANSLATE_NOOP("ReviewActions", "Approve “{title}”"),
    ReviewAction.RETURN: QT_TRANSLATE_NOOP("ReviewActions", "Return “{title}”"),
    ReviewAction.REOPEN: QT_TRANSLATE_NOOP("ReviewActions", "Reopen “{title}”"),
}
HISTORY_WORDS = (  # `ReviewEntry.what`, translated in the document info's review log
    QT_TRANSLATE_NOOP("ReviewHistory", "marked as annotated"),
    QT_TRANSLATE_NOOP("ReviewHistory", "approved"),
    QT_TRANSLATE_NOOP("ReviewHistory", "returned"),
    QT_TRANSLATE_NOOP("ReviewHistory", "reopened"),
)


def _said(text: str) -> str:
    return QCoreApplication.translate("ReviewActions", text)


def _done(action: ReviewAction, document_id: int) -> str:
    return _said(DONE_WORDS[action]).format(id=document_id)


def _step_title(action: ReviewAction, title: object) -> str:
    return _said(STEP_TITLES[action]).format(title=title)


def _not_changed(error: object) -> str:
    return QCoreApplication.translate("ReviewActions", "Not changed: {error}.").format(error=error)


class ReturnDialog(QDialog):
    """The comment that goes back to the annotator with a returned document."""

    def __init__(self, parent: QWidget, title: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Return with comment"))
        self.setObjectName("return-dialog")
        self.resize(520, 220)
        self.comment = QPlainTextEdit(self)
        self.comment.setObjectName("return-comment")
        self.comment.setPlaceholderText(self.tr("What should the annotator change?"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        label = QLabel(
            self.tr("Return “{title}” to the annotator with this comment:").format(title=title), self
        )
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.comment)
        layout.addWidget(self.buttons)
        self.comment.setFocus()


class ReviewActions:
    """The Review menu and the status banner (the window shows it under the document's title)."""

    def __init__(self, workbench: Workbench) -> None:
        self.workbench = workbench
        self.controller = workbench.controller
        self._role_project: Project | None = None
        self._role = review.ANNOTATOR
        self._read_role()
        registry = workbench.registry
        registry.add("review.annotated", lambda: self.apply(ReviewAction.ANNOTATED))
        registry.add("review.approve", lambda: self.apply(ReviewAction.APPROVE))
        registry.add("review.return", self.return_with_comment)
        registry.add("review.reopen", lambda: self.apply(ReviewAction.REOPEN))
        self.reviewer_action: QAction = registry.add("review.reviewer_mode")
        self.reviewer_action.setChecked(self._role == review.REVIEWER)
        self.reviewer_action.toggled.connect(self._reviewer_toggled)

        self.banner = QLabel(workbench.host())
        self.banner.setObjectName("review-banner")
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # the comment is user text
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.controller.document_loaded.connect(lambda _document: self.refresh())
        self.controller.changed.connect(self._changed)

    # --- role -------------------------------------------------------------------------------------

    def _read_role(self) -> None:
        self._role_project = self.workbench.project
        try:
            self._role = review.current_role(self.workbench.project)
        except AnnotationError as error:  # a misspelt $CURATOR_ROLE
            self.controller.message.emit(
                QCoreApplication.translate("ReviewActions", "{error}; working as annotator.").format(
                    error=error
                )
            )
            self._role = review.ANNOTATOR

    @property
    def role(self) -> str:
        """The role in this window: read again when the window switches projects."""
        if self._role_project is not self.workbench.project:
            self._read_role()
            self.reviewer_action.setChecked(self._role == review.REVIEWER)
        return self._role

    def _reviewer_toggled(self, checked: bool) -> None:
        role = review.REVIEWER if checked else review.ANNOTATOR
        if role == self.role:
            return
        review.set_role(self.workbench.project, role)
        self._role = role
        if role == review.REVIEWER:
            said = QCoreApplication.translate("ReviewActions", "{name} works as reviewer — saved.")
        else:
            said = QCoreApplication.translate("ReviewActions", "{name} works as annotator — saved.")
        self.controller.message.emit(said.format(name=self.workbench.project.annotator_name))

    # --- actions ----------------------------------------------------------------------------------

    def return_with_comment(self) -> None:
        document = self.controller.document
        if document is None:
            self.controller.message.emit(
                QCoreApplication.translate("ReviewActions", "Open a document first.")
            )
            return
        try:  # refuse before the comment is typed, not after
            review.check_review(self.workbench.project, document.id, ReviewAction.RETURN, role=self.role)
        except AnnotationError as error:
            self.controller.message.emit(_not_changed(error))
            return
        title = document.title or QCoreApplication.translate("ReviewActions", "document {id}").format(
            id=document.id
        )
        dialog = ReturnDialog(self.workbench.host(), title)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.apply(ReviewAction.RETURN, dialog.comment.toPlainText())

    def apply(self, action: ReviewAction, comment: str = "") -> bool:
        document = self.controller.document
        if document is None:
            self.controller.message.emit(
                QCoreApplication.translate("ReviewActions", "Open a document first.")
            )
            return False
        project = self.workbench.project
        if action in QUEUE_STEPS:
            return self._queue_step(action)
        try:
            step = review.review_document(
                project, document.id, action, comment=comment, role=self.role,
                shown_version=project.versions.known(document.id),
            )  # fmt: skip
        except AnnotationError as error:
            self.controller.message.emit(_not_changed(error))
            return False
        except StaleWriteError as error:
            self.controller.message.emit(_not_changed(error))
            self.controller.reload_document(document.id)
            return False
        self.controller.push(_step_title(action, document.title or document.id), step.change)
        self.controller.message.emit(_done(action, document.id))
        return True

    def _queue_step(self, action: ReviewAction) -> bool:
        """Annotated and reopen are per annotator where the document is assigned to them (the document
        follows with its last assignee), the document-level steps elsewhere (core.services.assignments)."""
        document = self.controller.document
        assert document is not None
        project = self.workbench.project
        try:
            step = QUEUE_STEPS[action](
                project, document.id, role=self.role, shown_version=project.versions.known(document.id)
            )
        except StaleWriteError as error:
            self.controller.message.emit(_not_changed(error))
            self.controller.reload_document(document.id)
            return False
        except AnnotationError as error:
            self.controller.message.emit(_not_changed(error))
            return False
        title = step.change.text or _step_title(action, document.title or document.id)
        self.controller.push(title, step.change)
        if step.assigned:
            said = QCoreApplication.translate("ReviewActions", "{summary} — saved.")
            self.controller.message.emit(said.format(summary=step.summary(project.annotator_name)))
        else:
            self.controller.message.emit(_done(action, document.id))
        return True

    def _changed(self, change: Change) -> None:
        """After any step that moved a status (a review step, a first tag), its undo or redo: the open
        document's record, list row and banner show the new status. The controller has already opened
        the document the step concerns."""
        document = self.controller.document
        if document is None or document.id not in change.documents:
            return
        if change.statuses or change.kind == "reload":
            self.workbench.document_info_changed(document.id)  # the list row, its count, the open record
            self.refresh()

    # --- banner -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The banner and the read-only look follow the open document's status."""
        self.reviewer_action.setChecked(self.role == review.REVIEWER)
        document = self.controller.document
        status = document.status if document is not None else None
        locked = status == DocumentStatus.APPROVED
        self.workbench.text_view.setStyleSheet(LOCKED_TEXT_STYLE if locked else "")
        if document is None or status not in BANNER_STYLES:
            self.banner.hide()
            return
        latest = review.latest_review(self.workbench.project, document.id)
        comment = latest.comment if latest and latest.status == DocumentStatus.RETURNED else ""
        text = _banner_text(locked, latest).format(
            name=latest.annotator if latest else "",
            time=f"{latest.created_at:%Y-%m-%d %H:%M}" if latest else "",
            comment=comment or QCoreApplication.translate("ReviewActions", "(no comment)"),
        )
        self.banner.setText(text)
        self.banner.setStyleSheet(f"QLabel {{ {BANNER_STYLES[status]} padding: 4px 6px; }}")
        self.banner.show()


def _banner_text(locked: bool, latest: review.ReviewEntry | None) -> str:
    """The banner's sentence for an approved or returned document, by what the last review step says."""
    if locked:
        if latest is None:
            return QCoreApplication.translate(
                "ReviewActions", "✔ Approved — read-only until reopened (Review → Reopen, Ctrl+Alt+O)."
            )
        if not latest.annotator:
            return QCoreApplication.translate(
                "ReviewActions",
                "✔ Approved on {time} UTC — read-only until reopened (Review → Reopen, Ctrl+Alt+O).",
            )
        return QCoreApplication.translate(
            "ReviewActions",
            "✔ Approved by {name} on {time} UTC — read-only until reopened (Review → Reopen, Ctrl+Alt+O).",
        )
    if latest is None:
        return QCoreApplication.translate("ReviewActions", "↩ Returned: {comment}")
    if not latest.annotator:
        return QCoreApplication.translate("ReviewActions", "↩ Returned on {time} UTC: {comment}")
    return QCoreApplication.translate("ReviewActions", "↩ Returned by {name} on {time} UTC: {comment}")


def history_text(project: Project, document_id: int) -> str:
    """The review log of a document, one line per step, for the document info dialog."""
    lines = []
    line = QCoreApplication.translate("ReviewHistory", "{time} UTC  {what} by {name}")
    for entry in review.review_history(project, document_id):
        what = QCoreApplication.translate("ReviewHistory", entry.what)
        said = f": {entry.comment}" if entry.comment else ""
        time = f"{entry.created_at:%Y-%m-%d %H:%M}"
        lines.append(line.format(time=time, what=what, name=entry.annotator or "?") + said)
    return "\n".join(lines) or QCoreApplication.translate("ReviewHistory", "(not reviewed yet)")
