"""Merge of two 10,000-document projects (half of the documents shared), against the floor of raw SQLite.

Run: `.venv/bin/python benchmarks/project_merge.py [--documents N] [--spans K]`. Project A holds
documents 0..N-1 with alice's layer, project B documents N/2..3N/2-1 with bob's layer (K spans each), so
the merge adds N/2 documents and bob's layer on all N documents of B. Prints the seconds of
`merge_project` (its backup timed apart), of a second merge of the same file (nothing to do), and of the
floor: `ATTACH` + `INSERT … SELECT` of the same documents and spans, mapped by content hash, label name and
annotator name, on a fresh copy of A. The ratio is merge / floor.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import sys
import tempfile
import time
from contextlib import closing
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from curator.core import services
from curator.core.project.setup import open_project
from curator.core.services.project_merge import merge_project
from curator.core.storage import backups

WORDS = ["Bişkek", "Astana", "Bakü", "Taşkent", "Ankara", "toplantı", "bakan", "görüştü", "zirve", "ziyaret"]
LABELS = ["PER", "ORG", "GPE", "LOC"]

FLOOR = """
INSERT INTO annotators (name, role, created_at)
    SELECT name, role, created_at FROM o.annotators WHERE name NOT IN (SELECT name FROM main.annotators);
INSERT INTO documents (title, title_key, text, language, source, pub_date, content_hash, status, meta,
                       created_at, version, span_count)
    SELECT title, title_key, text, language, source, pub_date, content_hash, status, meta, created_at,
           version, span_count
    FROM o.documents WHERE content_hash NOT IN (SELECT content_hash FROM main.documents);
INSERT INTO spans (document_id, start, "end", label_id, annotator_id, status, source, created_at, updated_at,
                   note)
    SELECT md.id, s.start, s."end", ml.id, ma.id, s.status, s.source, s.created_at, s.updated_at, s.note
    FROM o.spans s
    JOIN o.documents od ON od.id = s.document_id JOIN main.documents md ON md.content_hash = od.content_hash
    JOIN o.labels ol ON ol.id = s.label_id JOIN main.labels ml ON ml.name = ol.name
    JOIN o.annotators oa ON oa.id = s.annotator_id JOIN main.annotators ma ON ma.name = oa.name;
"""


def text_of(number: int) -> str:
    rng = random.Random(number)
    return f"Haber {number}: " + " ".join(rng.choice(WORDS) for _ in range(40)) + "."


def build(path: Path, numbers: range, annotator: str, spans: int) -> None:
    project = open_project(path, annotator=annotator)
    documents = []
    for number in numbers:
        body = text_of(number)
        found, at = [], 0
        for word in body.split()[2 : 2 + spans]:
            start = body.index(word, at)
            found.append(services.NewSpan(start, start + len(word), LABELS[len(found) % len(LABELS)]))
            at = start + len(word)
        documents.append(services.NewDocument(text=body, title=f"Haber {number}", language="tr", spans=found))
    with project.write() as session:
        services.add_documents(session, documents, annotator_id=project.annotator_id, source="bench")
    project.close()


def count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as db:
        return int(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--spans", type=int, default=3)
    args = parser.parse_args()
    n = args.documents
    with tempfile.TemporaryDirectory(prefix="curator-merge-bench-") as folder:
        a, b, floor = Path(folder) / "a.curator", Path(folder) / "b.curator", Path(folder) / "floor.curator"
        started = time.perf_counter()
        build(a, range(n), "alice", args.spans)
        build(b, range(n // 2, n // 2 + n), "bob", args.spans)
        print(f"generated two projects of {n} documents in {time.perf_counter() - started:.1f} s")
        with open_project(a, annotator="alice") as project:
            project.backup(floor)
            started = time.perf_counter()
            backups.write_backup(project)
            backup_seconds = time.perf_counter() - started
            started = time.perf_counter()
            report = merge_project(project, b)
            merge_seconds = time.perf_counter() - started
            started = time.perf_counter()
            again = merge_project(project, b)
            again_seconds = time.perf_counter() - started
        with closing(sqlite3.connect(floor, isolation_level=None)) as db:
            db.execute("PRAGMA foreign_keys=ON")
            started = time.perf_counter()
            db.execute("ATTACH ? AS o", (str(b),))
            db.execute("BEGIN IMMEDIATE")
            for statement in FLOOR.split(";"):
                if statement.strip():
                    db.execute(statement)
            db.execute("COMMIT")
            floor_seconds = time.perf_counter() - started
        with closing(sqlite3.connect(a)) as db:
            record = db.execute(
                "SELECT sum(length(value)) FROM project_info WHERE key LIKE 'lineage:%'"
            ).fetchone()
        print(f"the merge record (project_info lineage:<uid>): {record[0] / 1e6:.2f} MB")
        same = (count(a, "documents"), count(a, "spans")) == (
            count(floor, "documents"),
            count(floor, "spans"),
        )
        print(
            f"merge_project: {merge_seconds:.2f} s (its backup alone {backup_seconds:.2f} s): "
            f"{report.documents_added} documents and {report.rows.get('spans', 0)} spans added"
        )
        print(f"second merge of the same file: {again_seconds:.2f} s, {again.changes} changes")
        print(f"floor (ATTACH + INSERT … SELECT): {floor_seconds:.2f} s; same rows: {same}")
        print(
            f"ratio merge / floor: {merge_seconds / floor_seconds:.1f}×"
            f" (without the backup: {(merge_seconds - backup_seconds) / floor_seconds:.1f}×)"
        )


if __name__ == "__main__":
    main()
