"""Speed of the rule suggester (gazetteer, dates, numbers, triggers) in words per second.

Run: `.venv/bin/python benchmarks/rule_suggestions.py [--documents N]`. Two corpora of N documents each
go through `rule_suggester(project).suggest(...)`, one process, as the suggestions service calls it:
- "seeds": the five seed documents (Turkish, ASCII-typed Turkish, Kyrgyz; 200 to 1,100 words each)
  repeated, so the real mix of names, suffixes, dates and boilerplate is measured;
- "generated": news-like paragraphs of 5 to 25 sentences built from the benchmark sentence generator
  (names with Turkish and Kyrgyz suffixes, meetings, visits) with dates and numbers mixed in;
- "big": one 1 MB document of such sentences, to show that nothing grows faster than the text.
Words are whitespace-separated tokens. Prints the build time of the suggester (one read of the project),
then words/s (wall clock, and per CPU second, which a busy shared machine disturbs less), documents/s
and proposals per source for each corpus.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import big_document, sentence

from curator.core.project.resources import SAMPLE_DOCS_DIR
from curator.core.project.setup import open_project
from curator.core.suggest import SuggestInput
from curator.core.suggest.rules import RuleSuggester, rule_suggester
from curator.core.text.language import guess_language

EXTRAS = [
    "Toplantı 27 Kasım'da yapılacak.",
    "Kyrgyz Republic requested 150 million dollars on 5 January 2022.",
    "Бүгүн, 19-майда жыйын болду.",
    "Делегация прибыла в Москву 11 января 2022 года.",
    "Yardım paketi 700'den fazla kişiye ulaştı.",
]


def seed_corpus(count: int) -> list[SuggestInput]:
    seeds = [path.read_text(encoding="utf-8") for path in sorted(SAMPLE_DOCS_DIR.glob("*.txt"))]
    return [
        SuggestInput(
            number, seeds[number % len(seeds)], guess_language(seeds[number % len(seeds)]), "2021-05-19"
        )
        for number in range(count)
    ]


def generated_corpus(count: int, seed: int = 5) -> list[SuggestInput]:
    rng = random.Random(seed)
    documents = []
    for number in range(count):
        parts = [sentence(rng)[0] for _ in range(rng.randint(5, 25))]
        parts.insert(rng.randrange(len(parts)), rng.choice(EXTRAS))
        text = " ".join(parts)
        documents.append(SuggestInput(number, text, guess_language(text), "2025-11-24"))
    return documents


def measure(suggester: RuleSuggester, documents: list[SuggestInput]) -> dict[str, object]:
    words = sum(len(document.text.split()) for document in documents)
    sources: Counter[str] = Counter()
    started, cpu_started = time.perf_counter(), time.process_time()
    for _document_id, proposals in suggester.suggest(documents):
        sources.update(proposal.source for proposal in proposals)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    return {
        "documents": len(documents),
        "words": words,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu_seconds, 2),
        "words_per_s": round(words / seconds),
        "words_per_cpu_s": round(words / cpu_seconds),
        "documents_per_s": round(len(documents) / seconds, 1),
        "proposals": dict(sorted(sources.items())),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=3000, help="documents per corpus (default 3000)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        with open_project(Path(folder) / "bench.curator", annotator="bench") as project:
            started = time.perf_counter()
            suggester = rule_suggester(project)
            built = time.perf_counter() - started
    print(f"suggester built in {built * 1000:.0f} ms ({suggester.gazetteer.alias_count} aliases)")
    corpora = {
        "seeds": seed_corpus(args.documents),
        "generated": generated_corpus(args.documents),
        "big": [SuggestInput(0, big_document()[0], "tr", "2025-11-24")],
    }
    for name, documents in corpora.items():
        result = measure(suggester, documents)
        print(
            f"{name:10} {result['documents']} documents, {result['words']} words in {result['seconds']} s "
            f"({result['cpu_seconds']} s CPU): {result['words_per_s']} words/s "
            f"({result['words_per_cpu_s']} per CPU second), {result['documents_per_s']} documents/s; "
            f"{result['proposals']}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
