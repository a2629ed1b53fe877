"""Background jobs never lose their result: everything is wired before the worker starts, and the
window keeps every running worker until it has reported back."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QProgressDialog
from pytestqt.qtbot import QtBot

from curator.core.domain import CuratorError
from curator.ui.main_window import MainWindow


def wait_for_the_pool() -> None:
    """Block the GUI thread until every job ran to its end (its signal emitted): no event loop turn."""
    assert QThreadPool.globalInstance().waitForDone(30_000)


def test_a_job_that_ends_before_the_event_loop_turns_still_delivers_its_result(
    qtbot: QtBot, window: MainWindow
) -> None:
    wait_for_the_pool()  # the check the window started when it opened
    delivered: list[object] = []
    window.run_job("Counting…", lambda _progress, _is_cancelled: 42, delivered.append)
    wait_for_the_pool()
    gc.collect()  # nothing but the window holds the worker now
    qtbot.waitUntil(lambda: delivered == [42])
    assert window.jobs.running == ()
    qtbot.waitUntil(lambda: window.findChild(QProgressDialog) is None)  # the dialog is gone, not hidden


def test_a_job_that_fails_at_once_still_reports_its_message(qtbot: QtBot, window: MainWindow) -> None:
    def refuse(_progress, _is_cancelled):
        raise CuratorError("the folder is empty")

    delivered: list[object] = []
    failures: list[str] = []
    window.run_job("Importing…", refuse, delivered.append, failures.append)
    wait_for_the_pool()
    qtbot.waitUntil(lambda: failures == ["the folder is empty"])
    assert delivered == [] and window.jobs.running == ()


def test_a_second_job_does_not_make_the_window_forget_the_first(qtbot: QtBot, window: MainWindow) -> None:
    release = threading.Event()

    def slow(_progress, _is_cancelled):
        release.wait(30)
        return "first"

    delivered: list[object] = []
    window.run_job("First…", slow, delivered.append)
    window.run_job("Second…", lambda _progress, _is_cancelled: "second", delivered.append)
    qtbot.waitUntil(lambda: delivered == ["second"])
    assert len(window.jobs.running) == 1
    gc.collect()
    release.set()
    qtbot.waitUntil(lambda: delivered == ["second", "first"])
    assert window.jobs.running == ()
