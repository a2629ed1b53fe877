"""Export speed on real tasks, against the raw read-and-write floor measured in the same run (issue 14.3).

The tasks are those of benchmarks/real_tasks.py (what benchmarks/run.py imports): 10,000 one-sentence
Turkish news tasks, 12,771 spans; with `--dense` the 10,000 lines with the most entities, 29,124 spans,
so the per-span figures compare with issue 14's 28,986. `measure(project_path)` exports the project as
JSONL, spaCy DocBin (split by near-duplicate group, and by document) and CoNLL and reports spans/s,
documents/s and CPU seconds for each, first cold (the token store and the duplicate search's signatures
emptied: everything computed, in this process's first export of the format) and then warm (read from
the caches; best of `runs`), the floor (benchmarks/floor.py's `export_floor`: plain `sqlite3` reading the
same documents and spans and writing them as JSON lines) and each figure as a multiple of it; DocBin's
also as a multiple of the floor plus spaCy's own `DocBin.to_bytes` of the files written (msgpack and
zlib: byte-identical files cannot be compressed any cheaper). The machine is shared, so the multiples,
of wall time and of CPU time, are the figures that mean something.
Run: `PYTHONPATH=. .venv/bin/python benchmarks/export_speed.py [--runs 3] [--dense] [--count N]`.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import floor
from real_tasks import write_real_tasks

TASKS = 10_000
# Name in the results, export format, options. The spaCy export's split by near-duplicate group (a
# MinHash search over every text, its signatures cached) costs more than the rest; by document it has none.
EXPORTS = (
    ("jsonl", "jsonl", {}),
    ("spacy", "spacy", {}),
    ("spacy_by_document", "spacy", {"split_by_document": True}),
    ("conll", "conll", {}),
)


def build_project(path: Path, count: int = TASKS, dense: bool = False) -> int:
    """A project at `path` with the tasks imported; returns the number of spans."""
    from curator.core.importers import import_paths
    from curator.core.project.setup import open_project

    source = path.with_suffix(".jsonl")
    spans = write_real_tasks(source, count, dense=dense)
    project = open_project(path, annotator="bench")
    try:
        report = import_paths(project, [source])
        if not report.ok:
            raise RuntimeError("\n".join(report.lines()))
    finally:
        project.close()
    return spans


def floor_seconds(project_path: Path, out: Path) -> tuple[float, float]:
    """The floor's wall and CPU seconds: the project's documents and spans read with plain sqlite3 and
    written as JSON lines."""
    measured = floor.export_floor(project_path, out)
    return measured.seconds, measured.cpu_seconds


def _export(project_path: Path, fmt: str, out: Path, **options: object) -> tuple[int, int, float, float]:
    """Spans and documents written, wall and CPU seconds of one export."""
    from curator.core.exporters import export_project
    from curator.core.project.setup import open_project

    project = open_project(project_path, annotator="bench")
    try:
        clock = floor.Clock()
        report = export_project(project, fmt, out, include_untouched=True, **options)  # type: ignore[arg-type]
        measured = clock.stop()
        return report.spans_written, report.documents, measured.seconds, measured.cpu_seconds
    finally:
        project.close()


def _forget(project_path: Path) -> None:
    """Empty the caches an export reads: stored tokens and the duplicate search's signatures."""
    from curator.core.project.setup import open_project
    from curator.core.text.duplicates import PARAMETERS
    from curator.core.text.signature_store import SignatureStore
    from curator.core.text.token_store import TokenStore

    project = open_project(project_path, annotator="bench")
    try:
        TokenStore(project).clear()
        signatures = SignatureStore(project, PARAMETERS)
        signatures.clear()
        signatures.close()
    finally:
        project.close()


def docbin_serialise_cpu(folder: Path) -> float:
    """CPU seconds spaCy's own `DocBin.to_bytes` takes to serialise the .spacy files an export wrote:
    msgpack and zlib, what the format itself costs (the same bytes need the same compression), beside
    which the DocBin export's figure is also given (`_x_format_floor_cpu`)."""
    from spacy.tokens import DocBin

    bins = [DocBin().from_bytes(path.read_bytes()) for path in sorted(folder.rglob("*.spacy"))]
    clock = floor.Clock()
    for docbin in bins:
        docbin.to_bytes()
    return clock.stop().cpu_seconds


def measure(project_path: Path, runs: int = 3) -> dict:
    """Spans/s, documents/s and CPU seconds of each export, cold (caches emptied, the first export of
    the format in this process) and warm (caches read; best of `runs`), the floor, this process's peak RSS.

    Each warm run follows a floor run, and `_x_floor` is the smallest ratio of such a pair (wall
    time), `_x_floor_cpu` the same of CPU seconds: on a loaded machine the wall times of runs far
    apart are not comparable, a pair's ratio and CPU time much more so."""
    project_path = Path(project_path)
    scratch = Path(tempfile.mkdtemp(prefix="export-speed-"))
    results: dict[str, float] = {}
    floors: list[tuple[float, float]] = []
    try:
        for name, fmt, options in EXPORTS:
            out = scratch / (f"out.{fmt}" if fmt != "spacy" else "out-spacy")
            _forget(project_path)
            spans, documents, cold, cold_cpu = _export(project_path, fmt, out, **options)
            pairs = []
            for _ in range(runs):
                floors.append(floor_seconds(project_path, scratch / "floor.jsonl"))
                pairs.append((floors[-1], _export(project_path, fmt, out, **options)[2:]))
            warm = min(seconds for _, (seconds, _) in pairs)
            results[f"{name}_cold_seconds"] = cold
            results[f"{name}_cold_cpu_seconds"] = cold_cpu
            results[f"{name}_cold_spans_per_s"] = spans / cold
            results[f"{name}_spans_per_s"] = spans / warm
            results[f"{name}_docs_per_s"] = documents / warm
            results[f"{name}_seconds"] = warm
            results[f"{name}_cpu_seconds"] = min(cpu for _, (_, cpu) in pairs)
            results[f"{name}_x_floor"] = min(seconds / floor[0] for floor, (seconds, _) in pairs)
            results[f"{name}_x_floor_cpu"] = min(cpu / floor[1] for floor, (_, cpu) in pairs)
            if fmt == "spacy":
                serialise = min(docbin_serialise_cpu(out) for _ in range(runs))
                results[f"{name}_serialise_cpu_seconds"] = serialise
                results[f"{name}_x_format_floor_cpu"] = min(
                    cpu / (floor[1] + serialise) for floor, (_, cpu) in pairs
                )
        results["spans"] = spans
        results["documents"] = documents
        results["floor_seconds"] = min(wall for wall, _ in floors)
        results["floor_cpu_seconds"] = min(cpu for _, cpu in floors)
        results["floor_spans_per_s"] = spans / results["floor_seconds"]
        results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return results


def print_table(results: dict) -> None:
    """The figures as a table on stderr (stdout keeps the JSON)."""
    print(f"{results['documents']:,} documents, {results['spans']:,} spans", file=sys.stderr)
    head = ("export", "spans/s", "docs/s", "cpu s", "× floor", "× cpu", "cold s")
    print(f"{head[0]:<20}" + "".join(f"{cell:>11}" for cell in head[1:]), file=sys.stderr)
    print(
        f"{'floor':<20}{results['floor_spans_per_s']:>11,.0f}"
        f"{results['documents'] / results['floor_seconds']:>11,.0f}{results['floor_cpu_seconds']:>11.3f}",
        file=sys.stderr,
    )
    for name, _, _ in EXPORTS:
        print(
            f"{name:<20}{results[f'{name}_spans_per_s']:>11,.0f}{results[f'{name}_docs_per_s']:>11,.0f}"
            f"{results[f'{name}_cpu_seconds']:>11.3f}{results[f'{name}_x_floor']:>10.1f}×"
            f"{results[f'{name}_x_floor_cpu']:>10.1f}×{results[f'{name}_cold_seconds']:>11.2f}",
            file=sys.stderr,
        )
    for name, fmt, _ in EXPORTS:
        if fmt == "spacy":
            print(
                f"{name}: spaCy's DocBin.to_bytes of the same files"
                f" {results[f'{name}_serialise_cpu_seconds']:.3f} cpu s; the export is"
                f" {results[f'{name}_x_format_floor_cpu']:.1f}× the floor plus that",
                file=sys.stderr,
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--count", type=int, default=TASKS, help="tasks to import (default 10,000)")
    parser.add_argument("--dense", action="store_true", help="the lines with the most entities only")
    parser.add_argument("--project", type=Path, help="an existing project (default: the tasks, built anew)")
    arguments = parser.parse_args()
    project_path = arguments.project
    folder = None
    if project_path is None:
        folder = Path(tempfile.mkdtemp(prefix="export-tasks-"))
        project_path = folder / "tasks.curator"
        build_project(project_path, arguments.count, arguments.dense)
    try:
        results = measure(project_path, arguments.runs)
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    print_table(results)
    json.dump(results, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
