"""How long assigning a large corpus takes, against a raw SQLite insert of the same rows.

Run: `.venv/bin/python benchmarks/assignment.py [--documents 100000] [--overlap 0.2]`.
Builds a project of `--documents` short documents once (reused from benchmarks/out/), then times, in one
process: the dialog's preview (`plan_assignment`), `assign` to three annotators with the overlap (the
rows, the undo record and the commit), the same call again (a no-op by design), the undo of the step,
the queue reads the window makes (`assigned:me` count and first page, next in queue), and, on a copy of
the project with no assignments, a plain `executemany` INSERT of exactly the rows `assign` wrote, in one
transaction: the floor any implementation pays. Results go to benchmarks/out/assignment.json.

Measured 2026-12-02 on the 2-core machine shared with six other sessions (load 3-7, so the numbers are
noisy), 100,000 documents, three annotators, overlap 0.2 (20,000 shared: 120,000 assignments):

| step | s |
| --- | --- |
| preview (`plan_assignment`) | 0.76 |
| `assign` (rows, undo record, commit) | 3.9 (8.2 while the Recorder read the rows back, ORM insert) |
| raw SQLite `executemany` of the same rows | 0.86 |
| the same `assign` again (a no-op) | 1.6 |
| undo / redo of the step | 1.3 / 2.0 |
| `assigned:me` count / first page / next in queue (ms) | 43 / 51 / 32 |

`assign` costs 4.5 times the raw insert: the plan (0.8 s, reading which assignments were started),
SQLAlchemy's per-row bind processing of the executemany, and the step's undo record.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

OUT = Path(__file__).resolve().parent / "out"
ANNOTATORS = ["a", "b", "c"]
T = TypeVar("T")


def corpus(documents: int) -> Path:
    from curator.core import services
    from curator.core.project.setup import open_project

    path = OUT / f"assignment-{documents}.curator"
    if path.exists():
        return path
    OUT.mkdir(exist_ok=True)
    with open_project(path, annotator="lead") as project:
        for start in range(0, documents, 10_000):
            batch = [
                services.NewDocument(text=f"Бишкекте жыйын өттү, № {n}.", title=f"Haber {n}", language="ky")
                for n in range(start, min(start + 10_000, documents))
            ]
            with project.write() as session:
                services.add_documents(session, batch, annotator_id=None, source="bench")
    return path


def timed(what: dict[str, float], name: str, call: Callable[[], T]) -> T:
    began = time.perf_counter()
    result = call()
    what[name] = round(time.perf_counter() - began, 3)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--overlap", type=float, default=0.2)
    args = parser.parse_args()

    from curator.core import queries
    from curator.core.domain import DocumentFilter
    from curator.core.project.setup import open_project
    from curator.core.services import assignments, changes

    source = corpus(args.documents)
    work = OUT / "assignment-work.curator"
    raw_copy = OUT / "assignment-raw.curator"
    for path in (work, raw_copy):
        for stale in OUT.glob(path.name + "*"):
            stale.unlink()
    shutil.copy(source, work)
    shutil.copy(source, raw_copy)
    seconds: dict[str, float] = {}
    with open_project(work, annotator="lead") as project:
        plan = timed(
            seconds, "preview_s", lambda: assignments.plan_assignment(project, ANNOTATORS, args.overlap)
        )
        step = timed(seconds, "assign_s", lambda: assignments.assign(project, ANNOTATORS, args.overlap))
        again = timed(
            seconds, "rerun_same_seed_s", lambda: assignments.assign(project, ANNOTATORS, args.overlap)
        )
        assert not again.change, "a re-run with the same seed must change nothing"
        with project.read() as session:
            rows = (
                session.connection()
                .exec_driver_sql(
                    "SELECT document_id, annotator_id, status, assigned_at FROM assignments ORDER BY id"
                )
                .fetchall()
            )
        timed(seconds, "undo_s", lambda: changes.revert(project, step.change))
        timed(seconds, "redo_s", lambda: changes.apply(project, step.change))
    with open_project(work, annotator="a") as project:
        queue = DocumentFilter.parse("assigned:me")
        timed(seconds, "queue_count_ms", lambda: queries.count_documents(project, queue))
        timed(seconds, "queue_first_page_ms", lambda: queries.list_documents(project, queue))
        timed(seconds, "next_in_queue_ms", lambda: assignments.next_in_queue(project, args.documents // 2))
    for name in ("queue_count_ms", "queue_first_page_ms", "next_in_queue_ms"):
        seconds[name] = round(seconds[name] * 1000, 1)

    raw = sqlite3.connect(raw_copy, isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")  # what the project's own connections use
    raw.execute("INSERT INTO annotators (name, role, created_at) VALUES ('a','annotator',''),"
                " ('b','annotator',''), ('c','annotator','')")  # fmt: skip
    began = time.perf_counter()
    raw.execute("BEGIN IMMEDIATE")
    raw.executemany(
        "INSERT INTO assignments (document_id, annotator_id, status, assigned_at) VALUES (?, ?, ?, ?)", rows
    )
    raw.execute("COMMIT")
    seconds["raw_sqlite_insert_s"] = round(time.perf_counter() - began, 3)
    raw.close()

    result = {
        "documents": args.documents,
        "assignments": len(rows),
        "overlap_documents": plan.overlap,
        "per_annotator": plan.counts,
        **seconds,
        "assign_vs_raw": round(seconds["assign_s"] / max(seconds["raw_sqlite_insert_s"], 1e-6), 1),
    }
    (OUT / "assignment.json").write_text(json.dumps(result, indent=2))
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
