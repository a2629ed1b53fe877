"""Child process of tests/core/test_kill.py: a stream of edits and imports, each acknowledged once saved.

    python kill_child.py PROJECT DOCUMENT_ID ROUND

Tags one character after another of the document with the round's label (`services.add_span`), and every
10th edit imports a small generated document (`services.add_documents` inside `project.write()`). A line
is printed and flushed only after the call returned, i.e. after the commit: that line is the promise
"saved" that the parent checks after killing this process with SIGKILL at a random moment.

    span ID START END LABEL
    doc CONTENT_HASH
"""

from __future__ import annotations

import sys
from pathlib import Path

from curator.core import services
from curator.core.project.setup import open_project
from curator.core.services import NewDocument
from curator.core.storage.models import Document

LABELS = ["PER", "ORG", "GPE", "LOC", "FAC", "TITLE", "DATE", "MISC"]


def main() -> None:
    path, document_id, round_ = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    label = LABELS[round_ % len(LABELS)]
    project = open_project(path, create=False, annotator=f"kill-round-{round_}")
    with project.read() as session:
        length = len(session.get(Document, document_id).text)
    print("ready", flush=True)
    for edit in range(length):
        added = services.add_span(project, document_id, edit, edit + 1, label)
        print(f"span {added.span.id} {added.span.start} {added.span.end} {label}", flush=True)
        if edit % 10 == 9:
            text = f"Round {round_}, import {edit // 10}: Bişkek'te görüşme / Бишкекте жолугушуу."
            with project.write() as session:
                services.add_documents(
                    session,
                    [NewDocument(text=text, title=f"r{round_}-{edit}", language="tr")],
                    annotator_id=project.annotator_id,
                    source="kill-test",
                )
            print(f"doc {services.content_hash(text)}", flush=True)
    print("exhausted", flush=True)


if __name__ == "__main__":
    main()
