"""What agreement reads: each layer's entity spans and events, per document, in a few plain queries.

Read-only (`project.read()`), straight SQL over the tables so ~60k spans load in a fraction of a
second; only accepted spans count (a suggestion nobody took is nobody's annotation). A layer is an
annotator id; the gold layer is compared only when asked for by name.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import text

from curator.core.domain import GOLD_LAYER, AnnotatorRole, AssignmentStatus, CuratorError, SpanStatus
from curator.core.storage.database import Project


@dataclass(frozen=True, slots=True)
class LayerSpan:
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class LayerArgument:
    role: str
    start: int
    end: int
    label: str


@dataclass(frozen=True, slots=True)
class LayerEvent:
    type: str
    start: int
    end: int
    arguments: tuple[LayerArgument, ...]


@dataclass(slots=True)
class DocumentLayers:
    """One document's text and, per compared layer present on it, its spans and events."""

    id: int
    title: str
    language: str
    text: str
    spans: dict[int, list[LayerSpan]] = field(default_factory=dict)
    events: dict[int, list[LayerEvent]] = field(default_factory=dict)
    # Layers marked annotated here by their assignment: on the document even with nothing tagged.
    finished: set[int] = field(default_factory=set)

    @property
    def layers(self) -> list[int]:
        return sorted(set(self.spans) | set(self.events) | self.finished)


@dataclass(frozen=True, slots=True)
class Corpus:
    """The compared layers (id → name) and every document at least one of them annotated."""

    annotators: dict[int, str]
    documents: list[DocumentLayers]


def annotator_names(project: Project) -> set[str]:
    with project.read() as session:
        return {str(name) for (name,) in session.execute(text("SELECT name FROM annotators"))}


def resolve_annotators(project: Project, names: Sequence[str] | None) -> dict[int, str]:
    """The layers to compare: `names` in that order, else every annotator's layer but gold's."""
    with project.read() as session:
        rows = session.execute(text("SELECT id, name, role FROM annotators ORDER BY id")).all()
    by_name = {str(name): int(id_) for id_, name, _ in rows}
    if names:
        unknown = [name for name in names if name not in by_name]
        if unknown:
            raise CuratorError(f"no annotator named {', '.join(map(repr, unknown))} in this project")
        return {by_name[name]: name for name in names}
    return {
        int(id_): str(name) for id_, name, role in rows if role != AnnotatorRole.GOLD and name != GOLD_LAYER
    }


def read_corpus(
    project: Project,
    annotators: dict[int, str],
    *,
    document_ids: Sequence[int] | None = None,
    label: str | None = None,
) -> Corpus:
    """Spans and events of `annotators`' layers on the documents they annotated (all, or `document_ids`).

    With `label`, only spans of that label are kept, but a layer with other spans on a document is on
    it still: where one annotator tagged a GPE and the other only an ORG, the GPE was missed.
    """
    ids = sorted(annotators)
    if not ids:
        return Corpus(annotators, [])
    layer_list = ",".join(str(i) for i in ids)
    where_documents = ""
    if document_ids is not None:
        where_documents = f" AND s.document_id IN ({','.join(str(int(d)) for d in document_ids) or 'NULL'})"
    parameters: dict[str, object] = {"accepted": str(SpanStatus.ACCEPTED)}
    documents: dict[int, DocumentLayers] = {}
    with project.read() as session:
        span_rows = session.execute(
            text(
                'SELECT s.document_id, s.annotator_id, s.start, s."end", l.name FROM spans s '
                "JOIN labels l ON l.id = s.label_id "
                f"WHERE l.kind = 'entity' AND s.status = :accepted AND s.annotator_id IN ({layer_list})"
                f'{where_documents} ORDER BY s.document_id, s.start, s."end"'
            ),
            parameters,
        ).all()
        where_events = where_documents.replace("s.document_id", "e.document_id")
        event_rows = session.execute(
            text(
                'SELECT e.id, s.document_id, e.annotator_id, s.start, s."end", l.name FROM events e '
                "JOIN spans s ON s.id = e.trigger_span_id JOIN labels l ON l.id = s.label_id "
                f"WHERE e.annotator_id IN ({layer_list}){where_events} ORDER BY s.document_id, s.start"
            ),
            {},
        ).all()
        argument_rows = session.execute(
            text(
                'SELECT a.event_id, a.role, COALESCE(fs.start, ts.start), COALESCE(fs."end", ts."end"), '
                "COALESCE(fl.name, tl.name) FROM event_arguments a JOIN events e ON e.id = a.event_id "
                "LEFT JOIN spans fs ON fs.id = a.span_id LEFT JOIN labels fl ON fl.id = fs.label_id "
                "LEFT JOIN events ae ON ae.id = a.argument_event_id "
                "LEFT JOIN spans ts ON ts.id = ae.trigger_span_id LEFT JOIN labels tl ON tl.id = ts.label_id "
                f"WHERE e.annotator_id IN ({layer_list}) ORDER BY a.event_id, a.position"
            ),
            {},
        ).all()
        where_assigned = where_documents.replace("s.document_id", "a.document_id")
        finished_rows = session.execute(
            text(
                "SELECT a.document_id, a.annotator_id FROM assignments a "
                f"WHERE a.status = :annotated AND a.annotator_id IN ({layer_list}){where_assigned}"
            ),
            {"annotated": str(AssignmentStatus.ANNOTATED)},
        ).all()
        touched = sorted(
            {int(row[0]) for row in span_rows}
            | {int(row[1]) for row in event_rows}
            | {int(row[0]) for row in finished_rows}
        )
        for start in range(0, len(touched), 500):
            chunk = ",".join(str(d) for d in touched[start : start + 500])
            for id_, title, language, body in session.execute(
                text(f"SELECT id, title, language, text FROM documents WHERE id IN ({chunk})")
            ):
                documents[int(id_)] = DocumentLayers(int(id_), str(title), str(language), str(body))
    for document_id, annotator_id, start, end, name in span_rows:
        document = documents[document_id]
        if label is None or name == label:
            document.spans.setdefault(annotator_id, []).append(LayerSpan(start, end, name))
        else:  # on the document all the same: they saw it and tagged no `label` there
            document.finished.add(annotator_id)
    for document_id, annotator_id in finished_rows:
        documents[document_id].finished.add(annotator_id)
    arguments: dict[int, list[LayerArgument]] = defaultdict(list)
    for event_id, role, start, end, name in argument_rows:
        if start is not None:
            arguments[event_id].append(LayerArgument(str(role), int(start), int(end), str(name)))
    for event_id, document_id, annotator_id, start, end, name in event_rows:
        event = LayerEvent(str(name), int(start), int(end), tuple(arguments.get(event_id, ())))
        documents[document_id].events.setdefault(annotator_id, []).append(event)
    return Corpus(annotators, [documents[d] for d in sorted(documents)])
