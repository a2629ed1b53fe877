"""Fonts at 200 % (issue 15 part 7): with the application font and the document text at twice their
size, the window is usable at 1280×720 and every window and dialog opened through the registry fits in
1280×720, its buttons showing their whole text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget
from pytestqt.qtbot import QtBot

from curator.core.storage import Project
from tests.ui.conftest import open_window
from tests.ui.test_accessible_names import EXPECTED, no_modal_loops, opened_dialogs  # noqa: F401

SCREEN = (1280, 720)


@pytest.fixture
def doubled_fonts(own_preferences: Path) -> Iterator[float]:
    """The application font at 2× and the text font preference at 2× the text's default size."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    doubled = app.font()
    doubled.setPointSizeF(before.pointSizeF() * 2)
    app.setFont(doubled)
    own_preferences.parent.mkdir(parents=True)
    text_points = round(before.pointSizeF() * 1.15 * 2, 1)  # the text view shows the font at 115 %
    own_preferences.write_text(json.dumps({"text_font_points": text_points}), encoding="utf-8")
    yield text_points
    app.setFont(before)


def clipped_buttons(top: QWidget) -> list[str]:
    return [
        button.text()
        for button in top.findChildren(QAbstractButton)
        if button.isVisible() and button.text() and button.width() < button.sizeHint().width()
    ]


def fits(widget: QWidget) -> bool:
    hint = widget.minimumSizeHint()
    return hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1]


def test_the_window_is_usable_at_1280_by_720(qtbot: QtBot, project: Project, doubled_fonts: float) -> None:
    window = open_window(qtbot, project)
    window.resize(*SCREEN)
    window.documents.step(+1)
    qtbot.wait(20)
    assert window.text_view.font().pointSizeF() == doubled_fonts
    assert fits(window) and (window.width(), window.height()) == SCREEN
    assert clipped_buttons(window) == []
    palette = window.palette_bar  # the label buttons wrap onto more rows instead of widening the window
    assert palette.width() < 700 and all(not b.visibleRegion().isEmpty() for b in palette.buttons.values())
    assert window.text_view.width() > 300 and window.documents.table.width() > 200


@pytest.mark.usefixtures("no_modal_loops")
def test_every_dialog_fits_1280_by_720(qtbot: QtBot, project: Project, doubled_fonts: float) -> None:
    window = open_window(qtbot, project)
    window.resize(*SCREEN)
    window.documents.step(+1)
    opened, too_big, clipped = set(), [], []
    for top in opened_dialogs(qtbot, window):
        opened.add(type(top).__name__)
        if not fits(top):
            too_big.append(f"{type(top).__name__}: {top.minimumSizeHint().toTuple()}")
        clipped += [f"{type(top).__name__}: {text}" for text in clipped_buttons(top)]
    assert EXPECTED <= opened
    assert too_big == [] and clipped == []
