"""Layers in the window: each annotator sees and edits their own layer; other layers are shown read-only on
request (a reviewer sees them from the start); who you are is asked once, kept, shown and switchable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog

from curator.core import queries
from curator.core.services import review
from curator.core.storage import Project
from curator.ui import annotator_prompt
from curator.ui.main_window import MainWindow
from curator.ui.span_table_model import LABEL, LAYER
from tests.ui.conftest import TURKISH
from tests.ui.test_tagging import select_chars

CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.fixture
def no_saved_name() -> Iterator[None]:
    """The user settings without an annotator name, as at the first start; put back afterwards."""
    settings = QSettings()
    kept = settings.value(annotator_prompt.SETTINGS_KEY)
    settings.remove(annotator_prompt.SETTINGS_KEY)
    yield
    if kept is None:
        settings.remove(annotator_prompt.SETTINGS_KEY)
    else:
        settings.setValue(annotator_prompt.SETTINGS_KEY, kept)


def open_window(qtbot, project: Project) -> MainWindow:
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.controller.open_document(1)
    return window


def tag(qtbot, window: MainWindow, surface: str, key: Qt.Key) -> None:
    start = TURKISH.index(surface)
    select_chars(window, start, start + len(surface))
    qtbot.keyClick(window.text_view, key)


def shown(window: MainWindow) -> list[tuple[str, str, str | None]]:
    return [(TURKISH[s.start : s.end], s.label, s.annotator) for s in window.controller.spans]


def test_bob_sees_alices_layer_only_on_request_and_cannot_change_it(qtbot, projects) -> None:
    alice_project, bob_project = projects
    alice = open_window(qtbot, alice_project)
    tag(qtbot, alice, "Bişkek", Qt.Key.Key_3)
    bob = open_window(qtbot, bob_project)
    assert shown(bob) == []  # his own layer only
    assert bob.entities.table.isColumnHidden(LAYER)  # no one else's rows: no Layer column
    assert bob.layers_actions.who.text() == "bob (annotator)"

    qtbot.keyClick(bob.text_view, Qt.Key.Key_Y, CTRL_ALT)  # Layers → Show Other Layers
    assert shown(bob) == [("Bişkek", "GPE", "alice")]
    assert "showing 1 other layer" in bob.layers_actions.who.text()
    assert bob.statusBar().currentMessage() == "Showing 1 other layer read-only; spans here: alice (1)."
    start = TURKISH.index("Bişkek")
    (mark,) = bob.text_view._highlighter.foreign_at(start + 1)
    assert mark.layer == "alice"  # painted read-only, and the tooltip names her layer

    select_chars(bob, start + 1, start + 1)
    qtbot.keyClick(bob.text_view, Qt.Key.Key_Delete)
    assert (
        "Bişkek (GPE) is in alice's layer; you can see it but not change it"
        in bob.statusBar().currentMessage()
    )
    assert [(s.label, s.annotator) for s in queries.list_spans(bob_project, 1)] == [("GPE", "alice")]

    tag(qtbot, bob, "Bişkek", Qt.Key.Key_4)  # the same words in his own layer
    assert sorted(shown(bob)) == [("Bişkek", "GPE", "alice"), ("Bişkek", "LOC", "bob")]
    assert not bob.entities.table.isColumnHidden(LAYER)
    table = bob.span_model  # the Entities table says whose each row is
    layer = table.headerData(LAYER, Qt.Orientation.Horizontal)
    rows = sorted((table.index(r, LABEL).data(), table.index(r, LAYER).data()) for r in range(2))
    assert table.rowCount() == 2
    assert (layer, rows) == ("Layer", [("GPE", "alice"), ("LOC", "bob")])
    qtbot.keyClick(bob.text_view, Qt.Key.Key_Y, CTRL_ALT)  # back to his own layer
    assert shown(bob) == [("Bişkek", "LOC", "bob")]


def test_a_reviewer_starts_with_every_layer_shown(qtbot, projects) -> None:
    alice_project, bob_project = projects
    alice = open_window(qtbot, alice_project)
    tag(qtbot, alice, "KGAÖ", Qt.Key.Key_2)
    review.set_role(bob_project, "reviewer")
    bob = open_window(qtbot, bob_project)
    assert shown(bob) == [("KGAÖ", "ORG", "alice")]
    assert bob.registry["layers.others"].isChecked()


def answer_name_prompt(qtbot, name: str) -> None:
    """Type `name` into the name prompt once it is shown, and press Enter."""

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.setTextValue(name)
        dialog.accept()

    QTimer.singleShot(0, answer)


def test_the_first_start_asks_the_name_once_and_keeps_it(qtbot, no_saved_name, monkeypatch) -> None:
    monkeypatch.delenv("CURATOR_ANNOTATOR", raising=False)
    assert annotator_prompt.starting_annotator("carol") == "carol"  # --annotator: nothing asked
    monkeypatch.setenv("CURATOR_ANNOTATOR", "dave")
    assert annotator_prompt.starting_annotator(None) == "dave"
    monkeypatch.delenv("CURATOR_ANNOTATOR")
    answer_name_prompt(qtbot, "  Erkin  ")
    assert annotator_prompt.starting_annotator(None) == "Erkin"
    assert annotator_prompt.starting_annotator(None) == "Erkin"  # kept: not asked again


def test_switch_annotator_reopens_the_project_in_the_other_layer(qtbot, projects, no_saved_name) -> None:
    alice_project, _bob_project = projects
    alice = open_window(qtbot, alice_project)
    tag(qtbot, alice, "Bişkek", Qt.Key.Key_3)
    answer_name_prompt(qtbot, "bob")
    alice.registry["annotator.switch"].trigger()
    assert alice.project.annotator_name == "bob"
    assert alice.layers_actions.who.text() == "bob (annotator)"
    alice.controller.open_document(1)
    assert shown(alice) == []
    assert annotator_prompt.saved_name() == "bob"
