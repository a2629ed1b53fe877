"""Document → Info: the metadata found at import (title, language, publication date, source, author,
URL, dateline place, import log), editable; a change is one undo step like any annotation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit, QPlainTextEdit

from curator.core import queries, services
from curator.core.domain import AnnotationError, DocumentStatus, StaleWriteError
from curator.ui import i18n_flows, messages
from curator.ui.review_actions import history_text

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow

FIELDS = [  # translated where shown, with the context "DocumentInfoDialog"
    ("title", QT_TRANSLATE_NOOP("DocumentInfoDialog", "Title")),
    ("language", QT_TRANSLATE_NOOP("DocumentInfoDialog", "Language")),
    ("pub_date", QT_TRANSLATE_NOOP("DocumentInfoDialog", "Published (YYYY-MM-DD)")),
    ("source", QT_TRANSLATE_NOOP("DocumentInfoDialog", "Source")),
    ("author", QT_TRANSLATE_NOOP("DocumentInfoDialog", "Author")),
    ("url", QT_TRANSLATE_NOOP("DocumentInfoDialog", "URL")),
    ("dateline_place", QT_TRANSLATE_NOOP("DocumentInfoDialog", "Dateline place")),
]
META_FIELDS = {"author", "url", "dateline_place"}


class DocumentInfoDialog(QDialog):
    def __init__(self, window: MainWindow, document_id: int) -> None:
        super().__init__(window)
        document = queries.get_document(window.project, document_id)
        self.setWindowTitle(self.tr("Document #{id}").format(id=document.id))
        self.resize(640, 420)
        self.edits: dict[str, QLineEdit] = {}
        form = QFormLayout(self)
        for name, title in FIELDS:
            value = document.meta.get(name) if name in META_FIELDS else getattr(document, name)
            edit = QLineEdit("" if value is None else str(value), self)
            edit.setObjectName(f"info-{name}")
            edit.setReadOnly(document.status == DocumentStatus.APPROVED)  # until reopened
            form.addRow(QCoreApplication.translate("DocumentInfoDialog", title), edit)
            self.edits[name] = edit
        log = QPlainTextEdit(self)
        log.setReadOnly(True)
        notes = [*document.meta.get("import_log", []), *document.meta.get("metadata_notes", [])]
        log.setPlainText(
            "\n".join(str(n) for n in notes) or self.tr("(nothing was changed or guessed at import)")
        )
        form.addRow(self.tr("Import log"), log)
        history = QPlainTextEdit(history_text(window.project, document.id), self)
        history.setObjectName("info-review-history")
        history.setReadOnly(True)
        status = i18n_flows.status_word(document.status)
        form.addRow(self.tr("Review ({status})").format(status=status), history)
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
        messages.warning(window, QCoreApplication.translate("DocumentInfo", "Document info"), str(error))
        return False
    except StaleWriteError as error:
        window.controller.message.emit(
            QCoreApplication.translate("DocumentInfo", "Not changed: {error}.").format(error=error)
        )
        window.controller.reload_document(document_id)
        return False
    window.controller.push(
        QCoreApplication.translate("DocumentInfo", "Edit document info"), change
    )  # the title line and the list row follow it
    return True
