"""Import documents and existing annotations: files and folders in, one report out.

Each format module declares one `IMPORTER`; registry.py lists them (adding a format is one new module
and one line there) and plans which parser reads which file. Every file is parsed whole before it is
stored, so a bad file costs only itself and a cancelled import keeps the files it finished. A file is
stored as one import run committed in bounded chunks (see storage/import_runs.py), so no other writer
waits for a whole big file; a file that fails or is cancelled midway takes its committed chunks back.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from curator.core.domain import AnnotationError, CuratorError, ProjectBusyError, ProjectDamagedError
from curator.core.importers.base import (
    CancelCheck,
    ImportCancelled,
    ImportProblem,
    ParsedFile,
    never_cancelled,
)
from curator.core.importers.format import ImportFormat
from curator.core.importers.options import ImportOptions
from curator.core.importers.registry import (
    FORMATS,
    IMPORT_FORMATS,
    bind_options,
    detect,
    plan_paths,
    unused_options_note,
)
from curator.core.importers.report import FileProblem, ImportReport, combine_reports, plural
from curator.core.queries import language_counts
from curator.core.services import AddDocumentsResult, NewDocument, add_documents
from curator.core.services.changes import log_documents
from curator.core.services.exclusions import last_document_id, propose_after
from curator.core.services.history_log import documents_after, documents_of_run
from curator.core.storage import Project, import_runs
from curator.core.text.language import language_prior

__all__ = [
    "FORMATS",
    "IMPORT_FORMATS",
    "FileProblem",
    "ImportBatch",
    "ImportFormat",
    "ImportOptions",
    "ImportProblem",
    "ImportReport",
    "ParsedFile",
    "StoreChunks",
    "detect",
    "import_batches",
    "import_paths",
]


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


def _store(
    project: Project, path: Path, parsed: ParsedFile, is_cancelled: CancelCheck, chunks: StoreChunks
) -> AddDocumentsResult:
    if parsed.store is not None:
        with project.write() as session:
            before = last_document_id(session)
            stored = parsed.store(session, project)
            propose_after(session, before)
            log_documents(session, "document.import", f"Import {path.name}", documents_after(session, before))
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
                current = (
                    run_id
                    if run_id is not None
                    else import_runs.start_run(session, str(path), project.annotator_id)
                )
                done = _store_chunk(session, project, path, parsed.documents, current, chunks, total)
                if done:
                    import_runs.finish_run(session, current, import_runs.DONE)
                    log_documents(
                        session, "document.import", f"Import {path.name}", documents_of_run(session, current)
                    )
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
        total.layered += result.layered
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
    plan = plan_paths(paths, fmt, project)
    options_used = bind_options(plan, options)
    report = ImportReport(
        problems=list(plan.problems),
        skipped=list(plan.skipped),
        own_skipped=list(plan.own_skipped),
        files_total=len(plan.files),
    )
    report.notes.extend(import_runs.recover_dead_runs(project))
    if options is not None and not options.is_default() and not options_used and plan.files:
        report.notes.append(unused_options_note(options))
    if progress is not None:
        progress(0, report.files_total)
    with language_prior(language_counts(project)):  # ambiguous one-liners follow the majority
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
                report.add_problem(
                    path, f"cannot store in the project: {getattr(error, 'orig', None) or error}"
                )
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
