"""Event records for a stream of documents, reading the events of a batch of documents at a time.

The documents come from the caller (an export's `run.documents()`, which reports progress and stops when
cancelled), so the corpus is never in memory; only one batch of documents' events is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

from curator.core.queries import ExportDocument
from curator.core.records.loading import load_events
from curator.core.records.model import DocumentRecords, RecordContext, build_records
from curator.core.storage import Project

BATCH_SIZE = 200


def iter_document_records(
    project: Project,
    documents: Iterable[ExportDocument],
    context: RecordContext,
    *,
    batch_size: int = BATCH_SIZE,
) -> Iterator[tuple[ExportDocument, DocumentRecords]]:
    """Each document with its records, in the order of `documents`."""
    iterator = iter(documents)
    while batch := list(islice(iterator, batch_size)):
        with project.read() as session:
            events = load_events(session, [document.id for document in batch])
        for document in batch:
            yield document, build_records(document, events[document.id], context)
