"""Import speed on real tasks against the raw-SQLite floor, and a folder of many small text files.

Run: `.venv/bin/python benchmarks/import_speed.py [--tasks PATH] [--repeat 3]`; `measure(tasks_path)`
is what benchmarks/run.py calls. Without `--tasks`, the tasks are benchmarks/real_tasks.py's 10,000
real Turkish one-sentence tasks (Prodigy JSONL, no language or title: the import guesses both).

The floor, measured in the same run: plain `sqlite3` (WAL, synchronous=FULL, one transaction) inserts the
same document rows (title, sort key, text, language, hash, meta, ...) and span rows into tables of the
project's own shape (the DDL and indexes of a fresh project's `documents` and `spans`), timed from BEGIN
to COMMIT with the rows built beforehand. Curator's figure is `import_paths` into a fresh project in this
process, the call the CLI and the window make, with the language model already loaded (a fresh process
pays that once, reported as `model_load_seconds`). The ratio is Curator's seconds over the floor's,
which the machine's load moves far less than either figure; CPU seconds (and documents per CPU second)
are what an idle machine's wall clock would show, since the import is one thread and one fsync.

The folder: `--small-files` (500) text files of one news paragraph each, imported with `import_paths`.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from real_tasks import write_real_tasks  # noqa: E402

TASKS = 10_000
SMALL_FILES = 500
NOW = "2026-12-03 00:00:00.000000"


def _schema() -> list[str]:
    """The CREATE statements of a fresh project's documents and spans tables and their indexes."""
    from curator.core.project.setup import open_project

    with tempfile.TemporaryDirectory() as folder:
        project = open_project(Path(folder) / "schema.curator", annotator="bench")
        path = project.path
        project.close()
        with sqlite3.connect(path) as connection:
            rows = connection.execute(
                "SELECT sql FROM sqlite_master WHERE tbl_name IN ('documents', 'spans') AND sql IS NOT NULL "
                "ORDER BY type = 'index'"
            ).fetchall()
        connection.close()
    return [sql for (sql,) in rows]


def raw_floor(tasks_path: Path, schema: list[str], folder: Path) -> float:
    """Seconds for plain sqlite3 to write the tasks' documents and spans (rows built beforehand: the floor
    is the database's own cost, not Python's)."""
    from curator.core.storage.sort_keys import natural_sort_key

    path = folder / "floor.sqlite"
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    for sql in schema:
        connection.execute(sql)
    documents, spans, seen = [], [], set()
    with tasks_path.open(encoding="utf-8") as handle:
        for line in handle:
            task = json.loads(line)
            text = task["text"]
            digest = hashlib.sha256(unicodedata.normalize("NFC", text).encode()).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            number = len(documents) + 1
            title = text[:200]
            documents.append(
                (number, title, natural_sort_key(title), text, "tr", tasks_path.name, digest, "in_progress",
                 "{}", NOW, 1, len(task["spans"]), NOW)
            )  # fmt: skip
            spans.extend(
                (number, span["start"], span["end"], 1, "accepted", "import", NOW, NOW, "")
                for span in task["spans"]
            )
    began = time.perf_counter()
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO documents (id, title, title_key, text, language, source, content_hash, status, meta, "
        "created_at, version, span_count, changed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        documents,
    )
    connection.executemany(
        'INSERT INTO spans (document_id, start, "end", label_id, status, source, created_at, updated_at, '
        "note) VALUES (?,?,?,?,?,?,?,?,?)",
        spans,
    )
    connection.execute("COMMIT")
    seconds = time.perf_counter() - began
    connection.close()
    return seconds


def curator_import(paths: list[Path], folder: Path, name: str) -> tuple[float, float, int]:
    """Seconds, CPU seconds and documents added of `import_paths` into a fresh project."""
    from curator.core.importers import import_paths
    from curator.core.project.setup import open_project

    project = open_project(folder / f"{name}.curator", annotator="bench")
    try:
        began, cpu = time.perf_counter(), time.process_time()
        report = import_paths(project, paths)
        seconds, cpu = time.perf_counter() - began, time.process_time() - cpu
        assert report.ok, report.lines()
        return seconds, cpu, report.documents_added
    finally:
        project.close()


def write_small_files(folder: Path, count: int = SMALL_FILES) -> None:
    """`count` distinct one-paragraph Turkish news texts, one file each."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"haber-{number:05d}.txt").write_text(
            f"Bişkek'te toplantı {number}\n\nKırgızistan Dışişleri Bakanı, {number} numaralı ortak bildiriyi "
            "imzaladıktan sonra bölgesel güvenlik ve ulaştırma projelerini değerlendirdi.\n",
            encoding="utf-8",
        )


def measure(tasks_path: Path | None = None, repeat: int = 3, small_files: int = SMALL_FILES) -> dict:
    """Best of `repeat` runs of the floor and of Curator's import on `tasks_path` (default: the real tasks
    written to a temporary file), each pair run back to back, and the small-files folder import."""
    from curator.core.text.language import guess_language

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        if tasks_path is None:
            tasks_path = folder / "tasks.jsonl"
            write_real_tasks(tasks_path, TASKS)
        schema = _schema()
        began = time.perf_counter()
        guess_language("Bişkek'te toplantı")
        model_load = time.perf_counter() - began
        runs = []
        for attempt in range(repeat):
            run = folder / f"run{attempt}"
            run.mkdir()
            floor = raw_floor(tasks_path, schema, run)
            seconds, cpu, added = curator_import([tasks_path], run, "tasks")
            runs.append((seconds / floor, seconds, floor, cpu, added))
            shutil.rmtree(run)
        ratio, seconds, floor, cpu, added = min(runs)
        small = folder / "small"
        write_small_files(small, small_files)
        small_seconds, small_cpu, small_added = curator_import([small], folder, "small")
        assert small_added == small_files
    return {
        "import_docs_per_s": added / seconds,
        "import_seconds": seconds,
        "import_documents": added,
        "import_cpu_seconds": cpu,
        "import_docs_per_cpu_s": added / cpu,
        "floor_seconds": floor,
        "import_floor_ratio": ratio,
        "model_load_seconds": model_load,
        "small_files_per_s": small_files / small_seconds,
        "small_files_seconds": small_seconds,
        "small_files_per_cpu_s": small_files / small_cpu,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=Path, help="a JSONL tasks file (default: the real tasks)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--small-files", type=int, default=SMALL_FILES)
    args = parser.parse_args()
    result = measure(args.tasks, args.repeat, args.small_files)
    for key, value in result.items():
        print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")


if __name__ == "__main__":
    main()
