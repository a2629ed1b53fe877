"""Project → Assign Documents… and the queue keys, driven from the keyboard and mouse: the dialog's
preview, the assignment it stores, Ctrl+Shift+N opening the next document of one's own queue, Ctrl+Return
marking it annotated for this annotator only, the list's "Mine" column and `assigned:me`, and undo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from curator.core import queries
from curator.core.domain import DocumentFilter
from curator.core.project.setup import open_project
from curator.core.services import assignments, review
from curator.core.storage import Project
from curator.ui.assign_dialog import AssignDialog
from curator.ui.document_list_model import COLUMNS
from curator.ui.main_window import MainWindow
from tests.ui.conftest import KYRGYZ, TURKISH, fill

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
DOCUMENTS = 12


@pytest.fixture(autouse=True)
def no_role_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(review.ROLE_ENVIRONMENT, raising=False)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[Project]:
    project = open_project(tmp_path / "team.curator", annotator="tester")
    fill(project, [f"{TURKISH} {n}" if n % 2 else f"{KYRGYZ} {n}" for n in range(DOCUMENTS)])
    yield project
    project.close()


@pytest.fixture
def window(qtbot, team: Project) -> MainWindow:
    window = MainWindow(team)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def press(qtbot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, key, modifiers)


def mine(project: Project, query: str = "assigned:me") -> list[int]:
    return [d.id for d in queries.list_documents(project, DocumentFilter.parse(query), limit=100)]


def assign_from_dialog(qtbot, window: MainWindow, names: str, overlap: float) -> list[str]:
    """Open the dialog from its menu action, type the names, set the overlap, click Assign."""
    previews: list[str] = []

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AssignDialog)
        qtbot.keyClicks(dialog.findChild(QLineEdit, "assign-annotators"), names)
        dialog.overlap.setValue(overlap)
        qtbot.waitUntil(lambda: "documents:" in dialog.preview.text())
        previews.append(dialog.preview.text())
        assert dialog.preview.textFormat() == Qt.TextFormat.PlainText  # names are user text
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_dialog)
    window.registry["project.assign"].trigger()
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=20_000)
    window.activateWindow()  # back from the modal dialog, as a user would be
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return previews


def test_assign_then_walk_my_queue_from_the_keyboard(qtbot, window: MainWindow) -> None:
    project = window.project
    mine_column = [key for key, _title in COLUMNS].index("mine")
    assert window.documents.table.isColumnHidden(mine_column)  # no queue yet: the title keeps the width
    [preview] = assign_from_dialog(qtbot, window, "tester, kemal", 0.5)
    assert not window.documents.table.isColumnHidden(mine_column)
    assert preview.startswith("12 documents: tester 9, kemal 9; 6 with two or more annotators.")
    queue = mine(project)
    assert len(queue) == 9
    assert len(mine(project, "assigned:kemal")) == 9
    assert "saved" in window.statusBar().currentMessage()

    press(qtbot, window, Qt.Key.Key_N, CTRL_SHIFT)
    first = window.controller.document
    assert first is not None and first.id == queue[0]  # the next document assigned to me
    press(qtbot, window, Qt.Key.Key_Return, CTRL)
    assert assignments.my_assignments(project, [queue[0]]) == {queue[0]: "annotated"}
    shared = "kemal" in {q.annotator for q in assignments.queues(project) if queue[0] in q.todo}
    assert queries.get_document(project, queue[0]).status == ("new" if shared else "annotated")
    row = window.documents.model.row_of(queue[0])
    assert row is not None
    column = [key for key, _title in COLUMNS].index("mine")
    assert window.documents.model.index(row, column).data() == "✓ done"

    press(qtbot, window, Qt.Key.Key_N, CTRL_SHIFT)
    assert window.controller.document is not None and window.controller.document.id == queue[1]
    assert mine(project, "todo:me")[0] == queue[1]

    window.documents.filter_edit.setText("assigned:me")
    window.documents.apply_filter()
    assert window.documents.model.total == 9

    window.controller.undo_stack.undo()  # the mark
    assert assignments.my_assignments(project, [queue[0]]) == {queue[0]: "assigned"}
    window.controller.undo_stack.undo()  # the assignment
    assert assignments.queues(project) == []
    assert window.documents.model.total == 0  # the list re-read its queue filter
    window.controller.undo_stack.redo()
    assert len(mine(project)) == 9
    assert window.documents.model.total == 9


def test_the_queue_key_says_when_nothing_is_left(qtbot, window: MainWindow) -> None:
    press(qtbot, window, Qt.Key.Key_N, CTRL_SHIFT)
    assert window.statusBar().currentMessage() == "Nothing assigned to tester is left to annotate."
