"""Every error in the window is shown, never only printed: a bug opens the error dialog and goes to the
log, a user's error goes to the status bar, a failing undo step is dropped from the stack, a broken
connection offers to reopen the project, and the status bar never keeps a stale "saved"."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton
from sqlalchemy import event

from curator.core import queries
from curator.core.domain import CuratorError, StaleWriteError
from curator.core.project import errorlog
from curator.core.services import suggestions
from curator.ui import change_command, project_flows
from curator.ui.guard import ErrorDialog, excepthook_installed
from curator.ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def tag(qtbot, window: MainWindow, word: str, key: Qt.Key = Qt.Key.Key_3) -> None:
    document = window.controller.document
    assert document is not None
    start = document.text.index(word)
    window.text_view.setFocus()
    window.text_view.select_range(start, start + len(word))
    qtbot.keyClick(window.text_view, key)


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, key, modifiers)


def spans(window: MainWindow) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label) for s in queries.list_spans(window.project, 1)]


def error_dialog(window: MainWindow) -> ErrorDialog:
    dialog = window.findChild(ErrorDialog, "error-dialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def message_box(window: MainWindow, name: str) -> QMessageBox:
    box = window.findChild(QMessageBox, name)
    assert box is not None and box.isVisible()
    return box


def status(window: MainWindow) -> str:
    return window.statusBar().currentMessage()


def save_state(window: MainWindow) -> str:
    assert window.guard.save_state is not None
    return window.guard.save_state.text()


def boom(*_args: object, **_kwargs: object) -> None:
    raise RuntimeError("the service broke")


def test_a_bug_behind_a_label_key_opens_the_error_dialog_and_is_logged(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tag(qtbot, window, "Bişkek")
    assert "— saved" in status(window) and save_state(window).startswith("✓ Saved")
    before = spans(window)
    monkeypatch.setattr(suggestions, "tag", boom)

    tag(qtbot, window, "KGAÖ", Qt.Key.Key_2)

    dialog = error_dialog(window)
    assert dialog.heading.text() == "Tag as ORG failed"
    assert "RuntimeError: the service broke" in dialog.summary.text()
    assert str(window.project.path) in dialog.summary.text()
    details = dialog.details.toPlainText()
    assert "Traceback (most recent call last)" in details and "in boom" in details
    assert str(errorlog.log_path()) in dialog.log_note.text()
    log = errorlog.log_path().read_text(encoding="utf-8")
    assert "Tag as ORG failed: RuntimeError: the service broke" in log and "in boom" in log
    assert "saved" not in status(window).replace("Not saved", "")
    assert status(window).startswith("Not saved — Tag as ORG")
    assert save_state(window).startswith("✗ Not saved")
    assert spans(window) == before

    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == details
    dialog.reject()


def test_a_users_error_from_an_action_goes_to_the_status_bar(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise CuratorError("the label PER is retired in this project")

    monkeypatch.setattr(suggestions, "tag", refuse)
    tag(qtbot, window, "KGAÖ", Qt.Key.Key_1)
    assert status(window) == "Not saved — Tag as PER: the label PER is retired in this project"
    assert window.findChild(ErrorDialog) is None
    assert window.findChild(QMessageBox) is None
    assert spans(window) == []


def test_an_undo_step_that_raises_is_dropped_and_the_database_is_unchanged(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tag(qtbot, window, "KGAÖ", Qt.Key.Key_2)
    tag(qtbot, window, "Bişkek")
    stack = window.controller.undo_stack
    assert (stack.index(), stack.count()) == (2, 2)
    tagged = spans(window)
    monkeypatch.setattr(change_command, "revert", boom)

    press(qtbot, window, Qt.Key.Key_Z, CTRL)

    assert "Undoing “Tag “Bişkek” as GPE” failed" == error_dialog(window).heading.text()
    error_dialog(window).reject()
    assert (stack.index(), stack.count()) == (1, 1)  # the step is gone, the one before it stays
    assert spans(window) == tagged
    assert status(window).startswith("Not saved — Undoing")
    monkeypatch.undo()
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the earlier step still undoes
    assert spans(window) == [s for s in tagged if s[2] != "ORG"]
    assert (stack.index(), stack.count()) == (0, 1)


def test_a_redo_step_that_raises_is_dropped_too(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tag(qtbot, window, "Bişkek")
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    stack = window.controller.undo_stack
    assert (stack.index(), stack.count(), spans(window)) == (0, 1, [])
    monkeypatch.setattr(change_command, "apply", boom)
    press(qtbot, window, Qt.Key.Key_Z, CTRL_SHIFT)
    error_dialog(window).reject()
    assert (stack.index(), stack.count(), spans(window)) == (0, 0, [])


def test_a_refused_undo_is_shown_in_a_plain_text_message_box(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    tag(qtbot, window, "Bişkek")

    def stale(*_args: object, **_kwargs: object) -> None:
        raise StaleWriteError("<b>bob</b> changed the span at 14:02 since — not undone")

    monkeypatch.setattr(change_command, "revert", stale)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    box = message_box(window, "guard-message")
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "<b>bob</b> changed the span at 14:02 since — not undone" in box.text()
    box.accept()
    assert window.findChild(ErrorDialog) is None
    assert window.controller.undo_stack.count() == 0
    assert spans(window) != []


def test_a_job_whose_result_handler_raises_reports_it(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(window, "refresh_after_import", boom)
    text = tmp_path / "new.txt"
    text.write_text("Bakan Ankara'da konuştu.", encoding="utf-8")
    project_flows.start_import(window, [text])
    qtbot.waitUntil(lambda: window.findChild(ErrorDialog) is not None, timeout=20_000)
    dialog = error_dialog(window)
    assert dialog.heading.text() == "Importing (showing the result) failed"
    assert "in boom" in dialog.details.toPlainText()
    assert not window.jobs.running  # the progress dialog closed first
    assert queries.count_documents(window.project) == 4  # the import itself was saved


def test_a_job_that_raises_opens_the_error_dialog(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import curator.core.importers as importers

    monkeypatch.setattr(importers, "import_paths", boom)
    project_flows.start_import(window, [tmp_path])
    qtbot.waitUntil(lambda: window.findChild(ErrorDialog) is not None, timeout=20_000)
    assert error_dialog(window).heading.text() == "Importing failed"
    assert "RuntimeError: the service broke" in error_dialog(window).summary.text()


def test_a_lost_connection_offers_reopen_and_the_next_key_is_saved(qtbot, window: MainWindow) -> None:
    tag(qtbot, window, "KGAÖ", Qt.Key.Key_2)
    engine = window.project.engine

    def disk_fails(*_args: object) -> None:
        event.remove(engine, "before_cursor_execute", disk_fails)
        raise sqlite3.OperationalError("disk I/O error")

    event.listen(engine, "before_cursor_execute", disk_fails)
    tag(qtbot, window, "Bişkek")

    box = message_box(window, "reopen-box")
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "Tag as GPE was not saved" in box.text() and str(window.project.path) in box.text()
    assert "disk I/O error" in box.text()
    assert status(window).startswith("Not saved — Tag as GPE")
    assert spans(window) == [(0, 4, "ORG")]
    reopen = box.findChild(QPushButton, "reopen-button")
    qtbot.mouseClick(reopen, Qt.MouseButton.LeftButton)
    assert window.project.engine is not engine
    assert status(window).startswith(f"Reopened {window.project.path}")

    tag(qtbot, window, "Bişkek")
    assert "— saved" in status(window)
    assert [s[2] for s in spans(window)] == ["ORG", "GPE"]
    press(qtbot, window, Qt.Key.Key_Z, CTRL)  # the undo stack survived the reopen
    assert [s[2] for s in spans(window)] == ["ORG"]


def test_the_excepthook_backstop_shows_an_error_from_an_unguarded_slot(qtbot, window: MainWindow) -> None:
    def unguarded_slot() -> None:
        raise KeyError("x")

    with excepthook_installed(window.guard):
        QTimer.singleShot(0, unguarded_slot)
        qtbot.waitUntil(lambda: window.findChild(ErrorDialog) is not None)
    dialog = error_dialog(window)
    assert dialog.heading.text() == "A step of the window failed"
    assert "KeyError: 'x'" in dialog.summary.text() and "in unguarded_slot" in dialog.details.toPlainText()


def test_the_log_is_in_the_tests_own_state_folder() -> None:
    assert errorlog.log_path().is_relative_to(os.environ["XDG_STATE_HOME"])
