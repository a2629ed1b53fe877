"""Import documents and existing annotations: files and folders in, one report out.

Each format module declares one `IMPORTER`; registry.py lists them (adding a format is one new module
and one line there) and plans which parser reads which file. Every file is parsed whole before it is
stored, so a bad file costs only itself and a cancelled import keeps the files it finished. A file is
stored as one import run committed in bounded chunks (see storage/import_runs.py), so no other writer
waits for a whole big file; a file that fails or is cancelled midway takes its committed chunks back.
Small files share a transaction (`_FileBatch`), each inside its own savepoint: a commit per file made a
folder of small text files wait on an fsync each (44 files/s), and a bad file still rolls back alone.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import OperationalError
from sqlmodel import Session

from curator.core.collector import long_lived_objects_frozen
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
from curator.core.services.exclusions import last_document_id, propose_after, propose_new
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
    for the lock (the window, another process) gets it instead of waiting for the file. The time bound is
    what another writer waits for; the count only caps a chunk where writing is fast, and at 2,000 it
    split 10,000 one-sentence tasks (0.4 s of writing) into five commits with four pauses between them."""

    documents: int = 10_000
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
        propose_new(session, result.new_documents)
        in_chunk += len(batch)
    return total.added + total.duplicates >= len(documents)


class _FileBatch:
    """The open transaction that consecutive small files are stored in, each in its own savepoint.

    A file's result reaches the report only once the transaction commits, so the report never counts a
    file the project does not hold. The transaction commits once it has held the lock `chunks.seconds`
    or stored `chunks.documents` documents, and before any file that takes the chunked path. A database
    error rolls the whole transaction back; the files it held are then stored again one by one."""

    def __init__(self, project: Project, chunks: StoreChunks) -> None:
        self.project = project
        self._chunks = chunks
        self._open: contextlib.ExitStack | None = None
        self._session: Session | None = None
        self._started = 0.0
        self._documents = 0
        self.pending: list[tuple[Path, ParsedFile, AddDocumentsResult]] = []

    def takes(self, parsed: ParsedFile) -> bool:
        small = min(self._chunks.batch, self._chunks.documents)
        return parsed.store is None and len(parsed.documents) <= small

    def store(self, path: Path, parsed: ParsedFile) -> None:
        """Store one small file inside a savepoint: a bad file (a label's name, ...) rolls back alone; a
        database error ends the transaction and is raised in the project's own words."""
        session = self._begin()
        try:
            with session.begin_nested():
                result = _store_small(session, self.project, path, parsed.documents)
        except (ImportProblem, AnnotationError):
            raise
        except BaseException as error:
            self._end(error)
            raise
        self.pending.append((path, parsed, result))
        self._documents += len(parsed.documents)

    def due(self) -> bool:
        return self._open is not None and (
            self._documents >= self._chunks.documents
            or time.monotonic() - self._started >= self._chunks.seconds
        )

    def commit(self, *, last: bool = False) -> list[tuple[Path, ParsedFile, AddDocumentsResult]]:
        """Commit the stored files and return them; on a failed commit they stay `pending`. The pause
        that lets a waiting writer in comes after every commit but the import's `last`, after which the
        lock is free anyway."""
        opened, self._open, self._session = self._open, None, None
        self._documents = 0
        if opened is not None:
            opened.close()
            if not last:
                time.sleep(self._chunks.pause)
        done, self.pending = self.pending, []
        return done

    def abandon(self, error: BaseException) -> None:
        """Roll back after an error outside the batch's files (an interrupt): nothing of it is kept."""
        with contextlib.suppress(Exception):
            self._end(error)

    def _end(self, error: BaseException) -> None:
        opened, self._open, self._session = self._open, None, None
        self._documents = 0
        if opened is not None:
            opened.__exit__(type(error), error, error.__traceback__)  # raises the translated error

    def _begin(self) -> Session:
        if self._session is None:
            stack = contextlib.ExitStack()
            self._session = stack.enter_context(self.project.write())
            self._open = stack
            self._started = time.monotonic()
        return self._session


def _store_small(
    session: Session, project: Project, path: Path, documents: list[NewDocument]
) -> AddDocumentsResult:
    """A file small enough for one `add_documents`: its run, documents, proposals and history entry, as
    `_store` writes them in its one chunk."""
    if not documents:
        return AddDocumentsResult()
    run_id = import_runs.start_run(session, str(path), project.annotator_id)
    source = f"import:{path.name}"
    result = add_documents(
        session, documents, annotator_id=project.annotator_id, source=source, import_run_id=run_id
    )
    propose_new(session, result.new_documents)
    added = sorted(id_ for id_, _ in result.new_documents)
    import_runs.finish_run(session, run_id, import_runs.DONE, documents=len(added))
    log_documents(session, "document.import", f"Import {path.name}", added)
    return result


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
    batch = _FileBatch(project, chunks)
    stop: str | None = None  # also when Cancel came before the first file
    # Ambiguous one-liners follow the majority; the collector skips what was alive before (collector.py).
    with language_prior(language_counts(project)), long_lived_objects_frozen():
        try:
            for planned in plan.files:
                if is_cancelled():
                    report.cancelled = True
                    break
                stop = _import_file(project, planned.path, planned.parse, batch, report, is_cancelled, chunks)
                if stop is None and batch.due():
                    stop = _commit(batch, report, is_cancelled, chunks)
                if stop != _CANCELLED:
                    report.files_done += 1
                    if progress is not None:
                        progress(report.files_done, report.files_total)
                if stop is not None:
                    break
            if stop != _DATABASE:  # a cancel keeps the files finished before it
                stop = _commit(batch, report, is_cancelled, chunks, last=True) or stop
        except BaseException as error:
            batch.abandon(error)
            raise
    if stop == _CANCELLED:
        report.cancelled = True
    elif stop == _DATABASE:
        remaining = report.files_total - report.files_done
        if remaining:
            report.notes.append(f"stopped after a database error; {plural(remaining, 'file')} not attempted")
    return report


_CANCELLED = "cancelled"
_DATABASE = "database"


def _import_file(
    project: Project, path: Path, parse: Callable[[Path, CancelCheck], ParsedFile], batch: _FileBatch,
    report: ImportReport, is_cancelled: CancelCheck, chunks: StoreChunks,
) -> str | None:  # fmt: skip
    """Parse and store one file (in the batch when it is small); the report gets its problem, or its
    result once committed. Returns why the import stops (_CANCELLED, _DATABASE), or None."""
    try:
        parsed = parse(path, is_cancelled)
        if batch.takes(parsed):
            batch.store(path, parsed)
            return None
        stop = _commit(batch, report, is_cancelled, chunks)
        if stop is not None:
            return stop
        result = _store(project, path, parsed, is_cancelled, chunks)
    except ImportCancelled:
        return _CANCELLED
    except (ImportProblem, AnnotationError) as problem:  # AnnotationError: e.g. a label's name
        report.add_problem(path, str(problem))
    except (OperationalError, ProjectDamagedError, ProjectBusyError) as error:
        report.add_problem(path, _cannot_store(error))
        _store_again(batch, report, is_cancelled, chunks)
        return _DATABASE
    else:
        report.add_result(result)
        report.notes.extend(f"{path}: {note}" for note in parsed.notes)
    return None


def _commit(
    batch: _FileBatch, report: ImportReport, is_cancelled: CancelCheck, chunks: StoreChunks,
    *, last: bool = False,
) -> str | None:  # fmt: skip
    """Commit the batch's files and count them; after a failed commit each is stored again on its own."""
    try:
        done = batch.commit(last=last)
    except (OperationalError, ProjectDamagedError, ProjectBusyError):
        _store_again(batch, report, is_cancelled, chunks)
        return _DATABASE
    for path, parsed, result in done:
        report.add_result(result)
        report.notes.extend(f"{path}: {note}" for note in parsed.notes)
    return None


def _store_again(
    batch: _FileBatch, report: ImportReport, is_cancelled: CancelCheck, chunks: StoreChunks
) -> None:
    """The files of a batch whose transaction a database error rolled back, each in its own transaction
    as before batching: what the error did not concern is kept, what it did is reported."""
    pending, batch.pending = batch.pending, []
    for path, parsed, _ in pending:
        try:
            result = _store(batch.project, path, parsed, is_cancelled, chunks)
        except (OperationalError, ProjectDamagedError, ProjectBusyError) as error:
            report.add_problem(path, _cannot_store(error))
        else:
            report.add_result(result)
            report.notes.extend(f"{path}: {note}" for note in parsed.notes)


def _cannot_store(error: Exception) -> str:
    """Disk full, I/O error, lock not obtained: the next file would fail the same way."""
    return f"cannot store in the project: {getattr(error, 'orig', None) or error}"


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
