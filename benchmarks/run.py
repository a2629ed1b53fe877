"""Speed and memory of what an annotator waits for, each figure beside the machine's limit (issue 14).

Run: `.venv/bin/python benchmarks/run.py [--scale N]` (all stages) or `--stage NAME`. The import and
export stages work on N real Turkish one-sentence tasks (benchmarks/real_tasks.py; default 10,000) and
are measured through the public functions (`import_paths`, `export_project`) and through the command
line, so any speed-up of those shows here. In the same run the raw-SQLite floor (benchmarks/floor.py) is
measured for the same data, and each figure is printed as a multiple of it: on a loaded machine the
seconds move, the ratio much less. The command-line figures are compared with the floor plus the start
of a Python process that imports sqlite3. Each stage runs in its own process, so its peak memory (max
RSS; for a command-line stage, the `curator` process's) is its own. The window stages keep their targets
of issue 2 (a 1 MB document with 10,000 spans opened < 300 ms, a label key saved < 50 ms, the first page
of 100,000 documents < 300 ms); they do not depend on N.

`--scale 100000` shows whether cost grows linearly: the table ends with the time per document at each
scale run so far (results-N.json in benchmarks/out/). Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import floor
from synthetic import big_document

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(__file__).resolve().parent / "out"
DEFAULT_SCALE = 10_000
FLOOR_REPEATS = 3
EXPORT_FORMATS = ("jsonl", "spacy", "conll")
EXPORT_OUT = {"jsonl": "export.jsonl", "spacy": "export-spacy", "conll": "export.conll"}

# Issue 14's targets on the real tasks (rates, and "× floor" at most 5), and issue 2's window targets.
TARGETS = {
    "import_docs_per_s": (">=", 15_000),
    "import_x_floor": ("<=", 5),
    **{f"export_{fmt}_spans_per_s": (">=", 50_000) for fmt in EXPORT_FORMATS},
    **{f"export_{fmt}_x_floor": ("<=", 5) for fmt in EXPORT_FORMATS},
    "open_big_document_ms": ("<", 300),
    "tag_with_10k_spans_ms": ("<", 50),
    "list_100k_first_page_ms": ("<", 300),
}


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def children_max_rss_mb() -> float:
    """The largest peak RSS of the processes this one waited for (the `curator` command of a CLI stage)."""
    return resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def tasks_file(scale: int) -> Path:
    return OUT / f"real-tasks-{scale}.jsonl"


def empty_project_file() -> Path:
    return OUT / "empty.curator"


def fresh_project(name: str):
    from curator.core.project.setup import open_project

    path = OUT / name
    for stale in OUT.glob(name + "*"):
        stale.unlink()
    return open_project(path, annotator="bench")


def prepare(scale: int) -> int:
    """Write the tasks and an empty project (the floor's tables) before any stage; returns the span count."""
    import sqlite3

    from real_tasks import write_real_tasks  # imports Curator's bracket parser: not in the floor stages

    spans = write_real_tasks(tasks_file(scale), scale)
    with fresh_project(empty_project_file().name):
        pass
    connection = sqlite3.connect(empty_project_file())
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the copies take the main file only
    connection.close()
    return spans


def tasks_project(scale: int):
    """The project of the import stage, reused by the export stages (imported here if missing)."""
    from curator.core.importers import import_paths
    from curator.core.project.setup import open_project

    path = OUT / f"tasks-{scale}.curator"
    if path.exists():
        return open_project(path, annotator="bench")
    project = fresh_project(path.name)
    import_paths(project, [tasks_file(scale)])
    return project


def curator_cli(project: Path, *arguments: str) -> float:
    """Seconds for one `curator` command on `project`, run from this checkout as a user runs it."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "curator.cli.main", "--project", str(project), "--annotator", "bench"]
    began = time.perf_counter()
    subprocess.run([*command, *arguments], check=True, env=env, capture_output=True)
    return time.perf_counter() - began


def stage_floor_start(scale: int) -> dict:
    seconds = statistics.median(floor.start_floor() for _ in range(5))
    return {"floor_start_seconds": seconds}


def stage_floor_import(scale: int) -> dict:
    runs = [
        floor.import_floor(tasks_file(scale), empty_project_file(), OUT / f"floor-{scale}.sqlite")
        for _ in range(FLOOR_REPEATS)
    ]
    seconds = statistics.median(run[0] for run in runs)
    assert runs[0][1] == scale, runs[0]
    return {"floor_import_seconds": seconds, "floor_import_docs_per_s": scale / seconds, "spans": runs[0][2]}


def stage_floor_export(scale: int) -> dict:
    runs = [
        floor.export_floor(OUT / f"floor-{scale}.sqlite", OUT / "floor-export.jsonl")
        for _ in range(FLOOR_REPEATS)
    ]
    seconds = statistics.median(run[0] for run in runs)
    assert runs[0][1] == scale, runs[0]
    return {"floor_export_seconds": seconds, "floor_export_spans_per_s": runs[0][2] / seconds}


def stage_import(scale: int) -> dict:
    from curator.core.importers import import_paths

    project = fresh_project(f"tasks-{scale}.curator")
    began = time.perf_counter()
    report = import_paths(project, [tasks_file(scale)])
    seconds = time.perf_counter() - began
    assert report.ok and report.documents_added == scale, report.lines()
    return {"import_seconds": seconds, "import_docs_per_s": scale / seconds}


def stage_import_cli(scale: int) -> dict:
    project = OUT / f"cli-import-{scale}.curator"
    for stale in OUT.glob(project.name + "*"):
        stale.unlink()
    seconds = curator_cli(project, "import", "--format", "jsonl", str(tasks_file(scale)))
    return {"import_cli_seconds": seconds, "import_cli_docs_per_s": scale / seconds}


def stage_export(fmt: str, scale: int) -> dict:
    """The first export in a fresh process (what a CLI run costs beyond its start), then a second one in
    the same process (what a user who exports again from the open window waits: spaCy is warm)."""
    from curator.core.exporters import export_project

    project = tasks_project(scale)
    runs = []
    for _ in range(2):
        began = time.perf_counter()
        report = export_project(project, fmt, OUT / EXPORT_OUT[fmt])
        runs.append((time.perf_counter() - began, report.spans_written))
    (seconds, spans), (warm, _) = runs
    return {
        f"export_{fmt}_seconds": seconds,
        f"export_{fmt}_spans_per_s": spans / seconds,
        f"export_{fmt}_warm_seconds": warm,
        f"export_{fmt}_warm_spans_per_s": spans / warm,
    }


def stage_export_cli(fmt: str, scale: int) -> dict:
    with tasks_project(scale) as project:
        path = project.path
    seconds = curator_cli(path, "export", "--format", fmt, "--out", str(OUT / EXPORT_OUT[fmt]))
    return {f"export_{fmt}_cli_seconds": seconds}


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
    "floor-start": stage_floor_start,
    "floor-import": stage_floor_import,
    "import": stage_import,
    "import-cli": stage_import_cli,
    "floor-export": stage_floor_export,
    **{f"export-{fmt}": (lambda scale, fmt=fmt: stage_export(fmt, scale)) for fmt in EXPORT_FORMATS},
    **{f"export-{fmt}-cli": (lambda scale, fmt=fmt: stage_export_cli(fmt, scale)) for fmt in EXPORT_FORMATS},
    "gui": lambda scale: stage_gui(),
    "list": lambda scale: stage_list(),
}
CLI_STAGES = {name for name in STAGES if name.endswith("-cli")}


def run_stage(name: str, scale: int) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = STAGES[name](scale)
    result[f"{name}_max_rss_mb"] = children_max_rss_mb() if name in CLI_STAGES else max_rss_mb()
    return result


def rows(results: dict) -> list[tuple[str, float, str, float | None, float, float]]:
    """(stage, seconds, rate unit, floor seconds or None, count, peak RSS) for each measured figure."""
    docs, spans = results["documents"], results["spans"]
    start = results["floor_start_seconds"]
    import_floor, export_floor = results["floor_import_seconds"], results["floor_export_seconds"]
    table = [
        ("floor-start", start, "", None, 0, "floor-start"),
        ("floor-import", import_floor, "docs/s", import_floor, docs, "floor-import"),
        ("import", results["import_seconds"], "docs/s", import_floor, docs, "import"),
        ("import-cli", results["import_cli_seconds"], "docs/s", start + import_floor, docs, "import-cli"),
        ("floor-export", export_floor, "spans/s", export_floor, spans, "floor-export"),
    ]
    for fmt in EXPORT_FORMATS:
        stage, key = f"export-{fmt}", f"export_{fmt}"
        table += [
            (stage, results[f"{key}_seconds"], "spans/s", export_floor, spans, stage),
            ("  again", results[f"{key}_warm_seconds"], "spans/s", export_floor, spans, stage),
            (
                f"{stage}-cli",
                results[f"{key}_cli_seconds"],
                "spans/s",
                start + export_floor,
                spans,
                f"{stage}-cli",
            ),
        ]
    return [
        (name, s, unit, base, count, results[f"{rss}_max_rss_mb"])
        for name, s, unit, base, count, rss in table
    ]


def add_ratios(results: dict) -> None:
    """`<figure>_x_floor` for every import and export figure (what the targets and the JSON keep)."""
    for name, seconds, _, base, _, _ in rows(results):
        if base is not None and not name.startswith(("floor", " ")):
            results[f"{name.replace('-', '_')}_x_floor"] = seconds / base
    for fmt in EXPORT_FORMATS:
        results[f"export_{fmt}_warm_x_floor"] = (
            results[f"export_{fmt}_warm_seconds"] / results["floor_export_seconds"]
        )


def print_table(results: dict) -> None:
    print(f"{results['documents']:,} real tasks, {results['spans']:,} spans")
    print(f"{'stage':<18}{'seconds':>9}{'rate':>18}{'× floor':>10}{'peak RSS':>12}")
    for name, seconds, unit, base, count, rss in rows(results):
        rate = f"{count / seconds:,.0f} {unit}" if count else ""
        ratio = f"{seconds / base:.1f}×" if base is not None else ""
        print(f"{name:<18}{seconds:>9.2f}{rate:>18}{ratio:>10}{rss:>8.0f} MiB")
    for key in ("open_big_document_ms", "tag_with_10k_spans_ms", "tag_and_repaint_with_10k_spans_ms",
                "list_100k_first_page_ms", "list_100k_sort_ms", "list_100k_filter_ms"):  # fmt: skip
        print(f"{key:<36}{results[key]:>9.1f} ms")
    print(
        f"{'gui, list peak RSS':<36}{results['gui_max_rss_mb']:>9.0f}, {results['list_max_rss_mb']:.0f} MiB"
    )


def verdicts(results: dict) -> int:
    """Print each target's verdict; returns how many were missed."""
    missed = 0
    for key, (operator, limit) in TARGETS.items():
        value = results[key]
        ok = {">=": value >= limit, "<=": value <= limit, "<": value < limit}[operator]
        missed += not ok
        print(f"target {key:<30} {value:>12,.1f} {operator} {limit:<8,} {'ok' if ok else 'MISSED'}")
    return missed


def print_linearity() -> None:
    """Microseconds per document of each stage at every scale that has a results file: flat is linear."""
    runs = {}
    for path in OUT.glob("results-*.json"):
        results = json.loads(path.read_text(encoding="utf-8"))
        runs[results["documents"]] = {name: s / results["documents"] * 1e6 for name, s, *_ in rows(results)}
    if len(runs) < 2:
        return
    scales = sorted(runs)
    print("\nµs per document" + "".join(f"{scale:>12,}" for scale in scales) + f"{'ratio':>8}")
    for name in runs[scales[0]]:
        if name.startswith("floor-start"):
            continue
        costs = [runs[scale].get(name, float("nan")) for scale in scales]
        print(f"{name:<15}" + "".join(f"{cost:>12,.1f}" for cost in costs) + f"{costs[-1] / costs[0]:>8.2f}")


def run_all(scale: int) -> dict:
    results: dict = {"documents": scale, "spans": prepare(scale)}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for name in STAGES:
        began = time.perf_counter()
        done = subprocess.run(
            [sys.executable, __file__, "--stage", name, "--scale", str(scale)],
            capture_output=True, text=True, env=env, check=False,
        )  # fmt: skip
        if done.returncode != 0:
            raise SystemExit(f"{name}: FAILED\n{done.stderr}")
        results.update(json.loads(done.stdout.strip().splitlines()[-1]))
        print(f"  {name} done in {time.perf_counter() - began:.0f} s", file=sys.stderr)
    add_ratios(results)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--stage", choices=list(STAGES))
    parser.add_argument("--scale", type=int, default=DEFAULT_SCALE, help="real tasks to import and export")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    if args.stage:
        print(json.dumps(run_stage(args.stage, args.scale)))
        return 0
    began = time.perf_counter()
    results = run_all(args.scale)
    results["wall_seconds"] = time.perf_counter() - began
    (OUT / f"results-{args.scale}.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    print_table(results)
    missed = verdicts(results)
    print_linearity()
    print(f"\nwhole run {results['wall_seconds']:.0f} s; results in {OUT / f'results-{args.scale}.json'}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
