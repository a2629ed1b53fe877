"""Speed and memory of the things an annotator waits for, against the targets of issue #2.

Run: `.venv/bin/python benchmarks/run.py` (all stages) or `--stage NAME`. Each stage runs in its own
process so its peak memory (max RSS) is its own. Results go to benchmarks/out/results.json.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import big_document, write_tasks_jsonl

OUT = Path(__file__).resolve().parent / "out"
TASKS = 10_000

# Targets from issue #2 (Label Studio 1.23 on this machine: 558 tasks/s import, 779 spans/s export).
TARGETS = {
    "import_docs_per_s": (">=", 5_000),
    "export_jsonl_spans_per_s": (">=", 50_000),
    "export_spacy_spans_per_s": (">=", 50_000),
    "open_big_document_ms": ("<", 300),
    "tag_with_10k_spans_ms": ("<", 50),
    "list_100k_first_page_ms": ("<", 300),
}


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def fresh_project(name: str):
    from curator.core.project.setup import open_project

    path = OUT / name
    for stale in OUT.glob(name + "*"):
        stale.unlink()
    return open_project(path, annotator="bench")


def tasks_project():
    """The 10,000-task project, imported once and reused by the export stages."""
    from curator.core.importers import import_paths
    from curator.core.project.setup import open_project

    path = OUT / "tasks.curator"
    if path.exists():
        return open_project(path, annotator="bench")
    source = OUT / "tasks.jsonl"
    write_tasks_jsonl(source, TASKS)
    project = fresh_project("tasks.curator")
    import_paths(project, [source])
    return project


def stage_import() -> dict:
    from curator.core.importers import import_paths

    source = OUT / "tasks.jsonl"
    spans = write_tasks_jsonl(source, TASKS)
    project = fresh_project("import.curator")
    began = time.perf_counter()
    report = import_paths(project, [source])
    seconds = time.perf_counter() - began
    assert report.ok and report.documents_added == TASKS, report.lines()
    return {"import_docs_per_s": TASKS / seconds, "import_seconds": seconds, "import_spans": spans}


def stage_export(fmt: str) -> dict:
    """The first export in a fresh process (what a CLI run costs), then a second one in the same process
    (what a user who exports again from the open window waits: spaCy's pipeline and caches are warm)."""
    from curator.core.exporters import export_project

    project = tasks_project()
    out = OUT / ("export.jsonl" if fmt == "jsonl" else "export-spacy")
    rates = []
    for _ in range(2):
        began = time.perf_counter()
        report = export_project(project, fmt, out)
        seconds = time.perf_counter() - began
        rates.append((report.spans_written / seconds, seconds))
    return {
        f"export_{fmt}_spans_per_s": rates[0][0],
        f"export_{fmt}_seconds": rates[0][1],
        f"export_{fmt}_warm_spans_per_s": rates[1][0],
    }


def _window_on_big_document():
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from curator.core import services
    from curator.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    project = fresh_project("big.curator")
    text, spans = big_document()
    with project.write() as session:
        services.add_documents(
            session,
            [
                services.NewDocument(
                    text=text, title="big", language="tr", spans=[services.NewSpan(*s) for s in spans]
                )
            ],
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
    # The window checks and backs up the project on opening, in the background; the figures are for the
    # annotator's work after that (the check's own cost is the health benchmark's to report).
    QThreadPool.globalInstance().waitForDone()
    app.processEvents()
    return app, window, text


def stage_gui() -> dict:
    app, window, text = _window_on_big_document()
    window.documents.step(+1)  # the small document
    app.processEvents()
    began = time.perf_counter()
    window.documents.step(-1)  # the big one: load, highlight, first paint
    window.text_view.viewport().repaint()
    app.processEvents()
    open_ms = (time.perf_counter() - began) * 1000
    assert len(window.controller.spans) == 10_000
    saved, painted = [], []
    position = text.index("heyeti ")
    for attempt in range(21):
        start = text.index("heyeti ", position + 1)
        position = start
        window.text_view.select_range(start, start + len("heyeti"))
        began = time.perf_counter()
        window.tag("MISC")  # returns once the span is committed and the views are updated
        saved.append((time.perf_counter() - began) * 1000)
        window.text_view.viewport().repaint()
        app.processEvents()
        painted.append((time.perf_counter() - began) * 1000)
        assert len(window.controller.spans) == 10_001 + attempt
    saved.sort()
    painted.sort()
    return {
        "open_big_document_ms": open_ms,
        "tag_with_10k_spans_ms": saved[len(saved) // 2],
        "tag_with_10k_spans_worst_ms": saved[-1],
        "tag_and_repaint_with_10k_spans_ms": painted[len(painted) // 2],
    }


def stage_list() -> dict:
    from PySide6.QtWidgets import QApplication

    from curator.core import services
    from curator.core.domain import DocumentFilter
    from curator.ui.document_list_model import DocumentTableModel

    QApplication.instance() or QApplication([])
    project = fresh_project("list.curator")
    with project.write() as session:
        services.add_documents(
            session,
            [
                services.NewDocument(
                    text=f"Document {i} about Bişkek.", title=f"Report {i:06d}", language="tr"
                )
                for i in range(100_000)
            ],
            annotator_id=None,
            source="bench",
        )
    began = time.perf_counter()
    model = DocumentTableModel(project)
    first_page_ms = (time.perf_counter() - began) * 1000
    began = time.perf_counter()
    model.sort(3)
    sort_ms = (time.perf_counter() - began) * 1000
    began = time.perf_counter()
    model.set_filter(DocumentFilter.parse("99999 lang:tr"))
    filter_ms = (time.perf_counter() - began) * 1000
    assert model.total == 1
    return {
        "list_100k_first_page_ms": first_page_ms,
        "list_100k_sort_ms": sort_ms,
        "list_100k_filter_ms": filter_ms,
    }


STAGES = {
    "import": stage_import,
    "export-jsonl": lambda: stage_export("jsonl"),
    "export-spacy": lambda: stage_export("spacy"),
    "gui": stage_gui,
    "list": stage_list,
}


def run_stage(name: str) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = STAGES[name]()
    result[f"{name}_max_rss_mb"] = max_rss_mb()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--stage", choices=list(STAGES))
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    if args.stage:
        print(json.dumps(run_stage(args.stage)))
        return 0
    results: dict = {}
    for name in STAGES:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        done = subprocess.run(
            [sys.executable, __file__, "--stage", name], capture_output=True, text=True, env=env, check=False
        )
        if done.returncode != 0:
            print(f"{name}: FAILED\n{done.stderr}", file=sys.stderr)
            return 1
        results.update(json.loads(done.stdout.strip().splitlines()[-1]))
    failed = 0
    for key, value in results.items():
        target = TARGETS.get(key)
        verdict = ""
        if target:
            operator, limit = target
            ok = value >= limit if operator == ">=" else value < limit
            failed += not ok
            verdict = f"  target {operator} {limit}: {'ok' if ok else 'MISSED'}"
        print(f"{key:<32} {value:>12,.1f}{verdict}")
    (OUT / "results.json").write_text(json.dumps(results, indent=2))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
