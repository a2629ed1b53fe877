"""Edit → Fix Text in the window: the text changes under its annotations, and Ctrl+Z / Ctrl+Shift+Z
put the text and every span back, on screen and in the project file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from curator.core import queries
from curator.ui import messages
from curator.ui.main_window import MainWindow
from tests.ui.conftest import TURKISH
from tests.ui.test_tagging import select_chars

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def surfaces(window: MainWindow) -> list[tuple[str, str]]:
    document = queries.get_document(window.project, 1)
    return [(document.text[s.start : s.end], s.label) for s in queries.list_spans(window.project, 1)]


def tag(qtbot, window: MainWindow, surface: str, key: Qt.Key) -> None:
    start = queries.get_document(window.project, 1).text.index(surface)
    select_chars(window, start, start + len(surface))
    qtbot.keyClick(window.text_view, key)


def test_a_text_fix_keeps_the_spans_and_undo_and_redo_replay_it(
    qtbot,
    window: MainWindow,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.controller.open_document(1)
    tag(qtbot, window, "KGAÖ", Qt.Key.Key_2)
    tag(qtbot, window, "Bişkek", Qt.Key.Key_3)
    tagged = [("KGAÖ", "ORG"), ("Bişkek", "GPE")]
    assert surfaces(window) == tagged
    start = TURKISH.index("Dışişleri")
    select_chars(window, start, start + len("Dışişleri"))
    monkeypatch.setattr(messages, "get_text", lambda *_args, **_kwargs: ("Dış İşleri", True))

    window.registry["text.fix"].trigger()

    fixed = TURKISH.replace("Dışişleri", "Dış İşleri")
    assert queries.get_document(window.project, 1).text == fixed == window.text_view.toPlainText()
    assert surfaces(window) == tagged
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, CTRL)
    assert queries.get_document(window.project, 1).text == TURKISH == window.text_view.toPlainText()
    assert surfaces(window) == tagged
    assert window.statusBar().currentMessage().startswith("Undone: Fix text “Dışişleri”")
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, CTRL | SHIFT)
    assert queries.get_document(window.project, 1).text == fixed == window.text_view.toPlainText()
    assert [(s.label, fixed[s.start : s.end]) for s in window.controller.spans] == [
        ("ORG", "KGAÖ"), ("GPE", "Bişkek"),
    ]  # fmt: skip
