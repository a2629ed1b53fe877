"""What the line spacing preference costs when opening and tagging a 1 MB document with 10,000 spans.

Run: `.venv/bin/python benchmarks/line_spacing.py [--rounds 5]`. One window over the document of the gui
stage of run.py (benchmarks/synthetic.py `big_document`), in alternating rounds at 100 % (Qt's own plain
layout, untouched) and 200 % (each laid-out line moved into a taller step, curator/ui/line_spacing.py),
so the machine's load falls on both alike: open it (from a small document: load, highlight, first paint),
tag a word (commit, rehighlight, repaint) and page through it (ten Page Down presses, each painted). Wall
and CPU time of the process; two floors in the same run: a bare QPlainTextEdit showing the same text and
a raw sqlite3 read of the text and its 10,000 spans. Results go to benchmarks/out/line_spacing.json.

Measured 2026-12-03 on the 2-core machine shared with seven other sessions (wall times 3-5x inflated,
so read the CPU time): 7 rounds, opening took 421 ms CPU at 100 % and 374 ms at 200 %, against 397 and
419 ms for the same script on main without the spacing layout (both columns Qt's plain layout), so the
layout costs nothing measurable; tagging 75 / 87 ms CPU (main 63 / 68), paging ten screens 193 / 146 ms
(main 97 / 127). An earlier, quieter 5-round run: opening 232 ms wall at 100 %, 9.8x the bare view.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from big_window import OUT, bare_view_ms, open_ms, open_window, sqlite_read_ms, tag_ms
from synthetic import big_document


def _timed(run) -> tuple[float, float]:
    """(wall, CPU) milliseconds of `run()`."""
    wall, cpu = time.perf_counter(), time.process_time()
    run()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _page_through(app, window) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    view = window.text_view
    for _page in range(10):
        QTest.keyClick(view, Qt.Key.Key_PageDown)
        view.viewport().repaint()
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    OUT.mkdir(exist_ok=True)
    text, spans = big_document()
    app, window, project = open_window(text, spans, "line-spacing.curator")
    times: dict[str, list[float]] = {}
    position = text.index("heyeti ")
    for _round in range(args.rounds):
        for percent in (100, 200):
            window.text_view.set_line_spacing(percent)
            cpu = time.process_time()
            opened = open_ms(app, window)
            times.setdefault(f"open_{percent}_cpu", []).append((time.process_time() - cpu) * 1000)
            times.setdefault(f"open_{percent}", []).append(opened)
            position = text.index("heyeti ", position + 1)
            cpu = time.process_time()
            times.setdefault(f"tag_{percent}", []).append(tag_ms(app, window, position))
            times.setdefault(f"tag_{percent}_cpu", []).append((time.process_time() - cpu) * 1000)
            paged = _timed(lambda: _page_through(app, window))
            times.setdefault(f"page_{percent}", []).append(paged[0])
            times.setdefault(f"page_{percent}_cpu", []).append(paged[1])
        times.setdefault("bare_view", []).append(bare_view_ms(app, text))
        times.setdefault("sqlite_read", []).append(sqlite_read_ms(project.path, 1))
    median = {name: statistics.median(values) for name, values in times.items()}
    results = {
        "rounds": args.rounds,
        "spans": len(spans),
        "characters": len(text),
        **{f"{name}_ms": round(value, 1) for name, value in median.items()},
        "open_200_over_100": round(median["open_200"] / median["open_100"], 3),
        "tag_200_over_100": round(median["tag_200"] / median["tag_100"], 3),
        "page_200_over_100": round(median["page_200"] / median["page_100"], 3),
        "open_200_over_bare_view": round(median["open_200"] / median["bare_view"], 2),
        "open_100_over_bare_view": round(median["open_100"] / median["bare_view"], 2),
        "open_200_over_sqlite_read": round(median["open_200"] / median["sqlite_read"], 1),
        "open_100_over_sqlite_read": round(median["open_100"] / median["sqlite_read"], 1),
    }
    (OUT / "line_spacing.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))
    project.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
