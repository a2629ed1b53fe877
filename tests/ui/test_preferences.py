"""Edit → Preferences in the real window: each preference applied live, saved in the user's config
folder, read by the next window; a key that would do two things refused; a broken file reset with a
message, not a crash."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QColorDialog, QMessageBox

from curator.core import queries
from curator.core.preferences import load_preferences
from curator.core.storage import Project
from curator.ui.main_window import MainWindow
from curator.ui.preferences_actions import set_theme
from curator.ui.preferences_dialog import PreferencesDialog
from tests.ui.conftest import open_window


@pytest.fixture(autouse=True)
def config(own_preferences: Path) -> Iterator[Path]:
    yield own_preferences
    set_theme("system")  # the next test starts in the system's colours


def open_dialog(qtbot, window: MainWindow) -> PreferencesDialog:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.preferences_actions.dialog
    assert dialog is not None and dialog.isVisible()
    return dialog


def click_box(qtbot, box: QCheckBox) -> None:
    """Where a user clicks a check box: on its square (a wide box's middle is empty space)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_font_theme_and_backup_schedule_apply_live_and_are_saved(
    qtbot, project: Project, config: Path
) -> None:
    window = open_window(qtbot, project)
    dialog = open_dialog(qtbot, window)
    click_box(qtbot, dialog.system_font)  # off: the chosen family is used
    dialog.font_box.setCurrentText("DejaVu Serif")
    dialog.font_size.setValue(20)
    dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
    dialog.backup_minutes.setValue(3)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text() == "Applied." and dialog.isVisible()
    font = window.text_view.font()
    assert font.pointSizeF() == 20 and font.family() == dialog.font_box.currentFont().family()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.3
    title = window.document_title  # a style sheet of its own: polished again, so light on dark
    assert title.palette().color(QPalette.ColorRole.WindowText).lightnessF() > 0.7
    assert window.health_actions.backup_timer.interval() == 3 * 60_000
    saved = json.loads(config.read_text(encoding="utf-8"))
    assert (saved["theme"], saved["text_font_points"], saved["backup_minutes"]) == ("dark", 20.0, 3)

    dialog.theme.setCurrentIndex(dialog.theme.findData("light"))
    click_box(qtbot, dialog.system_font)  # back to the system's font
    dialog.font_size.setValue(dialog.font_size.minimum())  # "default"
    dialog.accept()
    assert not dialog.isVisible()
    assert QApplication.palette().color(QPalette.ColorRole.Window).lightnessF() > 0.7
    assert window.text_view.font() == window.preferences_actions.default_font
    assert load_preferences().preferences.text_font_points == 0.0


def test_my_label_colours_are_mine_and_the_project_keeps_its_own(
    qtbot, project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, project)
    projects_color = {label.name: label.color for label in queries.list_labels(project)}["PER"]
    dialog = open_dialog(qtbot, window)
    dialog.tabs.setCurrentIndex(1)
    row = [label.name for label in dialog.label_colors.rows].index("PER")
    dialog.label_table.selectRow(row)
    monkeypatch.setattr(QColorDialog, "getColor", lambda *_args: QColor("#0072b2"))
    dialog.pick_color()
    assert dialog.label_colors.index(row, 2).data() == "yours"
    dialog.accept()
    assert window.controller.colors["PER"] == "#0072b2"
    assert "#0072b2" in window.palette_bar.buttons["PER"].styleSheet()
    assert {label.name: label.color for label in queries.list_labels(project)}["PER"] == projects_color

    other = open_window(qtbot, project)  # the next window (or the next start) reads them
    assert other.controller.colors["PER"] == "#0072b2"


def test_a_key_that_would_do_two_things_is_refused_and_a_free_one_is_kept(
    qtbot, project: Project, config: Path
) -> None:
    window = open_window(qtbot, project)
    dialog = open_dialog(qtbot, window)
    dialog.tabs.setCurrentIndex(2)
    row = [spec.id for spec in dialog.keys.rows].index("documents.export")
    dialog.key_table.selectRow(row)
    assert dialog.key_edit.keySequence() == QKeySequence("Ctrl+E")
    dialog.key_edit.setKeySequence(QKeySequence("Ctrl+O"))
    dialog.set_key()
    assert dialog.status.text().startswith("Not changed: Ctrl+O is the key of both")
    assert dialog.keys.index(row, 2).data() == "Ctrl+E"
    dialog.key_edit.setKeySequence(QKeySequence("Ctrl+Shift+J"))
    dialog.set_key()
    assert dialog.keys.index(row, 2).data() == "Ctrl+Shift+J" and dialog.status.text() == ""
    dialog.accept()
    assert window.registry["documents.export"].shortcut() == QKeySequence("Ctrl+Shift+J")
    assert "(Ctrl+Shift+J)" in window.registry["documents.export"].toolTip()
    assert json.loads(config.read_text(encoding="utf-8"))["shortcuts"] == {
        "documents.export": ["Ctrl+Shift+J"]
    }

    again = open_dialog(qtbot, window)
    again.tabs.setCurrentIndex(2)
    again.key_table.selectRow(row)
    again.default_key()
    again.accept()
    assert window.registry["documents.export"].shortcut() == QKeySequence("Ctrl+E")


def test_a_broken_settings_file_is_reset_with_a_message(qtbot, project: Project, config: Path) -> None:
    config.parent.mkdir(parents=True)
    config.write_text('{"theme": "dark", "shortcuts": {"documents.export": ["Ctrl+O"]}}', encoding="utf-8")
    window = open_window(qtbot, project)  # a hand-edited key that clashes with Open Project
    box = window.preferences_actions.problem_box
    assert isinstance(box, QMessageBox) and box.isVisible() and box.textFormat() == Qt.TextFormat.PlainText
    assert "keys were reset" in box.text() and "Ctrl+O" in box.text()
    assert window.registry["documents.export"].shortcut() == QKeySequence("Ctrl+E")
    box.close()

    config.write_text("{not json", encoding="utf-8")
    second = open_window(qtbot, project)
    box = second.preferences_actions.problem_box
    assert box is not None and "was broken" in box.text() and "moved to" in box.text()
    assert any(p.name.startswith("settings.json.broken-") for p in config.parent.iterdir())
    box.close()


def test_suggest_on_open_and_a_new_name_apply_live(qtbot, project: Project, config: Path) -> None:
    window = open_window(qtbot, project)
    assert window.suggestion_actions.panel.model.rowCount() == 0  # off by default: nothing was suggested
    dialog = open_dialog(qtbot, window)
    dialog.tabs.setCurrentIndex(3)
    click_box(qtbot, dialog.auto_suggest)
    dialog.annotator.setText("Aynur")
    dialog.accept()
    assert window.project.annotator_name == "Aynur"  # the window now edits Aynur's layer
    assert window.project.path == project.path
    window.documents.step(+1)
    document = window.controller.document
    assert document is not None and document.status == "new"
    qtbot.waitUntil(lambda: window.suggestion_actions.panel.model.rowCount() > 0, timeout=20_000)
    assert window.statusBar().currentMessage().startswith("Suggested with")
    assert load_preferences().preferences.annotator == "Aynur"


def test_label_tags_follow_the_preference_and_the_view_menu(qtbot, project: Project, config: Path) -> None:
    window = open_window(qtbot, project)
    assert window.tags_toggle.action.isChecked()  # on for a new user
    dialog = open_dialog(qtbot, window)
    click_box(qtbot, dialog.label_tags)
    dialog.accept()
    assert not window.tags_toggle.action.isChecked() and not window.text_view.tags_shown
    window.tags_toggle.action.setChecked(True)  # View → Label Tags, then Preferences shows the same
    assert json.loads(config.read_text(encoding="utf-8"))["label_tags"] is True
    assert open_dialog(qtbot, window).label_tags.isChecked()
