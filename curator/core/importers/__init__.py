"""Import documents and existing annotations: files and folders in, one report out.

A small registry maps each format name to its extensions and its parser (adding a format is one new
module and one line here). Every file is parsed whole before it is stored, so a bad file costs only
itself and a cancelled import keeps the files it finished. A file is stored as one import run committed
in bounded chunks (see storage/import_runs.py), so no other writer waits for a whole big file; a file
that fails or is cancelled midway takes its committed chunks back.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from curator.core.domain import AnnotationError, CuratorError, ProjectBusyError, ProjectDamagedError
from curator.core.importers.archive import ARCHIVE_EXTENSIONS, expand_archives, parse_archive
from curator.core.importers.base import (
    CancelCheck,
    ImportCancelled,
    ImportProblem,
    ParsedFile,
    Parser,
    never_cancelled,
)
from curator.core.importers.brat import BRAT_EXTENSIONS, OtherFiles, parse_brat, plan_brat
from curator.core.importers.conll import CONLL_EXTENSIONS, parse_conll
from curator.core.importers.docx import DOCX_EXTENSIONS, parse_docx
from curator.core.importers.html import HTML_EXTENSIONS, parse_html
from curator.core.importers.jsonl import JSON_EXTENSIONS, parse_doccano, parse_json_auto, parse_jsonl
from curator.core.importers.options import ImportOptions
from curator.core.importers.pdf import PDF_EXTENSIONS, parse_pdf
from curator.core.importers.report import FileProblem, ImportReport, combine_reports, plural
from curator.core.importers.sources import ChooseParser, ImportPlan, plan_import
from curator.core.importers.table import TABLE_EXTENSIONS, parse_records, parse_table
from curator.core.importers.text_file import parse_text
from curator.core.services import AddDocumentsResult, NewDocument, add_documents
from curator.core.services.exclusions import last_document_id, propose_after
from curator.core.storage import Project, import_runs
from curator.core.storage.own_files import OwnFiles

__all__ = [
    "IMPORT_FORMATS",
    "FileProblem",
    "ImportBatch",
    "ImportOptions",
    "ImportProblem",
    "ImportReport",
    "ParsedFile",
    "StoreChunks",
    "import_batches",
    "import_paths",
]

TEXT_EXTENSIONS = (".txt", ".md")


@dataclass(frozen=True, slots=True)
class StoreChunks:
    """How a file's documents are committed: transactions of at most `documents` documents or `seconds`
    of writing (checked every `batch` documents; the chunk's boilerplate proposals add about a fifth, so
    a chunk holds the lock about 1 s), with `pause` seconds between two of them so that a writer polling
    for the lock (the window, another process) gets it instead of waiting for the file."""

    documents: int = 2_000
    seconds: float = 0.8
    batch: int = 250
    pause: float = 0.02


STORE_CHUNKS = StoreChunks()


@dataclass(frozen=True, slots=True)
class ImportFormat:
    name: str
    extensions: tuple[str, ...]
    parse: Parser
    # A format whose unit is not one file (brat's .txt + .ann pairs) plans the import itself:
    # plan(paths, own=OwnFiles) -> ImportPlan, leaving the project's own files unread.
    plan: Callable[..., ImportPlan] | None = None


FORMATS: dict[str, ImportFormat] = {
    "txt": ImportFormat("txt", TEXT_EXTENSIONS, parse_text),
    "jsonl": ImportFormat("jsonl", JSON_EXTENSIONS, parse_jsonl),
    "doccano": ImportFormat("doccano", JSON_EXTENSIONS, parse_doccano),
    # In a folder, --format conll also reads .txt files (many BIO corpora use it); auto does not.
    "conll": ImportFormat("conll", (*CONLL_EXTENSIONS, ".txt"), parse_conll),
    "brat": ImportFormat("brat", BRAT_EXTENSIONS, parse_brat, plan=plan_brat),
    "html": ImportFormat("html", HTML_EXTENSIONS, parse_html),
    "pdf": ImportFormat("pdf", PDF_EXTENSIONS, parse_pdf),
    "docx": ImportFormat("docx", DOCX_EXTENSIONS, parse_docx),
    # An archive is expanded when planned: each member is read by the parser of its own extension.
    "zip": ImportFormat("zip", ARCHIVE_EXTENSIONS, parse_archive),
    "csv": ImportFormat("csv", TABLE_EXTENSIONS, parse_table),
    # JSON records whose text field has another name than "text": only when named (auto reads Prodigy).
    "records": ImportFormat("records", JSON_EXTENSIONS, parse_records),
}
IMPORT_FORMATS: tuple[str, ...] = tuple(FORMATS)
# In auto mode the extension picks the family; JSON records are then read as doccano or Prodigy by content.
AUTO_PARSERS: dict[str, Parser] = {
    **{extension: parse_text for extension in TEXT_EXTENSIONS},
    **{extension: parse_json_auto for extension in JSON_EXTENSIONS},
    **{extension: parse_conll for extension in CONLL_EXTENSIONS},
    **{extension: parse_table for extension in TABLE_EXTENSIONS},
    **{extension: parse_html for extension in HTML_EXTENSIONS},
    **{extension: parse_pdf for extension in PDF_EXTENSIONS},
    **{extension: parse_docx for extension in DOCX_EXTENSIONS},
    **{extension: parse_archive for extension in ARCHIVE_EXTENSIONS},
}


# Parsers that read column mappings take `options`; every other parser keeps `(path, is_cancelled)`.
OPTION_PARSERS: frozenset[Parser] = frozenset({parse_table, parse_records})


def _with_options(plan: ImportPlan, options: ImportOptions | None) -> bool:
    """Bind `options` to the planned files whose parser reads them; True when any does."""
    if options is None:
        return False
    bound = False
    for index, planned in enumerate(plan.files):
        if planned.parse in OPTION_PARSERS:
            parse = functools.partial(planned.parse, options=options)
            plan.files[index] = dataclasses.replace(planned, parse=parse)
            bound = True
    return bound


def _auto_parser(path: Path) -> Parser | None:
    return AUTO_PARSERS.get(path.suffix.lower())


def _choosers(fmt: str) -> tuple[ChooseParser, ChooseParser, str]:
    """How to pick a parser for a file the user named, for a file met in a folder, and the extensions."""
    if fmt == "auto":
        return _auto_parser, _auto_parser, " ".join(AUTO_PARSERS)
    chosen = FORMATS.get(fmt)
    if chosen is None:
        raise ImportProblem(f"unknown import format {fmt!r}; one of: auto, {', '.join(IMPORT_FORMATS)}")

    def for_named(_path: Path) -> Parser | None:
        return chosen.parse

    def for_folder(path: Path) -> Parser | None:
        return chosen.parse if path.suffix.lower() in chosen.extensions else None

    return for_named, for_folder, " ".join(chosen.extensions)


def _store(
    project: Project, path: Path, parsed: ParsedFile, is_cancelled: CancelCheck, chunks: StoreChunks
) -> AddDocumentsResult:
    if parsed.store is not None:
        with project.write() as session:
            before = last_document_id(session)
            stored = parsed.store(session, project)
            propose_after(session, before)
            return stored
    total = AddDocumentsResult()
    if not parsed.documents:
        return total
    run_id: int | None = None
    try:
        while True:
            if is_cancelled():
                raise ImportCancelled
            if run_id is not None:
                time.sleep(chunks.pause)
            with project.write() as session:
                current = run_id if run_id is not None else import_runs.start_run(
                    session, str(path), project.annotator_id
                )
                done = _store_chunk(session, project, path, parsed.documents, current, chunks, total)
                if done:
                    import_runs.finish_run(session, current, import_runs.DONE)
            run_id = current
            if done:
                return total
    except BaseException as error:
        if run_id is not None:
            _take_back(project, run_id, error, total.new_labels)
        raise


def _store_chunk(
    session: Session,
    project: Project,
    path: Path,
    documents: list[NewDocument],
    run_id: int,
    chunks: StoreChunks,
    total: AddDocumentsResult,
) -> bool:
    """Add the next chunk of `documents` (those after `total`'s count) and its boilerplate proposals;
    True when it was the last."""
    started = time.monotonic()
    before = last_document_id(session)
    in_chunk = 0
    while in_chunk < chunks.documents and time.monotonic() - started < chunks.seconds:
        start = total.added + total.duplicates
        if start >= len(documents):
            break
        batch = documents[start : start + min(chunks.batch, chunks.documents - in_chunk)]
        result = add_documents(
            session,
            batch,
            annotator_id=project.annotator_id,
            source=f"import:{path.name}",
            import_run_id=run_id,
        )
        total.added += result.added
        total.duplicates += result.duplicates
        total.spans += result.spans
        total.new_labels.extend(result.new_labels)
        in_chunk += len(batch)
    propose_after(session, before)
    return total.added + total.duplicates >= len(documents)


def _take_back(project: Project, run_id: int, error: BaseException, new_labels: list[str]) -> None:
    """Remove what a file that did not finish committed. If the project cannot be written now, the run
    stays `running`; the next open or import from another process removes it."""
    cancelled = isinstance(error, ImportCancelled | KeyboardInterrupt)
    status = import_runs.CANCELLED if cancelled else import_runs.FAILED
    with contextlib.suppress(OperationalError, CuratorError):
        import_runs.remove_run(project, run_id, status, new_labels)


def import_paths(
    project: Project,
    paths: Sequence[Path],
    fmt: str = "auto",
    options: ImportOptions | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
    chunks: StoreChunks = STORE_CHUNKS,
) -> ImportReport:
    """Import files and folders (recursively) into `project`; never raises for a bad file.

    `fmt` "auto" picks the format by extension (JSON records by content; a `.txt` with an `.ann` beside
    it is a brat pair); a named format reads every file the user named with it, and in folders only the
    files with that format's extensions (brat: pairs, see importers/brat.py).
    `options` maps the columns of tables (formats csv and records) and is ignored, with a note, by others.
    `progress(done, total)` is called once before the first file and after each file; `is_cancelled()`
    is checked between files and between the chunks of a file (`chunks`). Runs of earlier imports killed
    midway are removed first, with a note.
    """
    is_cancelled = is_cancelled or never_cancelled
    for_named, for_folder, known = _choosers(fmt)
    chosen = FORMATS.get(fmt)
    own = OwnFiles(project.path)  # skipped unread: a closed descriptor would drop the project's locks
    if fmt == "auto":  # brat pairs are recognised by their .ann; every other file by its extension
        plan = plan_brat(paths, OtherFiles(for_named, for_folder, f"{known} .ann"), own=own)
    elif chosen is not None and chosen.plan is not None:
        plan = chosen.plan(paths, own=own)
    else:
        plan = plan_import(paths, for_named_file=for_named, for_folder_file=for_folder, known=known, own=own)
    plan = expand_archives(plan, _auto_parser)  # each member of a .zip becomes one planned file
    options_used = _with_options(plan, options)
    report = ImportReport(
        problems=list(plan.problems),
        skipped=list(plan.skipped),
        own_skipped=list(plan.own_skipped),
        files_total=len(plan.files),
    )
    report.notes.extend(import_runs.recover_dead_runs(project))
    if options is not None and not options.is_default() and not options_used and plan.files:
        report.notes.append("column options ignored: only the csv and records formats read them")
    if progress is not None:
        progress(0, report.files_total)
    for planned in plan.files:
        if is_cancelled():
            report.cancelled = True
            break
        path = planned.path
        database_failed = False
        try:
            parsed = planned.parse(path, is_cancelled)
            result = _store(project, path, parsed, is_cancelled, chunks)
        except ImportCancelled:
            report.cancelled = True
            break
        except (ImportProblem, AnnotationError) as problem:  # AnnotationError: e.g. a label's name
            report.add_problem(path, str(problem))
        except (OperationalError, ProjectDamagedError) as error:
            # Disk full, I/O error: the next file would fail the same way.
            report.add_problem(path, f"cannot store in the project: {getattr(error, 'orig', None) or error}")
            database_failed = True
        except ProjectBusyError as error:
            report.add_problem(path, f"cannot store in the project: {error}")
            database_failed = True
        else:
            report.add_result(result)
            report.notes.extend(f"{path}: {note}" for note in parsed.notes)
        report.files_done += 1
        if progress is not None:
            progress(report.files_done, report.files_total)
        if database_failed:
            remaining = report.files_total - report.files_done
            if remaining:
                report.notes.append(
                    f"stopped after a database error; {plural(remaining, 'file')} not attempted"
                )
            break
    return report


@dataclass(frozen=True, slots=True)
class ImportBatch:
    """Files imported with one format and one column mapping (a window maps each table on its own)."""

    paths: tuple[Path, ...]
    fmt: str = "auto"
    options: ImportOptions | None = None


def import_batches(
    project: Project,
    batches: Sequence[ImportBatch],
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """`import_paths` for each batch in turn, as one job with one report; a cancel stops the rest."""
    reports: list[ImportReport] = []
    stopped = False
    for batch in batches:
        if is_cancelled is not None and is_cancelled():
            stopped = True
            break
        report = import_paths(project, batch.paths, batch.fmt, batch.options, progress, is_cancelled)
        reports.append(report)
        if report.cancelled:
            break
    combined = combine_reports(reports)
    combined.cancelled = combined.cancelled or stopped
    return combined
