"""Every file dialog of the window, opened on the project's own folder, leaves the window's locks alone.

Closing any descriptor of the project file drops all of the process's POSIX locks on it; Qt's own
dialogs did that by sniffing `p.curator` and `p.curator-shm` for their icons, and a `curator stats`
beside the window then deleted the WAL the window was still writing to. So these tests look at the
locks themselves (`/proc/locks`), then at what a second process does, then at the window's next edit.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QFileSystemModel, QPushButton, QWidget

from curator.ui.main_window import MainWindow
from tests.helpers.locks import LOCKS, project_locks, sidecar

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not LOCKS.exists(), reason="reads the kernel's lock table"),
]

REPO = Path(__file__).resolve().parents[2]
Step = Callable[[QWidget], bool]


def curator_stats(project_path: Path) -> dict:
    """`curator stats --json` in a second process, through the entry point, as a user runs it."""
    done = subprocess.run(
        [sys.executable, "-m", "curator", "--project", str(project_path), "stats", "--json"],
        capture_output=True, text=True, cwd=project_path.parent, timeout=120,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


class ModalDriver:
    """Plays `steps` on the modal dialogs a blocking action opens; each step gets the active modal
    widget and returns True when it is done with it. Polls, because the action blocks in `exec()`."""

    def __init__(self, steps: list[Step], timeout_ms: int = 30_000) -> None:
        self.steps = list(steps)
        self.finished: list[Step] = []
        self.left_ms = timeout_ms
        self.timer = QTimer()
        self.timer.setInterval(25)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.left_ms -= self.timer.interval()
        modal = QApplication.activeModalWidget()
        if not self.steps or self.left_ms < 0:
            self.timer.stop()
            if modal is not None and self.left_ms < 0:
                modal.close()  # give the test back to its assertions instead of hanging
            return
        if modal is not None and self.steps[0](modal):
            self.finished.append(self.steps.pop(0))


MARKERS = ("notes.txt", "schema.json", "annotation.conf", "other.curator", "corpus")


def add_markers(folder: Path) -> None:
    """Files every dialog's filter shows (and a folder for folder dialogs): once one of them is listed
    with its type, the dialog has taken in the whole folder, the project's hidden files too."""
    for name in MARKERS[:-1]:
        (folder / name).write_text("{}\n", encoding="utf-8")
    (folder / MARKERS[-1]).mkdir()


def list_then_cancel(folder: Path, names: tuple[str, ...]) -> Step:
    """Show `folder` in the file dialog, wait until it has typed what it shows of it, cancel."""

    def step(modal: QWidget) -> bool:
        if not isinstance(modal, QFileDialog):
            return False
        if Path(modal.directory().absolutePath()) != folder:
            modal.setDirectory(str(folder))
            return False
        model = modal.findChild(QFileSystemModel)
        shown = [i for i in (model.index(str(folder / n)) for n in (*names, *MARKERS)) if i.isValid()]
        if not shown or not all(model.type(index) for index in shown):
            return False
        modal.reject()
        return True

    return step


def click(text: str) -> Step:
    """Click the button `text` of the dialog, from a fresh event (it may open a nested modal)."""

    def step(modal: QWidget) -> bool:
        buttons = [b for b in modal.findChildren(QPushButton) if b.text() == text]
        if not buttons:
            return False
        QTimer.singleShot(0, buttons[0].click)
        return True

    return step


def reject_dialog(modal: QWidget) -> bool:
    if isinstance(modal, QFileDialog):
        return False
    modal.reject()
    return True


def dialog_steps(folder: Path, names: tuple[str, ...]) -> dict[str, tuple[str, list[Step]]]:
    listed = list_then_cancel(folder, names)
    return {
        "open": ("project.open", [listed]),
        "new": ("project.new", [listed]),
        "import": ("documents.import", [listed]),
        "import folder": ("documents.import_folder", [listed]),
        "export browse": ("documents.export", [click("Browse…"), listed, reject_dialog]),
        "schema import/export": (
            "schema.edit",
            [
                click("Import JSON…"),
                listed,
                click("Export JSON…"),
                listed,
                click("Import annotation.conf…"),
                listed,
                click("Export annotation.conf…"),
                listed,
                reject_dialog,
            ],
        ),  # fmt: skip
    }


DIALOGS = ("open", "new", "import", "import folder", "export browse", "schema import/export")


@pytest.mark.parametrize("dialog", DIALOGS)
def test_a_file_dialog_on_the_project_folder_keeps_the_windows_locks(
    qtbot, window: MainWindow, dialog: str
) -> None:
    project_path = window.project.path.absolute()
    folder = project_path.parent
    assert sidecar(project_path, "-wal").exists()
    add_markers(folder)
    # The health check and first backup the window starts on opening read the file and hold read locks of
    # their own while they run: count the window's steady locks, once they are done. The backup starts
    # only once the check's result reached the window, so wait for the backup itself, not an idle pool.
    health = window.health_actions
    qtbot.waitUntil(lambda: health._backup is not None and health._backup.ended.is_set(), timeout=30_000)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=30_000)
    before = project_locks(project_path)
    assert all(before.values()), before
    names = (project_path.name, project_path.name + "-shm", project_path.name + "-wal")
    action_id, steps = dialog_steps(folder, names)[dialog]
    driver = ModalDriver(steps)
    window.registry[action_id].trigger()
    qtbot.waitUntil(lambda: not driver.steps, timeout=5_000)
    assert len(driver.finished) == len(steps)

    assert project_locks(project_path) == before
    curator_stats(project_path)
    assert sidecar(project_path, "-wal").exists() and sidecar(project_path, "-shm").exists()
    document = window.controller.document
    assert document is not None
    start = document.text.index("KGAÖ")
    window.text_view.select_range(start, start + len("KGAÖ"))
    window.activateWindow()  # back from the dialog, as a user clicking into the text
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)
    assert curator_stats(project_path)["labels"].get("ORG") == 1
    assert project_locks(project_path) == before
