"""What a new user meets in the window: readable titles at laptop sizes, a way in from an empty
project, a status bar that stays, and coming back to the place they left."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QTableView

from curator.core import services
from curator.core.project.setup import open_project
from curator.core.services import entities
from curator.core.storage import Project
from curator.core.storage.models import Document
from curator.ui.main_window import MainWindow
from tests.ui.conftest import fill

LONG_TITLE = (
    "KAZAKBAYEV, KGAÖ DIŞİŞLERİ BAKANLARI KONSEYİ'NİN VİDEO KONFERANS YOLUYLA OLAĞAN TOPLANTISINA KATILDI"
)
SIZES = [(1280, 720), (1600, 1000)]


def add_titled(project: Project, titles: list[str]) -> None:
    with project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text=f"{title}\n\nBişkek'te toplantı.", title=title) for title in titles],
            annotator_id=project.annotator_id,
            source="test",
        )


def open_window(qtbot, project: Project, size: tuple[int, int] | None = None) -> MainWindow:
    window = MainWindow(project)
    qtbot.addWidget(window)
    if size is not None:
        window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.text_view.setFocus()
    return window


def column_titles(table: QTableView, column: int = 0) -> list[str]:
    model = table.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


def click_header(qtbot, table: QTableView, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def assert_first_column_readable(table: QTableView, full_text: str) -> None:
    """The first column takes what the others leave, shows about 20 characters or more, elides in the
    middle and has the whole text in its tooltip."""
    header = table.horizontalHeader()
    widths = [header.sectionSize(column) for column in range(header.count())]
    assert widths[0] > max(widths[1:]), widths
    assert widths[0] >= 20 * table.fontMetrics().averageCharWidth(), widths
    assert sum(widths) <= table.viewport().width() + 1, (widths, table.viewport().width())
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle
    index = next(
        table.model().index(row, 0)
        for row in range(table.model().rowCount())
        if table.model().index(row, 0).data() == full_text
    )
    assert full_text in index.data(Qt.ItemDataRole.ToolTipRole)


@pytest.mark.parametrize("size", SIZES)
def test_document_titles_are_readable_at_laptop_and_desktop_sizes(
    qtbot, tmp_path: Path, size: tuple[int, int]
) -> None:
    with open_project(tmp_path / "news.curator", annotator="tester") as project:
        add_titled(project, [LONG_TITLE, "Haber 2"])
        window = open_window(qtbot, project, size)
        assert window.size().toTuple() == size, "the window fits the screen"
        assert window.statusBar().isVisible()
        assert_first_column_readable(window.documents.table, LONG_TITLE)
        window.close()


@pytest.mark.parametrize("size", SIZES)
def test_knowledge_base_names_are_readable_and_sort_naturally(
    qtbot, tmp_path: Path, size: tuple[int, int]
) -> None:
    with open_project(tmp_path / "news.curator", annotator="tester") as project:
        fill(project, ["Kurultay toplandı."])
        for name in ("Kurultay 10", "Kurultay 2", "Organization for Security and Co-operation in Europe"):
            entities.create_entity(project, name, "ORG")
        window = open_window(qtbot, project, size)
        window.show_tab(window.knowledge_panel)
        table = window.knowledge_panel.table
        assert_first_column_readable(table, "Organization for Security and Co-operation in Europe")

        click_header(qtbot, table, 0)
        names = column_titles(table)
        assert names.index("Kurultay 2") < names.index("Kurultay 10")
        window.close()


def test_clicking_the_title_header_sorts_numbers_naturally(qtbot, tmp_path: Path) -> None:
    with open_project(tmp_path / "news.curator", annotator="tester") as project:
        add_titled(project, ["Haber 10", "Haber 2", "Haber 1", "Haber"])
        window = open_window(qtbot, project)
        table = window.documents.table

        click_header(qtbot, table, 0)
        assert column_titles(table) == ["Haber", "Haber 1", "Haber 2", "Haber 10"]
        click_header(qtbot, table, 0)
        assert column_titles(table) == ["Haber 10", "Haber 2", "Haber 1", "Haber"]
        window.close()


def test_an_empty_project_says_in_the_text_area_how_to_import(qtbot, tmp_path: Path) -> None:
    with open_project(tmp_path / "empty <b>news</b>.curator", annotator="tester") as project:
        window = open_window(qtbot, project)
        view = window.text_view
        assert view.toPlainText() == ""
        hint = view.placeholderText()
        assert "File → Import… (Ctrl+I)" in hint
        assert "File → Import Folder… (Ctrl+Shift+I)" in hint
        assert "drop files or folders" in hint
        assert f"curator --project '{project.path}' import" in hint  # quoted: the name has a space

        add_titled(project, ["Haber 1"])
        window.refresh_after_import()
        assert view.toPlainText().startswith("Haber 1")
        assert view.placeholderText() == ""
        window.close()


def test_the_status_bar_stays_through_a_project_switch(qtbot, tmp_path: Path) -> None:
    with open_project(tmp_path / "one.curator", annotator="tester") as first:
        fill(first, ["Bişkek'te toplantı."])
        window = open_window(qtbot, first)
        assert window.statusBar().isVisible()
        qtbot.keyClick(window.text_view, Qt.Key.Key_3)  # tags the word at the cursor
        qtbot.keyClick(window.text_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.statusBar().isVisible()
        window.set_project(open_project(tmp_path / "two.curator", annotator="tester"))
        assert window.statusBar().isVisible()
        window.close()


def test_reopening_the_project_returns_to_the_document_cursor_and_scroll(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "news.curator"
    paragraphs = "\n\n".join(f"Paragraf {n}: Bişkek'te toplantı yapıldı." for n in range(400))
    with open_project(path, annotator="tester") as project:
        fill(project, ["Kısa metin.", paragraphs])
        window = open_window(qtbot, project)
        qtbot.keyClick(window.text_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        document_id = window.controller.document.id  # type: ignore[union-attr]
        assert window.controller.document.text == paragraphs  # type: ignore[union-attr]
        for _ in range(120):
            qtbot.keyClick(window.text_view, Qt.Key.Key_PageDown)
        cursor, top = window.text_view.position()
        assert top > 1000 and cursor > top, (cursor, top)
        window.close()

    with open_project(path, annotator="tester") as project:
        again = open_window(qtbot, project)
        assert again.controller.document.id == document_id  # type: ignore[union-attr]
        qtbot.waitUntil(lambda: again.text_view.cursor_offset() == cursor)
        assert again.text_view.position() == (cursor, top)
        assert again.documents.model.document_id(again.documents.table.currentIndex().row()) == document_id
        again.close()


def test_a_deleted_last_document_opens_the_first_one_instead(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "news.curator"
    with open_project(path, annotator="tester") as project:
        first, second = fill(project, ["Birinci metin.", "İkinci metin."])
        window = open_window(qtbot, project)
        qtbot.keyClick(window.text_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        assert window.controller.document.id == second  # type: ignore[union-attr]
        window.close()

    with open_project(path, annotator="tester") as project:
        with project.write() as session:
            session.delete(session.get(Document, second))
        again = open_window(qtbot, project)
        assert again.controller.document.id == first  # type: ignore[union-attr]
        again.close()
