"""The machine's limit for Curator's import and export: the same work done with nothing but `sqlite3`.

Issue 14 asks for import and export "within a few times raw SQLite", measured in the same run so that the
ratio holds on a loaded machine. The floor does what cannot be skipped and nothing else:
- import: read the JSONL file, parse each record, hash its text (the `content_hash` every document must
  have), and insert the documents and their spans in ONE transaction, WAL and `synchronous=FULL` as
  Curator opens its projects, with `executemany` into Curator's own tables (the file starts as a copy of
  an empty project, so the columns, indexes, unique and foreign keys are today's), labels looked up once;
- export: read the documents and their spans back in document order and write one `json.dumps` line per
  document (`{"text", "spans"}`) to a file;
- start: a process that runs `python -c "import sqlite3"`, the least a command-line run costs.
No language guess, no boilerplate detection, no tokenization: what Curator does beyond this is what the
ratio shows.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import resource
import shutil
import sqlite3
import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

TITLE_CHARS = 80


@dataclass(frozen=True, slots=True)
class Measured:
    """Wall seconds and CPU seconds (user + system) of one run, and what it stored or wrote. On a shared
    machine the CPU seconds move much less than the wall seconds."""

    seconds: float
    cpu_seconds: float
    documents: int = 0
    spans: int = 0


class Clock:
    """Wall and CPU time of this process since creation."""

    def __init__(self) -> None:
        self.wall, self.cpu = time.perf_counter(), self._cpu()

    def _cpu(self) -> float:
        usage = resource.getrusage(resource.RUSAGE_SELF)
        return usage.ru_utime + usage.ru_stime

    def stop(self, documents: int = 0, spans: int = 0) -> Measured:
        return Measured(time.perf_counter() - self.wall, self._cpu() - self.cpu, documents, spans)


def _connect(path: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    return connection


def _label_ids(connection: sqlite3.Connection, names: set[str]) -> dict[str, int]:
    """The ids of `names`, adding the labels the empty project does not have."""
    known = dict(connection.execute("SELECT name, id FROM labels").fetchall())
    position = connection.execute("SELECT COALESCE(MAX(position), -1) + 1 FROM labels").fetchone()[0]
    for name in sorted(names - known.keys()):
        cursor = connection.execute(
            "INSERT INTO labels (name, kind, color, description, position)"
            " VALUES (?, 'entity', '#e5e5e5', '', ?)",
            (name, position),
        )
        known[name] = cursor.lastrowid
        position += 1
    return known


def _annotator_id(connection: sqlite3.Connection, name: str) -> int:
    row = connection.execute("SELECT id FROM annotators WHERE name = ?", (name,)).fetchone()
    if row:
        return row[0]
    now = datetime.now(UTC).isoformat(" ")
    cursor = connection.execute(
        "INSERT INTO annotators (name, kind, created_at) VALUES (?, 'annotator', ?)", (name, now)
    )
    return cursor.lastrowid or 0


def import_floor(source: Path, empty_project: Path, target: Path) -> Measured:
    """Insert `source`'s tasks into a copy of `empty_project` at `target`."""
    for stale in target.parent.glob(target.name + "*"):
        stale.unlink()
    checkpoint = sqlite3.connect(empty_project)
    checkpoint.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the copy takes the main file only
    checkpoint.close()
    shutil.copyfile(empty_project, target)
    clock = Clock()
    connection = _connect(target)
    with source.open(encoding="utf-8") as handle:
        records = [json.loads(line) for line in handle if line.strip()]
    now = datetime.now(UTC).isoformat(" ")
    connection.execute("BEGIN IMMEDIATE")
    labels = _label_ids(connection, {span["label"] for record in records for span in record["spans"]})
    annotator = _annotator_id(connection, "bench")
    first = connection.execute("SELECT COALESCE(MAX(id), 0) + 1 FROM documents").fetchone()[0]
    documents, spans = [], []
    for number, record in enumerate(records, first):
        text = record["text"]
        digest = hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()
        title = text[:TITLE_CHARS]
        documents.append((number, title, title.casefold(), text, digest, len(record["spans"]), now))
        spans.extend(
            (number, span["start"], span["end"], labels[span["label"]], annotator, now, now)
            for span in record["spans"]
        )
    connection.executemany(
        "INSERT INTO documents (id, title, title_key, text, language, source, content_hash, status, meta,"
        " created_at, version, span_count) VALUES (?, ?, ?, ?, 'und', 'bench', ?, 'new', '{}', ?, 1, ?)",
        [(d[0], d[1], d[2], d[3], d[4], d[6], d[5]) for d in documents],
    )
    connection.executemany(
        'INSERT INTO spans (document_id, start, "end", label_id, annotator_id, status, source, created_at,'
        " updated_at) VALUES (?, ?, ?, ?, ?, 'accepted', 'import', ?, ?)",
        spans,
    )
    connection.execute("COMMIT")
    connection.close()
    return clock.stop(len(documents), len(spans))


def _documents_with_spans(connection: sqlite3.Connection) -> Iterator[dict]:
    """Each document's text and spans in id order: two ordered scans merged, as a streaming export reads."""
    spans = connection.execute(
        'SELECT s.document_id, s.start, s."end", l.name FROM spans s JOIN labels l ON l.id = s.label_id'
        " ORDER BY s.document_id, s.start"
    )
    grouped = itertools.groupby(spans, key=lambda row: row[0])
    pending = next(grouped, None)
    for document_id, text in connection.cursor().execute("SELECT id, text FROM documents ORDER BY id"):
        own: list[dict] = []
        if pending is not None and pending[0] == document_id:
            own = [{"start": s, "end": e, "label": label} for _, s, e, label in pending[1]]
            pending = next(grouped, None)
        yield {"text": text, "spans": own}


def export_floor(project: Path, out: Path) -> Measured:
    """Read the floor project's documents and spans and write them as JSONL."""
    clock = Clock()
    connection = _connect(project)
    documents = spans = 0
    with out.open("w", encoding="utf-8") as handle:
        for record in _documents_with_spans(connection):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            documents += 1
            spans += len(record["spans"])
    connection.close()
    return clock.stop(documents, spans)


def run_child(command: list[str], env: dict[str, str] | None = None) -> tuple[Measured, float]:
    """Run `command` to its end: its wall and CPU time, and its own peak RSS in MiB (from wait4, so other
    children of this process do not count). Raises CalledProcessError when it fails."""
    began = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - began
    error = child.stderr.read() if child.stderr else b""
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, command, stderr=error)
    return Measured(seconds, usage.ru_utime + usage.ru_stime), usage.ru_maxrss / 1024


def start_floor() -> tuple[Measured, float]:
    """A Python process that imports sqlite3 and exits, and its peak RSS."""
    return run_child([sys.executable, "-c", "import sqlite3"])
