"""Speed and memory of what an annotator waits for, each figure beside the machine's limit (issue 14).

Run: `.venv/bin/python benchmarks/run.py [--scale N] [--warm] [--stages A,B]`, or `--stage NAME` for
one. The import and export stages work on N real Turkish one-sentence tasks (benchmarks/real_tasks.py;
default 10,000) through the public functions (`import_paths`, `export_project`) and through the command
line, so any speed-up of those shows here. In the same run the raw-SQLite floor (benchmarks/floor.py) is
measured for the same data (median of 3), and each figure is printed as a multiple of it, for wall time
and for CPU time (user + system): on a loaded machine the wall seconds move a lot, the CPU ratio little.
Command-line figures are compared with the floor plus the start of a Python that imports sqlite3.
`--warm` exports a second time in the same process ("again": spaCy and caches warm).
Each stage runs in its own process started from a small one, so its peak RSS is its own (for a
command-line stage, the `curator` process's). The window stages keep their targets of issue 2 (a 1 MB
document with 10,000 spans opened < 300 ms, a label key saved < 50 ms, the first page of 100,000
documents < 300 ms); they do not depend on N.

`--scale 100000` shows whether cost grows linearly: the table ends with the CPU and wall microseconds per
document at each scale run so far (results-N.json in benchmarks/out/). Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
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
EXPORT_OUT = {"jsonl": "export-{}.jsonl", "spacy": "export-spacy-{}", "conll": "export-{}.conll"}

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


WINDOW_FIGURES = (
    "open_big_document_ms", "tag_with_10k_spans_ms", "tag_and_repaint_with_10k_spans_ms",
    "list_100k_first_page_ms", "list_100k_sort_ms", "list_100k_filter_ms",
)  # fmt: skip


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def tasks_file(scale: int) -> Path:
    return OUT / f"real-tasks-{scale}.jsonl"


def empty_project_file(scale: int) -> Path:
    return OUT / f"empty-{scale}.curator"


def fresh_project(name: str):
    from curator.core.project.setup import open_project

    path = OUT / name
    for stale in OUT.glob(name + "*"):
        stale.unlink()
    return open_project(path, annotator="bench")


def prepare(scale: int) -> int:
    """Write the tasks and an empty project (the floor's tables) before any stage; returns the span count."""
    from real_tasks import write_real_tasks  # imports Curator's bracket parser: not in the floor stages

    spans = write_real_tasks(tasks_file(scale), scale)
    with fresh_project(empty_project_file(scale).name):
        pass
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


def curator_cli(project: Path, *arguments: str) -> tuple[floor.Measured, float]:
    """One `curator` command on `project`, run from this checkout as a user runs it; and its peak RSS."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "curator.cli.main", "--project", str(project), "--annotator", "bench"]
    return floor.run_child([*command, *arguments], env)


def figures(key: str, runs: list[floor.Measured]) -> dict:
    """`key`'s wall and CPU seconds: the median of `runs` for each."""
    return {
        f"{key}_seconds": statistics.median(run.seconds for run in runs),
        f"{key}_cpu_seconds": statistics.median(run.cpu_seconds for run in runs),
    }


def stage_prepare(args: argparse.Namespace) -> dict:
    return {"spans": prepare(args.scale)}


def stage_floor_start(args: argparse.Namespace) -> dict:
    runs = [floor.start_floor() for _ in range(5)]
    rss = max(rss for _, rss in runs)
    return {**figures("floor_start", [run for run, _ in runs]), "floor-start_max_rss_mb": rss}


def stage_floor_import(args: argparse.Namespace) -> dict:
    target = OUT / f"floor-{args.scale}.sqlite"
    runs = [
        floor.import_floor(tasks_file(args.scale), empty_project_file(args.scale), target)
        for _ in range(FLOOR_REPEATS)
    ]
    assert runs[0].documents == args.scale, runs[0]
    return figures("floor_import", runs)


def stage_floor_export(args: argparse.Namespace) -> dict:
    source = OUT / f"floor-{args.scale}.sqlite"
    runs = [
        floor.export_floor(source, OUT / f"floor-export-{args.scale}.jsonl") for _ in range(FLOOR_REPEATS)
    ]
    assert runs[0].documents == args.scale, runs[0]
    return figures("floor_export", runs)


def stage_import(args: argparse.Namespace) -> dict:
    from curator.core.importers import import_paths

    project = fresh_project(f"tasks-{args.scale}.curator")
    clock = floor.Clock()
    report = import_paths(project, [tasks_file(args.scale)])
    measured = clock.stop()
    assert report.ok and report.documents_added == args.scale, report.lines()
    return figures("import", [measured])


def stage_import_cli(args: argparse.Namespace) -> dict:
    project = OUT / f"cli-import-{args.scale}.curator"
    for stale in OUT.glob(project.name + "*"):
        stale.unlink()
    measured, rss = curator_cli(project, "import", "--format", "jsonl", str(tasks_file(args.scale)))
    return {**figures("import_cli", [measured]), "import-cli_max_rss_mb": rss}


def stage_export(fmt: str, args: argparse.Namespace) -> dict:
    """The first export in a fresh process (what a CLI run costs beyond its start); with `--warm` a second
    one in the same process (what a user who exports again from the open window waits: spaCy is warm)."""
    from curator.core.exporters import export_project

    project = tasks_project(args.scale)
    results: dict = {}
    for key in [f"export_{fmt}", f"export_{fmt}_warm"][: 2 if args.warm else 1]:
        clock = floor.Clock()
        report = export_project(project, fmt, OUT / EXPORT_OUT[fmt].format(args.scale))
        results.update(figures(key, [clock.stop()]))
        results[f"export_{fmt}_spans_written"] = report.spans_written
    return results


def stage_export_cli(fmt: str, args: argparse.Namespace) -> dict:
    """The CLI export of the import stage's project. This process stays small (the `curator` child's peak
    RSS is measured on its own, but a child starts with its parent's memory)."""
    project = OUT / f"tasks-{args.scale}.curator"
    if not project.exists():
        floor.run_child([sys.executable, __file__, "--stage", "import", "--scale", str(args.scale)])
    measured, rss = curator_cli(
        project, "export", "--format", fmt, "--out", str(OUT / EXPORT_OUT[fmt].format(args.scale))
    )
    return {**figures(f"export_{fmt}_cli", [measured]), f"export-{fmt}-cli_max_rss_mb": rss}


def stage_gui() -> dict:
    from big_window import open_ms, open_window

    text, spans = big_document()
    app, window, _ = open_window(text, spans, "big.curator")
    open_big_ms = open_ms(app, window)  # the small document, then the big one: load, highlight, paint
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
        "open_big_document_ms": open_big_ms,
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
    **{f"export-{fmt}": functools.partial(stage_export, fmt) for fmt in EXPORT_FORMATS},
    **{f"export-{fmt}-cli": functools.partial(stage_export_cli, fmt) for fmt in EXPORT_FORMATS},
    "gui": lambda args: stage_gui(),
    "list": lambda args: stage_list(),
}


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table: a figure (`key`_seconds in the results), what it counts, its floor."""

    label: str
    key: str
    stage: str  # whose peak RSS
    unit: str = ""  # "docs" or "spans"; empty for the floors that are only a base
    floors: tuple[str, ...] = ()


def table_rows() -> list[Row]:
    rows = [
        Row("floor-start", "floor_start", "floor-start"),
        Row("floor-import", "floor_import", "floor-import", "docs", ("floor_import",)),
        Row("import", "import", "import", "docs", ("floor_import",)),
        Row("import-cli", "import_cli", "import-cli", "docs", ("floor_start", "floor_import")),
        Row("floor-export", "floor_export", "floor-export", "spans", ("floor_export",)),
    ]
    for fmt in EXPORT_FORMATS:
        stage = f"export-{fmt}"
        rows += [
            Row(stage, f"export_{fmt}", stage, "spans", ("floor_export",)),
            Row("  again", f"export_{fmt}_warm", stage, "spans", ("floor_export",)),
            Row(
                f"{stage}-cli", f"export_{fmt}_cli", f"{stage}-cli", "spans", ("floor_start", "floor_export")
            ),
        ]
    return rows


def measured_rows(results: dict) -> list[Row]:
    """The rows whose stage ran (a `--stages` subset, `--warm` or not)."""
    return [row for row in table_rows() if f"{row.key}_seconds" in results]


def add_ratios(results: dict) -> None:
    """Rate, `× floor` (wall) and `× floor` (CPU) of every figure, as the targets and the JSON keep them."""
    for row in measured_rows(results):
        if not row.unit or not all(f"{base}_seconds" in results for base in row.floors):
            continue
        results[f"{row.key}_{row.unit}_per_s"] = results[row.unit] / results[f"{row.key}_seconds"]
        for clock in ("seconds", "cpu_seconds"):
            base = sum(results[f"{key}_{clock}"] for key in row.floors)
            suffix = "" if clock == "seconds" else "_cpu"
            results[f"{row.key}_x_floor{suffix}"] = results[f"{row.key}_{clock}"] / base


def print_table(results: dict) -> None:
    print(f"{results['docs']:,} real tasks, {results['spans']:,} spans")
    print(f"{'stage':<18}{'seconds':>9}{'rate':>18}{'× floor':>9}{'cpu s':>9}{'× floor':>9}{'peak RSS':>11}")
    for row in measured_rows(results):
        rate = f"{results[f'{row.key}_{row.unit}_per_s']:,.0f} {row.unit}/s" if row.unit else ""
        ratio = f"{results[f'{row.key}_x_floor']:.1f}×" if row.unit else ""
        cpu_ratio = f"{results[f'{row.key}_x_floor_cpu']:.1f}×" if row.unit else ""
        rss = results[f"{row.stage}_max_rss_mb"]
        print(
            f"{row.label:<18}{results[f'{row.key}_seconds']:>9.2f}{rate:>18}{ratio:>9}"
            f"{results[f'{row.key}_cpu_seconds']:>9.2f}{cpu_ratio:>9}{rss:>7.0f} MiB"
        )
    for key in WINDOW_FIGURES:
        if key in results:
            print(f"{key:<36}{results[key]:>9.1f} ms")
    for stage in ("gui", "list"):
        if f"{stage}_max_rss_mb" in results:
            print(f"{stage + ' peak RSS':<36}{results[f'{stage}_max_rss_mb']:>9.0f} MiB")


def verdicts(results: dict) -> int:
    """Print each target's verdict (those whose stage ran); returns how many were missed."""
    missed = 0
    for key, (operator, limit) in TARGETS.items():
        if key not in results:
            continue
        value = results[key]
        ok = {">=": value >= limit, "<=": value <= limit, "<": value < limit}[operator]
        missed += not ok
        print(f"target {key:<30} {value:>12,.1f} {operator} {limit:<8,} {'ok' if ok else 'MISSED'}")
    return missed


def print_linearity() -> None:
    """CPU and wall microseconds per document of each figure at every scale run so far (results-N.json),
    and the CPU cost's ratio between the largest scale and the default one: 1.0 is linear."""
    runs = {}
    for path in OUT.glob("results-*.json"):
        if path.name.endswith(".partial.json"):
            continue
        results = json.loads(path.read_text(encoding="utf-8"))
        runs[results["docs"]] = results
    if len(runs) < 2:
        return
    scales = sorted(runs)
    base = DEFAULT_SCALE if DEFAULT_SCALE in runs else scales[0]
    print(
        "\nµs per document (CPU / wall)" + "".join(f"{scale:>20,}" for scale in scales) + f"{'CPU ratio':>11}"
    )
    for row in table_rows()[1:]:
        cells, cpu = [], {}
        for scale in scales:
            results = runs[scale]
            if f"{row.key}_seconds" not in results:
                cells.append(f"{'-':>20}")
                continue
            cpu[scale] = results[f"{row.key}_cpu_seconds"] / scale * 1e6
            cells.append(f"{cpu[scale]:>11,.0f} / {results[f'{row.key}_seconds'] / scale * 1e6:<6,.0f}")
        if len(cpu) > 1:
            ratio = f"{cpu[max(cpu)] / cpu[base]:>11.2f}" if base in cpu else ""
            print(f"{row.label:<28}" + "".join(cells) + ratio)


def run_all(args: argparse.Namespace) -> dict:
    """Each stage in a process of its own, started from this small one (a child starts with its parent's
    memory: Curator is never imported here)."""
    results: dict = {"docs": args.scale}
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    names = args.stages.split(",") if args.stages else list(STAGES)
    for name in ["prepare", *names]:
        began = time.perf_counter()
        command = [sys.executable, __file__, "--stage", name, "--scale", str(args.scale)]
        done = subprocess.run(
            command + ["--warm"] * args.warm, capture_output=True, text=True, env=env, check=False
        )
        if done.returncode != 0:
            raise SystemExit(f"{name}: FAILED\n{done.stderr}")
        results.update(json.loads(done.stdout.strip().splitlines()[-1]))
        print(f"  {name} done in {time.perf_counter() - began:.0f} s", file=sys.stderr)
        # What a long run (--scale 100000) has measured so far survives an interruption.
        (OUT / f"results-{args.scale}.partial.json").write_text(
            json.dumps(results, indent=2), encoding="utf-8"
        )
    add_ratios(results)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--stage", choices=["prepare", *STAGES], help="run one stage in this process (JSON out)"
    )
    parser.add_argument("--stages", help=f"a comma-separated subset of: {', '.join(STAGES)}")
    parser.add_argument("--scale", type=int, default=DEFAULT_SCALE, help="real tasks to import and export")
    parser.add_argument("--warm", action="store_true", help="export a second time in the same process too")
    args = parser.parse_args()
    unknown = set(args.stages.split(",")) - STAGES.keys() if args.stages else set()
    if unknown:
        parser.error(f"unknown stages: {', '.join(sorted(unknown))}")
    OUT.mkdir(exist_ok=True)
    if args.stage:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        result = stage_prepare(args) if args.stage == "prepare" else STAGES[args.stage](args)
        print(json.dumps({f"{args.stage}_max_rss_mb": max_rss_mb(), **result}))
        return 0
    began = time.perf_counter()
    results = run_all(args)
    results["wall_seconds"] = time.perf_counter() - began
    (OUT / f"results-{args.scale}.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    (OUT / f"results-{args.scale}.partial.json").unlink()
    print_table(results)
    missed = verdicts(results)
    print_linearity()
    print(f"\nwhole run {results['wall_seconds']:.0f} s; results in {OUT / f'results-{args.scale}.json'}")
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
