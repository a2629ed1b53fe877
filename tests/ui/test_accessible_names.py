"""Every window and dialog, opened through the action registry, names each input a screen reader can
land on (issue 15 part 7): the accessible name Qt gives it (its own, its button text or its label's)
is never empty."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QWidget,
)
from pytestqt.qtbot import QtBot

from curator.ui.main_window import MainWindow

QT_OWN_DIALOGS = (QFileDialog, QInputDialog, QMessageBox, QProgressDialog)  # Qt names their inputs
OPENED_BY_HAND = {
    "project.new",
    "project.open",
    "documents.import",
    "documents.import_folder",
    "project.merge",
}
EXPECTED = {
    "ExportDialog", "DuplicatesDialog", "SchemaDialog", "TrainingDialog",
    "DocumentInfoDialog", "HistoryDialog", "CorpusEventsDialog", "ShortcutsDialog", "StatisticsWindow",
    "HealthDialog", "RestoreBackupDialog", "PreferencesDialog", "LayersDialog",
    "SearchWindow",
}  # fmt: skip


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else ""


def unnamed(top: QWidget) -> list[str]:
    """The focusable, shown widgets of `top` without an accessible name. The line edit inside a spin
    box or a combo box is left out: the box around it is what a screen reader names."""
    found = []
    for widget in [top, *top.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox | QComboBox):
            continue
        if not accessible_name(widget):
            found.append(f"{type(top).__name__}: {type(widget).__name__} {widget.objectName()!r}")
    return found


@pytest.fixture
def no_modal_loops(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A dialog run with exec() is shown instead, so the test can look at it and go on; whatever is
    still shown afterwards is closed (a window left up stays the active one, and the next test's
    window shortcuts would go to it)."""
    monkeypatch.setattr(QDialog, "exec", lambda self: (self.show(), 0)[1])
    monkeypatch.setattr(QMessageBox, "exec", lambda self: (self.show(), 0)[1])
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *_a, **_k: QMessageBox.StandardButton.No))
    for name in ("getText", "getMultiLineText", "getItem"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(lambda *_a, **_k: ("", False)))
    for name in ("getInt", "getDouble"):
        monkeypatch.setattr(QInputDialog, name, staticmethod(lambda *_a, **_k: (0, False)))
    for name in ("getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *_a, **_k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *_a, **_k: ([], "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: ""))
    yield
    for top in QApplication.topLevelWidgets():
        if top.isVisible():
            top.close()


def test_the_main_window_names_every_input(window: MainWindow) -> None:
    window.documents.step(+1)
    assert unnamed(window) == []
    assert accessible_name(window.text_view) == "Document text"


def opened_dialogs(qtbot: QtBot, window: MainWindow) -> Iterator[QWidget]:
    """Each window or dialog an action of the registry opens (those whose title ends in "…", plus
    Statistics and the F1 list), shown while the caller looks at it and closed after; Qt's own dialogs
    and an error dialog (which fails the walk with its details) are not handed out."""
    for action_id in window.registry:
        spec = window.registry.spec(action_id)
        if action_id in OPENED_BY_HAND or not (
            spec.title.endswith("…") or action_id in ("view.statistics", "help.shortcuts")
        ):
            continue
        before = {id(top) for top in QApplication.topLevelWidgets() if top.isVisible()}
        window.registry[action_id].trigger()
        QThreadPool.globalInstance().waitForDone(10_000)  # a dialog's background read lands while it is up
        qtbot.wait(10)
        for top in QApplication.topLevelWidgets():
            if not top.isVisible() or id(top) in before or top is window:
                continue
            assert type(top).__name__ != "ErrorDialog", (
                action_id,
                top.findChild(QWidget, "error-details").toPlainText(),
            )
            if not isinstance(top, QT_OWN_DIALOGS):
                yield top
            top.close()


def test_every_window_and_dialog_names_every_input(qtbot: QtBot, window: MainWindow, no_modal_loops) -> None:
    window.documents.step(+1)
    opened, missing = set(), []
    for top in opened_dialogs(qtbot, window):
        opened.add(type(top).__name__)
        missing += unnamed(top)
    assert EXPECTED <= opened
    assert missing == []
