"""Document History in the real window: tag with keys, open the history with its key, revert an older
change with the button, undo the revert with Ctrl+Z, and read a refusal that names the blocking change."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from curator.core import queries, services
from curator.ui import messages
from curator.ui.history_window import HistoryDialog
from curator.ui.main_window import MainWindow
from tests.ui.test_tagging import db_spans, select_chars


def open_history(qtbot, window: MainWindow) -> HistoryDialog:
    qtbot.keyClick(
        window.text_view,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    [dialog] = [w for w in QApplication.topLevelWidgets() if isinstance(w, HistoryDialog) and w.isVisible()]
    qtbot.addWidget(dialog)
    return dialog


def shown(dialog: HistoryDialog) -> list[str]:
    model = dialog.model
    return [model.data(model.index(row, 2)).split(" ", 1)[1] for row in range(model.rowCount())]


def tag_two(qtbot, window: MainWindow) -> tuple[int, str]:
    document = window.controller.document
    assert document is not None
    select_chars(window, 0, 4)
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)  # ORG
    start = document.text.index("Bişkek")
    select_chars(window, start, start + len("Bişkek"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_3)  # GPE
    return document.id, document.text


def test_revert_an_older_change_then_undo_the_revert(qtbot, window: MainWindow) -> None:
    document_id, text = tag_two(qtbot, window)
    start = text.index("Bişkek")
    dialog = open_history(qtbot, window)
    assert shown(dialog) == ["Tag “Bişkek” as GPE", "Tag “KGAÖ” as ORG"]
    assert dialog.model.data(dialog.model.index(0, 1)) == "tester"
    dialog.table.selectRow(1)
    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    assert db_spans(window, document_id) == [(start, start + 6, "GPE")]
    assert shown(dialog)[0].startswith("Revert #1 “Tag “KGAÖ” as ORG”")
    assert window.span_model.rowCount() == 1
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert db_spans(window, document_id) == [(0, 4, "ORG"), (start, start + 6, "GPE")]
    assert shown(dialog)[0] == "Undo: Revert #1 “Tag “KGAÖ” as ORG”"


def test_a_blocked_revert_says_which_change_blocks_it(qtbot, window: MainWindow, monkeypatch) -> None:
    document_id, _ = tag_two(qtbot, window)
    [_, bishkek] = [s.id for s in queries.list_spans(window.project, document_id)]
    services.relabel_span(window.project, bishkek, "LOC")  # a later change, from elsewhere
    said: list[str] = []
    monkeypatch.setattr(messages, "warning", lambda _parent, _title, text, *a, **k: said.append(text))
    dialog = open_history(qtbot, window)
    dialog.table.selectRow(1)  # Tag “Bişkek” as GPE
    qtbot.mouseClick(dialog.revert_button, Qt.MouseButton.LeftButton)
    assert len(said) == 1 and "blocked by #3 'Relabel “Bişkek” GPE → LOC' by tester" in said[0]
    assert [label for *_, label in db_spans(window, document_id)] == ["ORG", "LOC"]
