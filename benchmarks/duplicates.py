"""Speed and quality of the duplicate search on 10,000 short documents, ~5% of them near-duplicates.

Run: `.venv/bin/python benchmarks/duplicates.py [--documents N]`. The corpus is synthetic news-like
text (Zipf-distributed words with stock phrases every story uses, so unrelated stories share some
5-grams); each near-duplicate is an earlier document with a new header line, a ticker, a few words
changed or a sentence dropped. Prints the seconds of `find_duplicate_groups` and the pair-level
precision and recall against the planted copies.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import select

from curator.core import services
from curator.core.project.setup import open_project
from curator.core.storage.models import Document
from curator.core.text.duplicates import find_duplicate_groups, is_duplicate_pair, shingles

SYLLABLES = ["ka", "ır", "gız", "biş", "kek", "ta", "şı", "an", "ül", "ke", "ba", "kan", "lık", "öz", "dev"]
STOCK = [
    "Dışişleri Bakanı yaptığı açıklamada",
    "toplantının ardından ortak bir bildiri kabul edildi",
    "konuyla ilgili olarak",
    "basın toplantısında soruları yanıtladı",
]
HEADERS = ["AKİPRESS | Son dakika", "24.kg haber ajansı", "Kabar — Haberler", "TASS / Dünya"]


def vocabulary(rng: random.Random, size: int = 5000) -> list[str]:
    words = {"".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 4))) for _ in range(size * 2)}
    return sorted(words)[:size]


def story(rng: random.Random, words: list[str], weights: list[float]) -> str:
    sentences = []
    for _ in range(rng.randint(4, 6)):
        chosen = rng.choices(words, weights, k=rng.randint(8, 14))
        if rng.random() < 0.4:
            chosen.insert(rng.randrange(len(chosen)), rng.choice(STOCK))
        sentences.append(" ".join(chosen).capitalize() + ".")
    return " ".join(sentences)


def near_copy(rng: random.Random, text: str, words: list[str]) -> str:
    edit = rng.choice(["header", "ticker", "words", "drop"])
    if edit == "header":
        return f"{rng.choice(HEADERS)}\n{text}"
    if edit == "ticker":
        return f"{text}\nDolar {rng.uniform(80, 90):.2f} som · Euro {rng.uniform(90, 99):.2f} som"
    if edit == "words":
        tokens = text.split(" ")
        for _ in range(max(1, len(tokens) // 40)):
            tokens[rng.randrange(len(tokens))] = rng.choice(words)
        return " ".join(tokens)
    sentences = text.split(". ")
    del sentences[rng.randrange(1, len(sentences) - 1)]  # stories have four sentences or more
    return ". ".join(sentences)


def build(path: Path, count: int, seed: int = 5) -> list[set[int]]:
    """Write the corpus; returns the planted clusters of document ids."""
    rng = random.Random(seed)
    words = vocabulary(rng)
    weights = [1 / (rank + 1) for rank in range(len(words))]
    texts: list[str] = []
    cluster_of: dict[int, int] = {}
    while len(texts) < count:
        if len(texts) > 20 and rng.random() < 0.05:
            source = rng.randrange(len(texts))
            copy = near_copy(rng, texts[source], words)
            texts.append(copy if copy != texts[source] else f"{rng.choice(HEADERS)}\n{copy}")
            cluster_of[len(texts) - 1] = cluster_of.get(source, source)
        else:
            texts.append(story(rng, words, weights))
    clusters: dict[int, set[int]] = {}
    for copy, origin in cluster_of.items():
        clusters.setdefault(origin, {origin}).add(copy)
    with open_project(path) as project:
        with project.write() as session:
            for start in range(0, count, 1000):
                documents = [
                    services.NewDocument(t, title=f"doc {start + i + 1}")
                    for i, t in enumerate(texts[start : start + 1000])
                ]
                services.add_documents(session, documents, annotator_id=project.annotator_id, source="bench")
        with project.read() as session:
            # Ids by title: a text that happens to repeat is skipped at import and would shift positions.
            ids = dict(session.execute(select(Document.title, Document.id)).all())
    # A copy identical to an earlier copy was skipped at import (same content hash): it is not planted.
    titles = ([f"doc {index + 1}" for index in cluster] for cluster in clusters.values())
    found = [{ids[title] for title in cluster if title in ids} for cluster in titles]
    return [cluster for cluster in found if len(cluster) > 1]


def pairs(clusters: list[set[int]]) -> set[tuple[int, int]]:
    return {pair for cluster in clusters for pair in combinations(sorted(cluster), 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=10_000)
    parser.add_argument("--threshold", type=float, default=0.8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "duplicates.curator"
        planted = build(path, args.documents)
        with open_project(path) as project:
            started = time.perf_counter()
            groups = find_duplicate_groups(project, threshold=args.threshold)
            seconds = time.perf_counter() - started
            with project.read() as session:
                texts = dict(session.execute(select(Document.id, Document.text)).all())
    truth = pairs(planted)
    found = pairs([set(group.document_ids) for group in groups])
    hits = len(truth & found)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(truth) if truth else 1.0
    copies = sum(len(cluster) - 1 for cluster in planted)
    print(f"documents: {args.documents}, planted near-duplicates: {copies} in {len(planted)} groups")
    print(f"find_duplicate_groups: {seconds:.2f} s, {len(groups)} groups")
    print(
        f"pairs: precision {precision:.3f}, recall {recall:.3f} ({hits} of {len(truth)} planted pairs found)"
    )
    # Planted pairs whose true similarity passes the threshold: missing one of these is a loss of the LSH.
    passing = {
        (a, b) for a, b in truth if is_duplicate_pair(shingles(texts[a]), shingles(texts[b]), args.threshold)
    }
    lsh_recall = len(passing & found) / len(passing) if passing else 1.0
    print(f"recall of the {len(passing)} planted pairs above the threshold: {lsh_recall:.3f}")


if __name__ == "__main__":
    main()
