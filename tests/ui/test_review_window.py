"""The review workflow in the real window, from the keyboard: mark annotated, approve, return with a
comment, reopen, undo; an approved document refuses edits; the status box filters and counts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QPlainTextEdit

from curator.core import queries
from curator.core.services import review
from curator.ui import messages
from curator.ui.main_window import MainWindow
from curator.ui.review_actions import ReturnDialog
from curator.ui.shortcuts_dialog import ShortcutsDialog

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.fixture(autouse=True)
def no_role_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(review.ROLE_ENVIRONMENT, raising=False)


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, key, modifiers)


def status(window: MainWindow, document_id: int = 1) -> str:
    return queries.get_document(window.project, document_id).status


def message(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def tag_word(qtbot, window: MainWindow, word: str, key: Qt.Key) -> None:
    document = window.controller.document
    assert document is not None
    start = document.text.index(word)
    window.text_view.select_range(start, start + len(word))
    press(qtbot, window, key)


def become_reviewer(window: MainWindow) -> None:
    window.registry["review.reviewer_mode"].trigger()
    assert review.stored_role(window.project) == "reviewer"


def test_approve_makes_the_document_read_only_until_reopened(qtbot, window: MainWindow) -> None:
    tag_word(qtbot, window, "KGAÖ", Qt.Key.Key_2)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert status(window) == "annotated"
    become_reviewer(window)
    press(qtbot, window, Qt.Key.Key_A, CTRL_ALT)
    assert status(window) == "approved"
    assert window.review_actions.banner.isVisible()
    assert window.review_actions.banner.text().startswith("✔ Approved by tester")
    assert window.documents.model.data(window.documents.model.index(0, 2)) == "approved"

    spans = queries.list_spans(window.project, 1)
    tag_word(qtbot, window, "Bişkek", Qt.Key.Key_3)  # a tag key
    assert "approved and read-only" in message(window)
    cursor = window.controller.document.text.index("KGAÖ")
    window.text_view.select_range(cursor, cursor)
    press(qtbot, window, Qt.Key.Key_Delete)
    press(qtbot, window, Qt.Key.Key_F, CTRL | Qt.KeyboardModifier.ShiftModifier)  # fix text: no dialog
    press(qtbot, window, Qt.Key.Key_E)  # E M: a meeting event on the selection
    press(qtbot, window, Qt.Key.Key_M)
    assert "approved and read-only" in message(window)
    assert queries.list_spans(window.project, 1) == spans
    assert queries.list_events(window.project, 1) == []

    press(qtbot, window, Qt.Key.Key_O, CTRL_ALT)  # reopen
    assert status(window) == "in_progress"
    assert not window.review_actions.banner.isVisible()
    tag_word(qtbot, window, "Bişkek", Qt.Key.Key_3)
    assert [s.label for s in queries.list_spans(window.project, 1)] == ["ORG", "GPE"]
    history = [(h.what, h.annotator) for h in review.review_history(window.project, 1)]
    assert history == [("marked as annotated", "tester"), ("approved", "tester"), ("reopened", "tester")]


def test_undo_and_redo_of_an_approval(qtbot, window: MainWindow) -> None:
    become_reviewer(window)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    press(qtbot, window, Qt.Key.Key_A, CTRL_ALT)
    assert status(window) == "approved"
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert status(window) == "annotated"
    assert [h.what for h in review.review_history(window.project, 1)] == ["marked as annotated"]
    assert not window.review_actions.banner.isVisible()
    tag_word(qtbot, window, "KGAÖ", Qt.Key.Key_2)  # editable again
    assert len(queries.list_spans(window.project, 1)) == 1
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the tag
    press(qtbot, window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # redo the tag
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the mark
    assert status(window) == "new"
    assert review.review_history(window.project, 1) == []
    for _ in range(2):
        press(qtbot, window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert status(window) == "annotated"


def test_return_with_a_typed_comment_shows_it_over_the_text(qtbot, window: MainWindow) -> None:
    become_reviewer(window)
    press(qtbot, window, Qt.Key.Key_R, CTRL_ALT)  # new: refused before the dialog opens
    assert "is new; only an annotated or approved document can be returned" in message(window)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    press(qtbot, window, Qt.Key.Key_R, CTRL_ALT)  # cancelled: nothing happens
    assert status(window) == "annotated"
    window.activateWindow()  # back from the modal dialog, as a user would be
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)

    def type_comment() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReturnDialog)
        editor = dialog.findChild(QPlainTextEdit, "return-comment")
        editor.insertPlainText("Bişkek")  # QTest types ASCII only
        qtbot.keyClicks(editor, " is a GPE, not LOC")
        dialog.accept()

    QTimer.singleShot(0, type_comment)
    press(qtbot, window, Qt.Key.Key_R, CTRL_ALT)
    assert status(window) == "returned"
    latest = review.latest_review(window.project, 1)
    assert (latest.status, latest.comment, latest.annotator) == (
        "returned",
        "Bişkek is a GPE, not LOC",
        "tester",
    )
    banner = window.review_actions.banner
    assert banner.isVisible() and banner.text().endswith(": Bişkek is a GPE, not LOC")
    assert banner.textFormat() == Qt.TextFormat.PlainText
    assert len(review.review_history(window.project, 1)) == 2


def test_an_annotator_cannot_approve(qtbot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    press(qtbot, window, Qt.Key.Key_A, CTRL_ALT)
    assert status(window) == "annotated"
    assert "needs the reviewer role; tester works as annotator" in message(window)
    window.registry["review.reviewer_mode"].trigger()  # and back
    window.registry["review.reviewer_mode"].trigger()
    assert review.stored_role(window.project) == "annotator"


def test_the_status_box_counts_and_filters_live(qtbot, window: MainWindow) -> None:
    box = window.documents.status_box
    assert [box.itemText(i) for i in range(box.count())] == [
        "All statuses (3)", "new (3)", "in progress (0)", "annotated (0)", "approved (0)", "returned (0)",
    ]  # fmt: skip
    tag_word(qtbot, window, "KGAÖ", Qt.Key.Key_2)  # the first tag starts the work
    assert box.itemText(1) == "new (2)" and box.itemText(2) == "in progress (1)"
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert box.itemText(2) == "in progress (0)" and box.itemText(3) == "annotated (1)"
    box.setCurrentIndex(box.findData("annotated"))
    assert window.documents.model.rowCount() == 1
    assert window.documents.model.document_id(0) == 1
    box.setCurrentIndex(box.findData("new"))
    assert [window.documents.model.document_id(r) for r in range(window.documents.model.rowCount())] == [2, 3]
    window.documents.filter_edit.setText("Bişkek")  # the counts follow the other filter words
    window.documents.apply_filter()
    assert box.itemText(0) == "All statuses (1)"


def test_document_info_shows_the_review_history(qtbot, window: MainWindow) -> None:
    become_reviewer(window)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    press(qtbot, window, Qt.Key.Key_A, CTRL_ALT)
    seen: dict[str, object] = {}

    def read_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        seen["history"] = dialog.findChild(QPlainTextEdit, "info-review-history").toPlainText()
        seen["title_read_only"] = dialog.edits["title"].isReadOnly()
        dialog.reject()

    QTimer.singleShot(0, read_dialog)
    press(qtbot, window, Qt.Key.Key_M, CTRL | Qt.KeyboardModifier.ShiftModifier)
    lines = str(seen["history"]).splitlines()
    assert [line.split(" UTC  ", 1)[1] for line in lines] == [
        "marked as annotated by tester",
        "approved by tester",
    ]
    assert seen["title_read_only"] is True


def test_review_shortcuts_are_unique_and_listed_by_f1(qtbot, window: MainWindow) -> None:
    keys = [
        key.toString(QKeySequence.SequenceFormat.PortableText)
        for action in window.findChildren(type(window.registry["review.approve"]))
        for key in action.shortcuts()
    ]
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    press(qtbot, window, Qt.Key.Key_F1)
    shown = [row.title for row in window.findChild(ShortcutsDialog).shown_rows()]
    for title in ("Mark as Annotated", "Approve", "Return with Comment…", "Reopen"):
        assert title in shown


def test_a_label_used_in_an_approved_document_is_not_deleted(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from curator.ui.schema_dialog import SchemaDialog

    tag_word(qtbot, window, "KGAÖ", Qt.Key.Key_2)
    become_reviewer(window)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    press(qtbot, window, Qt.Key.Key_A, CTRL_ALT)
    warned: list[str] = []
    monkeypatch.setattr(messages, "question", lambda *a, **k: messages.Button.Yes)
    monkeypatch.setattr(messages, "warning", lambda _parent, _title, text, *a, **k: warned.append(text))
    dialog = SchemaDialog(window)
    qtbot.addWidget(dialog)
    row = next(i for i, r in enumerate(dialog.labels.rows) if r["name"] == "ORG")
    dialog.label_view.setCurrentIndex(dialog.labels.index(row, 0))
    dialog.delete()
    assert warned and "is approved; reopen it to edit" in warned[0]
    assert [s.label for s in queries.list_spans(window.project, 1)] == ["ORG"]
    assert "ORG" in window.palette_bar.buttons


def test_the_export_dialog_limits_an_export_to_approved_documents(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    import json

    from curator.ui import project_flows

    become_reviewer(window)
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    press(qtbot, window, Qt.Key.Key_A, CTRL_ALT)
    out = tmp_path / "approved.jsonl"

    def fill_dialog(dialog: project_flows.ExportDialog) -> QDialog.DialogCode:
        dialog.format_box.setCurrentText("jsonl")
        dialog.path_edit.setText(str(out))
        dialog.status_box.setCurrentIndex(dialog.status_box.findData("approved"))
        dialog.accept()  # the Export button
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(project_flows.ExportDialog, "exec", fill_dialog)
    monkeypatch.setattr(messages, "information", lambda *a, **k: None)
    window.registry["documents.export"].trigger()
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=20_000)
    with out.open(encoding="utf-8") as handle:
        exported = [json.loads(line) for line in handle]
    assert [task["text"] for task in exported] == [window.controller.document.text]


def test_an_approval_from_elsewhere_is_respected_by_the_open_window(qtbot, window: MainWindow) -> None:
    tag_word(qtbot, window, "KGAÖ", Qt.Key.Key_2)
    [span] = queries.list_spans(window.project, 1)
    review.review_document(window.project, 1, "annotated")  # as `curator review` would, meanwhile
    review.review_document(window.project, 1, "approve", role="reviewer")
    window.entities.table.setFocus()
    window.entities.table.selectRow(0)
    qtbot.keyClick(window.entities.table, Qt.Key.Key_Delete)
    assert "approved and read-only" in message(window)
    assert queries.list_spans(window.project, 1) == [span]


def test_undoing_an_approval_from_another_document_opens_it_and_updates_the_list(
    qtbot, window: MainWindow
) -> None:
    become_reviewer(window)
    press(qtbot, window, Qt.Key.Key_Enter, CTRL)  # the keypad's Enter works too
    press(qtbot, window, Qt.Key.Key_A, CTRL_ALT)
    press(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # next document
    assert window.controller.document.id == 2
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert window.controller.document.id == 1 and status(window) == "annotated"
    assert window.documents.model.data(window.documents.model.index(0, 2)) == "annotated"
    assert window.documents.status_box.itemText(4) == "approved (0)"
    assert not window.review_actions.banner.isVisible()
