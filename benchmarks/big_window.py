"""The window timings the GUI benchmarks share (span_tags.py, line_spacing.py, run.py): a window over the 1 MB
document with 10,000 spans, opening it and tagging a word in it, and the two floors measured beside them
(a bare QPlainTextEdit showing the same text, a raw sqlite3 read of the text and its spans)."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"


def open_window(text: str, spans: list, name: str):
    """A real main window over a project of `text` with `spans` and a small second document."""
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from curator.core import services
    from curator.core.project.setup import open_project
    from curator.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    path = OUT / name
    for stale in OUT.glob(path.name + "*"):
        stale.unlink()
    project = open_project(path, annotator="bench")
    with project.write() as session:
        new = [services.NewSpan(*s) for s in spans]
        services.add_documents(
            session,
            [services.NewDocument(text=text, title="big", language="tr", spans=new)],
            annotator_id=project.annotator_id,
            source="bench",
        )
        services.add_documents(
            session, [services.NewDocument(text="small", title="small")], annotator_id=None, source="bench"
        )
    window = MainWindow(project)
    window.resize(1500, 900)
    window.show()
    app.processEvents()
    QThreadPool.globalInstance().waitForDone()  # the opening health check and backup
    app.processEvents()
    return app, window, project


def open_ms(app, window) -> float:
    window.documents.step(+1)  # the small document
    app.processEvents()
    began = time.perf_counter()
    window.documents.step(-1)
    window.text_view.viewport().repaint()
    app.processEvents()
    return (time.perf_counter() - began) * 1000


def tag_ms(app, window, start: int) -> float:
    window.text_view.select_range(start, start + len("heyeti"))
    began = time.perf_counter()
    window.tag("MISC")
    window.text_view.viewport().repaint()
    app.processEvents()
    return (time.perf_counter() - began) * 1000


def bare_view_ms(app, text: str) -> float:
    from PySide6.QtWidgets import QPlainTextEdit

    view = QPlainTextEdit()
    view.resize(700, 800)
    view.show()
    app.processEvents()
    began = time.perf_counter()
    view.setPlainText(text)
    view.viewport().repaint()
    app.processEvents()
    elapsed = (time.perf_counter() - began) * 1000
    view.deleteLater()
    return elapsed


def sqlite_read_ms(path: Path, document_id: int) -> float:
    connection = sqlite3.connect(path)
    began = time.perf_counter()
    connection.execute("SELECT text FROM documents WHERE id = ?", (document_id,)).fetchone()
    connection.execute(
        "SELECT s.start, s.end, l.name FROM spans s JOIN labels l ON l.id = s.label_id"
        " WHERE s.document_id = ?",
        (document_id,),
    ).fetchall()
    elapsed = (time.perf_counter() - began) * 1000
    connection.close()
    return elapsed
