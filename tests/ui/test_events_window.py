"""Events and relations in the real window, from the keyboard: trigger, arguments, undo, redo."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu

from curator.core import queries, services
from curator.core.project.setup import open_project
from curator.core.storage import Project
from curator.ui.main_window import MainWindow

TEXT = (
    "Türk Devletleri Teşkilatı Dışişleri Bakanları Konseyi, 11 Ocak 2022 tarihinde olağanüstü bir "
    "video konferans toplantısı gerçekleştirdi. Toplantıya Mevlüt Çavuşoğlu ve Ceyhun Bayramov katıldı."
)


@pytest.fixture
def window(qtbot, tmp_path: Path) -> MainWindow:
    project: Project = open_project(tmp_path / "events.curator", annotator="tester")
    with project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text=TEXT, title="TDT", language="tr", pub_date="2022-01-12")],
            annotator_id=None,
            source="test",
        )
    window = MainWindow(project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    project.close()


def select(window: MainWindow, surface: str) -> None:
    start = TEXT.index(surface)
    window.text_view.setFocus()
    window.text_view.select_range(start, start + len(surface))


def tag(qtbot, window: MainWindow, surface: str, key: Qt.Key) -> None:
    select(window, surface)
    qtbot.keyClick(window.text_view, key)


def answer_menus(*keys: Qt.Key) -> None:
    """Press one key in each popup menu as it opens (role menu, then span menu)."""
    remaining = list(keys)

    def press() -> None:
        menu = QApplication.activePopupWidget()
        if isinstance(menu, QMenu) and remaining:
            from PySide6.QtTest import QTest

            QTest.keyClick(menu, remaining.pop(0))
        if remaining:
            QTimer.singleShot(50, press)

    QTimer.singleShot(50, press)


def back_in_window(qtbot, window: MainWindow) -> None:
    """After a popup menu closes, the offscreen platform may leave the menu as the active window for a
    moment; a window shortcut (Ctrl+Z) pressed then goes nowhere, as it would for a user. Wait for the
    window to be active again, as a user would see it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


def db_state(window: MainWindow) -> tuple:
    events = queries.list_events(window.project, 1)
    return (
        [(e.type, e.realis, e.date_iso, [(a.role, a.span_id) for a in e.arguments]) for e in events],
        [(s.start, s.end, s.label) for s in queries.list_spans(window.project, 1)],
    )


def test_an_event_with_three_arguments_from_the_keyboard_then_undo_and_redo(
    qtbot, window: MainWindow
) -> None:
    tag(qtbot, window, "Türk Devletleri Teşkilatı", Qt.Key.Key_2)
    tag(qtbot, window, "Mevlüt Çavuşoğlu", Qt.Key.Key_1)
    tag(qtbot, window, "11 Ocak 2022", Qt.Key.Key_7)
    entities_only = db_state(window)

    select(window, "toplantısı")
    qtbot.keyClicks(window.text_view, "em")  # E then M: a MEETING on the selected trigger
    [event] = queries.list_events(window.project, 1)
    assert event.type == "MEETING" and TEXT[event.trigger_start : event.trigger_end] == "toplantısı"
    assert window.event_controller.current_event_id == event.id
    with_event = db_state(window)

    # Ctrl+R, role 1 (PARTICIPANT), then the first candidate span (the nearest allowed entity).
    for _ in range(2):
        answer_menus(Qt.Key.Key_1, Qt.Key.Key_1)
        qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
        back_in_window(qtbot, window)
    # The cursor on the date makes it the filler without a second menu.
    date_start = TEXT.index("11 Ocak 2022")
    window.text_view.select_range(date_start + 1, date_start + 1)
    answer_menus(Qt.Key.Key_3)  # role 3: TIME
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    back_in_window(qtbot, window)

    [event] = queries.list_events(window.project, 1)
    surfaces = [
        (a.role, TEXT[s.start : s.end])
        for a in event.arguments
        for s in queries.list_spans(window.project, 1)
        if s.id == a.span_id
    ]
    assert sorted(surfaces) == sorted(
        [
            ("PARTICIPANT", "Mevlüt Çavuşoğlu"),
            ("PARTICIPANT", "Türk Devletleri Teşkilatı"),
            ("TIME", "11 Ocak 2022"),
        ]
    )
    assert event.date_iso == "2022-01-11" and event.date_precision == "day"  # from the TIME argument
    complete = db_state(window)
    tree = window.events_panel.model
    assert tree.rowCount() == 1 and tree.rowCount(tree.index(0, 0)) == 3

    undo = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    redo = (Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    for _ in range(3):
        qtbot.keyClick(window.text_view, *undo)
    assert db_state(window) == with_event
    qtbot.keyClick(window.text_view, *undo)
    assert db_state(window) == entities_only
    for _ in range(4):
        qtbot.keyClick(window.text_view, *redo)
    assert db_state(window) == complete


def test_realis_delete_event_and_a_relation(qtbot, window: MainWindow) -> None:
    tag(qtbot, window, "Mevlüt Çavuşoğlu", Qt.Key.Key_1)
    tag(qtbot, window, "Dışişleri Bakanları", Qt.Key.Key_6)
    select(window, "toplantısı")
    qtbot.keyClicks(window.text_view, "em")
    window.registry["event.realis.planned"].trigger()
    assert queries.list_events(window.project, 1)[0].realis == "planned"

    person = TEXT.index("Mevlüt")
    window.text_view.select_range(person + 2, person + 2)
    answer_menus(Qt.Key.Key_1, Qt.Key.Key_1)  # HOLDS_TITLE, then the nearest other span
    qtbot.keyClick(
        window.text_view,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    back_in_window(qtbot, window)
    [relation] = queries.list_relations(window.project, 1)
    assert relation.type == "HOLDS_TITLE"
    window.events_panel.relations.setFocus()
    window.events_panel.relations.selectRow(0)
    assert window.text_view._arrow is not None  # the selected relation is drawn

    window.events_panel.tree.setFocus()
    window.events_panel.tree.setCurrentIndex(window.events_panel.model.index(0, 0))
    qtbot.keyClick(window.events_panel.tree, Qt.Key.Key_Delete)
    assert queries.list_events(window.project, 1) == []
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [e.realis for e in queries.list_events(window.project, 1)] == ["planned"]


def test_deleting_a_participant_span_takes_the_argument_and_undo_restores_it(
    qtbot, window: MainWindow
) -> None:
    tag(qtbot, window, "Mevlüt Çavuşoğlu", Qt.Key.Key_1)
    select(window, "toplantısı")
    qtbot.keyClicks(window.text_view, "em")
    answer_menus(Qt.Key.Key_1, Qt.Key.Key_1)
    qtbot.keyClick(window.text_view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    back_in_window(qtbot, window)
    before = db_state(window)
    person = TEXT.index("Mevlüt")
    window.text_view.select_range(person + 1, person + 1)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Delete)
    assert queries.list_events(window.project, 1)[0].arguments == ()
    assert "with 1 argument" in window.statusBar().currentMessage()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert db_state(window) == before


def test_typing_an_event_date_in_the_text_s_own_form(qtbot, window: MainWindow, monkeypatch) -> None:
    from PySide6.QtWidgets import QInputDialog

    select(window, "toplantısı")
    qtbot.keyClicks(window.text_view, "em")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("27 Kasım'da", True))
    qtbot.keyClick(
        window.text_view,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    event = queries.list_events(window.project, 1)[0]
    # Year-less: resolved against the publication date (2022-01-12), preferring the past.
    assert (event.date_iso, event.date_precision) == ("2021-11-27", "day")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("no date here", True))
    qtbot.keyClick(
        window.text_view,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert queries.list_events(window.project, 1)[0].date_iso == "2021-11-27"
    assert "not a date" in window.statusBar().currentMessage()


def test_event_attributes_from_the_keyboard(qtbot, window: MainWindow) -> None:
    select(window, "toplantısı")
    qtbot.keyClicks(window.text_view, "em")
    # Context is the default schema's (multiple) attribute: pick it, then its second value.
    answer_menus(Qt.Key.Key_1, Qt.Key.Key_2)
    qtbot.keyClick(
        window.text_view,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    back_in_window(qtbot, window)
    assert queries.list_events(window.project, 1)[0].attributes == {"Context": ["military"]}
    assert "Context=military" in window.events_panel.model.index(0, 2).data()
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert queries.list_events(window.project, 1)[0].attributes == {}


def test_the_event_key_on_an_existing_trigger_selects_its_event(qtbot, window: MainWindow) -> None:
    select(window, "toplantısı")
    qtbot.keyClicks(window.text_view, "em")
    window.event_controller.select_event(None)
    select(window, "toplantısı")
    qtbot.keyClicks(window.text_view, "em")
    [event] = queries.list_events(window.project, 1)
    assert window.event_controller.current_event_id == event.id
    assert "exists already" in window.statusBar().currentMessage()


def test_after_e_the_status_bar_lists_the_event_letters(qtbot, window: MainWindow) -> None:
    select(window, "toplantısı")
    qtbot.keyClick(window.text_view, Qt.Key.Key_E)
    hint = window.statusBar().currentMessage()
    assert hint.startswith("E then: ")
    for words in ("M meeting", "V visit", "P phone call", "K attack", "T protest"):
        assert words in hint
    assert queries.list_events(window.project, 1) == []  # E alone only waits for the letter
    qtbot.keyClick(window.text_view, Qt.Key.Key_M)
    [event] = queries.list_events(window.project, 1)
    assert event.type == "MEETING"
    assert "MEETING event created" in window.statusBar().currentMessage()
