"""Speed of adjudication over a corpus: compare two annotator layers and accept what both agree on.

Run: `.venv/bin/python benchmarks/adjudication.py [--documents N] [--spans K]`. Each document has K span
positions tagged by two annotators (rows written directly, not through the services, so the set-up is not
what is timed), who give another label to ~10% of them each. Prints the milliseconds of comparing one
document, the seconds of `accept_agreed_everywhere` (one transaction, one undo step) and of its undo.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import insert, select

from curator.core import services
from curator.core.adjudication import disagreements
from curator.core.project.setup import open_project
from curator.core.services import adjudication, changes, review
from curator.core.storage.models import Annotator, Label, Span

TEXT = "Bişkek Moskova Ankara Astana " * 40


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--spans", type=int, default=15)
    args = parser.parse_args()
    path = Path(tempfile.mkdtemp()) / "adjudication.curator"
    project = open_project(path, annotator="reviewer")
    review.set_role(project, "reviewer")
    rng = random.Random(11)
    with project.write() as session:
        new = [
            services.NewDocument(text=f"{i} {TEXT}", title=str(i), language="tr")
            for i in range(args.documents)
        ]
        services.add_documents(session, new, annotator_id=None, source="benchmark")
        labels = dict(session.execute(select(Label.name, Label.id)).all())
        layers = []
        for name in ("ana", "bek"):
            annotator = Annotator(name=name)
            session.add(annotator)
            session.flush()
            layers.append(annotator.id)
        rows = [
            {"document_id": document_id, "start": 10 + 10 * k, "end": 16 + 10 * k, "annotator_id": layer,
             "label_id": labels["GPE" if rng.random() > 0.1 else "LOC"], "status": "accepted", "source": "b"}
            for document_id in range(1, args.documents + 1) for k in range(args.spans) for layer in layers
        ]  # fmt: skip
        session.execute(insert(Span), rows)
    started = time.perf_counter()
    comparison = disagreements(project, 1)
    compared = (time.perf_counter() - started) * 1000
    started = time.perf_counter()
    result = adjudication.accept_agreed_everywhere(project)
    accepted = time.perf_counter() - started
    started = time.perf_counter()
    changes.revert(project, result.change)
    undone = time.perf_counter() - started
    print(f"{args.documents} documents × 2 layers, {len(rows)} spans")
    print(f"compare one document: {compared:.1f} ms ({len(comparison.disagreements)} disagreements)")
    print(f"accept agreed everywhere: {accepted:.2f} s ({result.spans} gold spans), undo {undone:.2f} s")
    project.close()


if __name__ == "__main__":
    main()
