"""Titles, sources, metadata, notes, logs and label names that look like HTML are shown as the characters
they are: no label, tooltip or message box of the window lets Qt render the user's markup."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import Qt as QtGuiNamespace
from PySide6.QtWidgets import QAbstractItemView, QApplication, QInputDialog, QLabel, QMessageBox, QWidget
from sqlalchemy import text

from curator.core import queries, services
from curator.core.storage import Project
from curator.ui import project_flows
from curator.ui.document_info import DocumentInfoDialog
from curator.ui.main_window import MainWindow
from curator.ui.text_fix import fix_selected_text

HTML = "<h1 style='color:red'>T</h1><table><tr><td>x</td></tr></table>"
EVIL = "<i>EVIL</i>"
MARKUP = ("<h1", "<table", "<i>")


@pytest.fixture
def html_project(project: Project) -> Project:
    """The conftest project with HTML everywhere, written by raw SQL past the name validation."""
    with project.write() as session:
        services.add_documents(
            session,
            [
                services.NewDocument(
                    text="ЖККУ toplandı.", language="tr", spans=[services.NewSpan(0, 4, "ORG")]
                )
            ],
            annotator_id=project.annotator_id,
            source="test",
        )
    meta = {"author": HTML, "url": HTML, "import_log": [HTML], "metadata_notes": [HTML], "note": HTML}
    with project.write() as session:
        session.execute(
            text("UPDATE documents SET title = :t, source = :t, meta = :m"),
            {"t": HTML, "m": json.dumps(meta)},
        )
        session.execute(
            text("UPDATE labels SET name = :n, description = :d WHERE name = 'ORG'"), {"n": EVIL, "d": HTML}
        )
    return project


def renders_user_markup(shown: str, rich: bool) -> bool:
    """Whether Qt would draw `shown` as rich text that still holds the user's markup unescaped."""
    return rich and any(tag in shown for tag in MARKUP)


def offending_widgets(widgets: list[QWidget]) -> list[str]:
    found = []
    for widget in widgets:
        tip = widget.toolTip()
        if renders_user_markup(tip, QtGuiNamespace.mightBeRichText(tip)):
            found.append(f"tooltip of {widget!r}: {tip}")
        if isinstance(widget, QLabel):
            label_format = widget.textFormat()
            rich = label_format == Qt.TextFormat.RichText or (
                label_format == Qt.TextFormat.AutoText and QtGuiNamespace.mightBeRichText(widget.text())
            )
            if renders_user_markup(widget.text(), rich):
                found.append(f"label {widget!r}: {widget.text()}")
    return found


def offending_cells(view: QAbstractItemView) -> list[str]:
    model = view.model()
    found = []
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str) and renders_user_markup(tip, QtGuiNamespace.mightBeRichText(tip)):
                found.append(f"{view.objectName() or view!r} row {row}: {tip}")
    return found


def test_html_in_every_field_and_label_shows_as_plain_text(
    qtbot, html_project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(html_project)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.controller.open_document(4)
    document = window.controller.document
    assert document is not None and document.title == HTML
    assert [s.label for s in window.controller.spans] == [EVIL]
    palette_tip = window.palette_bar.buttons[EVIL].toolTip()
    assert "&lt;i&gt;EVIL&lt;/i&gt;" in palette_tip and EVIL not in palette_tip

    info = DocumentInfoDialog(window, document.id)
    qtbot.addWidget(info)
    info.show()
    widgets = [*window.findChildren(QWidget), *info.findChildren(QWidget), window, info]
    assert offending_widgets(widgets) == []
    views = [v for w in (window, info) for v in w.findChildren(QAbstractItemView)]
    assert views and [cell for view in views for cell in offending_cells(view)] == []

    shown: list[tuple[Qt.TextFormat, str]] = []

    def capture(box: QMessageBox) -> int:
        shown.append((box.textFormat(), box.text()))
        return int(QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", capture)
    bad = tmp_path / "<h1 style='color:red'>bad<br>.jsonl"  # a file name cannot hold the "/" of </i>
    bad.write_text('{"text": broken\n', encoding="utf-8")
    project_flows.start_import(window, [bad])
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    box_format, box_text = shown[-1]
    assert bad.name in box_text and box_format == Qt.TextFormat.PlainText


def test_the_fix_text_prompt_quotes_the_selected_text_as_plain_text(qtbot, html_project: Project) -> None:
    with html_project.write() as session:
        # with its content hash, or the window's health check rightly finds the text changed behind its back
        session.execute(
            text("UPDATE documents SET text = :t, content_hash = :h WHERE id = 3"),
            {"t": HTML, "h": services.content_hash(HTML)},
        )
    window = MainWindow(html_project)
    qtbot.addWidget(window)
    window.show()
    window.controller.open_document(3)
    window.text_view.select_range(0, len(HTML))
    prompts: list[Qt.TextFormat] = []

    def inspect() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            prompts.extend(
                label.textFormat() for label in dialog.findChildren(QLabel) if "<h1" in label.text()
            )
            dialog.reject()
            poll.stop()

    poll = QTimer()
    poll.timeout.connect(inspect)
    poll.start(20)
    assert not fix_selected_text(window)
    assert prompts == [Qt.TextFormat.PlainText]
    assert queries.get_document(html_project, 3).text == HTML
