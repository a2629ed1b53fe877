"""Edit → Fix Text: correct the selected characters (a typo, an OCR error, a glued word) in an annotated
document. Annotations stay on their characters; spans the fix would remove are listed and asked about
first; undo restores the text and every annotation exactly."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from curator.core.domain import AnnotationError
from curator.core.services.text_edits import edit_text, spans_lost_by_edit
from curator.ui import messages

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow


def fix_selected_text(window: MainWindow) -> bool:
    controller = window.controller
    document = controller.document
    if document is None or controller.locked():
        return False
    start, end = window.text_view.selection()
    if start == end:
        controller.message.emit(
            QCoreApplication.translate(
                "TextFix", "Select the characters to correct (or put the cursor where text is missing)."
            )
        )
    current = document.text[start:end]
    title = QCoreApplication.translate("TextFix", "Fix text")
    prompt = QCoreApplication.translate("TextFix", "Replace “{text}” with:").format(text=current)
    replacement, ok = messages.get_text(window, title, prompt, text=current)
    if not ok or replacement == current:
        return False
    return apply_text_fix(window, start, end, replacement)


def apply_text_fix(window: MainWindow, start: int, end: int, replacement: str) -> bool:
    controller = window.controller
    document = controller.document
    assert document is not None
    project, document_id = controller.project, document.id
    lost = spans_lost_by_edit(project, document_id, start, end, replacement)
    count = len(lost)
    if lost:
        names = ", ".join(f"“{document.text[s.start : s.end]}” ({s.label})" for s in lost[:8])
        text = QCoreApplication.translate(
            "TextFix",
            "This removes %n annotation(s) inside the replaced text: {names}. Go on?",
            "",
            count,
        )
        answer = messages.question(
            window, QCoreApplication.translate("TextFix", "Fix text"), text.format(names=names)
        )
        if answer != messages.Button.Yes:
            return False
    try:
        edit = edit_text(project, document_id, start, end, replacement)
    except AnnotationError as error:
        controller.message.emit(
            QCoreApplication.translate("TextFix", "Not changed: {error}.").format(error=error)
        )
        return False
    step = QCoreApplication.translate("TextFix", "Fix text “{text}”").format(text=document.text[start:end])
    controller.push(step, edit.change)  # shows the new text
    fixed = QCoreApplication.translate(
        "TextFix", "Text fixed; %n annotation(s) removed, the others kept — saved.", "", count
    )
    controller.message.emit(fixed)
    return True
