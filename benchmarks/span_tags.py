"""What label tags (View → Label Tags) cost when opening and tagging a 1 MB document with 10,000 spans.

Run: `.venv/bin/python benchmarks/span_tags.py [--rounds 5]`. One window over the document of the gui
stage of run.py (benchmarks/synthetic.py `big_document`), in alternating rounds with tags on and off, so
the machine's load falls on both alike: open it (from a small document: load, highlight, first paint) and
tag a word (commit, rehighlight, repaint). Two floors in the same run: a bare QPlainTextEdit showing the
same text (Qt's own cost of laying out and painting it) and a raw sqlite3 read of the text and its
10,000 spans. Results go to benchmarks/out/span_tags.json.

Measured 2026-12-03 on the 2-core machine shared with other sessions (very noisy; three runs of 5, 7
and 9 rounds): opening with tags took 1.06, 1.57 and 1.27 times as long as without (9 rounds: 1234 ms
against 972 ms; the bare view 96 ms, so 12.8× and 10.1× the bare view; the sqlite3 read 38 ms); tagging
and repainting 1.23, 1.38 and 0.80 times (199 ms against 247 ms).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from big_window import OUT, bare_view_ms, open_ms, open_window, sqlite_read_ms, tag_ms
from synthetic import big_document


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    OUT.mkdir(exist_ok=True)
    text, spans = big_document()
    app, window, project = open_window(text, spans, "span-tags.curator")
    times: dict[str, list[float]] = {"open_on": [], "open_off": [], "tag_on": [], "tag_off": []}
    floors: dict[str, list[float]] = {"bare_view": [], "sqlite_read": []}
    position = text.index("heyeti ")
    for _round in range(args.rounds):
        for shown in (True, False):
            window.text_view.set_tags_shown(shown)
            key = "on" if shown else "off"
            times[f"open_{key}"].append(open_ms(app, window))
            position = text.index("heyeti ", position + 1)
            times[f"tag_{key}"].append(tag_ms(app, window, position))
        floors["bare_view"].append(bare_view_ms(app, text))
        floors["sqlite_read"].append(sqlite_read_ms(project.path, 1))
    median = {name: statistics.median(values) for name, values in {**times, **floors}.items()}
    results = {
        "rounds": args.rounds,
        "spans": len(spans),
        "characters": len(text),
        **{f"{name}_ms": round(value, 1) for name, value in median.items()},
        "open_on_over_off": round(median["open_on"] / median["open_off"], 3),
        "tag_on_over_off": round(median["tag_on"] / median["tag_off"], 3),
        "open_on_over_bare_view": round(median["open_on"] / median["bare_view"], 2),
        "open_on_over_sqlite_read": round(median["open_on"] / median["sqlite_read"], 1),
    }
    (OUT / "span_tags.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))
    project.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
