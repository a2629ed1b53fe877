"""Ctrl+F and Ctrl+Shift+F in the real window: keys in, rows in the database out, one undo step each."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from curator.core import queries, services
from curator.core.project.setup import open_project
from curator.core.storage import Project
from curator.ui.main_window import MainWindow
from curator.ui.search_window import SearchWindow

FIRST = "Kırgızistan Cumhurbaşkanı Bişkek'te konuştu; KIRGIZISTAN heyeti Bişkekli gazetecilerle görüştü."
SECOND = "Bişkek ve Moskova arasında yeni uçuşlar başladı."


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    opened = open_project(tmp_path / "search.curator", annotator="tester")
    with opened.write() as session:
        documents = [services.NewDocument(t, title=t[:12], language="tr") for t in (FIRST, SECOND)]
        services.add_documents(session, documents, annotator_id=opened.annotator_id, source="test")
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot, project: Project) -> MainWindow:
    shown = MainWindow(project)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def all_spans(project: Project) -> list[tuple[int, str, str]]:
    texts = {1: FIRST, 2: SECOND}
    return sorted(
        (document_id, texts[document_id][span.start : span.end], span.label)
        for document_id in texts
        for span in queries.list_spans(project, document_id)
    )


def test_find_bar_walks_the_matches_and_esc_leaves_the_match_selected_to_tag(
    qtbot, window: MainWindow
) -> None:
    assert window.controller.document is not None and window.controller.document.text == FIRST
    window.text_view.setFocus()
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    bar = window.find_bar
    assert bar.isVisible() and QApplication.focusWidget() is bar.edit
    qtbot.keyClicks(bar.edit, "kirgizistan")  # QTest types ASCII: folding finds the Turkish spellings
    assert bar.count.text() == "1 of 2"
    assert window.text_view.selection() == (0, 11)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)
    second = FIRST.index("KIRGIZISTAN")
    assert (bar.count.text(), window.text_view.selection()) == ("2 of 2", (second, second + 11))
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return)  # wraps to the first
    assert bar.count.text() == "1 of 2"
    qtbot.keyClick(bar.edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)  # and back
    assert bar.count.text() == "2 of 2"
    bar.edit.clear()
    qtbot.keyClicks(bar.edit, "biskek")
    assert bar.count.text() == "2 of 2"  # "Bişkek'te" and "Bişkekli"; the one after the cursor first
    bar.whole_word.setChecked(True)
    assert bar.count.text() == "1 of 1"  # only the one followed by a case ending
    start = FIRST.index("Bişkek'te")
    assert window.text_view.selection() == (start, start + 6)
    qtbot.keyClick(bar.edit, Qt.Key.Key_Escape)
    assert not bar.isVisible() and QApplication.focusWidget() is window.text_view
    qtbot.keyClick(window.text_view, Qt.Key.Key_3)  # GPE
    assert all_spans(window.project) == [(1, "Bişkek", "GPE")]


def test_find_bar_says_what_is_wrong_with_a_regex(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window.text_view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    window.find_bar.regex.setChecked(True)
    qtbot.keyClicks(window.find_bar.edit, "(bis")
    assert window.find_bar.count.text().startswith("not a valid regular expression")
    qtbot.keyClick(window.text_view, Qt.Key.Key_F3)
    assert window.find_bar.count.text().startswith("not a valid regular expression")


def _search(qtbot, window: MainWindow, query: str) -> SearchWindow:
    qtbot.keyClick(
        window.text_view,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    search = window.search_actions.window
    assert search is not None and search.isVisible()
    search.query.clear()
    qtbot.keyClicks(search.query, query)
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not search.searching and search.status.text().endswith("documents"))
    return search


def _rows(search: SearchWindow) -> list[tuple[str, str]]:
    model = search.model
    return [(model.index(row, 2).data(), model.index(row, 4).data()) for row in range(model.rowCount())]


def _settled(qtbot, search: SearchWindow, rows: list[tuple[str, str]]) -> None:
    """The list searches again after every step; wait for it to show the tags as they are now."""
    qtbot.waitUntil(lambda: not search.searching and _rows(search) == rows)


def test_tag_all_selected_hits_with_a_label_key_is_one_undo_step(qtbot, window: MainWindow) -> None:
    search = _search(qtbot, window, "biskek")
    assert _rows(search) == [("Bişkek", ""), ("Bişkek", ""), ("Bişkek", "")]
    assert search.status.text() == "3 hits in 2 documents"
    search.table.setFocus()
    search.table.selectAll()
    steps = window.controller.undo_stack.count()
    qtbot.keyClick(search.table, Qt.Key.Key_3)  # GPE
    assert all_spans(window.project) == [(1, "Bişkek", "GPE"), (1, "Bişkek", "GPE"), (2, "Bişkek", "GPE")]
    assert window.controller.undo_stack.count() == steps + 1  # the main window's stack, one step
    assert window.controller.undo_stack.undoText() == "Tag 3 hits as GPE"
    _settled(qtbot, search, [("Bişkek", "GPE")] * 3)
    assert search.status.text() == "3 hits in 2 documents"
    qtbot.keyClick(search.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert all_spans(window.project) == []
    _settled(qtbot, search, [("Bişkek", "")] * 3)
    qtbot.keyClick(
        window.text_view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(all_spans(window.project)) == 3
    _settled(qtbot, search, [("Bişkek", "GPE")] * 3)


def test_relabel_and_delete_the_tags_on_selected_hits(qtbot, window: MainWindow) -> None:
    search = _search(qtbot, window, "biskek")
    search.table.setFocus()
    search.table.selectAll()
    qtbot.keyClick(search.table, Qt.Key.Key_3)
    _settled(qtbot, search, [("Bişkek", "GPE")] * 3)
    search.table.selectRow(0)
    qtbot.keyClick(search.table, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # relabel to LOC
    assert all_spans(window.project) == [(1, "Bişkek", "GPE"), (1, "Bişkek", "LOC"), (2, "Bişkek", "GPE")]
    _settled(qtbot, search, [("Bişkek", "LOC"), ("Bişkek", "GPE"), ("Bişkek", "GPE")])
    search.table.selectAll()
    qtbot.keyClick(search.table, Qt.Key.Key_Delete)
    assert all_spans(window.project) == []
    assert "Deleted 3" in search.status.text()
    qtbot.keyClick(search.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert all_spans(window.project) == [(1, "Bişkek", "GPE"), (1, "Bişkek", "LOC"), (2, "Bişkek", "GPE")]


def test_filters_whole_word_and_opening_a_hit(qtbot, window: MainWindow) -> None:
    search = _search(qtbot, window, "biskek lang:ky")
    assert _rows(search) == []
    search.whole_word.setChecked(True)
    search = _search(qtbot, window, "biskek")
    assert [row[0] for row in _rows(search)] == ["Bişkek", "Bişkek"]  # not "Bişkekli"
    search.table.setFocus()
    search.table.selectRow(1)
    qtbot.keyClick(search.table, Qt.Key.Key_Return)
    document = window.controller.document
    assert document is not None and document.text == SECOND
    assert window.text_view.selection() == (0, 6)


def test_show_more_brings_the_hits_past_the_first_page(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from curator.ui import search_window

    monkeypatch.setattr(search_window, "LIMIT", 2)
    qtbot.keyClick(
        window.text_view,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    search = window.search_actions.window
    assert search is not None
    qtbot.keyClicks(search.query, "biskek")
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not search.searching and search.model.rowCount() == 2)
    assert search.more_button.isVisible() and "Show More" in search.status.text()
    qtbot.mouseClick(search.more_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not search.searching and search.model.rowCount() == 3)
    assert not search.more_button.isVisible() and search.status.text() == "3 hits in 2 documents"
    search.table.selectAll()
    qtbot.keyClick(search.table, Qt.Key.Key_3)  # the third hit, shown by Show More, is tagged too
    assert [label for _doc, _text, label in all_spans(window.project)] == ["GPE"] * 3
    qtbot.keyClick(search.query, Qt.Key.Key_Return)  # a new search starts from the first page again
    qtbot.waitUntil(lambda: not search.searching and search.model.rowCount() == 2)
