"""One action registry: every action of the window, the schema's too, is registered once; menus, F1,
tooltips and key presses all come from it, and no two actions share a key."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence, QScreen
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import curator.ui
from curator.core import queries
from curator.core.services import schema_edits
from curator.ui.actions import STATIC_ACTIONS, ActionSpec, shortcut_text
from curator.ui.main_window import MainWindow
from curator.ui.shortcuts_dialog import ShortcutsDialog
from curator.ui.workbench import Workbench


def press_f1(qtbot: QtBot, window: MainWindow) -> ShortcutsDialog:
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def sequences(spec: ActionSpec) -> list[tuple[int, ...]]:
    """Each shortcut as the keys pressed one after the other ("E, M" is two)."""
    keys = [QKeySequence(s) for s in spec.shortcuts]
    return [tuple(key[i].toCombined() for i in range(key.count())) for key in keys]


def test_no_two_actions_share_a_key_or_start_another_ones_keys(window: MainWindow) -> None:
    by_context: dict[Qt.ShortcutContext, dict[tuple[int, ...], list[str]]] = defaultdict(
        lambda: defaultdict(list)
    )
    for spec in window.registry.specs():
        for keys in sequences(spec):
            by_context[spec.context][keys].append(spec.id)
    assert sum(len(taken) for taken in by_context.values()) > 80
    for taken in by_context.values():
        shared = {QKeySequence(*keys).toString(): ids for keys, ids in taken.items() if len(ids) > 1}
        assert shared == {}
        prefixes = [
            (ids[0], other_ids[0])
            for keys, ids in taken.items()
            for other, other_ids in taken.items()
            if len(other) > len(keys) and other[: len(keys)] == keys
        ]
        assert prefixes == []  # "E" alone would never let "E, M" be typed


def test_every_fixed_action_and_one_per_label_and_event_type_is_registered(window: MainWindow) -> None:
    registered = set(window.registry)
    assert set(STATIC_ACTIONS) <= registered
    for label in window.controller.labels:
        assert {f"tag.{label.name}", f"tag.{label.name}.exact"} <= registered
    event_types = window.controller.event_types
    assert event_types and {f"event.new.{t.name}" for t in event_types} <= registered


def test_f1_lists_every_registered_action_with_its_keys_and_menu(qtbot: QtBot, window: MainWindow) -> None:
    dialog = press_f1(qtbot, window)
    rows = dialog.shown_rows()
    assert len(rows) == len(window.registry) == dialog.table.model().rowCount()
    assert [row.title for row in rows] == [spec.title.replace("&", "") for spec in window.registry.specs()]
    by_title = {row.title: row for row in rows}
    assert by_title["Tag as PER"].keys == "1" and by_title["Tag as PER"].menu == "Annotate"
    assert by_title["MEETING"][:3] == ("E, M", "MEETING", "Events › New Event on Selection")
    assert by_title["Back Up Now"].keys == ""  # listed although it has no key
    assert by_title["Planned"].menu == "Events › Set Realis"


def test_f1_filters_as_you_type(qtbot: QtBot, window: MainWindow) -> None:
    dialog = press_f1(qtbot, window)
    qtbot.keyClicks(dialog.filter_edit, "ctrl+alt+")
    rows = dialog.shown_rows()
    assert rows and all("ctrl+alt+" in row.keys.lower() for row in rows)
    assert "Approve" in [row.title for row in rows]
    dialog.filter_edit.clear()
    assert len(dialog.shown_rows()) == len(window.registry)


@pytest.mark.parametrize("width, height", [(1280, 720), (1600, 1000)])
def test_f1_fits_the_screen_and_scrolls_to_the_last_action(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, width: int, height: int
) -> None:
    available = QRect(0, 0, width, height - 40)  # a panel takes the bottom of the screen
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: available)
    dialog = press_f1(qtbot, window)
    qtbot.waitExposed(dialog)
    assert available.contains(dialog.frameGeometry())
    table = dialog.table
    assert table.verticalScrollBar().maximum() > 0  # more actions than rows on screen: it scrolls
    last = table.model().index(table.model().rowCount() - 1, 1)
    table.scrollToBottom()
    QApplication.processEvents()
    assert table.viewport().rect().contains(table.visualRect(last))
    assert last.data() == window.registry.specs()[-1].title.replace("&", "")


def test_menus_hold_every_action_that_names_one(window: MainWindow) -> None:
    for spec in window.registry.specs():
        if spec.menu:
            assert window.registry[spec.id] in window.registry.menu(spec.menu).actions(), spec.id
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[0] == "&File" and titles[-1] == "&Help"
    assert {"E&vents", "&Knowledge", "&Review", "&Suggest", "&Boilerplate", "&Project"} <= set(titles)


def test_every_tooltip_names_its_keys(window: MainWindow) -> None:
    for spec in window.registry.specs():
        if spec.shortcuts:
            assert f"({shortcut_text(spec.shortcuts)})" in window.registry[spec.id].toolTip(), spec.id


def test_an_action_is_registered_only_once(window: MainWindow) -> None:
    with pytest.raises(ValueError, match="registered twice"):
        window.registry.add("help.shortcuts", lambda: None)


def test_a_new_label_gets_an_action_a_key_a_menu_entry_and_an_f1_row(
    qtbot: QtBot, window: MainWindow
) -> None:
    schema_edits.add_label(window.project, "NORP", shortcut="9", description="Nationalities")
    window.controller.reload_labels()
    action = window.registry["tag.NORP"]
    assert action in window.registry.menu("annotate").actions()
    assert window.registry["tag.NORP.exact"] in window.registry.menu("annotate.exact_tags").actions()
    assert "(9)" in action.toolTip()
    dialog = press_f1(qtbot, window)
    rows = dialog.shown_rows()
    assert ("9", "Tag as NORP") in [(row.keys, row.title) for row in rows]
    assert len(rows) == len(window.registry)
    dialog.close()

    start = window.controller.document.text.index("Bişkek")
    window.text_view.setFocus()
    window.text_view.select_range(start, start + len("Bişkek"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_9)
    assert [(s.start, s.label) for s in queries.list_spans(window.project, 1)] == [(start, "NORP")]


@pytest.mark.parametrize(
    "module",
    ["boilerplate_actions", "event_actions", "health_actions", "knowledge_actions", "review_actions",
     "suggestion_actions"],
)  # fmt: skip
def test_the_parts_get_a_workbench_not_the_window(module: str) -> None:
    source = Path(curator.ui.__file__).parent / f"{module}.py"
    imported = {
        node.module
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom)
    }
    assert "curator.ui.workbench" in imported and "curator.ui.main_window" not in imported


def test_the_window_offers_everything_a_workbench_promises(window: MainWindow) -> None:
    promised = {name for name in dir(Workbench) if not name.startswith("_")} | set(Workbench.__annotations__)
    assert promised == {
        "project", "controller", "text_view", "registry", "host", "run_job", "open_project", "show_tab",
        "message", "selected_span_ids", "refresh_document", "reload_text", "document_info_changed",
    }  # fmt: skip
    assert all(hasattr(window, name) for name in promised)
    assert window.host() is window
