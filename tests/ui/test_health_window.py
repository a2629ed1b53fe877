"""Project → Health in the real window: the check at open, the report, read-only, backups and restore."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from curator.core import queries
from curator.core.project.setup import open_project
from curator.core.storage import Project
from curator.core.storage.backups import list_backups, write_backup
from curator.ui.main_window import MainWindow
from tests.ui.conftest import KYRGYZ, TURKISH, fill
from tests.ui.test_tagging import select_chars

WAIT_MS = 20_000


def _change_text_behind_our_back(path: Path, document_id: int) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("UPDATE documents SET text = text || ' (değişti)' WHERE id = ?", (document_id,))
        connection.commit()


def _open_window(qtbot, path: Path) -> MainWindow:
    window = MainWindow(open_project(path, annotator="tester"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def damaged_path(tmp_path: Path) -> Path:
    """A project with a good backup, whose document 2 was then changed outside Curator."""
    path = tmp_path / "news.curator"
    with open_project(path, annotator="tester") as project:
        fill(project, [TURKISH, KYRGYZ])
        write_backup(project)
    _change_text_behind_our_back(path, 2)
    return path


def test_a_healthy_project_is_checked_at_open_and_backed_up(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.health_actions.status.text().startswith("Health: ok"), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: len(list_backups(window.project.path)) == 1, timeout=WAIT_MS)
    assert list_backups(window.project.path)[0].documents == 3
    assert not window.statusBar().currentMessage().startswith("Backed up"), "automatic: kept quiet"


def test_back_up_now_says_where_the_backup_went(qtbot, window: MainWindow) -> None:
    health = window.health_actions
    qtbot.waitUntil(lambda: health._backup is not None and health._backup.ended.is_set(), timeout=WAIT_MS)
    window.registry["project.backup"].trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Backed up to "), timeout=WAIT_MS)
    assert window.statusBar().currentMessage() == f"Backed up to {list_backups(window.project.path)[0].path}"


def test_a_damaged_project_is_named_at_open_and_the_backup_offered(
    qtbot, damaged_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = _open_window(qtbot, damaged_path)
    health = window.health_actions
    qtbot.waitUntil(lambda: health.damage_box is not None and health.damage_box.isVisible(), timeout=WAIT_MS)
    box = health.damage_box
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert "document #2" in box.text() and "content hash" in box.text()
    assert "read-only" in health.status.text().lower() or "DAMAGED" in health.status.text()
    backup = list_backups(damaged_path)[0].path
    assert f"The latest good backup is {backup}." in box.text()

    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    restore = next(b for b in box.buttons() if b.text() == "Restore Latest Good Backup…")
    qtbot.mouseClick(restore, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.project.path != damaged_path, timeout=WAIT_MS)
    restored = window.project.path
    assert restored.parent == damaged_path.parent and restored.name.startswith("news-restored-")
    assert queries.get_document(window.project, 2).text == KYRGYZ
    qtbot.waitUntil(lambda: window.health_actions.status.text().startswith("Health: ok"), timeout=WAIT_MS)
    with closing(sqlite3.connect(f"file:{damaged_path}?mode=ro", uri=True)) as connection:
        [(text,)] = connection.execute("SELECT text FROM documents WHERE id = 2").fetchall()
    assert text.endswith("(değişti)")


def test_health_runs_and_shows_the_damage(qtbot, damaged_path: Path) -> None:
    window = _open_window(qtbot, damaged_path)
    health = window.health_actions
    qtbot.waitUntil(lambda: health.damage_box is not None and health.damage_box.isVisible(), timeout=WAIT_MS)
    health.damage_box.close()
    window.registry["project.health"].trigger()
    qtbot.waitUntil(lambda: health.dialog is not None and health.dialog.isVisible(), timeout=WAIT_MS)
    report = health.dialog.text.toPlainText()
    assert "damaged: 1 problem" in report
    assert "content hashes: document #2" in report and "no longer matches its content hash" in report
    assert health.dialog.restore_button.isEnabled()


def test_a_damaged_project_takes_no_edit(qtbot, damaged_path: Path) -> None:
    window = _open_window(qtbot, damaged_path)
    health = window.health_actions
    qtbot.waitUntil(lambda: health.damage_box is not None and health.damage_box.isVisible(), timeout=WAIT_MS)
    health.damage_box.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    assert window.project.read_only_reason is not None
    document = window.controller.document
    assert document is not None
    select_chars(window, 0, 4)
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)
    assert queries.list_spans(window.project, document.id) == []
    assert "read-only" in window.statusBar().currentMessage()


def test_edits_are_backed_up_by_the_timer_and_at_close(qtbot, project: Project) -> None:
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    health = window.health_actions
    qtbot.waitUntil(lambda: len(list_backups(project.path)) == 1, timeout=WAIT_MS)  # due at open
    qtbot.waitUntil(lambda: health._backup is not None and health._backup.ended.is_set(), timeout=WAIT_MS)
    health.backup_timer.timeout.emit()
    assert len(list_backups(project.path)) == 1, "nothing was written since: no new backup"

    select_chars(window, 0, 4)
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)
    assert "saved" in window.statusBar().currentMessage()
    health.backup_timer.timeout.emit()
    qtbot.waitUntil(lambda: len(list_backups(project.path)) == 2, timeout=WAIT_MS)
    assert list_backups(project.path)[0].spans == 1

    window.documents.step(+1)
    select_chars(window, 0, 7)
    qtbot.keyClick(window.text_view, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: health._backup.ended.is_set(), timeout=WAIT_MS)
    window.close()
    assert [info.spans for info in list_backups(project.path)] == [2, 1, 0]


def test_restore_from_backup_lists_the_backups_and_opens_the_one_chosen(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """File → Restore from Backup: newest first with counts; the older one restored into a new file that
    the window then opens, while the project and the backup stay as they were."""
    from curator.ui import backup_dialog

    path = tmp_path / "news.curator"
    with open_project(path, annotator="tester") as project:
        fill(project, [TURKISH])
        older = write_backup(project)
        fill(project, [KYRGYZ])
        newer = write_backup(project)
    window = _open_window(qtbot, path)
    window.registry["project.restore_backup"].trigger()
    dialog = window.health_actions.restore_dialog
    assert isinstance(dialog, backup_dialog.RestoreBackupDialog)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT_MS)
    shown = [[dialog.model.index(row, column).data() for column in (2, 3, 4)] for row in range(2)]
    assert dialog.model.rowCount() >= 2 and dialog.model.rows[0].created >= dialog.model.rows[1].created
    by_file = {row[2]: row[0] for row in shown}
    assert by_file[newer.path.name] == "2" and by_file[older.path.name] == "1"
    assert "newest first" in dialog.status.text()

    target = tmp_path / "back-then.curator"
    monkeypatch.setattr(backup_dialog.file_dialogs, "save_file_name", lambda *_args: str(target))
    dialog.table.selectRow(next(r for r in range(2) if dialog.model.rows[r].path == older.path))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.project.path == target, timeout=WAIT_MS)
    assert queries.count_documents(window.project) == 1
    assert "Restored " in window.statusBar().currentMessage()
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        assert connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == 2
    assert older.path.is_file()


def test_restore_from_backup_says_when_there_is_none(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from curator.ui import health_actions

    monkeypatch.setattr(health_actions, "backup_is_due", lambda *_args: False)  # none written at open
    path = tmp_path / "empty.curator"
    open_project(path, annotator="tester").close()
    window = _open_window(qtbot, path)
    window.registry["project.restore_backup"].trigger()
    dialog = window.health_actions.restore_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.loading, timeout=WAIT_MS)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    assert dialog.status.text().startswith("No backups yet in ")


def test_health_shows_the_last_check_at_once_and_checks_again_on_request(qtbot, window: MainWindow) -> None:
    health = window.health_actions
    qtbot.waitUntil(lambda: health.status.text().startswith("Health: ok"), timeout=WAIT_MS)
    first = health.report
    window.registry["project.health"].trigger()
    assert health.dialog is not None and health.dialog.isVisible()  # no new check: the last one, shown
    assert health.report is first and "checked at" in health.dialog.text.toPlainText()
    qtbot.mouseClick(health.dialog.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: health.report is not first and health.dialog.isVisible(), timeout=WAIT_MS)
    assert ": ok: " in health.dialog.text.toPlainText()
