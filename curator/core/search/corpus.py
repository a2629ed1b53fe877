"""A query over the whole project: keyword-in-context hits with the tags already on them.

The index narrows a plain query to the documents that may contain it; a regular expression (which the
index cannot read) scans every document the filters leave. Documents are read in id order, a chunk at a
time, until `limit` hits are found, so a frequent word answers as fast as a rare one.

The tags shown on a hit are the spans of the searching annotator's layer that overlap it: the ones the
user can delete or relabel from the hit list (`services.search_tags`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlmodel import Session, col

from curator.core.search.index import SearchIndex
from curator.core.search.matching import compile_pattern, find_matches
from curator.core.search.query import NO_LABEL, CorpusQuery
from curator.core.storage.database import Project
from curator.core.storage.models import Document, Label, Span
from curator.core.text.language_codes import language_code

CONTEXT = 40
_CHUNK = 200


@dataclass(frozen=True, slots=True)
class Tag:
    span_id: int
    label: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Hit:
    document_id: int
    title: str
    start: int
    end: int
    left: str
    match: str
    right: str
    tags: tuple[Tag, ...]

    @property
    def labels(self) -> str:
        """The tags as the hit list shows them: "ORG, GPE" (each label once)."""
        return ", ".join(dict.fromkeys(tag.label for tag in self.tags))


@dataclass(frozen=True, slots=True)
class SearchResult:
    hits: tuple[Hit, ...]
    documents_read: int
    truncated: bool  # `limit` hits were found before the last document


_FLAT = str.maketrans("\n\r\t\v\f\u2028\u2029", "       ")


def _flat(text: str) -> str:
    """Context shown on one table row: line breaks and tabs become spaces."""
    return text.translate(_FLAT) if not text.isprintable() else text


def _id_pages(session: Session, query: CorpusQuery, index: SearchIndex | None) -> Iterator[Sequence[int]]:
    """The ids of the documents to read, ascending, a page at a time: the index's candidates, or all."""
    last = 0
    if index is not None and not query.pattern.regex:
        # No usable cache folder (read-only, full disk) is no error: the documents are read instead,
        # from where the index stopped.
        try:
            index.sync()
            found = index.candidates(compile_pattern(query.pattern).folded_query, _CHUNK)
            if found is not None:
                for page in found:
                    yield page
                    last = page[-1]
                return
        except (sqlite3.Error, OSError):
            pass
    while True:
        statement = select(col(Document.id)).where(col(Document.id) > last).order_by(col(Document.id))
        ids = list(session.execute(statement.limit(_CHUNK)).scalars())
        if ids:
            yield ids
        if len(ids) < _CHUNK:
            return
        last = ids[-1]


def _chunks(
    session: Session, pages: Iterator[Sequence[int]], query: CorpusQuery
) -> Iterator[list[tuple[int, str, str, str]]]:
    """(id, title, language, text) of the documents the filters keep, a page at a time."""
    for ids in pages:
        statement = select(col(Document.id), col(Document.title), col(Document.language), col(Document.text))
        statement = statement.where(col(Document.id).in_(list(ids)))
        if query.statuses:
            statement = statement.where(col(Document.status).in_(query.statuses))
        rows = session.execute(statement.order_by(col(Document.id))).all()
        yield [
            (id_, title, language, text)
            for id_, title, language, text in rows
            if not query.languages or language_code(language) in query.languages
        ]


def _tags(session: Session, annotator_id: int, document_ids: Sequence[int]) -> dict[int, list[tuple]]:
    """The annotator's spans of these documents as (span id, label, start, end), one statement for a
    chunk of documents (a `Tag` is made only for the few that overlap a hit)."""
    found: dict[int, list[tuple]] = {id_: [] for id_ in document_ids}
    if not document_ids:
        return found
    rows = session.execute(
        select(col(Span.document_id), col(Span.id), col(Label.name), col(Span.start), col(Span.end))
        .join(Label, col(Label.id) == col(Span.label_id))
        .where(col(Span.document_id).in_(list(document_ids)), col(Span.annotator_id) == annotator_id)
        .order_by(col(Span.document_id), col(Span.start), col(Span.id))
    )
    for document_id, *tag in rows:
        found[document_id].append(tuple(tag))
    return found


def _keeps(tags: tuple[Tag, ...], labels: Sequence[str]) -> bool:
    if not labels:
        return True
    names = {tag.label for tag in tags}
    return any(label in names if label != NO_LABEL else not names for label in labels)


def search_corpus(
    project: Project, query: CorpusQuery, *, limit: int = 500, context: int = CONTEXT,
    index: SearchIndex | None = None,
) -> SearchResult:  # fmt: skip
    """The first `limit` hits in document order. `index` (kept open by a caller that searches again)
    narrows plain queries; without one every document the filters keep is read."""
    compiled = compile_pattern(query.pattern)
    hits: list[Hit] = []
    read = 0
    with project.read() as session:
        for chunk in _chunks(session, _id_pages(session, query, index), query):
            read += len(chunk)
            matched = [(row, found) for row in chunk if (found := find_matches(row[3], row[2], compiled))]
            tags = _tags(session, project.annotator_id, [row[0] for row, _ in matched])
            for (document_id, title, _language, text), found in matched:
                for start, end in found:
                    on_hit = tuple(Tag(*tag) for tag in tags[document_id] if tag[2] < end and tag[3] > start)
                    if not _keeps(on_hit, query.labels):
                        continue
                    if len(hits) == limit:
                        return SearchResult(tuple(hits), read, True)
                    hits.append(
                        Hit(
                            document_id, title, start, end, _flat(text[max(0, start - context) : start]),
                            _flat(text[start:end]), _flat(text[end : end + context]), on_hit,
                        )
                    )  # fmt: skip
    return SearchResult(tuple(hits), read, False)
