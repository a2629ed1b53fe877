"""Document → Info: the metadata found at import (title, language, publication date, source, author,
URL, dateline place, import log), editable; a change is one undo step like any annotation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit

from curator.core import queries, services
from curator.core.domain import AnnotationError, DocumentStatus, StaleWriteError
from curator.core.services.review import STATUS_WORDS
from curator.ui import messages
from curator.ui.review_actions import history_text

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow

FIELDS = [
    ("title", "Title"), ("language", "Language"), ("pub_date", "Published (YYYY-MM-DD)"),
    ("source", "Source"), ("author", "Author"), ("url", "URL"), ("dateline_place", "Dateline place"),
]  # fmt: skip
META_FIELDS = {"author", "url", "dateline_place"}


class DocumentInfoDialog(QDialog):
    def __init__(self, window: MainWindow, document_id: int) -> None:
        super().__init__(window)
        document = queries.get_document(window.project, document_id)
        self.setWindowTitle(f"Document #{document.id}")
        self.resize(640, 420)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for name, title in FIELDS:
            value = document.meta.get(name) if name in META_FIELDS else getattr(document, name)
            edit = QLineEdit("" if value is None else str(value), self)
            edit.setObjectName(f"info-{name}")
            edit.setReadOnly(document.status == DocumentStatus.APPROVED)  # until reopened
            form.addRow(title, edit)
            self.edits[name] = edit
        log = QPlainTextEdit(self)
        log.setReadOnly(True)
        notes = [*document.meta.get("import_log", []), *document.meta.get("metadata_notes", [])]
        log.setPlainText("\n".join(str(n) for n in notes) or "(nothing was changed or guessed at import)")
        form.addRow("Import log", log)
        history = QPlainTextEdit(history_text(window.project, document.id), self)
        history.setObjectName("info-review-history")
        history.setReadOnly(True)
        form.addRow(f"Review ({STATUS_WORDS.get(document.status, document.status)})", history)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.original = {name: edit.text() for name, edit in self.edits.items()}

    def changes(self) -> dict[str, object]:
        return {
            name: (edit.text().strip() or None)
            for name, edit in self.edits.items()
            if edit.text() != self.original[name]
        }


def edit_document_info(window: MainWindow) -> None:
    document = window.controller.document
    if document is None:
        return
    dialog = DocumentInfoDialog(window, document.id)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    apply_document_info(window, document.id, dialog.changes())


def apply_document_info(window: MainWindow, document_id: int, changes: dict[str, object]) -> bool:
    if not changes:
        return False
    project = window.project
    shown = project.versions.known(document_id)
    try:
        change = services.update_document_info(project, document_id, shown_version=shown, **changes)
    except AnnotationError as error:
        messages.warning(window, "Document info", str(error))
        return False
    except StaleWriteError as error:
        window.controller.message.emit(f"Not changed: {error}.")
        window.controller.reload_document(document_id)
        return False
    window.controller.push("Edit document info", change)  # the title line and the list row follow it
    return True
