"""Speed of linking mentions to canonical entities: one hand tag (with its link) and the corpus action.

Run: `.venv/bin/python benchmarks/linking.py [--entities N] [--documents D]`. A project seeded with the
default knowledge base gets N more canonical entities (three aliases each) and D documents of ten
sentences; then
- "tag": 30 label-key tags of a person's name through `suggestions.tag`, as the window makes them: each
  reads the knowledge base's persons (N + the default ones), so this is the latency a key press has
  (median and worst, in ms; the first folds every alias, later ones find the folds remembered);
- "corpus": `span_links.link_corpus` over every imported mention (ten per document, a mix of names of one
  entity, of two, and of none), dry run and real run, in mentions per second.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from curator.core import services
from curator.core.project.setup import open_project
from curator.core.services import suggestions
from curator.core.services.entities import insert_entity
from curator.core.services.span_links import link_corpus
from curator.core.storage import Project

SENTENCE = "Bakan {name}'in Bişkek'te Caparov ile görüştüğü toplantı ({n}) yapıldı. "


def build(path: Path, entities: int, documents: int) -> tuple[Project, list[int]]:
    project = open_project(path, annotator="bench")
    with project.write() as session:
        for number in range(entities):
            insert_entity(
                session,
                f"Kişi {number}",
                "PER",
                aliases=[f"Kisi{number}", f"K{number} Bey", f"Киши {number}"],
            )
        texts = [
            "".join(
                SENTENCE.format(name=f"Kisi{(d * 10 + s) % max(entities, 1)}", n=f"{d}.{s}")
                for s in range(10)
            )
            for d in range(documents)
        ]
        spans = []
        for text in texts:
            found: list[services.NewSpan] = []
            start = 0
            for _ in range(10):
                at = text.index("Kisi", start)
                end = text.index("'", at)
                found.append(services.NewSpan(at, end, "PER"))
                start = end
            spans.append(found)
        services.add_documents(
            session,
            [services.NewDocument(text=t, title=f"d{i}", language="tr", spans=s) for i, (t, s) in
             enumerate(zip(texts, spans, strict=True))],
            annotator_id=project.annotator_id, source="bench",
        )  # fmt: skip
    from curator.core.queries import list_documents

    return project, [document.id for document in list_documents(project)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entities", type=int, default=5000)
    parser.add_argument("--documents", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        project, ids = build(Path(folder) / "bench.curator", args.entities, args.documents)
        built = time.perf_counter() - started
        print(f"built: {args.entities} extra entities, {args.documents} documents in {built:.1f} s")

        from curator.core.queries import get_document

        timings = []
        for document_id in ids[:30]:
            text = get_document(project, document_id).text
            at = text.index("Caparov")
            started = time.perf_counter()
            decided = suggestions.tag(project, document_id, at, at + 7, "PER")
            timings.append((time.perf_counter() - started) * 1000)
            assert decided.link.linked is not None
        print(f"tag: median {statistics.median(timings):.1f} ms, worst {max(timings):.1f} ms per hand tag")

        for dry in (True, False):
            started = time.perf_counter()
            result = link_corpus(project, dry_run=dry)
            seconds = time.perf_counter() - started
            mentions = result.linked + result.ambiguous + result.no_match + result.read_only
            print(
                f"corpus{' (dry run)' if dry else ''}: {mentions} mentions in {seconds:.2f} s "
                f"({mentions / seconds:,.0f}/s): {result.linked} linked, {result.ambiguous} ambiguous, "
                f"{result.no_match} no match"
            )
        project.close()


if __name__ == "__main__":
    main()
