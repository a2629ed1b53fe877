"""Corpus search latency on 100,000 synthetic multilingual documents, against a raw FTS5 query floor.

Run: `.venv/bin/python benchmarks/search.py [--documents N] [--repeat R]`. Each document is two to five
sentences of `synthetic.sentence` (Turkish, Kyrgyz and Russian names of people, organisations and
places, tagged) around a rare word of its own, stored as Turkish, Kyrgyz or Russian. The first search
builds the index in the user's cache folder (its time is printed apart); every later query pays the
index's check that the project has not changed, then `search_corpus` as the window and the CLI run it.
Each query runs cold (the folded texts the matcher keeps are dropped first) at each `--limits` hit limit.
The floors are the same phrase through `SELECT rowid … MATCH` on the same FTS5 file in the same run:
every candidate id, and the first `limit` of them. Target: p95 < 300 ms for each query. Results go to
benchmarks/out/search.json.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import sentence

from curator.core import services
from curator.core.project.setup import open_project
from curator.core.search import matching
from curator.core.search.corpus import search_corpus
from curator.core.search.index import SearchIndex, fts_query
from curator.core.search.matching import folded_query
from curator.core.search.query import parse_query
from curator.core.storage import Project

OUT = Path(__file__).resolve().parent / "out"
TARGET_MS = 300
LANGUAGES = ("tr", "ky", "ru")
QUERIES = (
    ("rare word", "zerbeli7777", False),
    ("name, frequent", "Caparov", False),
    ("folded, ASCII-typed", "Cavusoglu", False),
    ("Cyrillic, whole word", "Бишкек", True),
    ("two words, lang filter", "Ruslan Kazakbayev lang:ky", False),
    ("prefix", "Taşk", False),
    ("untagged only", "heyeti label:none", False),
)


def build(path: Path, count: int, seed: int = 13) -> None:
    rng = random.Random(seed)
    with open_project(path) as project, project.write() as session:
        for first in range(0, count, 2000):
            documents = []
            for number in range(first, min(first + 2000, count)):
                text, spans = "", []
                for _ in range(rng.randint(2, 5)):
                    piece, piece_spans = sentence(rng)
                    spans += [
                        services.NewSpan(len(text) + s["start"], len(text) + s["end"], s["label"])
                        for s in piece_spans
                    ]
                    text += piece + " "
                text += f"Kaynak: zerbeli{number} ajansı."
                documents.append(
                    services.NewDocument(
                        text, title=f"doc {number}", language=rng.choice(LANGUAGES), spans=spans
                    )
                )
            services.add_documents(session, documents, annotator_id=project.annotator_id, source="bench")


def percentiles(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {
        "p50_ms": round(statistics.median(ordered), 2),
        "p95_ms": round(ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))], 2),
    }


def _time_query(
    project: Project,
    index: SearchIndex,
    raw: sqlite3.Connection,
    text: str,
    whole_word: bool,
    limit: int,
    repeat: int,
) -> dict[str, object]:
    """`search_corpus` cold (documents folded anew) against the FTS5 phrase alone: every candidate id,
    and the first `limit` of them."""
    query = parse_query(text, whole_word=whole_word)
    phrase = fts_query(folded_query(query.pattern.text))
    timings, floor_all, floor_page = [], [], []
    hits = 0
    for _ in range(repeat):
        matching.forget_folded()
        started = time.perf_counter()
        hits = len(search_corpus(project, query, limit=limit, index=index).hits)
        timings.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        raw.execute("SELECT rowid FROM folded WHERE folded MATCH ? ORDER BY rowid", (phrase,)).fetchall()
        floor_all.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        raw.execute(
            "SELECT rowid FROM folded WHERE folded MATCH ? ORDER BY rowid LIMIT ?", (phrase, limit)
        ).fetchall()
        floor_page.append((time.perf_counter() - started) * 1000)
    measured = percentiles(timings)
    return {
        "query": text, "whole_word": whole_word, "limit": limit, "hits": hits, **measured,
        "fts_floor_all_ids": percentiles(floor_all), "fts_floor_first_page": percentiles(floor_page),
        "ok": measured["p95_ms"] < TARGET_MS,
    }  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--limits", type=lambda v: [int(n) for n in v.split(",")], default=[1000, 500, 200])
    args = parser.parse_args()
    results: dict[str, object] = {"documents": args.documents, "target_ms": TARGET_MS}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "search.curator"
        started = time.perf_counter()
        build(path, args.documents)
        results["build_project_s"] = round(time.perf_counter() - started, 1)
        with open_project(path) as project:
            index = SearchIndex(project, Path(folder) / "index.sqlite")
            started = time.perf_counter()
            index.sync()
            results["build_index_s"] = round(time.perf_counter() - started, 1)
            started = time.perf_counter()
            index.sync()
            results["unchanged_check_ms"] = round((time.perf_counter() - started) * 1000, 2)
            raw = index._connect()
            queries = {}
            for limit in args.limits:
                for name, text, whole_word in QUERIES:
                    queries[f"{name}, limit {limit}"] = _time_query(
                        project, index, raw, text, whole_word, limit, args.repeat
                    )
            results["queries"] = queries
            index.close()
    OUT.mkdir(exist_ok=True)
    (OUT / "search.json").write_text(
        json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    print(json.dumps(results, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
