"""Everything without a mouse (issue 15 part 7): every action has a menu reached by mnemonics or a key of
its own, mnemonics are unique where they are typed, F6 walks the panes and Tab walks the inputs in
reading order and out of the text again."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from curator.ui.main_window import MainWindow


def mnemonic(text: str) -> str | None:
    """The letter after a single "&" ("&&" is a literal ampersand), lower-cased; None without one."""
    position = 0
    while (found := text.find("&", position)) != -1 and found + 1 < len(text):
        if text[found + 1] != "&":
            return text[found + 1].lower()
        position = found + 2
    return None


def menu_items(actions: list[QAction], path: tuple[str, ...] = ()):
    """(path of menu titles, action) for every item of the menus under `actions`, submenus included."""
    for action in actions:
        if action.isSeparator():
            continue
        yield path, action
        if action.menu() is not None:
            yield from menu_items(action.menu().actions(), (*path, action.text()))


def test_the_mnemonic_helper_reads_qts_markers() -> None:
    assert mnemonic("Save &As…") == "a" and mnemonic("Tom && Jerry") is None
    assert mnemonic("Tom && &Jerry") == "j" and mnemonic("Planned") is None


def test_every_action_has_a_key_or_a_menu_path_of_mnemonics(window: MainWindow) -> None:
    by_mnemonics = {
        action.objectName()
        for path, action in menu_items(window.menuBar().actions())
        if all(mnemonic(title) for title in (*path, action.text()))
    }
    unreachable = [
        spec.id for spec in window.registry.specs() if not spec.shortcuts and spec.id not in by_mnemonics
    ]
    assert unreachable == []
    assert {"view.statistics", "project.backup", "event.realis.planned"} <= by_mnemonics  # no keys
    submenus = [action.text() for _path, action in menu_items(window.menuBar().actions()) if action.menu()]
    assert submenus and all(mnemonic(title) for title in submenus)


def test_mnemonics_are_unique_in_the_menu_bar_and_in_each_menu(window: MainWindow) -> None:
    menus = [("menu bar", window.menuBar().actions())]
    menus += [(a.text(), a.menu().actions()) for _p, a in menu_items(window.menuBar().actions()) if a.menu()]
    assert len(menus) > 15
    shared = {}
    for title, actions in menus:
        letters = defaultdict(list)
        for action in actions:
            if not action.isSeparator() and (letter := mnemonic(action.text())):
                letters[letter].append(action.text())
        shared.update({f"{title}: {letter}": texts for letter, texts in letters.items() if len(texts) > 1})
    assert shared == {}


def press(qtbot: QtBot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget:
    """Press `key` where the focus is; the widget that has the focus after it."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    return QApplication.focusWidget()


def focus_window(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_f6_walks_the_panes_in_reading_order_and_shift_f6_back(qtbot: QtBot, window: MainWindow) -> None:
    focus_window(qtbot, window)
    window.text_view.setFocus()
    forward = [press(qtbot, Qt.Key.Key_F6) for _ in range(4)]
    tabs = window.lower_tabs.tabBar()
    assert forward == [window.entities.table, tabs, window.documents.table, window.text_view]
    back = [press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier) for _ in range(2)]
    assert back == [window.documents.table, tabs]
    window.documents.filter_edit.setFocus()  # in the documents pane, not its list: on to the text
    assert press(qtbot, Qt.Key.Key_F6) is window.text_view
    window.find_bar.show()
    window.find_bar.edit.setFocus()  # in no pane: back to the text
    assert press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier) is window.text_view


def test_tab_visits_the_inputs_in_reading_order_and_leaves_the_text(qtbot: QtBot, window: MainWindow) -> None:
    focus_window(qtbot, window)
    window.documents.filter_edit.setFocus()
    visited = [QApplication.focusWidget()]
    for _ in range(60):
        visited.append(press(qtbot, Qt.Key.Key_Tab))
        if visited[-1] is visited[0]:
            break
    assert visited[-1] is visited[0]  # round the whole window and back: no trap
    order = [window.documents.filter_edit, window.documents.table, window.text_view, window.entities.table]
    assert [visited.index(widget) for widget in order] == sorted(visited.index(widget) for widget in order)
    window.text_view.setFocus()
    assert press(qtbot, Qt.Key.Key_Tab) is not window.text_view
    window.text_view.setFocus()
    assert press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier) is not window.text_view
    press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)  # left to Qt: inserts nothing
    assert window.text_view.toPlainText() == window.text_view.text
