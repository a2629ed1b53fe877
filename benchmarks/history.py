"""How much the history costs: bytes per logged edit, and write time with the log against without it.

Run: `.venv/bin/python benchmarks/history.py [--steps 10000] [--text-edits 1000]`.
Runs `--steps` tag / relabel / delete steps (one third each, cycling over 200 documents) through the
services, as the window does, in one project with the history on and one with `history_log.append`
replaced by a no-op, in alternating rounds of 600 steps; then times a raw sqlite3 floor: as many
single-row INSERT + COMMIT transactions of the same average entry size, with the project's pragmas
(WAL, synchronous=FULL). Then `--text-edits` one-character corrections in a 20,000-character
document, to show a text edit's entry does not hold the text. Results go to benchmarks/out/history.json.

Measured 2026-12-02 on the 2-core machine shared with six other sessions (noisy): 10,000 entries, 518
bytes each (5.2 MB; the file grew 707 bytes per step with its indexes); 7.3 ms per logged step against
5.9 ms unlogged (ratio 1.25: the entry's description read from the span's text and label, its JSON and
two inserts, in the step's own transaction); a raw single-row INSERT + COMMIT 0.19 ms. A one-character
fix in a 20,000-character document: 468 bytes per entry, not growing with the number of earlier fixes.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import text as sql

from curator.core import queries, services
from curator.core.project.setup import open_project
from curator.core.services import history_log
from curator.core.services.text_edits import edit_text
from curator.core.storage import Project

OUT = Path(__file__).resolve().parent / "out"
SENTENCE = "Mevlüt Çavuşoğlu Bişkek'te Ceyhun Bayramov ile görüştü. "
DOCUMENTS = 200


def fresh(name: str, texts: list[str]) -> Project:
    OUT.mkdir(exist_ok=True)
    for stale in OUT.glob(name + "*"):
        stale.unlink()
    project = open_project(OUT / name, annotator="bench")
    with project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(t, language="tr") for t in texts],
            annotator_id=None,
            source="bench",
        )
    return project


WORDS = [(0, 6, "PER"), (17, 23, "GPE"), (27, 33, "PER"), (34, 42, "PER")]


def run_steps(project: Project, first: int, steps: int) -> float:
    """Seconds for steps `first`.. `first + steps` of the tag / relabel / delete cycle."""
    words = WORDS
    span_id = _open_span(project, first)
    began = time.perf_counter()
    for step in range(first, first + steps):
        cycle, kind = divmod(step, 3)
        document_id = cycle % DOCUMENTS + 1
        start, end, label = words[(cycle // DOCUMENTS) % len(words)]
        if kind == 0:
            span_id = services.add_span(project, document_id, start, end, label).span.id
        elif kind == 1:
            services.relabel_span(project, span_id, "ORG")
        else:
            services.delete_spans(project, [span_id])
    return time.perf_counter() - began


def _open_span(project: Project, step: int) -> int:
    """The span a cycle left between its tag and its delete, when a round ended there."""
    if step % 3 == 0:
        return 0
    spans = [s.id for d in range(1, DOCUMENTS + 1) for s in queries.list_spans(project, d)]
    return spans[-1]


def log_bytes(project: Project) -> tuple[int, int]:
    """Entries, and their bytes as stored (every column's length, plus the entry-to-document rows)."""
    with project.read() as session:
        entries, size = session.execute(
            sql(
                "SELECT count(*), sum(length(uid) + length(kind) + length(text) + length(change) + 8 * 4)"
                " FROM history"
            )
        ).one()
        links = session.execute(sql("SELECT count(*) FROM history_documents")).scalar()
    return int(entries), int(size or 0) + 16 * int(links or 0)


def file_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def raw_floor(steps: int, entry_bytes: int) -> float:
    path = OUT / "history-floor.sqlite"
    for stale in OUT.glob(path.name + "*"):
        stale.unlink()
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE history (id INTEGER PRIMARY KEY, uid TEXT UNIQUE, change TEXT)")
    payload = "x" * entry_bytes
    began = time.perf_counter()
    for _ in range(steps):
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("INSERT INTO history (uid, change) VALUES (?, ?)", (uuid.uuid4().hex, payload))
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - began
    connection.close()
    return elapsed


def without_log(action: Callable[[], float]) -> float:
    original = history_log.append
    history_log.append = lambda *_a, **_k: (0, "")  # type: ignore[assignment]
    try:
        return action()
    finally:
        history_log.append = original  # type: ignore[assignment]


def text_edits(count: int) -> dict[str, float]:
    text = SENTENCE * (20_000 // len(SENTENCE))
    project = fresh("history-text.curator", [text])
    began = time.perf_counter()
    for n in range(count):
        position = (n * 97) % (len(text) - 10)
        edit_text(project, 1, position, position + 1, "x" if n % 2 else "y")
    elapsed = time.perf_counter() - began
    entries, size = log_bytes(project)
    project.close()
    return {"text_edits": entries, "document_chars": len(text), "bytes_per_text_edit": round(size / entries),
            "ms_per_text_edit": round(1000 * elapsed / count, 2)}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=10_000)
    parser.add_argument("--text-edits", type=int, default=1_000)
    args = parser.parse_args()
    texts = [SENTENCE * 3 + f"({n})" for n in range(DOCUMENTS)]  # distinct: imports skip duplicates

    # Alternating rounds of both, so that the shared machine's changing load falls on both alike.
    logged, plain = fresh("history-on.curator", texts), fresh("history-off.curator", texts)
    on = off = 0.0
    for first in range(0, args.steps, 600):
        count = min(600, args.steps - first)
        on += run_steps(logged, first, count)
        off += without_log(lambda: run_steps(plain, first, count))  # noqa: B023 - called at once
    entries, size = log_bytes(logged)
    logged.close()
    plain.close()
    on_file, off_file = file_bytes(logged.path), file_bytes(plain.path)

    floor = raw_floor(args.steps, size // max(entries, 1))
    results = {
        "steps": args.steps,
        "entries": entries,
        "log_bytes": size,
        "bytes_per_edit": round(size / entries),
        "file_growth_bytes_per_edit": round((on_file - off_file) / args.steps),
        "ms_per_step_logged": round(1000 * on / args.steps, 2),
        "ms_per_step_unlogged": round(1000 * off / args.steps, 2),
        "write_time_ratio": round(on / off, 3),
        "ms_per_raw_sqlite_insert_commit": round(1000 * floor / args.steps, 2),
        **text_edits(args.text_edits),
    }
    (OUT / "history.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
