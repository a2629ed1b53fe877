"""Export a project's documents and spans in training and exchange formats.

`EXPORT_FORMATS` is the registry (name → `Exporter`); a new format is one module with an `EXPORTER` added
here. Each exporter declares its file suffix and the options it reads; `declared_options` is what the
export dialog and `curator export --help` are built from. `export_project` checks the target, streams
the documents, writes atomically and returns the report.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from curator.core.collector import long_lived_objects_frozen
from curator.core.domain import CuratorError, DocumentStatus, ProjectDamagedError
from curator.core.exporters import brat, conll, docbin, doccano, jsonl, records
from curator.core.exporters.atomic import check_directory_target, check_file_target
from curator.core.exporters.base import (
    CancelCheck,
    Exporter,
    ExportOption,
    ExportOptions,
    ExportRun,
    ProgressCallback,
)
from curator.core.exporters.manifest import write_manifest
from curator.core.exporters.report import ExportCancelled, ExportReport, LeftOutSpan, SpanOnlyInGroup
from curator.core.layers import DEFAULT_LAYER, LayerChoice, Layers
from curator.core.records.stream import ANY_STATUS
from curator.core.storage import Project
from curator.core.storage.own_files import OwnFiles
from curator.core.storage.server import ServerProject

EXPORT_FORMATS: dict[str, Exporter] = {
    exporter.name: exporter
    for exporter in (
        jsonl.EXPORTER,
        docbin.EXPORTER,
        conll.EXPORTER,
        brat.EXPORTER,
        doccano.EXPORTER,
        *records.EXPORTERS,
    )
}

__all__ = [
    "EXPORT_FORMATS",
    "ExportOption",
    "ExportCancelled",
    "ExportReport",
    "Exporter",
    "LeftOutSpan",
    "SpanOnlyInGroup",
    "declared_options",
    "export_project",
]


def declared_options() -> list[tuple[ExportOption, tuple[str, ...]]]:
    """Each option some format reads, once, with the names of the formats reading it: the options of
    fewer formats first (they belong with their format), the shared ones last, else in registry order."""
    options: dict[str, ExportOption] = {}
    readers: dict[str, list[str]] = {}
    for exporter in EXPORT_FORMATS.values():
        for option in exporter.options:
            options.setdefault(option.name, option)
            readers.setdefault(option.name, []).append(exporter.name)
    declared = [(option, tuple(readers[name])) for name, option in options.items()]
    return sorted(declared, key=lambda item: len(item[1]))


def export_project(
    project: Project,
    fmt: str,
    out: Path,
    *,
    dev_fraction: float = 0.2,
    test_fraction: float = 0.0,
    split_by_document: bool = False,
    seed: int = 0,
    status: str | None = None,
    conll_scheme: str = "IOB2",
    csv_bom: bool = False,
    merge_duplicates: bool = False,
    each_mention: bool = False,
    include_untouched: bool = False,
    layer: str = DEFAULT_LAYER,
    layout: str = "lean",
    progress: ProgressCallback | None = None,
    is_cancelled: CancelCheck | None = None,
) -> ExportReport:
    """Write the project's documents (optionally only those with `status`) to `out` in format `fmt`.

    `test_fraction` (spacy) writes test.spacy too; the split is by near-duplicate group, stratified by
    language (`curator.core.exporters.split`), or by document with `split_by_document` (no duplicate
    search). Every export writes a manifest beside its output (`curator.core.exporters.manifest`:
    document ids and text hashes, schema hash, options, splits).
    `conll_scheme` is the tag scheme of the "conll" format (IOB2, IOB1 or BILOU); other formats ignore it.
    `csv_bom` starts CSV formats with a UTF-8 byte order mark; `merge_duplicates` makes the event-record
    formats write one record for an event several documents report (see `curator.core.records.merge`);
    they write one record per corpus event (`curator events consolidate`) unless `each_mention`.
    The training formats (`Exporter.training`) leave out documents nobody touched unless `include_untouched`;
    the report counts them. `layer` is whose annotations each document gives (`LayerChoice.parse`); the
    report says how many documents came from each layer and which the choice left out. Event records
    (events-jsonl, events-csv, plover-jsonl) come from annotated and approved documents unless `status`
    names one or is "any" (every document); the report counts the documents left out. `layout` is the
    events CSV's: "lean" (only the columns the exported event types use, lists as JSON arrays) or "full".

    Raises `CuratorError` with a message for the user when the format, options or target are wrong or the
    disk refuses, and `ExportCancelled` when `is_cancelled()` turns true; either way no output file is
    left half written and an earlier export at `out` is untouched.
    """
    exporter = EXPORT_FORMATS.get(fmt)
    if exporter is None:
        raise CuratorError(f"unknown export format {fmt!r}; one of {', '.join(EXPORT_FORMATS)}")
    if not 0 <= dev_fraction < 1:
        raise CuratorError(f"the dev fraction must be at least 0 and below 1, not {dev_fraction}")
    if not 0 <= test_fraction < 1 or dev_fraction + test_fraction >= 1:
        raise CuratorError(
            f"the test fraction must be at least 0 and, with the dev fraction {dev_fraction}, below 1, "
            f"not {test_fraction}"
        )
    statuses = {s.value for s in DocumentStatus}
    if status is not None and status not in statuses | {ANY_STATUS}:
        raise CuratorError(f"unknown status {status!r}; one of {', '.join(sorted(statuses))} or {ANY_STATUS}")
    any_status = status == ANY_STATUS
    status = None if any_status else status
    Layers.of_project(project, LayerChoice.parse(layer))  # an unknown annotator, before anything is written
    out = Path(out).expanduser()
    OwnFiles(project.path).refuse_as_target(out)
    if exporter.target == "file":
        check_file_target(out)
    else:
        check_directory_target(out)
    options = ExportOptions(
        dev_fraction,
        seed,
        status,
        conll_scheme,
        csv_bom=csv_bom,
        merge_duplicates=merge_duplicates,
        each_mention=each_mention,
        include_untouched=include_untouched or not exporter.training,
        layer=layer,
        test_fraction=test_fraction,
        split_by_document=split_by_document,
        any_status=any_status,
        layout=layout,
    )
    run = ExportRun(project, fmt, out, options, progress, is_cancelled)
    try:
        with long_lived_objects_frozen():
            exporter.write(run)
        write_manifest(run, exporter.target)
    except OSError as error:
        raise CuratorError(f"{out}: cannot write the export ({error.strerror or error})") from error
    except (sqlite3.DatabaseError, DBAPIError, ProjectDamagedError) as error:
        raise _damaged(project, error) from error
    return run.report


def _damaged(project: Project, error: Exception) -> CuratorError:
    """A read failed half way (a text that is not UTF-8, a malformed page): name the documents. On a
    team server a failed read is the server's refusal or a lost connection, not damage."""
    from curator.core.project.health import unreadable_documents

    reason = getattr(error, "orig", None) or error
    if isinstance(project, ServerProject):
        said = str(reason).strip().splitlines()
        return CuratorError(
            f"{project.url}: not exported, a read from the server failed"
            f" ({said[0] if said else type(reason).__name__}); nothing was written, try again"
        )
    named = "; ".join(problem.line() for problem in unreadable_documents(project))
    where = f": {named}" if named else f" ({reason})"
    return ProjectDamagedError(
        f"{project.path}: not exported, the project is damaged{where}. "
        "Run `curator check` for the whole list and restore a backup."
    )
