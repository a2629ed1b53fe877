"""Clean-record exports: events (JSONL, CSV), canonical entities (JSONL, CSV) and PLOVER-style JSONL.

Each writes one file (`--out` is a file), atomically, from documents streamed a batch at a time, and
reports how many records it wrote and every event it skipped or wrote with a gap, with the reason.
Event records come from annotated and approved documents unless the export names a status or "any"
(`curator.core.records.stream.RECORD_STATUSES`); the report counts the documents left out.
Options: the export's document status filter ("only approved documents"), `csv_bom` (a UTF-8 byte order
mark, so spreadsheet programs that guess the encoding read UTF-8) and `merge_duplicates` (one record for
the same real-world event reported by several documents; see `curator.core.records.merge`). Events a
consolidation grouped (`curator events consolidate`) are one record per group with every report in
`sources`, unless `each_mention`; `merge_duplicates` then joins only the events no group holds.

CSV follows RFC 4180 as spreadsheets expect: a header row, CRLF line ends, fields quoted when they hold
a comma, quote or line break.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Hashable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

from curator.core.domain import CuratorError
from curator.core.exporters.atomic import StagedFiles
from curator.core.exporters.base import ExportRun, named_exporter
from curator.core.queries import ExportDocument, iter_export_documents
from curator.core.records import plover
from curator.core.records.consolidate import event_id_of
from curator.core.records.consolidate_read import Membership, group_record, memberships
from curator.core.records.entities import CanonicalEntityRecord, iter_entity_records
from curator.core.records.issues import RecordIssue
from curator.core.records.loading import event_types_in_use
from curator.core.records.merge import merge, merge_key
from curator.core.records.model import CleanEvent, RecordContext
from curator.core.records.stream import RECORD_STATUSES, iter_document_records
from curator.core.records.tabular import (
    ENTITY_COLUMNS,
    EVENT_COLUMNS,
    LAYOUTS,
    entity_row,
    event_row,
    lean_columns,
    lean_row,
)

# JSON allows these raw in strings, but readers that split lines with str.splitlines() would cut a record.
_LINE_SEPARATORS = {"\u2028": "\\u2028", "\u2029": "\\u2029", "\x85": "\\u0085"}
_ENCODER = json.JSONEncoder(ensure_ascii=False)


def _json_line(data: dict[str, Any]) -> str:
    line = _ENCODER.encode(data)
    for separator, escaped in _LINE_SEPARATORS.items():
        if separator in line:
            line = line.replace(separator, escaped)
    return line + "\n"


def _merge_groups(
    run: ExportRun, context: RecordContext, grouped: Mapping[int, Membership]
) -> dict[str, tuple[Hashable, int]]:
    """First pass of a merging export: each record id that shares its event, with the key and group size.

    Only keys are kept (not records), so the pass costs a read of the corpus but little memory.
    """
    members: dict[Hashable, list[str]] = {}
    choice = run.options.layer_choice
    documents = iter_export_documents(run.project, status=run.options.status, layer=choice)
    for document, built in iter_document_records(run.project, documents, context):
        run.check_cancelled()
        if not _taken(run, document):
            continue
        for record in built.records:
            key = merge_key(record)
            if key is not None and event_id_of(record) not in grouped:  # a corpus event already joins it
                # The same layers as the second pass; with `--layer all` each layer's records merge apart.
                members.setdefault((record.layer, key) if choice.kind == "all" else key, []).append(record.id)
    return {rid: (key, len(ids)) for key, ids in members.items() if len(ids) > 1 for rid in ids}


def _memberships(run: ExportRun) -> dict[int, Membership]:
    """The corpus-event groups this export writes as one record each (none with `each_mention`)."""
    return {} if run.options.each_mention else memberships(run.project)


def event_records(run: ExportRun, grouped: dict[int, Membership] | None = None) -> Iterator[CleanEvent]:
    """The export's event records in document order, merged when asked; skips and gaps go to the report."""
    context = RecordContext.of(run.project)
    report = run.report
    grouped = _memberships(run) if grouped is None else grouped
    groups = _merge_groups(run, context, grouped) if run.options.merge_duplicates else {}
    waiting: dict[Hashable, list[CleanEvent]] = {}
    corpus_events: dict[int, list[CleanEvent]] = {}
    not_taken = 0
    for document, built in iter_document_records(run.project, run.documents(), context):
        if not _taken(run, document):
            not_taken += 1
            if built.records or built.skipped:  # only documents that have events are worth a mention
                report.status_left_out[document.status] += 1
            continue
        report.skipped.extend(built.skipped)
        report.record_warnings.extend(built.warnings)
        for record in built.records:
            membership = grouped.get(event_id_of(record))
            if membership is not None:
                arrived = corpus_events.setdefault(membership.group_id, [])
                arrived.append(record)
                if len(arrived) == membership.size:
                    yield _corpus_event(run, corpus_events.pop(membership.group_id), membership)
                continue
            group = groups.get(record.id)
            if group is None:
                yield record
                continue
            key, size = group
            reports = waiting.setdefault(key, [])
            reports.append(record)
            if len(reports) == size:
                report.records_merged += size - 1
                yield merge(waiting.pop(key))
    # Documents changed between the passes can leave a group short: write what arrived, unmerged or not.
    for reports in waiting.values():
        report.records_merged += len(reports) - 1
        yield merge(reports)
    report.documents -= not_taken  # read, but none of their records is written
    # A group some of whose mentions this export leaves out (status, layer) is written with those it has.
    for reports in corpus_events.values():
        yield _corpus_event(run, reports, grouped[event_id_of(reports[0])])


def _corpus_event(run: ExportRun, reports: list[CleanEvent], membership: Membership) -> CleanEvent:
    run.report.event_groups += 1
    run.report.event_groups_unconfirmed += not membership.confirmed
    return group_record(reports, membership)


def _taken(run: ExportRun, document: ExportDocument) -> bool:
    """Whether a document's events become records: with no `--status`, annotated and approved ones only."""
    everything = run.options.status is not None or run.options.any_status
    return everything or document.status in RECORD_STATUSES


def _start(run: ExportRun, kind: str) -> None:
    run.report.record_kind = kind
    run.report.records_written = 0


def _write_file(run: ExportRun, fill: Callable[[IO[str]], None], *, csv_file: bool = False) -> None:
    """Write the output under a temporary name with `fill` and rename it into place."""
    encoding = "utf-8-sig" if csv_file and run.options.csv_bom else "utf-8"
    with StagedFiles() as staged:
        temporary: Path = staged.add(run.out)
        with temporary.open("w", encoding=encoding, newline="" if csv_file else "\n") as handle:
            fill(handle)
        staged.commit()
    run.report.outputs.append(run.out)


def write_events_jsonl(run: ExportRun) -> None:
    _start(run, "event")

    def fill(handle: IO[str]) -> None:
        for record in event_records(run):
            handle.write(_json_line(record.to_json()))
            run.report.records_written = (run.report.records_written or 0) + 1

    _write_file(run, fill)


def write_events_csv(run: ExportRun) -> None:
    _start(run, "event")
    layout = run.options.layout
    if layout not in LAYOUTS:
        raise CuratorError(f"unknown CSV layout {layout!r}; one of {', '.join(LAYOUTS)}")
    grouped = _memberships(run)  # read once: the lean columns depend on it, then the records
    if layout == "full":
        columns, row = EVENT_COLUMNS, event_row
    else:
        with run.project.read() as session:
            types = event_types_in_use(session)
        layers = run.options.layer_choice.kind == "all"
        columns = lean_columns(
            types, merged=run.options.merge_duplicates, layers=layers, grouped=bool(grouped)
        )

        def row(record: CleanEvent) -> list[str]:
            return lean_row(record, columns)

    def fill(handle: IO[str]) -> None:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(columns)
        for record in event_records(run, grouped):
            writer.writerow(row(record))
            run.report.records_written = (run.report.records_written or 0) + 1

    _write_file(run, fill, csv_file=True)


def write_plover_jsonl(run: ExportRun) -> None:
    _start(run, "PLOVER event")

    def fill(handle: IO[str]) -> None:
        for record in event_records(run):
            reason = plover.skip_reason(record)
            if reason is not None:
                run.report.skipped.append(RecordIssue(record.doc_id, f"event {record.id}", reason))
                continue
            handle.write(_json_line(plover.plover_event(record)))
            run.report.records_written = (run.report.records_written or 0) + 1

    _write_file(run, fill)


def _entity_records(run: ExportRun) -> Iterator[CanonicalEntityRecord]:
    """Entities are read by themselves, not per document: the documents are those mentions are counted in."""
    run.report.documents = run.total
    return iter_entity_records(run.project, status=run.options.status, check_cancelled=run.check_cancelled)


def write_entities_jsonl(run: ExportRun) -> None:
    _start(run, "entity")

    def fill(handle: IO[str]) -> None:
        for record in _entity_records(run):
            handle.write(_json_line(record.to_json()))
            run.report.records_written = (run.report.records_written or 0) + 1

    _write_file(run, fill)


def write_entities_csv(run: ExportRun) -> None:
    _start(run, "entity")

    def fill(handle: IO[str]) -> None:
        writer = csv.writer(handle, lineterminator="\r\n")
        writer.writerow(ENTITY_COLUMNS)
        for record in _entity_records(run):
            writer.writerow(entity_row(record))
            run.report.records_written = (run.report.records_written or 0) + 1

    _write_file(run, fill, csv_file=True)


EVENTS_JSONL = named_exporter("events-jsonl", write_events_jsonl)
EVENTS_CSV = named_exporter("events-csv", write_events_csv)
ENTITIES_JSONL = named_exporter("entities-jsonl", write_entities_jsonl)
ENTITIES_CSV = named_exporter("entities-csv", write_entities_csv)
PLOVER_JSONL = named_exporter("plover-jsonl", write_plover_jsonl)
EXPORTERS = (EVENTS_JSONL, EVENTS_CSV, ENTITIES_JSONL, ENTITIES_CSV, PLOVER_JSONL)
