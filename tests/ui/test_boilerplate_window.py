"""The Boilerplate keys and tab: accept, reject, jump, whole kinds, detection; each one undo step."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from curator.core import queries, services
from curator.core.importers import import_paths
from curator.core.project.resources import SAMPLE_DOCS_DIR
from curator.core.project.setup import open_project
from curator.core.services.exclusions import list_regions
from curator.core.storage import Project
from curator.ui import messages
from curator.ui.main_window import MainWindow

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)


@pytest.fixture
def seeds(tmp_path: Path) -> Iterator[Project]:
    project = open_project(tmp_path / "seeds.curator", annotator="tester")
    import_paths(project, [SAMPLE_DOCS_DIR])
    yield project
    project.close()


@pytest.fixture
def window(qtbot: QtBot, seeds: Project) -> MainWindow:
    window = MainWindow(seeds)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def open_seed(window: MainWindow, number: int) -> str:
    window.controller.open_document(number + 1)
    window.text_view.setFocus()
    return window.controller.document.text


def statuses(project: Project, document_id: int) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for region in list_regions(project, document_id):
        found.setdefault(region.kind, []).append(region.status)
    return found


def press(
    qtbot: QtBot,
    window: MainWindow,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(window.text_view, key, modifiers)


def test_x_excludes_the_proposal_at_the_cursor_k_keeps_the_next_and_undo_reverts_each(
    qtbot: QtBot,
    window: MainWindow,
    seeds: Project,
) -> None:
    text = open_seed(window, 4)
    assert window.boilerplate_actions.panel.model.rowCount() == 3
    window.text_view.select_range(2, 2)  # inside the ticker
    press(qtbot, window, Qt.Key.Key_X)
    assert statuses(seeds, 5) == {
        "ticker": ["accepted"],
        "section_tag": ["proposed"],
        "comment_box": ["proposed"],
    }
    assert "saved" in window.statusBar().currentMessage()
    start, end = window.text_view.selection()  # the cursor went on to the next proposal
    assert text[start:end] == "Саясат 0\n"
    press(qtbot, window, Qt.Key.Key_K)
    assert statuses(seeds, 5)["section_tag"] == ["rejected"]
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert statuses(seeds, 5)["section_tag"] == ["proposed"]
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert statuses(seeds, 5)["ticker"] == ["proposed"]
    window.text_view.select_range(0, 0)
    press(qtbot, window, Qt.Key.Key_B)
    press(qtbot, window, Qt.Key.Key_B)
    start, end = window.text_view.selection()
    assert text[start:end] == "Пикир\n\nОставить комментарий"
    press(qtbot, window, Qt.Key.Key_B, SHIFT)
    assert window.text_view.textCursor().selectedText() == "Саясат 0\u2029"


def test_tagging_inside_excluded_text_is_refused_with_a_message(
    qtbot: QtBot, window: MainWindow, seeds: Project
) -> None:
    text = open_seed(window, 4)
    window.text_view.select_range(text.index("Пикир") + 1, text.index("Пикир") + 1)
    press(qtbot, window, Qt.Key.Key_X)
    window.text_view.select_range(text.index("Пикир"), text.index("Пикир") + 5)
    press(qtbot, window, Qt.Key.Key_8)
    assert queries.list_spans(seeds, 5) == []
    assert "excluded as boilerplate (comment box" in window.statusBar().currentMessage()


def test_excluding_over_an_annotation_asks_first_and_undo_brings_it_back(
    qtbot: QtBot,
    window: MainWindow,
    seeds: Project,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = open_seed(window, 4)
    at = text.index("Саясат")
    window.text_view.select_range(at, at + 6)
    press(qtbot, window, Qt.Key.Key_8)
    assert [s.label for s in queries.list_spans(seeds, 5)] == ["MISC"]
    answers = [messages.Button.No, messages.Button.Yes]
    monkeypatch.setattr(messages, "question", lambda *_args: answers.pop(0))
    window.text_view.select_range(at + 1, at + 1)
    press(qtbot, window, Qt.Key.Key_X)
    assert statuses(seeds, 5)["section_tag"] == ["proposed"] and len(queries.list_spans(seeds, 5)) == 1
    window.text_view.select_range(at + 1, at + 1)
    press(qtbot, window, Qt.Key.Key_X)
    assert statuses(seeds, 5)["section_tag"] == ["accepted"] and queries.list_spans(seeds, 5) == []
    assert window.span_model.rowCount() == 0
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert statuses(seeds, 5)["section_tag"] == ["proposed"]
    assert [(text[s.start : s.end], s.label) for s in queries.list_spans(seeds, 5)] == [("Саясат", "MISC")]
    assert window.span_model.rowCount() == 1


def test_shift_x_joins_every_pdf_line_break_of_the_document_and_undo_restores_the_text(
    qtbot: QtBot,
    window: MainWindow,
    seeds: Project,
) -> None:
    text = open_seed(window, 0)
    at = text.index("Kazakbayev,")
    window.text_view.select_range(at, at + 10)
    press(qtbot, window, Qt.Key.Key_1)
    join = next(r for r in list_regions(seeds, 1) if r.kind == "line_join")
    window.text_view.select_range(join.start, join.start)
    press(qtbot, window, Qt.Key.Key_X, SHIFT)
    joined = queries.get_document(seeds, 1).text
    assert statuses(seeds, 1)["line_join"] == ["accepted"] * 26
    assert window.text_view.text == joined and "YOLUYLA OLAĞAN" in joined
    (span,) = queries.list_spans(seeds, 1)
    assert joined[span.start : span.end] == "Kazakbayev"
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert queries.get_document(seeds, 1).text == text == window.text_view.text
    assert statuses(seeds, 1)["line_join"] == ["proposed"] * 26
    press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert queries.get_document(seeds, 1).text == joined


def finish_job(qtbot: QtBot, window: MainWindow) -> None:
    """Wait for the background job, then give the window back the focus its progress dialog took."""
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=20_000)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_ctrl_alt_x_accepts_a_kind_in_the_whole_corpus_as_one_undo_step(
    qtbot: QtBot, window: MainWindow, seeds: Project
) -> None:
    text = open_seed(window, 2)
    second = text.index("Kirgizistan", 10)
    window.text_view.select_range(second + 3, second + 3)
    press(qtbot, window, Qt.Key.Key_X, CTRL | ALT)
    finish_job(qtbot, window)
    assert [statuses(seeds, d)["repeated_line"] for d in (3, 4)] == [["accepted"], ["accepted"]]
    assert statuses(seeds, 4)["metadata"] == ["proposed", "proposed"]
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert [statuses(seeds, d)["repeated_line"] for d in (3, 4)] == [["proposed"], ["proposed"]]


def test_joining_line_breaks_in_the_corpus_can_be_cancelled_and_nothing_is_kept(
    qtbot: QtBot, window: MainWindow, seeds: Project
) -> None:
    text = open_seed(window, 0)
    join = next(r for r in list_regions(seeds, 1) if r.kind == "line_join")
    window.text_view.select_range(join.start, join.start)
    press(qtbot, window, Qt.Key.Key_X, CTRL | ALT)
    window.jobs.running[-1].cancel()
    finish_job(qtbot, window)
    assert window.statusBar().currentMessage() == "Not changed: cancelled; nothing was changed."
    assert queries.get_document(seeds, 1).text == text
    assert statuses(seeds, 1)["line_join"] == ["proposed"] * 26
    assert window.controller.undo_stack.count() == 0


def test_detecting_in_the_corpus_runs_in_the_background_and_is_undone_in_one_step(
    qtbot: QtBot,
    window: MainWindow,
    seeds: Project,
) -> None:
    tagline = "Материал подготовлен агентством Кабар для читателей сайта"
    stories = [
        services.NewDocument(
            text=f"Жаңылык {n}: министр Бишкекте жыйынга катышып, кеңири сөз сүйлөдү.\n{tagline}\n"
        )
        for n in range(3)
    ]
    with seeds.write() as session:
        services.add_documents(session, stories, annotator_id=seeds.annotator_id, source="test")
    press(qtbot, window, Qt.Key.Key_B, CTRL | SHIFT)
    qtbot.waitUntil(lambda: not window.jobs.running, timeout=20_000)
    assert [statuses(seeds, document_id) for document_id in (6, 7, 8)] == [
        {"repeated_line": ["proposed"]}
    ] * 3
    assert "Proposed 3 regions" in window.statusBar().currentMessage()
    window.activateWindow()  # the progress dialog had the focus
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert [statuses(seeds, document_id) for document_id in (6, 7, 8)] == [{}] * 3


def test_f1_lists_the_boilerplate_keys_and_no_key_is_taken_twice(window: MainWindow) -> None:
    shown = [row.title for row in window.show_shortcuts().shown_rows()]
    for title in (
        "Exclude Proposal",
        "Keep Text (Reject Proposal)",
        "Next Proposal",
        "Accept This Kind in the Corpus",
    ):
        assert title in shown
    keys = [key.toString() for action in window.findChildren(type(window.registry["boilerplate.accept"]))
            for key in action.shortcuts()]  # fmt: skip
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
