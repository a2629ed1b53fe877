"""Child process of the split/merge tests: one annotator's work on one project file, through the services.

    python annotate_child.py PROJECT ANNOTATOR STEPS_JSON

STEPS_JSON is a list of steps, each naming its document by title and its text by the words tagged:
    ["span", TITLE, WORDS, LABEL]
    ["delete", TITLE, WORDS, LABEL]            (the annotator's own span there)
    ["event", TITLE, TRIGGER_WORDS, TYPE, [[ROLE, WORDS, LABEL], ...]]
    ["label", NAME]                            (a label this file's schema gains)
The same steps run on a file split off a project and on the project itself give the same annotations,
which is what the tests compare after merging the split files back.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from sqlalchemy import text

from curator.core import services
from curator.core.project.setup import open_project
from curator.core.services.events import add_argument, create_event
from curator.core.services.schema_edits import add_label
from curator.core.storage import Project


def _document(project: Project, title: str) -> tuple[int, str]:
    with project.read() as session:
        row = session.execute(text("SELECT id, text FROM documents WHERE title = :t"), {"t": title}).one()
    return int(row[0]), str(row[1])


def _span(project: Project, document: int, start: int, end: int, label: str) -> int:
    with project.read() as session:
        found = session.execute(
            text(
                "SELECT s.id FROM spans s JOIN labels l ON l.id = s.label_id WHERE s.document_id = :d"
                ' AND s.start = :s AND s."end" = :e AND l.name = :l AND s.annotator_id = :a'
            ),
            {"d": document, "s": start, "e": end, "l": label, "a": project.annotator_id},
        ).scalar()
    if found is not None:
        return int(found)
    return services.add_span(project, document, start, end, label).span.id


def run(project: Project, steps: list[list]) -> None:
    for step in steps:
        kind = step[0]
        if kind == "label":
            add_label(project, step[1])
            continue
        document, body = _document(project, step[1])
        start = body.index(step[2])
        end = start + len(step[2])
        if kind == "span":
            _span(project, document, start, end, step[3])
        elif kind == "delete":
            services.delete_spans(project, [_span(project, document, start, end, step[3])])
        elif kind == "event":
            event = create_event(project, document, step[3], trigger=(start, end)).event
            for role, words, label in step[4]:
                at = body.index(words)
                add_argument(
                    project, event.id, role, span_id=_span(project, document, at, at + len(words), label)
                )


def main() -> None:
    path, annotator, steps = Path(sys.argv[1]), sys.argv[2], json.loads(sys.argv[3])
    project = open_project(path, create=False, annotator=annotator)
    try:
        run(project, steps)
    finally:
        project.close()


if __name__ == "__main__":
    main()
