"""Export speed on real tasks, against the raw read-and-write floor measured in the same run (issue 14.3).

The tasks are 10,000 one-sentence Turkish news tasks of ../shared/data/turkish-news-ner/train.txt (the
first sentences with an entity; suffixes after an apostrophe written back onto their word, as in running
text, so a name like "Ankara" in "Ankara'daki" cuts the tokenizer's token). `measure(project_path)`
exports the project as JSONL, spaCy DocBin (split by near-duplicate group, and by document) and CoNLL
and reports spans/s for each, first with the token boundaries computed (a cold token store) and then
read from the store, the floor (a plain `sqlite3` read of the same documents and spans written as JSON
lines) and each figure as a multiple of the floor; the machine is shared, so the multiple is the figure
that means something. Run:
`PYTHONPATH=. .venv/bin/python benchmarks/export_speed.py [--runs 3]`.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

_CORPUS = Path("shared") / "data" / "turkish-news-ner" / "train.txt"
# Beside the checkout (/work/main) or beside a worktree's folder (/work/wt/NAME).
DATA = next(
    (folder / _CORPUS for folder in Path(__file__).resolve().parents if (folder / _CORPUS).is_file()),
    _CORPUS,
)
TASKS = 10_000
# Name in the results, export format, options. The spaCy export's split by near-duplicate group (a
# MinHash search over every text) costs more than the rest of the export; by document it has none.
EXPORTS = (
    ("jsonl", "jsonl", {}),
    ("spacy", "spacy", {}),
    ("spacy_by_document", "spacy", {"split_by_document": True}),
    ("conll", "conll", {}),
)
_ENTITY = re.compile(r"\[(PER|LOC|ORG) ([^\]]*?) ?\]")


def task_lines(source: Path = DATA, count: int = TASKS) -> list[str]:
    """The first `count` sentences with an entity as Prodigy tasks (text and character spans), one JSON
    line each."""
    lines: list[str] = []
    with source.open(encoding="utf-8-sig") as handle:
        for raw in handle:
            if "[" not in raw:
                continue
            text, spans = _sentence(raw)
            if spans:
                lines.append(json.dumps({"text": text, "spans": spans}, ensure_ascii=False))
            if len(lines) == count:
                break
    return lines


def _sentence(raw: str) -> tuple[str, list[dict]]:
    """One line of the corpus as text and spans: single spaces, apostrophe suffixes joined to their word."""
    pieces: list[str] = []
    spans: list[dict] = []
    length = 0
    position = 0
    line = " ".join(raw.split())
    for match in [*_ENTITY.finditer(line), None]:
        before = line[position : match.start() if match else len(line)]
        for word in before.split():
            length = _append(pieces, word, length)
        if match is None:
            break
        words = match.group(2).split()
        start = None
        for word in words:
            length = _append(pieces, word, length)
            start = length - len(word) if start is None else start
        if start is not None:
            spans.append({"start": start, "end": length, "label": match.group(1)})
        position = match.end()
    return "".join(pieces), spans


def _append(pieces: list[str], word: str, length: int) -> int:
    if pieces and not word.startswith("'"):
        pieces.append(" ")
        length += 1
    pieces.append(word)
    return length + len(word)


def build_project(path: Path, count: int = TASKS) -> int:
    """A project at `path` with the tasks imported; returns the number of spans."""
    from curator.core.importers import import_paths
    from curator.core.project.setup import open_project

    lines = task_lines(count=count)
    source = path.with_suffix(".jsonl")
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    project = open_project(path, annotator="bench")
    try:
        report = import_paths(project, [source])
        if not report.ok:
            raise RuntimeError("\n".join(report.lines()))
    finally:
        project.close()
    return sum(len(json.loads(line)["spans"]) for line in lines)


def floor_seconds(project_path: Path, out: Path) -> tuple[float, float]:
    """Read every document with its spans with plain sqlite3 and write them as JSON lines; the wall
    and CPU seconds that took."""
    began, cpu = time.perf_counter(), time.process_time()
    connection = sqlite3.connect(project_path)
    try:
        spans: dict[int, list[dict]] = {}
        query = "SELECT s.document_id, s.start, s.end, l.name FROM spans s JOIN labels l ON l.id = s.label_id"
        for document_id, start, end, label in connection.execute(query):
            spans.setdefault(document_id, []).append({"start": start, "end": end, "label": label})
        with out.open("w", encoding="utf-8") as handle:
            for document_id, text in connection.execute("SELECT id, text FROM documents ORDER BY id"):
                record = {"text": text, "spans": spans.get(document_id, []), "meta": {"doc_id": document_id}}
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    finally:
        connection.close()
    return time.perf_counter() - began, time.process_time() - cpu


def _export(project_path: Path, fmt: str, out: Path, **options: object) -> tuple[int, float, float]:
    from curator.core.exporters import export_project
    from curator.core.project.setup import open_project

    project = open_project(project_path, annotator="bench")
    try:
        began, cpu = time.perf_counter(), time.process_time()
        report = export_project(project, fmt, out, include_untouched=True, **options)  # type: ignore[arg-type]
        return report.spans_written, time.perf_counter() - began, time.process_time() - cpu
    finally:
        project.close()


def _forget_tokens(project_path: Path) -> None:
    from curator.core.project.setup import open_project
    from curator.core.text.token_store import TokenStore

    project = open_project(project_path, annotator="bench")
    try:
        TokenStore(project).clear()
    finally:
        project.close()


def measure(project_path: Path, runs: int = 3) -> dict:
    """Spans/s of each export, cold (tokens computed and stored, the first export in this process) and
    warm (read from the store; best of `runs`), the floor, and this process's peak RSS.

    Each warm run follows a floor run, and `_floor_ratio` is the smallest ratio of such a pair (wall
    time), `_cpu_floor_ratio` the same of CPU seconds: on a loaded machine the wall times of runs far
    apart are not comparable, a pair's ratio and CPU time much more so."""
    project_path = Path(project_path)
    scratch = Path(tempfile.mkdtemp(prefix="export-speed-"))
    results: dict[str, float] = {}
    floors: list[tuple[float, float]] = []
    try:
        for name, fmt, options in EXPORTS:
            out = scratch / (f"out.{fmt}" if fmt != "spacy" else "out-spacy")
            _forget_tokens(project_path)
            spans, cold, _ = _export(project_path, fmt, out, **options)
            pairs = []
            for _ in range(runs):
                floors.append(floor_seconds(project_path, scratch / "floor.jsonl"))
                pairs.append((floors[-1], _export(project_path, fmt, out, **options)[1:]))
            warm = min(seconds for _, (seconds, _) in pairs)
            results[f"{name}_cold_spans_per_s"] = spans / cold
            results[f"{name}_spans_per_s"] = spans / warm
            results[f"{name}_seconds"] = warm
            results[f"{name}_floor_ratio"] = min(seconds / floor[0] for floor, (seconds, _) in pairs)
            results[f"{name}_cpu_floor_ratio"] = min(cpu / floor[1] for floor, (_, cpu) in pairs)
        floor = min(wall for wall, _ in floors)
        results["spans"] = spans
        results["floor_seconds"] = floor
        results["floor_cpu_seconds"] = min(cpu for _, cpu in floors)
        results["floor_spans_per_s"] = spans / floor
        results["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--project", type=Path, help="an existing project (default: the tasks, built anew)")
    arguments = parser.parse_args()
    project_path = arguments.project
    folder = None
    if project_path is None:
        folder = Path(tempfile.mkdtemp(prefix="export-tasks-"))
        project_path = folder / "tasks.curator"
        build_project(project_path)
    try:
        results = measure(project_path, arguments.runs)
    finally:
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    json.dump(results, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
