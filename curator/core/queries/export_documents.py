"""The export stream: every document with the spans of the layer chosen for it, a batch at a time.

Apart from the other reads because every exporter, the training corpus and the event records read it,
and it alone knows how accepted boilerplate is cut out of the text they are given.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import groupby
from operator import itemgetter

from curator.core.boilerplate.cut import TextCut
from curator.core.layers import DEFAULT_CHOICE, LayerChoice, Layers
from curator.core.storage.database import Project
from curator.core.storage.driver import PlainSQL, plain_sql
from curator.core.storage.models import Document, ExclusionRegion, Label, Span


@dataclass(slots=True)
class ExportDocument:
    """A document with its spans as the exporters need them: texts and label names only.

    Not frozen, though nothing changes one: a frozen dataclass sets each of the 15 fields through
    `object.__setattr__`, 4 µs a document, a third of reading it."""

    id: int
    title: str
    text: str
    language: str
    status: str
    source: str
    pub_date: str | None
    meta: dict
    spans: list[tuple[int, int, str]]
    # Accepted boilerplate exclusions, already cut out of `text`; `cut` maps stored offsets into it.
    cut: TextCut = TextCut()
    spans_excluded: int = 0  # spans lying in excluded text, left out
    # The layer `spans` come from (None: no annotations); with `--layer all` one copy per layer.
    layer: str | None = None
    layer_id: int | None = None
    one_of_layers: bool = False

    def offsets(self, start: int, end: int) -> tuple[int, int] | None:
        """Stored offsets as offsets into `text`; None for a stretch that lies in excluded text."""
        return self.cut.span(start, end) if self.cut else (start, end)


# Plain SQL on the driver's connection: an export reads every document, and SQLAlchemy's rows made that
# three times slower (0.3 s against 0.1 s for 10,000 short documents). Spans come in the order of the
# unique index (document, annotator, start, end, label id): each layer's spans in the order the ORM query
# got them, the layers one after the other, and no sort (the index on (document, start) needed one).
_EXPORT_DOCUMENTS = (
    f"SELECT {{columns}} FROM {Document.__tablename__}"
    " WHERE id > ?{status}{worked_on} ORDER BY id LIMIT ?"
)
_DOCUMENT_COLUMNS = "id, title, text, language, status, source, pub_date, meta"
# The SQL form of `_worked_on`, for the export's plain SQL.
_WORKED_ON = (
    f" AND (status != 'new' OR EXISTS (SELECT 1 FROM {Span.__tablename__} AS w"
    f" WHERE w.document_id = {Document.__tablename__}.id AND w.status = 'accepted'))"
)
_EXPORT_SPANS = (
    f'SELECT s.start, s."end", l.name, s.document_id, s.annotator_id FROM {Span.__tablename__} AS s'
    f" JOIN {Label.__tablename__} AS l ON l.id = s.label_id"
    " WHERE s.document_id BETWEEN ? AND ? AND s.status = 'accepted' AND l.kind = 'entity'"
    ' ORDER BY s.document_id, s.annotator_id, s.start, s."end", s.label_id'
)
# A span row's (start, end, label), and its layer: (document, annotator).
_SPAN = itemgetter(0, 1, 2)
_LAYER = itemgetter(3, 4)


# What most documents have, taken without a parse or a merge each (10,000 of them cost 0.03 s).
_NO_CUT = TextCut()
_NO_META = "{}"

# A team server's read transaction for a whole export: one snapshot for every batch (`_export_snapshot`).
_SERVER_SNAPSHOT = {"isolation_level": "REPEATABLE READ"}

_EXPORT_EXCLUSIONS = (
    f'SELECT document_id, start, "end" FROM {ExclusionRegion.__tablename__}'
    " WHERE document_id BETWEEN ? AND ? AND status = 'accepted' AND kind != 'line_join'"
)


def iter_export_documents(
    project: Project,
    *,
    batch_size: int = 500,
    status: str | None = None,
    worked_on_only: bool = False,
    layer: LayerChoice = DEFAULT_CHOICE,
    left_out: Callable[[int, str, str], object] | None = None,
) -> Iterator[ExportDocument]:
    """Stream documents with their spans in id order, a batch at a time, never the whole corpus, every
    batch in the one read transaction of `_export_snapshot`.

    `worked_on_only` leaves out documents nobody touched (`DocumentFilter.worked_on`), for training data.
    Only the spans of the `layer` chosen per document are given (`curator.core.layers`); a document the
    choice leaves out (two layers, no gold) goes to `left_out(id, title, reason)`, never mixed or lost.

    Accepted boilerplate exclusions are cut out of each text here, for every export format at once;
    the spans are given in the shortened text and `ExportDocument.offsets` maps any other stored offset.
    """
    documents_sql = _documents_sql(_DOCUMENT_COLUMNS, status, worked_on_only)
    last_id = 0
    layers = Layers.of_project(project, layer)  # an unknown annotator's name fails here
    with _export_snapshot(project) as driver:
        while True:
            parameters = (last_id, batch_size) if status is None else (last_id, status, batch_size)
            documents = list(driver.execute(documents_sql, parameters))
            if not documents:
                return
            yield from _batch_documents(driver, layers, documents, left_out)
            last_id = documents[-1][0]


def _batch_documents(
    driver: PlainSQL,
    layers: Layers,
    documents: list[tuple],
    left_out: Callable[[int, str, str], object] | None,
) -> Iterator[ExportDocument]:
    """One batch of document rows with their chosen layers' spans and their exclusions cut out."""
    plan = layers.plan(driver, [row[0] for row in documents])
    # Only the chosen layers' spans, by (document, annotator): a document's layers kept apart.
    spans: dict[tuple[int, int | None], list[tuple[int, int, str]]] = {}
    rows = driver.execute(_EXPORT_SPANS, (documents[0][0], documents[-1][0]))
    for (document_id, annotator_id), layer_rows in groupby(rows, _LAYER):
        # Not chosen: another layer, or a document another status excludes.
        if annotator_id in plan.read.get(document_id, ()):
            spans[document_id, annotator_id] = list(map(_SPAN, layer_rows))
    excluded: dict[int, list[tuple[int, int]]] = {}
    for document_id, start, end in driver.execute(_EXPORT_EXCLUSIONS, (documents[0][0], documents[-1][0])):
        excluded.setdefault(document_id, []).append((start, end))
    left_out_here, read = plan.left_out, plan.read
    chosen_layers = {annotator_id for chosen in read.values() for annotator_id in chosen}
    names = {annotator_id: layers.name(annotator_id) for annotator_id in chosen_layers}
    for document_id, title, text, language, status_, source, pub_date, meta in documents:
        if document_id in left_out_here:
            if left_out is not None:
                left_out(document_id, title, left_out_here[document_id])
            continue
        chosen = read[document_id]
        cut = TextCut.of(excluded[document_id]) if document_id in excluded else _NO_CUT
        cutting = cut is not _NO_CUT and bool(cut)
        shown = cut.apply(text) if cutting else text
        several = len(chosen) > 1
        for annotator_id in chosen or (None,):
            stored = spans.get((document_id, annotator_id), [])
            kept = stored
            if cutting:
                mapped = [(cut.span(start, end), label) for start, end, label in stored]
                kept = [(*offsets, label) for offsets, label in mapped if offsets is not None]
            yield ExportDocument(
                document_id, title, shown, language, status_, source, pub_date,
                {} if meta is None or meta == _NO_META else dict(json.loads(meta) or {}), kept, cut,
                len(stored) - len(kept), names[annotator_id] if chosen else None, annotator_id, several,
            )  # fmt: skip


@contextmanager
def _export_snapshot(project: Project) -> Iterator[PlainSQL]:
    """One read transaction for a whole export stream, on the driver's connection.

    Every batch then sees the project as it was when the export began: an edit saved mid-export (another
    window, process or team member) is in the next export or in none of this one, never in half of it,
    and the stream takes one connection instead of one per batch. A team server needs REPEATABLE READ
    for that (its default, READ COMMITTED, gives each statement a new snapshot); SQLite's read
    transaction is one snapshot already.
    """
    with project.read() as session:
        options = _SERVER_SNAPSHOT if project.is_server else None
        yield plain_sql(session.connection(execution_options=options))


def iter_export_languages(
    project: Project,
    *,
    batch_size: int = 5_000,
    status: str | None = None,
    worked_on_only: bool = False,
    layer: LayerChoice = DEFAULT_CHOICE,
) -> Iterator[tuple[int, str]]:
    """(id, language) of each document `iter_export_documents` gives with these options, once each
    (whatever its layer copies), in id order: what a train/dev split is planned from, without reading
    texts, spans and exclusions (that read cost a spaCy export of 10,000 tasks a tenth of its time)."""
    documents_sql = _documents_sql("id, language", status, worked_on_only)
    last_id = 0
    layers = Layers.of_project(project, layer)
    with _export_snapshot(project) as driver:
        while True:
            parameters = (last_id, batch_size) if status is None else (last_id, status, batch_size)
            documents = list(driver.execute(documents_sql, parameters))
            if not documents:
                return
            left_out = layers.plan(driver, [row[0] for row in documents]).left_out
            for document_id, language in documents:
                if document_id not in left_out:
                    yield document_id, language
            last_id = documents[-1][0]


def _documents_sql(columns: str, status: str | None, worked_on_only: bool) -> str:
    return _EXPORT_DOCUMENTS.format(
        columns=columns,
        status="" if status is None else " AND status = ?",
        worked_on=_WORKED_ON if worked_on_only else "",
    )
