"""The window on a 100,000-document project, on a team server and on a file, in the same run: how long
until the documents list shows its first page, and how long a label key takes until the tag is saved
(issue 12: the same targets as on SQLite, < 300 ms and < 50 ms, on a local server).

Run: `.venv/bin/python benchmarks/server_window.py [--documents N] [--tags N]`. The server is a throwaway
cluster of the distribution's PostgreSQL (tests/helpers/pg_cluster.py), fsync off like the tests'; the
file is in benchmarks/out/. The floor is the same first-page query and one-row insert through the raw
driver (sqlite3, psycopg), so the ratio says what Curator's layers add on top of the database.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

OUT = Path(__file__).resolve().parent / "out"
TEXT = "KGAÖ Dışişleri Bakanları toplantısı Bişkek'te yapıldı: belge {i}."
PAGE = 200


def _fill(project: Any, documents: int) -> None:
    from curator.core import services

    batch = 10_000
    for first in range(0, documents, batch):
        with project.write() as session:
            services.add_documents(
                session,
                [
                    services.NewDocument(text=TEXT.format(i=i), title=f"Haber {i:06d}", language="tr")
                    for i in range(first, min(first + batch, documents))
                ],
                annotator_id=project.annotator_id,
                source="bench",
            )


def _window_figures(project: Any, tags: int) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from curator.ui.document_list_model import DocumentTableModel
    from curator.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    began = time.perf_counter()
    DocumentTableModel(project)  # the list alone, as benchmarks/run.py's list stage measures it
    list_first_page_ms = (time.perf_counter() - began) * 1000
    began = time.perf_counter()
    window = MainWindow(project)
    window.show()
    app.processEvents()
    first_page_ms = (time.perf_counter() - began) * 1000
    assert window.documents.model.rowCount() == PAGE, window.documents.model.rowCount()
    window.documents.table.selectRow(0)
    app.processEvents()
    document = window.controller.document
    assert document is not None
    saved: list[float] = []
    start = document.text.index("Bişkek")
    for attempt in range(tags):
        label = ("GPE", "LOC")[attempt % 2]  # a relabel of the same characters each time after the first
        window.text_view.select_range(start, start + len("Bişkek"))
        began = time.perf_counter()
        window.tag(label)
        saved.append((time.perf_counter() - began) * 1000)
    window.close()
    saved.sort()
    return {
        "list_first_page_ms": list_first_page_ms,
        "window_open_first_page_ms": first_page_ms,
        "label_key_saved_p50_ms": statistics.median(saved),
        "label_key_saved_p95_ms": saved[int(len(saved) * 0.95) - 1],
    }


def _sqlite_floor(path: Path) -> dict[str, float]:
    """The page query and a one-row durable commit (WAL, synchronous=FULL, as Curator writes)."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous=FULL")
    began = time.perf_counter()
    connection.execute("SELECT id, title FROM documents ORDER BY title_key LIMIT ?", (PAGE,)).fetchall()
    page_ms = (time.perf_counter() - began) * 1000
    connection.execute("CREATE TABLE floor (a INTEGER)")
    began = time.perf_counter()
    connection.execute("BEGIN IMMEDIATE")
    connection.execute("INSERT INTO floor VALUES (1)")
    connection.execute("COMMIT")
    insert_ms = (time.perf_counter() - began) * 1000
    connection.execute("DROP TABLE floor")
    connection.close()
    return {"floor_first_page_ms": page_ms, "floor_insert_commit_ms": insert_ms}


def _psycopg_floor(url: str) -> dict[str, float]:
    import psycopg

    began = time.perf_counter()
    with psycopg.connect(url) as connection:  # Curator connects per transaction (NullPool): so does this
        connection.execute("SELECT id, title FROM documents ORDER BY title_key LIMIT %s", (PAGE,)).fetchall()
    page_ms = (time.perf_counter() - began) * 1000
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("CREATE TABLE floor (a INTEGER)")
    began = time.perf_counter()
    with psycopg.connect(url) as connection:
        connection.execute("INSERT INTO floor VALUES (1)")
        connection.commit()
    insert_ms = (time.perf_counter() - began) * 1000
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP TABLE floor")
    return {"floor_first_page_ms": page_ms, "floor_insert_commit_ms": insert_ms}


def _with_ratios(figures: dict[str, float]) -> dict[str, float]:
    figures["first_page_ratio"] = figures["list_first_page_ms"] / figures["floor_first_page_ms"]
    figures["label_key_ratio"] = figures["label_key_saved_p50_ms"] / figures["floor_insert_commit_ms"]
    return figures


def _measure(
    project: Any, documents: int, tags: int, floor: Callable[[], dict[str, float]]
) -> dict[str, float]:
    """Fill, then the window's figures and the driver's floor on the same filled database."""
    began = time.perf_counter()
    _fill(project, documents)
    fill_s = time.perf_counter() - began
    figures = {**_window_figures(project, tags), **floor(), "fill_s": fill_s}
    project.close()
    return _with_ratios(figures)


def run(documents: int, tags: int) -> dict[str, dict[str, float]]:
    from curator.core.project.setup import open_project
    from tests.helpers.engines import as_user
    from tests.helpers.pg_cluster import create_database, start_cluster

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    OUT.mkdir(exist_ok=True)
    path = OUT / "server_window.curator"
    for stale in OUT.glob(path.name + "*"):
        stale.unlink()
    project = open_project(path, annotator="bench")
    results = {"sqlite": _measure(project, documents, tags, lambda: _sqlite_floor(path))}
    cluster = start_cluster()
    try:
        url = create_database(cluster, "window_bench", ("bench",))
        open_project(url, create=True).close()
        bench_url = as_user(url, "bench")
        project = open_project(bench_url)
        results["postgresql"] = _measure(project, documents, tags, lambda: _psycopg_floor(bench_url))
    finally:
        cluster.destroy()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--tags", type=int, default=40)
    args = parser.parse_args()
    results = run(args.documents, args.tags)
    for engine, figures in results.items():
        for key, value in figures.items():
            print(f"{engine:<11} {key:<28} {value:>10,.1f}")
    (OUT / "server_window.json").write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
