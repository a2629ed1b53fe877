"""Speed and accuracy of boilerplate detection on generated news pages, and what it costs downstream.

Run: `.venv/bin/python benchmarks/boilerplate.py [--documents N]`. Each page is a seed article's
paragraphs, shuffled and renumbered, wrapped in noise the seeds show (tickers, a section tag, a repeated
title, an "other photos" list, a comment box, a site tagline every page carries); a fifth of the pages
are hard-wrapped like PDF text. Prints detection pages/s, the seconds of a corpus-wide detection run, of
accepting every proposal in the corpus and of a JSONL export, and the share of planted noise lines
proposed (recall) and of article lines left alone.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from curator.core import services
from curator.core.boilerplate import LINE_JOIN, corpus_proposals, detect
from curator.core.boilerplate.corpus import count_lines
from curator.core.exporters import export_project
from curator.core.project.resources import SAMPLE_DOCS_DIR
from curator.core.project.setup import open_project
from curator.core.services.exclusions import MIN_DOCUMENTS, decide_kind, propose

TAGLINE = "Kabar агенттигинин материалдарын колдонууда шилтеме милдеттүү"
NOISE = [
    ["• 86.5", "  • 90.34", "  • 0.85"],
    ["USD 87.45 EUR 94.10 RUB 1.05"],
    ["Саясат 0"],
    ["Главная > Политика > Кыргызстан"],
    ["Пикир", "", "Оставить комментарий"],
    ["Yorumlar (3)", "Paylaş"],
]


def paragraphs() -> list[str]:
    found = []
    for path in sorted(SAMPLE_DOCS_DIR.glob("*.txt")):
        for block in path.read_text(encoding="utf-8").split("\n\n"):
            text = " ".join(block.split())
            if len(text) > 120 and text.endswith("."):
                found.append(text)
    return found


def page(rng: random.Random, pool: list[str], number: int) -> tuple[str, set[str], set[str]]:
    """A page, its planted noise lines and its article lines (stripped). The title's first occurrence is
    neither; its repetitions (again as a title, as photo captions) are counted by the detector only."""
    title = f"Жаңылык {number}: " + rng.choice(pool)[:80].rstrip(" .") + f" ({number})"
    body = [f"({number}.{i}) {paragraph}" for i, paragraph in enumerate(rng.sample(pool, 5))]  # no two alike
    wrapped = rng.random() < 0.2
    if wrapped:
        body = ["\n".join(textwrap.wrap(p, 95)) for p in body]
    head = rng.choice(NOISE)
    tail = rng.choice(NOISE[2:])
    captions = [title] * rng.randint(2, 6)
    lines = [*head, "", title, "", title, "", *[p + "\n" for p in body], "HABERE İLİŞKİN DİĞER FOTOĞRAFLAR",
             *captions, "", *tail, "", TAGLINE]  # fmt: skip
    noise = {
        line.strip() for line in [*head, *tail, "HABERE İLİŞKİN DİĞER FOTOĞRAFLAR", TAGLINE] if line.strip()
    }
    article = {line.strip() for paragraph in body for line in paragraph.split("\n")}
    return "\n".join(lines) + "\n", noise, article


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--documents", type=int, default=3000)
    args = parser.parse_args()
    rng = random.Random(7)
    pool = paragraphs()
    pages = [page(rng, pool, n) for n in range(args.documents)]
    characters = sum(len(text) for text, _, _ in pages)

    began = time.perf_counter()
    proposals = [detect(text) for text, _, _ in pages]
    seconds = time.perf_counter() - began
    counted = count_lines(text for text, _, _ in pages)
    planted = found = article = article_kept = 0
    for (text, noise, body), in_page in zip(pages, proposals, strict=True):
        found_regions = [*in_page, *corpus_proposals(text, counted, MIN_DOCUMENTS)]
        covered = {
            line.strip()
            for p in found_regions
            if p.kind != LINE_JOIN
            for line in text[p.start : p.end].split("\n")
            if line.strip()
        }
        planted += len(noise)
        found += len(noise & covered)
        article += len(body)
        article_kept += sum(line not in covered for line in body)

    with tempfile.TemporaryDirectory() as folder:
        project = open_project(Path(folder) / "bench.curator", annotator="bench")
        with project.write() as session:
            services.add_documents(
                session,
                [
                    services.NewDocument(text=text, title=f"p{n}", language="ky")
                    for n, (text, _, _) in enumerate(pages)
                ],
                annotator_id=None,
                source="bench",
            )
        began = time.perf_counter()
        proposed = propose(project)
        corpus_seconds = time.perf_counter() - began
        began = time.perf_counter()
        decision = decide_kind(project, None, "accepted")
        accept_seconds = time.perf_counter() - began
        began = time.perf_counter()
        # The pages carry no annotations: keep them, to time the export of every cut text.
        report = export_project(project, "jsonl", Path(folder) / "out.jsonl", include_untouched=True)
        export_seconds = time.perf_counter() - began
        project.close()
    results = {
        "documents": args.documents,
        "detect_pages_per_s": round(args.documents / seconds),
        "detect_mb_per_s": round(characters / seconds / 1e6, 2),
        "corpus_detection_seconds": round(corpus_seconds, 2),
        "regions_proposed": len(proposed.region_ids),
        "accept_all_in_corpus_seconds": round(accept_seconds, 2),
        "line_joins_applied": len(decision.edits),
        "export_jsonl_seconds": round(export_seconds, 2),
        "export_excluded_characters": report.excluded_characters,
        "noise_line_recall": round(found / planted, 4),
        "article_lines_kept": round(article_kept / article, 4),
    }
    print(json.dumps(results, indent=2))


if __name__ == "__main__":
    main()
