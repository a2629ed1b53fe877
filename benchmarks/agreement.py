"""Agreement over 2,000 documents × 3 annotators (~60k spans), against a raw-SQLite read of the spans.

Run: `.venv/bin/python benchmarks/agreement.py [--documents N]`. Every annotator copies a hidden true
annotation of each document and, independently, drops a span (MISS), moves its end one character
back (SHIFT) or changes its label to one of the other two (RELABEL). So a pair's F1 is known in
advance: exact, (K² + SHIFT² + RELABEL²/2) / (1 - MISS) with K = 1 - MISS - SHIFT - RELABEL (both kept
it, or both made the same change); overlap, ((1 - MISS - RELABEL)² + RELABEL²/2) / (1 - MISS). The
benchmark prints both next to what `compute_agreement` finds. The floor
is the cheapest possible read of the same rows (sqlite3, no ORM, no tokenizing): the ratio says what
tokenizing and scoring cost on top of touching the data at all.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import sentence

OUT = Path(__file__).resolve().parent / "out"
ANNOTATORS = ("ayla", "bek", "cem")
MISS, SHIFT, RELABEL = 0.05, 0.05, 0.03
LABELS = ("PER", "ORG", "GPE")


def build(path: Path, documents: int, seed: int = 11) -> int:
    """The project at `path`: `documents` of 3 or 4 sentences and each annotator's layer; the span count."""
    from curator.core import services
    from curator.core.project.setup import open_project

    rng = random.Random(seed)
    for stale in path.parent.glob(path.name + "*"):
        stale.unlink()
    truth: list[list[dict]] = []
    texts: list[str] = []
    for _ in range(documents):
        text, spans = "", []
        for _ in range(rng.choice((3, 4))):
            piece, piece_spans = sentence(rng)
            spans += [
                {**s, "start": s["start"] + len(text), "end": s["end"] + len(text)} for s in piece_spans
            ]
            text += piece + " "
        texts.append(text.rstrip())
        truth.append(spans)
    with open_project(path, annotator=ANNOTATORS[0]) as project, project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(t, title=f"doc {n}", language="tr") for n, t in enumerate(texts)],
            annotator_id=project.annotator_id,
            source="bench",
        )
    for name in ANNOTATORS[1:]:
        open_project(path, annotator=name).close()
    connection = sqlite3.connect(path)
    annotator_ids = dict(connection.execute("SELECT name, id FROM annotators"))
    label_ids = dict(connection.execute("SELECT name, id FROM labels"))
    rows = []
    for document_id, spans in enumerate(truth, 1):
        for name in ANNOTATORS:
            for span in spans:
                draw = rng.random()
                start, end, label = span["start"], span["end"], span["label"]
                if draw < MISS:
                    continue
                if draw < MISS + SHIFT:
                    end -= 1
                elif draw < MISS + SHIFT + RELABEL:
                    label = rng.choice([other for other in LABELS if other != label])
                rows.append((document_id, start, end, label_ids[label], annotator_ids[name]))
    now = "2026-01-01 00:00:00"
    connection.executemany(
        'INSERT INTO spans (document_id, start, "end", label_id, annotator_id, status, source, created_at, '
        "updated_at, note) VALUES (?, ?, ?, ?, ?, 'accepted', 'bench', ?, ?, '')",
        [(*row, now, now) for row in rows],
    )
    connection.commit()
    connection.close()
    return len(rows)


def floor_seconds(path: Path) -> float:
    started = time.perf_counter()
    connection = sqlite3.connect(path)
    connection.execute(
        'SELECT s.document_id, s.annotator_id, s.start, s."end", l.name FROM spans s '
        "JOIN labels l ON l.id = s.label_id WHERE l.kind = 'entity' AND s.status = 'accepted'"
    ).fetchall()
    connection.close()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=2_000)
    args = parser.parse_args()
    from curator.core.agreement import compute_agreement
    from curator.core.project.setup import open_project

    OUT.mkdir(exist_ok=True)
    path = OUT / "agreement.curator"
    spans = build(path, args.documents)
    floor = min(floor_seconds(path) for _ in range(3))
    stages: list[float] = []
    with open_project(path, annotator=ANNOTATORS[0]) as project:
        started = time.perf_counter()
        report = compute_agreement(
            project, list(ANNOTATORS), progress=lambda done, total: stages.append(done)
        )
        seconds = time.perf_counter() - started
    kept = 1 - MISS - SHIFT - RELABEL
    result = {
        "documents": args.documents,
        "spans": spans,
        "agreement_s": round(seconds, 3),
        "floor_raw_sqlite_s": round(floor, 4),
        "ratio_to_floor": round(seconds / floor, 1),
        "expected_f1_exact": round((kept**2 + SHIFT**2 + RELABEL**2 / 2) / (1 - MISS), 4),
        "expected_f1_overlap": round(((1 - MISS - RELABEL) ** 2 + RELABEL**2 / 2) / (1 - MISS), 4),
        "f1_exact": [round(p.spans.f1_exact or 0.0, 4) for p in report.pairs],
        "f1_overlap": [round(p.spans.f1_overlap or 0.0, 4) for p in report.pairs],
        "kappa": [round(p.kappa or 0.0, 4) for p in report.pairs],
        "fleiss_kappa": round(report.fleiss_kappa or 0.0, 4),
        "alpha": round(report.alpha or 0.0, 4),
        "alpha_unitizing": round(report.alpha_unitizing or 0.0, 4),
        "tokens": report.tokens,
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
