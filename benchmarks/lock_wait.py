"""How long another writer waits while a big JSONL import runs, and the import's rate.

Run: `.venv/bin/python benchmarks/lock_wait.py [--documents 200000] [--code DIR]`.
Writes `--documents` Prodigy-style tasks to one JSONL file, starts `curator`'s `import_paths` on it in a
child process (with the `curator` package found in `--code`, default this checkout, so an older checkout
can be measured the same way; the child creates the project, so each checkout uses its own schema), and
from this process writes one small row every `--every` seconds until the child ends, taking the lock the
way `Project.write()` does (BEGIN IMMEDIATE polled every 2 ms, never given up), on a plain sqlite3
connection so that it works on either schema. Reports the longest and the median wait for the lock, and
the import rate the child measured itself (documents per second of parsing and storing, interpreter
start excluded). Results go to benchmarks/out/lock_wait.json.

Measured 2026-12-01 on the 2-core machine shared with six other sessions (load 4-6, so wall-clock numbers
are noisy), 200,000 documents (600,000 spans), a write every 0.2 s:

| code | import s | import docs/s | writes | longest wait s | median wait s |
| --- | --- | --- | --- | --- | --- |
| before (`/work/main`: one transaction per file) | 253 | 790 | 162 | 220.1 | 0.008 |
| after (chunks of 2,000 docs / 0.8 s, 20 ms apart) | 237 | 843 | 298 | 2.9 | 0.87 |

Before, the writer waited for the whole storing phase (the window, with its 15 s busy timeout, failed with
"database is locked"); after, it waits for at most about one chunk, and the import is not slower (the
difference is within the noise of the shared machine).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_tasks_jsonl

OUT = Path(__file__).resolve().parent / "out"
POLL_SECONDS = 0.002
CHILD = """
import sys, time
from pathlib import Path
from curator.core.importers import import_paths
from curator.core.project.setup import open_project
project = open_project(Path(sys.argv[1]), annotator="bench-import")
print("started", sys.modules["curator"].__file__, flush=True)
started = time.perf_counter()
report = import_paths(project, [Path(sys.argv[2])])
print(f"{report.documents_added} {time.perf_counter() - started:.3f}", flush=True)
"""


def timed_write(raw: sqlite3.Connection, value: str) -> float:
    """Seconds from asking for the lock to the commit of one small row."""
    began = time.perf_counter()
    while True:
        try:
            raw.execute("BEGIN IMMEDIATE")
            break
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) and "busy" not in str(error):
                raise
            time.sleep(POLL_SECONDS)
    raw.execute("INSERT OR REPLACE INTO project_info (key, value) VALUES ('bench_lock_wait', ?)", (value,))
    raw.execute("COMMIT")
    return time.perf_counter() - began


def measure(documents: int, every: float, code: Path) -> dict:
    OUT.mkdir(exist_ok=True)
    source = OUT / f"lock_wait_{documents}.jsonl"
    if not source.exists():
        write_tasks_jsonl(source, documents)
    path = OUT / "lock_wait.curator"
    for stale in OUT.glob("lock_wait.curator*"):
        stale.unlink()
    env = {**os.environ, "PYTHONPATH": str(code)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path), str(source)],
        env=env,
        cwd=code,  # `python -c` puts the working folder first on sys.path
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    started = child.stdout.readline().split()
    assert started[0] == "started" and started[1].startswith(str(code)), started
    raw = sqlite3.connect(path, isolation_level=None)
    raw.execute("PRAGMA busy_timeout=0")
    waits: list[float] = []
    while child.poll() is None:
        waits.append(timed_write(raw, str(len(waits))))
        time.sleep(every)
    raw.close()
    added, seconds = child.stdout.read().split()
    return {
        "code": str(code),
        "documents": int(added),
        "import_seconds": float(seconds),
        "import_docs_per_s": round(int(added) / float(seconds)),
        "writes": len(waits),
        "longest_wait_s": round(max(waits), 3),
        "median_wait_s": round(statistics.median(waits), 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=200_000)
    parser.add_argument("--every", type=float, default=0.2, help="seconds between two writes")
    parser.add_argument("--code", type=Path, default=Path(__file__).resolve().parents[1])
    args = parser.parse_args()
    result = measure(args.documents, args.every, args.code.resolve())
    print(json.dumps(result, indent=2))
    OUT.mkdir(exist_ok=True)
    results = OUT / "lock_wait.json"
    previous = json.loads(results.read_text()) if results.exists() else []
    results.write_text(json.dumps([*previous, result], indent=2))


if __name__ == "__main__":
    main()
