"""Tagging in the real window: select text, press a label key, find the row in the database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from curator.core import queries
from curator.ui.main_window import MainWindow


def select_chars(window: MainWindow, start: int, end: int) -> None:
    """Select like a user with the keyboard: move the cursor, then Shift+Right to extend."""
    view = window.text_view
    view.setFocus()
    cursor = view.textCursor()
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    for _ in range(start):
        view.moveCursor(QTextCursor.MoveOperation.Right)
    for _ in range(end - start):
        view.moveCursor(QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor)


def db_spans(window: MainWindow, document_id: int) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label) for s in queries.list_spans(window.project, document_id)]


def test_pressing_a_label_key_tags_the_word_without_its_turkish_suffix(qtbot, window: MainWindow) -> None:
    document = window.controller.document
    assert document is not None and document.text.startswith("KGAÖ")
    start = document.text.index("Bişkek'te")
    select_chars(window, start, start + len("Bişkek'te"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_3)  # GPE
    assert db_spans(window, document.id) == [(start, start + len("Bişkek"), "GPE")]
    assert window.span_model.rowCount() == 1
    assert "saved" in window.statusBar().currentMessage()


def test_a_rough_selection_snaps_to_the_whole_word(qtbot, window: MainWindow) -> None:
    document = window.controller.document
    assert document is not None
    select_chars(window, 1, 3)  # "GA" inside "KGAÖ"
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)
    assert db_spans(window, document.id) == [(0, 4, "ORG")]


def test_exact_mode_tags_inside_a_kyrgyz_word(qtbot, window: MainWindow) -> None:
    window.documents.step(+1)
    document = window.controller.document
    assert document is not None and document.text.startswith("Министр")
    start = document.text.index("ЖККУнун")
    select_chars(window, start, start + 4)
    qtbot.keyClick(window.text_view, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert db_spans(window, document.id) == [(start, start + 4, "ORG")]
    assert document.text[start : start + 4] == "ЖККУ"


def test_an_emoji_before_the_span_does_not_shift_it(qtbot, window: MainWindow) -> None:
    window.documents.step(+1)
    window.documents.step(+1)
    document = window.controller.document
    assert document is not None and document.text.startswith("😀")
    start = document.text.index("Moskova")
    # Qt counts the emoji as two UTF-16 positions, Python as one code point.
    cursor = window.text_view.textCursor()
    cursor.setPosition(start + 1)
    cursor.setPosition(start + 1 + len("Moskova"), QTextCursor.MoveMode.KeepAnchor)
    window.text_view.setTextCursor(cursor)
    assert window.text_view.textCursor().selectedText() == "Moskova"
    qtbot.keyClick(window.text_view, Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # exact: no snapping help
    assert db_spans(window, document.id) == [(start, start + len("Moskova"), "GPE")]
    block = window.text_view.document().firstBlock()
    painted = [p for r in block.layout().formats() for p in range(r.start, r.start + r.length)]
    assert painted == list(range(start + 1, start + 1 + len("Moskova")))  # its last one holds the tag


def test_palette_button_tags_the_selection(qtbot, window: MainWindow) -> None:
    document = window.controller.document
    assert document is not None
    select_chars(window, 0, 4)
    qtbot.mouseClick(window.palette_bar.buttons["ORG"], Qt.MouseButton.LeftButton)
    assert db_spans(window, document.id) == [(0, 4, "ORG")]


def test_cursor_on_a_word_without_selection_tags_that_word(qtbot, window: MainWindow) -> None:
    document = window.controller.document
    assert document is not None
    start = document.text.index("Dışişleri")
    select_chars(window, start + 2, start + 2)
    qtbot.keyClick(window.text_view, Qt.Key.Key_6)
    assert db_spans(window, document.id) == [(start, start + len("Dışişleri"), "TITLE")]


def test_undo_and_redo_restore_the_exact_database_state(qtbot, window: MainWindow) -> None:
    project = window.project
    document = window.controller.document
    assert document is not None

    def state() -> tuple:
        spans = queries.list_spans(project, document.id)
        summary = queries.get_document_summary(project, document.id)
        assert summary is not None
        return spans, summary.status, summary.span_count

    empty = state()
    select_chars(window, 0, 4)
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)
    tagged = state()
    assert tagged[1] == "in_progress" and tagged[2] == 1
    window.span_model.setData(window.span_model.index(0, 1), "GPE")
    relabelled = state()
    assert relabelled[0][0].label == "GPE"
    window.entities.table.setFocus()
    window.entities.table.selectRow(0)
    window.registry["span.delete"].trigger()
    deleted = state()
    assert deleted[0] == [] and deleted[2] == 0

    for expected in (relabelled, tagged, empty):
        qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert state() == expected
    for expected in (tagged, relabelled, deleted):
        qtbot.keyClick(
            window.text_view,
            Qt.Key.Key_Z,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert state() == expected


def test_undo_and_redo_say_in_the_status_bar_what_they_did(qtbot, window: MainWindow) -> None:
    text = window.controller.document.text
    select_chars(window, 0, 4)
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)
    tagged = f"Tag “{text[0:4]}” as {window.controller.spans[0].label}"
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().isVisible()
    assert window.statusBar().currentMessage() == f"Undone: {tagged} — saved."
    assert window.guard.save_state is not None and window.guard.save_state.text().startswith("✓ Saved")
    assert window.controller.spans == []
    redo = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, redo)
    assert window.statusBar().currentMessage() == f"Redone: {tagged} — saved."
    assert [(s.start, s.end) for s in queries.list_spans(window.project, window.controller.document.id)] == [
        (0, 4)
    ]


def test_next_and_previous_document_keys(qtbot, window: MainWindow) -> None:
    first = window.controller.document
    qtbot.keyClick(window.text_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    second = window.controller.document
    assert first is not None and second is not None and second.id != first.id
    qtbot.keyClick(window.text_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.controller.document is not None and window.controller.document.id == first.id


def test_shortcuts_are_shown_in_menus_and_tooltips(window: MainWindow) -> None:
    tag_per = window.registry["tag.PER"]
    assert tag_per.shortcut().toString() == "1"
    assert "(1)" in tag_per.toolTip()
    assert "Ctrl+Z" in window.registry["edit.undo"].toolTip()
    assert "Key 1" in window.palette_bar.buttons["PER"].toolTip()
    QApplication.processEvents()
