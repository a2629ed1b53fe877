"""Two windows on one project file (each with its own project object): alice's Ctrl+Z never undoes over
later work from the other window, and her undo stack stays consistent after the refusal. Each annotator
changes only their own layer, so a later change to alice's spans comes from her own second window."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from curator.core import queries
from curator.core.project.setup import open_project
from curator.core.storage import Project
from curator.ui.main_window import MainWindow
from tests.ui.conftest import TURKISH, open_window
from tests.ui.test_tagging import select_chars

CTRL = Qt.KeyboardModifier.ControlModifier
TITLE = TURKISH[:30]  # what fill() makes the title
REFUSED = rf"“{re.escape(TITLE)}” was changed by (bob|alice) at \d\d:\d\d since — not undone"


@pytest.fixture
def alices_windows(projects: tuple[Project, Project]) -> Iterator[tuple[Project, Project]]:
    alice, _bob = projects
    again = open_project(alice.path, annotator="alice")
    yield alice, again
    again.close()


def activate(qtbot, window: MainWindow) -> None:
    """Shortcuts go to the active window, as they do for a user who clicks into it first."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    activate(qtbot, window)
    qtbot.keyClick(window.text_view, key, modifiers)


def tag_by_key(qtbot, window: MainWindow, surface: str, key: Qt.Key) -> None:
    activate(qtbot, window)
    start = TURKISH.index(surface)
    select_chars(window, start, start + len(surface))
    qtbot.keyClick(window.text_view, key)


def refusal_shown(qtbot, window: MainWindow) -> None:
    """The window's guard tells alice, in a plain-text message box, whose change stopped her undo."""
    box = window.findChild(QMessageBox, "guard-message")
    assert box is not None and box.isVisible()
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert re.search(REFUSED, box.text()), box.text()
    box.accept()
    qtbot.waitUntil(lambda: not box.isVisible())


def spans(project: Project) -> list[tuple[str, str, str | None]]:
    return [(TURKISH[s.start : s.end], s.label, s.annotator) for s in queries.list_spans(project, 1)]


def test_alices_undo_never_deletes_the_span_her_other_window_tagged_after_deleting_hers(
    qtbot, alices_windows
) -> None:
    alice_project, bob_project = alices_windows  # "bob" here is alice's second window
    alice, bob = open_window(qtbot, alice_project), open_window(qtbot, bob_project)
    tag_by_key(qtbot, alice, "KGAÖ", Qt.Key.Key_2)
    assert spans(alice_project) == [("KGAÖ", "ORG", "alice")]

    bob.controller.reload_document(1)  # bob's window reads the document again and sees the span
    activate(qtbot, bob)
    bob.entities.table.setFocus()
    bob.entities.table.selectRow(0)
    bob.registry["span.delete"].trigger()
    tag_by_key(qtbot, bob, "Bişkek", Qt.Key.Key_3)
    assert spans(bob_project) == [("Bişkek", "GPE", "alice")]

    press(qtbot, alice, Qt.Key.Key_Z, CTRL)
    refusal_shown(qtbot, alice)
    assert spans(alice_project) == [("Bişkek", "GPE", "alice")]
    stack = alice.controller.undo_stack
    assert (stack.count(), stack.index(), stack.canUndo()) == (0, 0, False)  # the refused step is dropped
    assert [s.id for s in alice.controller.spans] == [s.id for s in queries.list_spans(alice_project, 1)]

    press(qtbot, alice, Qt.Key.Key_Z, CTRL)  # nothing left to undo, nothing raised
    assert spans(alice_project) == [("Bişkek", "GPE", "alice")]


def test_alices_undo_of_an_earlier_step_is_refused_after_bob_wrote_in_between(qtbot, projects) -> None:
    alice_project, bob_project = projects
    alice, bob = open_window(qtbot, alice_project), open_window(qtbot, bob_project)
    tag_by_key(qtbot, alice, "KGAÖ", Qt.Key.Key_2)
    bob.controller.reload_document(1)
    tag_by_key(qtbot, bob, "Bişkek", Qt.Key.Key_3)
    tag_by_key(qtbot, alice, "toplantısı", Qt.Key.Key_8)  # alice's window has not re-read bob's span

    press(qtbot, alice, Qt.Key.Key_Z, CTRL)  # her last step: nothing came after it
    press(qtbot, alice, Qt.Key.Key_Z, CTRL)  # her first: bob wrote after it
    refusal_shown(qtbot, alice)
    assert sorted(spans(alice_project)) == [("Bişkek", "GPE", "bob"), ("KGAÖ", "ORG", "alice")]
    stack = alice.controller.undo_stack
    assert (stack.count(), stack.index()) == (1, 0)  # the undone step stays redoable, the refused one is gone
    press(qtbot, alice, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert sorted(spans(alice_project)) == [
        ("Bişkek", "GPE", "bob"), ("KGAÖ", "ORG", "alice"), ("toplantısı", "MISC", "alice"),
    ]  # fmt: skip


def test_a_relabel_from_a_window_that_has_not_seen_the_other_windows_relabel_is_refused_and_reloads(
    qtbot, alices_windows
) -> None:
    alice_project, bob_project = alices_windows  # alice's two windows
    alice, bob = open_window(qtbot, alice_project), open_window(qtbot, bob_project)
    tag_by_key(qtbot, alice, "Bişkek", Qt.Key.Key_4)
    bob.controller.reload_document(1)
    bob.span_model.setData(bob.span_model.index(0, 1), "GPE")
    alice.span_model.setData(alice.span_model.index(0, 1), "ORG")
    assert spans(alice_project) == [("Bişkek", "GPE", "alice")]
    assert [s.label for s in alice.controller.spans] == ["GPE"]  # reloaded: the next try works
    alice.span_model.setData(alice.span_model.index(0, 1), "ORG")
    assert spans(alice_project) == [("Bişkek", "ORG", "alice")]
