"""Preferences → General → Interface language, applied live: after OK the window is made again in the new
language on the same open project, at the same document and size; back to English the same way."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from shiboken6 import Shiboken

from curator.core.preferences import load_preferences
from curator.core.storage import Project
from curator.ui import i18n
from curator.ui.actions import MENUS
from curator.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def english_afterwards(qapp) -> Iterator[None]:
    i18n.install_language("en")
    yield
    i18n.install_language("en")


@pytest.fixture
def shown(qtbot) -> Iterator[list[MainWindow]]:
    """The windows a test made or a switch made; those still alive are closed at the end (a replaced
    window is deleted by the switch, which qtbot's own bookkeeping would trip over)."""
    windows: list[MainWindow] = []
    yield windows
    for window in windows:
        if Shiboken.isValid(window):
            window.close()
            window.deleteLater()


def open_shown(qtbot, project: Project, shown: list[MainWindow]) -> MainWindow:
    window = MainWindow(project)
    shown.append(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def choose_language(
    qtbot, shown: list[MainWindow], window: MainWindow, code: str, *, press: str = "ok"
) -> MainWindow:
    """Pick `code` in the open Preferences dialog, press OK (or Apply); the window that replaces it."""
    window.preferences_actions.open_dialog()
    dialog = window.preferences_actions.dialog
    assert dialog is not None
    dialog.tabs.setCurrentIndex(3)  # General
    dialog.language.setCurrentIndex(dialog.language.findData(code))
    if press == "ok":
        dialog.accept()
    else:
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: replacement(window) is not None)
    new = replacement(window)
    assert new is not None
    shown.append(new)
    qtbot.waitExposed(new)
    return new


def replacement(old: MainWindow) -> MainWindow | None:
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    return next((w for w in shown if w is not old and w.project is old.project), None)


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_turkish_after_ok_on_the_same_project_and_document_and_back_to_english(
    qtbot, project: Project, shown: list[MainWindow]
) -> None:
    window = open_shown(qtbot, project, shown)
    window.documents.step(+1)
    document = window.controller.document
    assert document is not None
    window.resize(1100, 700)
    turkish = choose_language(qtbot, shown, window, "tr")
    assert load_preferences().preferences.interface_language == "tr"
    assert not window.isVisible() and not project.closed
    assert turkish.project is project  # the same connection: nothing reopened, nothing written
    assert turkish.controller.document is not None and turkish.controller.document.id == document.id
    assert (turkish.width(), turkish.height()) == (1100, 700)
    assert i18n.current_language() == "tr"
    # Menu titles are the catalogue's Turkish (the Actions context: curator/ui/actions.py).
    top = [spec for spec in MENUS.values() if not spec.menu]
    assert menu_titles(turkish) == [QCoreApplication.translate("Actions", spec.title) for spec in top]
    turkish.preferences_actions.open_dialog()
    dialog = turkish.preferences_actions.dialog
    assert dialog is not None and dialog.windowTitle() == "Tercihler"
    assert [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())] == [
        "&Metin", "&Etiketler", "&Kısayollar", "&Genel",
    ]  # fmt: skip
    assert dialog.language.currentText() == "Türkçe"
    dialog.reject()

    english = choose_language(qtbot, shown, turkish, "en")
    assert english.project is project and i18n.current_language() == "en"
    assert menu_titles(english) == [spec.title for spec in top]
    english.preferences_actions.open_dialog()
    assert english.preferences_actions.dialog is not None
    assert english.preferences_actions.dialog.windowTitle() == "Preferences"


def test_apply_keeps_the_preferences_dialog_open_on_its_tab_in_the_new_language(
    qtbot, project: Project, shown: list[MainWindow]
) -> None:
    window = open_shown(qtbot, project, shown)
    turkish = choose_language(qtbot, shown, window, "tr", press="apply")
    qtbot.waitUntil(lambda: turkish.preferences_actions.dialog is not None)
    dialog = turkish.preferences_actions.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Tercihler" and dialog.tabs.currentIndex() == 3
    assert dialog.language.currentData() == "tr"


def test_choosing_the_language_already_shown_keeps_the_window(
    qtbot, project: Project, shown: list[MainWindow]
) -> None:
    window = open_shown(qtbot, project, shown)
    window.preferences_actions.open_dialog()
    dialog = window.preferences_actions.dialog
    assert dialog is not None
    dialog.language.setCurrentIndex(dialog.language.findData("en"))  # "system" was English here too
    dialog.accept()
    qtbot.wait(50)
    assert window.isVisible() and replacement(window) is None
    assert load_preferences().preferences.interface_language == "en"
