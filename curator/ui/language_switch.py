"""Changing the interface language live: the window is made again, in the new language, on the same project.

Why not Qt's LanguageChange event and a `retranslateUi` per widget: every window, dialog, model header and
message of Curator is built with its strings translated once, in its constructor (`self.tr(...)`), as
pyside6-lupdate expects; re-setting them on LanguageChange would mean a second copy of every string in a
second method in about eighty modules, each one a place to forget a string. Making the main window again
is one place, and it gives exactly what a fresh start in that language gives.

What the user sees stays: the same open `Project` (never closed or reopened, so nothing is written and no
lock is dropped), the same document at the same cursor and scroll position (curator/ui/last_place.py),
the window's size, position, docks and splitter sizes, and the Preferences dialog reopened on the same tab
when it was open (Apply). What does not: the undo history (Qt's undo commands belong to the old window's
controller), and the other windows of the old one (statistics, search, …), which close with it. While a
background job or a training runs, the switch waits for it: its result belongs to the window that started it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from shiboken6 import Shiboken

from curator.ui.i18n import current_language, install_language

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow

WAIT_FOR_JOBS_MS = 500
_windows: list[MainWindow] = []  # a window made here has no parent: Python must keep it alive


def switch_language(window: MainWindow, preference: str, *, preferences_tab: int | None = None) -> None:
    """Install `preference`'s language and show `window`'s project in a new window made in it.

    Runs from the event loop (callers post it with QTimer), never inside one of the old window's
    handlers, which are deleted with it. `preferences_tab`: the Preferences dialog was open on that tab."""
    if _working(window):
        window.message(
            QCoreApplication.translate("LanguageSwitch", "The language changes when the running job ends.")
        )
        QTimer.singleShot(
            WAIT_FOR_JOBS_MS, lambda: switch_language(window, preference, preferences_tab=preferences_tab)
        )
        return
    before = current_language()
    if install_language(preference) == before:
        return
    rebuild_window(window, preferences_tab)


def _working(window: MainWindow) -> bool:
    """A job with a progress dialog, or a model training in its dialog (kept alive by the window)."""
    training = window.training_dialog
    trains = training is not None and Shiboken.isValid(training) and training.worker is not None
    return bool(window.jobs.running) or trains


def rebuild_window(old: MainWindow, preferences_tab: int | None = None) -> MainWindow:
    """A new main window on `old`'s project in the language installed now; `old` hidden and deleted."""
    project = old.project
    old.places.remember(project)  # the new window returns to this document, cursor and scroll
    geometry, state, maximized = old.geometry(), old.saveState(), old.isMaximized()
    old.health_actions.leave(project)
    old.live_updates.leave(project)
    old.live_updates.stop()
    new = type(old)(project)  # the window's own class: this module is one the window imports
    new.setGeometry(geometry)  # not restoreGeometry(): it may shrink the window to fit a small screen
    new.restoreState(state)
    if maximized:
        new.showMaximized()
    else:
        new.show()
    old.hide()  # not close(): closing the window closes its project
    if old in _windows:
        _windows.remove(old)
    old.deleteLater()
    _windows.append(new)
    if preferences_tab is not None:
        new.preferences_actions.open_dialog()
        dialog = new.preferences_actions.dialog
        if dialog is not None:
            dialog.tabs.setCurrentIndex(preferences_tab)
    return new
