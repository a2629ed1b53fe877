"""A label key pressed while another program holds the write lock: the window says it is busy, keeps its
event loop running, and then either saves the span and shows it, or says it was not saved."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer

from curator.core import queries
from curator.core.domain import ProjectBusyError
from curator.ui.busy import BUSY_MESSAGE
from curator.ui.main_window import MainWindow
from tests.ui.test_tagging import db_spans, select_chars


@pytest.fixture
def lock_holder(window: MainWindow) -> Iterator[sqlite3.Connection]:
    """Another program's connection holding the write lock, as a `curator import` does while it writes."""
    holder = sqlite3.connect(window.project.path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    yield holder
    if holder.in_transaction:
        holder.rollback()
    holder.close()


def test_a_label_key_waits_for_the_lock_without_freezing_and_then_saves(
    qtbot, window: MainWindow, lock_holder: sqlite3.Connection
) -> None:
    document = window.controller.document
    assert document is not None
    start = document.text.index("Bişkek'te")
    select_chars(window, start, start + len("Bişkek'te"))
    seen: dict[str, object] = {"ticks": 0}
    ticker = QTimer(window)
    ticker.timeout.connect(lambda: seen.update(ticks=int(seen["ticks"]) + 1))
    ticker.start(50)

    def while_waiting() -> None:
        seen["message"] = window.statusBar().currentMessage()
        seen["saved_yet"] = db_spans(window, document.id)
        lock_holder.commit()  # the other program finishes its chunk

    QTimer.singleShot(1_500, while_waiting)

    qtbot.keyClick(window.text_view, Qt.Key.Key_3)  # GPE

    assert seen["message"] == BUSY_MESSAGE and seen["saved_yet"] == []
    assert int(seen["ticks"]) >= 5  # timers kept firing while the key waited for the lock
    assert db_spans(window, document.id) == [(start, start + len("Bişkek"), "GPE")]
    assert window.span_model.rowCount() == 1
    message = window.statusBar().currentMessage()
    assert "saved" in message and "busy" not in message
    assert window.controller.undo_stack.count() == 1


def test_a_lock_held_past_the_bound_is_reported_as_not_saved_and_nothing_is_written(
    qtbot, window: MainWindow, lock_holder: sqlite3.Connection
) -> None:
    window.busy_waiter.patience = 1.5
    document = window.controller.document
    assert document is not None
    select_chars(window, 0, 4)

    with qtbot.captureExceptions() as raised:
        qtbot.keyClick(window.text_view, Qt.Key.Key_2)  # ORG

    # The error reaches the key handler's caller (the shared error guard, where it is merged, catches it).
    assert [type(error) for _type, error, _tb in raised] in ([ProjectBusyError], [])
    assert "not saved" in window.statusBar().currentMessage().lower()
    lock_holder.rollback()
    assert db_spans(window, document.id) == []
    assert window.span_model.rowCount() == 0 and window.controller.undo_stack.count() == 0
    assert queries.project_stats(window.project)["spans"] == 0


def test_a_write_started_while_waiting_waits_in_turn_and_undo_follows_the_order_of_saving(
    qtbot, window: MainWindow, lock_holder: sqlite3.Connection
) -> None:
    document = window.controller.document
    assert document is not None
    word = document.text.index("Bişkek'te")
    select_chars(window, word, word + len("Bişkek"))
    # A timer (as a job result would) writes while the key's write waits; then the lock is released.
    QTimer.singleShot(800, lambda: window.controller.tag("PER", 0, 4, exact=True))
    QTimer.singleShot(1_600, lock_holder.commit)

    qtbot.keyClick(window.text_view, Qt.Key.Key_3)  # GPE

    assert sorted(db_spans(window, document.id)) == [(0, 4, "PER"), (word, word + len("Bişkek"), "GPE")]
    assert window.controller.undo_stack.count() == 2
    window.controller.undo_stack.undo()  # the key's span was saved last, so it is undone first
    assert db_spans(window, document.id) == [(0, 4, "PER")]
