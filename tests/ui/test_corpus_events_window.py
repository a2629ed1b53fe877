"""Events → Corpus Events in the real window: open it with its key, consolidate with the button, split a
mention out with S, join with J, confirm with C, and take each back with Ctrl+Z; the database says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication

from curator.core.project.setup import open_project
from curator.core.records.consolidate_read import stored_groups
from curator.core.storage import Project
from curator.ui import messages
from curator.ui.corpus_events import CorpusEventsDialog
from curator.ui.main_window import MainWindow
from tests.helpers.event_reports import Reports, build_reports


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What message boxes would have said (none may block the test)."""
    boxes: list[str] = []
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(messages, name, lambda _parent, _title, text, *_a, **_k: boxes.append(text))
    return boxes


@pytest.fixture
def reports(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, said: list[str]) -> Iterator[Reports]:
    monkeypatch.setenv("CURATOR_ANNOTATOR", "tester")
    project = open_project(tmp_path / "summit.curator", create=True, annotator="tester")
    built = build_reports(project)
    yield built
    project.close()


@pytest.fixture
def dialog(qtbot, reports: Reports) -> CorpusEventsDialog:
    window = MainWindow(reports.project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(
        window.text_view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    )
    [shown] = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, CorpusEventsDialog) and w.isVisible()
    ]
    qtbot.waitUntil(lambda: shown.loading == 0)
    return shown


def groups(project: Project) -> list[tuple[str, tuple[int, ...]]]:
    return [(g.status, g.event_ids) for g in stored_groups(project).values()]


def settle(qtbot, dialog: CorpusEventsDialog, rows: int) -> None:
    qtbot.waitUntil(lambda: dialog.loading == 0 and dialog.groups.rowCount() == rows)


def test_consolidate_split_and_undo_from_the_keyboard(
    qtbot, dialog: CorpusEventsDialog, reports: Reports, said: list[str]
) -> None:
    assert dialog.groups.rowCount() == 0
    qtbot.mouseClick(dialog.consolidate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(stored_groups(reports.project)))
    settle(qtbot, dialog, 1)
    assert groups(reports.project) == [("proposed", tuple(reports.summit))]
    assert [dialog.groups.data(dialog.groups.index(0, c)) for c in (1, 2, 4, 6)] == [
        "proposed",
        "MEETING",
        "Ankara",
        "3",
    ]
    dialog.group_table.selectRow(0)
    assert [dialog.mentions.data(dialog.mentions.index(r, 1)) for r in range(3)] == ["tr", "ru", "en"]
    dialog.mention_table.selectRow(2)  # the English announcement
    qtbot.keyClick(dialog.mention_table, Qt.Key.Key_S)
    settle(qtbot, dialog, 2)
    assert groups(reports.project) == [
        ("proposed", tuple(reports.summit[:2])),
        ("proposed", (reports.summit[2],)),
    ]
    qtbot.keyClick(dialog.group_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, dialog, 1)
    assert groups(reports.project) == [("proposed", tuple(reports.summit))]
    qtbot.keyClick(dialog.group_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the consolidation
    settle(qtbot, dialog, 0)
    assert groups(reports.project) == [] and said == []


def test_join_and_confirm_are_one_undo_step_each(qtbot, dialog: CorpusEventsDialog, reports: Reports) -> None:
    qtbot.mouseClick(dialog.consolidate_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog, 1)
    dialog.group_table.selectRow(0)
    dialog.mention_table.selectRow(2)
    qtbot.keyClick(dialog.mention_table, Qt.Key.Key_S)
    settle(qtbot, dialog, 2)
    dialog.group_table.selectRow(0)
    model = dialog.group_table.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    model.select(dialog.groups.index(1, 0), flags)
    qtbot.keyClick(dialog.group_table, Qt.Key.Key_J)
    settle(qtbot, dialog, 1)
    assert groups(reports.project) == [("proposed", tuple(reports.summit))]
    dialog.group_table.selectRow(0)
    qtbot.keyClick(dialog.group_table, Qt.Key.Key_C)
    qtbot.waitUntil(lambda: groups(reports.project) == [("confirmed", tuple(reports.summit))])
    settle(qtbot, dialog, 1)
    assert dialog.groups.data(dialog.groups.index(0, 1)) == "confirmed (yours)"
    assert dialog.status.text() == "1 event group(s), 0 not confirmed yet."
    qtbot.keyClick(dialog.group_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: groups(reports.project) == [("proposed", tuple(reports.summit))])
    qtbot.keyClick(dialog.group_table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the join
    settle(qtbot, dialog, 2)


def test_split_without_a_mention_says_what_to_select(
    qtbot, dialog: CorpusEventsDialog, reports: Reports
) -> None:
    qtbot.mouseClick(dialog.consolidate_button, Qt.MouseButton.LeftButton)
    settle(qtbot, dialog, 1)
    dialog.group_table.selectRow(0)
    qtbot.keyClick(dialog.group_table, Qt.Key.Key_S)
    assert dialog.status.text() == "Select one group and the mention(s) to split out of it."
    assert groups(reports.project) == [("proposed", tuple(reports.summit))]


def test_another_process_consolidating_shows_up_in_the_open_window(
    qtbot, dialog: CorpusEventsDialog, reports: Reports
) -> None:
    """A second annotator (another Project on the same file) consolidates and confirms: the open window
    shows the group, then its status, on the live-updates tick, with no key pressed here."""
    from curator.core.services import event_groups

    assert dialog.groups.rowCount() == 0
    other = open_project(reports.project.path, annotator="reviewer")
    try:
        event_groups.consolidate(other)
        settle(qtbot, dialog, 1)  # the window's one-second poll
        assert dialog.groups.data(dialog.groups.index(0, 1)) == "proposed"
        [group_id] = stored_groups(other)
        event_groups.confirm(other, [group_id])
        qtbot.waitUntil(lambda: dialog.groups.data(dialog.groups.index(0, 1)) == "confirmed", timeout=5000)
        assert "0 not confirmed" in dialog.status.text()
    finally:
        other.close()
