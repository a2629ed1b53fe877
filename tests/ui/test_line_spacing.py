"""The line spacing preference (Edit → Preferences → Text): applied live to the document text, the lines
further apart, every character where it was (the same offsets under the same glyphs), saved for the
next window."""

from __future__ import annotations

import json
import math
from pathlib import Path

from PySide6.QtGui import QTextCursor

from curator.core.storage import Project
from curator.ui.text_view import DocumentTextView
from tests.ui.conftest import open_window

LONG = " ".join(["Dışişleri Bakanları Bişkek'te toplandı."] * 30)


def line_tops(view: DocumentTextView, offsets: list[int]) -> list[float]:
    """The top of the cursor at each offset, in the viewport."""
    tops = []
    for offset in offsets:
        cursor = QTextCursor(view.document())
        cursor.setPosition(offset)
        tops.append(view.cursorRect(cursor).top())
    return tops


def hit_offsets(view: DocumentTextView, offsets: list[int]) -> list[int]:
    """The offset a click on the middle of each offset's cursor finds: hit testing reads the moved lines."""
    found = []
    for offset in offsets:
        cursor = QTextCursor(view.document())
        cursor.setPosition(offset)
        found.append(view.cursorForPosition(view.cursorRect(cursor).center()).position())
    return found


def test_line_spacing_applies_live_keeps_offsets_and_is_saved(
    qtbot, project: Project, own_preferences: Path
) -> None:
    window = open_window(qtbot, project)
    view = window.text_view
    view.resize(500, 400)
    view.show_document(f"{LONG}\n{LONG}", [], {})
    qtbot.waitUntil(lambda: view.document().firstBlock().layout().lineCount() > 3)
    offsets = [0, 200, 400, len(LONG) + 1, len(LONG) + 300]
    before = line_tops(view, offsets)
    assert hit_offsets(view, offsets) == offsets
    first_line = view.document().firstBlock().layout().lineAt(0).height()

    window.preferences_actions.open_dialog()
    dialog = window.preferences_actions.dialog
    assert dialog.line_spacing.value() == 100 and dialog.line_spacing.maximum() == 250
    dialog.line_spacing.setValue(200)
    dialog.apply()
    assert dialog.status.text() == "Applied." and view.line_spacing == 200
    after = line_tops(view, offsets)
    lines_down = [(b - before[0]) / first_line for b in before]
    assert all(
        abs((a - after[0]) - 2 * (b - before[0])) <= len(offsets) for a, b in zip(after, before, strict=True)
    )
    assert lines_down[2] >= 2  # the offsets checked lie on different lines
    assert hit_offsets(view, offsets) == offsets  # a click finds the same character
    assert view.selection() == (0, 0) and view.text == f"{LONG}\n{LONG}"
    assert json.loads(own_preferences.read_text(encoding="utf-8"))["line_spacing"] == 200

    dialog.line_spacing.setValue(100)
    dialog.accept()
    assert line_tops(view, offsets) == before  # back to the font's own spacing, exactly


def test_a_paragraph_far_down_is_spaced_once_scrolled_to(qtbot, project: Project) -> None:
    """Only paragraphs on screen have their lines moved; one scrolled to is spaced before it is drawn
    or clicked."""
    window = open_window(qtbot, project)
    view = window.text_view
    text = "\n".join([LONG] * 300)
    view.show_document(text, [], {})
    view.set_line_spacing(250)
    last = view.document().lastBlock()
    assert last.layout().lineCount() == 0 or last.layout().lineAt(0).y() == 0  # far away: not moved yet
    view.select_range(len(text) - 5, len(text) - 5)
    view.ensureCursorVisible()
    view.viewport().repaint()
    line = last.layout().lineAt(0)
    assert line.y() == (math.ceil(line.height() * 2.5) - line.height()) / 2
    offset = last.position() + 5
    assert hit_offsets(view, [offset]) == [offset]


def test_the_next_window_opens_with_the_saved_spacing(qtbot, project: Project, own_preferences: Path) -> None:
    own_preferences.parent.mkdir(parents=True)
    own_preferences.write_text(json.dumps({"line_spacing": 150}), encoding="utf-8")
    window = open_window(qtbot, project)
    assert window.text_view.line_spacing == 150
    block = window.text_view.document().firstBlock()
    line = block.layout().lineAt(0)
    assert window.text_view.blockBoundingRect(block).height() >= 1.5 * line.height() * block.lineCount()
