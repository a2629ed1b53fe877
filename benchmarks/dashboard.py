"""View → Statistics and `curator stats --html` on 100,000 documents: the target is < 1 s to draw.

The project: 100,000 one-sentence documents in Turkish, Kyrgyz and Russian; 80% carry three spans, on
five annotators' layers, made over 50 UTC days; 20,000 pending suggestions from two suggesters, 3,000 of
them decided; 300 documents tagged again by a second person, so agreement has something to compare.
Built once into benchmarks/out/dashboard.curator (not timed) and reused.

Timed, each `--repeat` times (median and best reported): the figures (`compute_statistics`, one read
transaction of grouped aggregates), the HTML report string (figures + SVG), the window's charts painted
offscreen from the figures, and agreement apart (it tokenises the shared documents; the window shows it
after the rest). The floor is raw `sqlite3` running the same GROUP BY statements on the same file in
the same run: figure ÷ floor is the overhead of everything around SQLite, robust to a loaded machine.

Run: `.venv/bin/python benchmarks/dashboard.py [--documents 100000] [--repeat 5]`; prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics as stats
import sys
import time
from collections.abc import Callable
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

OUT = Path(__file__).resolve().parent / "out"
ANNOTATORS = ("aigul", "baris", "cholpon", "deniz", "elena")
DAYS = 50
CHUNK = 2_000
SHARED = 300
FLOOR_SQL = (  # what compute_statistics runs on SQLite, without SQLAlchemy, sessions or Python around it
    "SELECT status, count(*) FROM documents GROUP BY status",
    "SELECT language, count(*) FROM documents GROUP BY language",
    "SELECT label_id, count(*) FROM spans GROUP BY label_id",
    "SELECT label_id + 0 AS l, count(*) FROM spans WHERE status != 'accepted' GROUP BY l",
    "SELECT coalesce(annotator_id, 0) * 10000000 + CAST(julianday(created_at) + 0.5 AS INTEGER) AS k, "
    "count(*) "
    "FROM spans WHERE status = 'accepted' GROUP BY k",
    "SELECT id, name, color FROM labels ORDER BY position, id",
    "SELECT id, name FROM annotators",
    "SELECT source, outcome, count(*) FROM suggestion_decisions GROUP BY source, outcome",
    "SELECT source, count(*) FROM suggestions GROUP BY source",
)
TEXTS = (
    ("tr", "Sadır Caparov Bişkek'te KGAÖ heyetiyle görüştü (#{n})."),
    ("ky", "Садыр Жапаров Бишкекте ЖККУнун өкүлдөрү менен жолукту (#{n})."),
    ("ru", "Садыр Жапаров встретился в Бишкеке с делегацией ОДКБ (#{n})."),
)
WORDS = {"tr": ("Sadır Caparov", "Bişkek", "KGAÖ"), "ky": ("Садыр Жапаров", "Бишкек", "ЖККУ"),
         "ru": ("Садыр Жапаров", "Бишкеке", "ОДКБ")}  # fmt: skip


def build(path: Path, documents: int) -> None:
    from curator.core import services
    from curator.core.project.setup import open_project
    from curator.core.services import documents as document_service
    from curator.core.services import suggestions as suggestion_service
    from curator.core.suggest import ProposedSpan

    first_day = datetime(2026, 10, 1, 9, tzinfo=UTC)
    with open_project(path, annotator=ANNOTATORS[0]) as project:
        for start in range(0, documents, CHUNK):
            day = first_day + timedelta(days=(start // CHUNK) % DAYS)
            document_service.utcnow = lambda day=day: day  # the chunk's documents and spans: that day
            batch = []
            for n in range(start, min(start + CHUNK, documents)):
                language, template = TEXTS[n % 3]
                text = template.format(n=n)
                spans = []
                if n % 5:
                    person, place, org = WORDS[language]
                    spans = [services.NewSpan(text.index(w), text.index(w) + len(w), label)
                             for w, label in ((person, "PER"), (place, "GPE"), (org, "ORG"))]  # fmt: skip
                annotator = ANNOTATORS[(n // 7) % len(ANNOTATORS)]
                batch.append(services.NewDocument(text, title=f"haber {n}", language=language, spans=spans,
                                                  annotator=annotator))  # fmt: skip
            with project.write() as session:
                services.add_documents(session, batch, annotator_id=project.annotator_id, source="bench")
        for start in range(0, min(documents, 100_000), 5 * CHUNK):
            ids = range(start + 1, min(start + 5 * CHUNK, documents) + 1, 5)  # the untagged ones
            for source in ("rules:gazetteer", "model:tr-1"):
                proposals = [
                    (i, [ProposedSpan(0, 5, "PER" if source[0] == "r" else "MISC", source)]) for i in ids
                ]
                suggestion_service.store_suggestions(project, source, proposals)
        with closing(sqlite3.connect(path)) as raw:
            pending = [int(i) for (i,) in raw.execute("SELECT id FROM suggestions ORDER BY id LIMIT 3000")]
        suggestion_service.accept_suggestions(project, pending[:2000])
        suggestion_service.reject_suggestions(project, pending[2000:])
    with open_project(path, annotator="second") as second:
        for document_id in range(2, 5 * SHARED, 5):  # tagged ones: the second person's own tags
            services.add_span(second, document_id, 0, 5, "PER")


def timed(function: Callable[[], object], repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        function()
        times.append((time.perf_counter() - began) * 1000)
    return times


def floor(path: Path) -> None:
    with closing(sqlite3.connect(path)) as raw:
        for statement in FLOOR_SQL:
            raw.execute(statement).fetchall()


def paint_window(figures: tuple) -> Callable[[], None]:
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QApplication

    from curator.ui.statistics_window import FigureChart

    QApplication.instance() or QApplication([])
    charts = [FigureChart(figure) for figure in figures]
    image = QImage(900, 320, QImage.Format.Format_ARGB32)

    def paint() -> None:
        for chart in charts:
            chart.resize(900, 320)
            chart.render(image)

    return paint


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from curator.core.project.setup import open_project
    from curator.core.statistics import agreement_figure, compute_statistics, statistics_html

    OUT.mkdir(exist_ok=True)
    path = OUT / f"dashboard-{args.documents}.curator"
    if not path.exists():
        began = time.perf_counter()
        build(path, args.documents)
        print(f"built {path} in {time.perf_counter() - began:.0f} s", file=sys.stderr)
    with open_project(path, annotator="bench") as project:
        figures = compute_statistics(project)
        floor_ms = timed(lambda: floor(path), args.repeat)
        compute_ms = timed(lambda: compute_statistics(project), args.repeat)
        html_ms = timed(lambda: statistics_html(compute_statistics(project), None, "bench"), args.repeat)
        paint = paint_window(figures.figures)
        paint_ms = timed(paint, args.repeat)
        agreement_ms = timed(lambda: agreement_figure(project), max(1, args.repeat // 2))
    best_floor = min(floor_ms)
    result = {
        "documents": figures.documents,
        "spans": figures.spans,
        "floor_ms": round(stats.median(floor_ms), 1),
        "floor_best_ms": round(best_floor, 1),
        "figures_ms": round(stats.median(compute_ms), 1),
        "figures_best_ms": round(min(compute_ms), 1),
        "figures_floor_ratio": round(min(compute_ms) / best_floor, 2),
        "html_report_ms": round(stats.median(html_ms), 1),
        "window_paint_ms": round(stats.median(paint_ms), 1),
        "draw_ms": round(stats.median(compute_ms) + stats.median(paint_ms), 1),
        "agreement_ms": round(stats.median(agreement_ms), 1),
        "target_draw_ms": 1000,
    }
    print(json.dumps(result))
    return 0 if result["draw_ms"] < 1000 else 1


if __name__ == "__main__":
    sys.exit(main())
