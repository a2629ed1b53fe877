"""Event records for a stream of documents, reading the events of a batch of documents at a time.

The documents come from the caller (an export's `run.documents()`, which reports progress and stops when
cancelled), so the corpus is never in memory; only one batch of documents' events is.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from itertools import islice

from curator.core.domain import DocumentStatus
from curator.core.queries import ExportDocument
from curator.core.records.loading import StoredEvent, load_events
from curator.core.records.model import DocumentRecords, RecordContext, build_records
from curator.core.storage import Project

BATCH_SIZE = 200
# Event records describe finished work: a document still in progress or returned to its annotator may
# hold half-tagged or wrong events. An export takes the others only when asked (`--status any`).
RECORD_STATUSES = frozenset({DocumentStatus.ANNOTATED.value, DocumentStatus.APPROVED.value})
ANY_STATUS = "any"


def iter_document_records(
    project: Project,
    documents: Iterable[ExportDocument],
    context: RecordContext,
    *,
    batch_size: int = BATCH_SIZE,
) -> Iterator[tuple[ExportDocument, DocumentRecords]]:
    """Each document with its records, in the order of `documents`; a document's events are those of
    the layer it comes from (`ExportDocument.layer_id`), so two annotators' events never mix."""
    iterator = iter(documents)
    while batch := list(islice(iterator, batch_size)):
        with project.read() as session:
            events = load_events(session, [document.id for document in batch])
        for document in batch:
            # Only the events of the layer the document is exported from (gold where it has one).
            layer = [event for event in events[document.id] if event.layer_id == document.layer_id]
            shifted = _in_shortened_text(document, layer)
            yield document, build_records(document, shifted, context)


def _in_shortened_text(document: ExportDocument, events: list[StoredEvent]) -> list[StoredEvent]:
    """Events with trigger and argument offsets into the exported text (boilerplate cut out of it)."""
    if not document.cut:
        return events
    shifted = []
    for event in events:
        trigger = document.offsets(event.trigger_start, event.trigger_end)
        if trigger is None:
            continue
        arguments = []
        for argument in event.arguments:
            if argument.start is not None and argument.end is not None:
                landed = document.offsets(argument.start, argument.end)
                if landed is None:
                    continue
                argument = dataclasses.replace(argument, start=landed[0], end=landed[1])
            arguments.append(argument)
        shifted.append(
            dataclasses.replace(
                event, trigger_start=trigger[0], trigger_end=trigger[1], arguments=tuple(arguments)
            )
        )
    return shifted
