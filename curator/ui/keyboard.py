"""The window without a mouse: F6 and Shift+F6 move between its panes, Tab and Shift+Tab leave the text.

The panes, in reading order: the documents list, the document text, the entity table and the tabbed
lower panel (its tab bar: the arrow keys pick a tab, Tab goes into it). Every action has a menu reached
by its mnemonic or a key of its own (tests/ui/test_keyboard_access.py checks both), so with F6 nothing
needs the mouse. The text view is read-only, so Tab has nothing to insert there: Tab and Shift+Tab move
the focus on and back, as in any other widget, and cannot trap it; Ctrl+Tab is left alone (it inserts
nothing; Qt's tab widgets use it to change tabs). The tables give Tab up too (curator.ui.row_table).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from curator.ui.main_window import MainWindow


def panes(window: MainWindow) -> list[tuple[QWidget, QWidget]]:
    """(pane, what F6 focuses in it), in reading order."""
    return [
        (window.documents, window.documents.table),
        (window.text_view, window.text_view),
        (window.entities, window.entities.table),
        (window.lower_tabs, window.lower_tabs.tabBar()),
    ]


def cycle_pane(window: MainWindow, step: int) -> QWidget:
    """Focus the next (`step` +1) or previous (-1) shown pane after the one holding the focus (from the
    documents filter, the next after the documents list; from outside every pane, the text)."""
    shown = [(pane, target) for pane, target in panes(window) if target.isVisible() and target.isEnabled()]
    focus = QApplication.focusWidget()
    here = next((n for n, (pane, _t) in enumerate(shown) if focus is pane or pane.isAncestorOf(focus)), None)
    if here is None:
        target = window.text_view
    else:
        target = shown[(here + step) % len(shown)][1]
    target.setFocus()
    return target


def add_keyboard_access(window: MainWindow) -> None:
    """F6 and Shift+F6, Tab out of the text, and the names a screen reader says for the window's panes
    (a table or a text has no button text or label to take one from)."""
    window.text_view.setTabChangesFocus(True)
    for widget, name in (
        (window.documents.filter_edit, QCoreApplication.translate("Accessibility", "Filter documents")),
        (window.documents.table, QCoreApplication.translate("Accessibility", "Documents")),
        (window.text_view, QCoreApplication.translate("Accessibility", "Document text")),
        (window.entities.table, QCoreApplication.translate("Accessibility", "Entities")),
        (window.events_panel.tree, QCoreApplication.translate("Accessibility", "Events")),
        (window.events_panel.relations, QCoreApplication.translate("Accessibility", "Relations")),
        (
            window.lower_tabs,
            QCoreApplication.translate("Accessibility", "Events, knowledge base and review panels"),
        ),
    ):
        widget.setAccessibleName(name)
    window.registry.add("focus.next_pane", lambda: cycle_pane(window, +1))
    window.registry.add("focus.previous_pane", lambda: cycle_pane(window, -1))
