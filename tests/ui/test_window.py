"""The window as an annotator uses it: persistence, the entity table, deletion, filters, big lists."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from curator.core import queries
from curator.core.project.setup import open_project
from curator.ui.main_window import MainWindow
from tests.ui.conftest import KYRGYZ, fill
from tests.ui.test_tagging import db_spans, select_chars


def tag(qtbot, window: MainWindow, word: str, key: Qt.Key, occurrence: int = 0) -> None:
    document = window.controller.document
    assert document is not None
    start = -1
    for _ in range(occurrence + 1):
        start = document.text.index(word, start + 1)
    select_chars(window, start, start + len(word))
    qtbot.keyClick(window.text_view, key)


def test_tags_survive_closing_and_reopening_the_project(qtbot, window: MainWindow) -> None:
    path = window.project.path
    tag(qtbot, window, "KGAÖ", Qt.Key.Key_2)
    tag(qtbot, window, "Bişkek", Qt.Key.Key_3)
    document_id = window.controller.document.id  # type: ignore[union-attr]
    window.close()
    reopened = open_project(path, annotator=window.project.annotator_name)  # her layer is what she sees
    try:
        second = MainWindow(reopened)
        qtbot.addWidget(second)
        assert [s[2] for s in db_spans(second, document_id)] == ["ORG", "GPE"]
        assert second.span_model.rowCount() == 2
        assert second.span_model.index(0, 0).data() == "KGAÖ"
    finally:
        reopened.close()


def test_clicking_an_entity_row_selects_and_flashes_its_span(qtbot, window: MainWindow) -> None:
    tag(qtbot, window, "KGAÖ", Qt.Key.Key_2)
    tag(qtbot, window, "Bişkek", Qt.Key.Key_3)
    table = window.entities.table
    rect = table.visualRect(window.span_model.index(1, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.text_view.textCursor().selectedText() == "Bişkek"
    assert len(window.text_view.extraSelections()) == 1
    qtbot.waitUntil(lambda: not window.text_view.extraSelections(), timeout=3000)


def test_delete_key_removes_the_innermost_span_at_the_cursor(qtbot, window: MainWindow) -> None:
    document = window.controller.document
    assert document is not None
    select_chars(window, 0, len("KGAÖ Dışişleri Bakanları"))
    qtbot.keyClick(window.text_view, Qt.Key.Key_2)
    tag(qtbot, window, "KGAÖ", Qt.Key.Key_8)
    assert len(db_spans(window, document.id)) == 2
    select_chars(window, 1, 1)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Delete)
    assert db_spans(window, document.id) == [(0, len("KGAÖ Dışişleri Bakanları"), "ORG")]


def test_delete_key_in_the_entity_table_removes_the_selected_rows(qtbot, window: MainWindow) -> None:
    document = window.controller.document
    assert document is not None
    tag(qtbot, window, "KGAÖ", Qt.Key.Key_2)
    tag(qtbot, window, "Bişkek", Qt.Key.Key_3)
    window.entities.table.setFocus()
    window.entities.table.selectRow(0)
    qtbot.keyClick(window.entities.table, Qt.Key.Key_Delete)
    assert [s[2] for s in db_spans(window, document.id)] == ["GPE"]


def test_changing_the_label_in_the_entity_table_with_its_editor(qtbot, window: MainWindow) -> None:
    document = window.controller.document
    assert document is not None
    tag(qtbot, window, "KGAÖ", Qt.Key.Key_2)
    table = window.entities.table
    index = window.span_model.index(0, 1)
    table.setFocus()
    table.setCurrentIndex(index)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.findChild(QComboBox)
    assert editor is not None and editor.currentText() == "ORG"
    editor.setCurrentText("MISC")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: db_spans(window, document.id) == [(0, 4, "MISC")], timeout=2000)
    assert window.span_model.index(0, 1).data() == "MISC"
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert db_spans(window, document.id) == [(0, 4, "ORG")]


def test_tagging_the_same_span_twice_says_so_and_stores_one(qtbot, window: MainWindow) -> None:
    document = window.controller.document
    assert document is not None
    tag(qtbot, window, "KGAÖ", Qt.Key.Key_2)
    tag(qtbot, window, "KGAÖ", Qt.Key.Key_2)
    assert db_spans(window, document.id) == [(0, 4, "ORG")]
    assert "tagged already" in window.statusBar().currentMessage()
    assert window.controller.undo_stack.count() == 1


def test_undo_of_an_edit_in_another_document_goes_back_to_it(qtbot, window: MainWindow) -> None:
    first = window.controller.document
    assert first is not None
    tag(qtbot, window, "KGAÖ", Qt.Key.Key_2)
    qtbot.keyClick(window.text_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert window.controller.document is not None and window.controller.document.id != first.id
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.controller.document.id == first.id
    assert db_spans(window, first.id) == []
    assert window.documents.table.currentIndex().row() == 0


def test_the_documents_list_filters_by_language_and_title(qtbot, window: MainWindow) -> None:
    with window.project.write() as session:
        from curator.core.storage.models import Document

        session.execute(Document.__table__.update().where(Document.text == KYRGYZ).values(language="ky"))
    window.documents.model.reload()
    qtbot.keyClicks(window.documents.filter_edit, "lang:ky")
    qtbot.keyClick(window.documents.filter_edit, Qt.Key.Key_Return)
    assert window.documents.model.rowCount() == 1
    assert window.documents.count_label.text() == "1 document"
    window.documents.filter_edit.clear()
    qtbot.keyClicks(window.documents.filter_edit, "ve Moskova")  # QTest types ASCII only
    qtbot.keyClick(window.documents.filter_edit, Qt.Key.Key_Return)
    assert window.documents.model.rowCount() == 1
    assert "Bişkek ve Moskova" in window.documents.model.index(0, 0).data()


def test_the_documents_list_sorts_by_span_count(qtbot, window: MainWindow) -> None:
    window.documents.step(+1)
    tag(qtbot, window, "ЖККУнун", Qt.Key.Key_2)
    header = window.documents.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=header.rect().center())
    window.documents.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)
    assert window.documents.model.index(0, 3).data() == 1
    assert window.documents.model.index(0, 2).data() == "in progress"


def test_a_long_list_is_fetched_page_by_page(qtbot, tmp_path: Path) -> None:
    project = open_project(tmp_path / "many.curator")
    try:
        fill(project, [f"Rapor {n}: Bişkek'te toplantı yapıldı." for n in range(450)])
        window = MainWindow(project)
        qtbot.addWidget(window)
        model = window.documents.model
        assert model.total == 450 and model.rowCount() == 200
        window.documents.table.selectRow(199)
        assert window.documents.step(+1)
        assert model.rowCount() > 200 and window.documents.table.currentIndex().row() == 200
        window.documents.table.scrollToBottom()
        qtbot.waitUntil(lambda: model.rowCount() == 450, timeout=3000)
        assert queries.count_documents(project) == 450
    finally:
        project.close()


def test_document_text_is_shown_as_plain_text(qtbot, tmp_path: Path) -> None:
    project = open_project(tmp_path / "html.curator")
    try:
        text = "<b>not bold</b> <img src='x'> <script>alert(1)</script> Bişkek"
        fill(project, [text])
        window = MainWindow(project)
        qtbot.addWidget(window)
        assert window.text_view.toPlainText() == text
    finally:
        project.close()


def test_document_info_is_edited_and_undone_and_filters_use_it(qtbot, window: MainWindow) -> None:
    from curator.ui.document_info import DocumentInfoDialog, apply_document_info

    document = window.controller.document
    assert document is not None
    dialog = DocumentInfoDialog(window, document.id)
    qtbot.addWidget(dialog)
    dialog.edits["pub_date"].setText("2021-05-19")
    dialog.edits["source"].setText("Kabar")
    dialog.edits["author"].setText("Aigerim")
    assert apply_document_info(window, document.id, dialog.changes())
    stored = queries.get_document(window.project, document.id)
    assert (stored.pub_date, stored.source, stored.meta["author"]) == ("2021-05-19", "Kabar", "Aigerim")
    qtbot.keyClicks(window.documents.filter_edit, "source:kab date:2021-05")
    qtbot.keyClick(window.documents.filter_edit, Qt.Key.Key_Return)
    assert window.documents.model.rowCount() == 1
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    stored = queries.get_document(window.project, document.id)
    assert stored.pub_date is None and "author" not in stored.meta
    bad = DocumentInfoDialog(window, document.id)
    qtbot.addWidget(bad)
    bad.edits["pub_date"].setText("yesterday")
    from curator.ui import messages

    shown: list[str] = []
    original = messages.warning
    messages.warning = lambda *args, **kwargs: shown.append(args[2])  # type: ignore[assignment]
    try:
        assert not apply_document_info(window, document.id, bad.changes())
    finally:
        messages.warning = original  # type: ignore[assignment]
    assert "not an ISO date" in shown[0]


def test_fixing_a_typo_in_the_window_keeps_the_tag_and_undo_restores(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    from curator.ui import messages

    document = window.controller.document
    assert document is not None
    tag(qtbot, window, "Bişkek", Qt.Key.Key_3)
    start = document.text.index("Bişkek")
    window.text_view.select_range(start + 4, start + 6)  # "ek"
    monkeypatch.setattr(messages, "get_text", lambda *a, **k: ("ek'in merkezi ", True))
    qtbot.keyClick(
        window.text_view,
        Qt.Key.Key_E,  # Fix Text; Ctrl+Shift+F searches the corpus
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier,
    )
    fixed = queries.get_document(window.project, document.id).text
    assert fixed.startswith("KGAÖ Dışişleri Bakanları toplantısı Bişkek'in merkezi 'te")
    [span] = queries.list_spans(window.project, document.id)
    assert fixed[span.start : span.end] == "Bişkek'in merkezi "  # the tag contained the edit and followed it
    assert window.text_view.toPlainText() == fixed
    qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert queries.get_document(window.project, document.id).text == document.text
    assert [(s.start, s.end) for s in queries.list_spans(window.project, document.id)] == [(start, start + 6)]
