"""Import runs: the unit in which a long import is committed in chunks and, if it does not finish, removed.

A big file is stored in many short transactions so that other writers (the window, a second `curator`)
wait at most one chunk. Each chunk's documents carry the run's id; a run that fails or is cancelled
removes its documents again, and a run whose process died (SIGKILL, power loss) is found by the next
open or import on the same host and removed then. Everything that hangs off a document (spans, events,
relations, exclusions, suggestions, reviews) goes with it by `ON DELETE CASCADE`.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import bindparam, delete, exists, func, select, update
from sqlalchemy.orm import Session
from sqlmodel import col

from curator.core.storage.bulk_insert import insert_row
from curator.core.storage.models import Document, EventRole, ImportRun, Label, Span, Suggestion, utcnow
from curator.core.storage.run_states import RUNNING, this_host
from curator.core.storage.staging import process_alive

if TYPE_CHECKING:
    from curator.core.storage.database import Project

DONE = "done"
FAILED = "failed"
CANCELLED = "cancelled"
# Documents removed per transaction when a run is taken back: the delete cascades to every span, event
# and suggestion of those documents, and must not hold the lock much longer than one import chunk.
REMOVE_CHUNK_DOCUMENTS = 500


IMPORT_RUNS = ImportRun.__table__  # type: ignore[attr-defined]
# Built once: a folder of small files finishes one run per file, and a statement built per call
# (`.values(...)` on the ORM class) cost more than the update itself.
_FINISH = (
    update(IMPORT_RUNS)
    .where(IMPORT_RUNS.c.id == bindparam("run_id"))
    .values(status=bindparam("new_status"), documents=bindparam("count"), finished_at=bindparam("finished"))
)
_RUN_COLUMNS = (
    "status", "description", "annotator_id", "pid", "host", "documents", "started_at", "finished_at",
)  # fmt: skip


def start_run(session: Session, description: str, annotator_id: int | None) -> int:
    """A new run in the caller's transaction (its first chunk's): it exists exactly when its documents do."""
    values = (RUNNING, description, annotator_id, os.getpid(), this_host(), 0, utcnow(), None)
    return insert_row(session.connection(), IMPORT_RUNS, _RUN_COLUMNS, values)


def finish_run(session: Session, run_id: int, status: str, documents: int | None = None) -> None:
    """Close the run with its count of documents (`documents` when the caller knows it already)."""
    if documents is None:
        documents = session.execute(
            select(func.count()).where(col(Document.import_run_id) == run_id)
        ).scalar_one()
    session.execute(
        _FINISH, {"run_id": run_id, "new_status": status, "count": documents, "finished": utcnow()}
    )


def remove_run(project: Project, run_id: int, status: str, new_labels: Sequence[str] = ()) -> int:
    """Delete the run's documents chunk by chunk, then the labels it added that nothing uses, and close it
    with `status`. Returns how many documents were removed."""
    removed = 0
    while True:
        with project.write() as session:
            ids = list(
                session.execute(
                    select(col(Document.id))
                    .where(col(Document.import_run_id) == run_id)
                    .limit(REMOVE_CHUNK_DOCUMENTS)
                ).scalars()
            )
            if not ids:
                _remove_unused_labels(session, new_labels)
                finish_run(session, run_id, status)
                return removed
            session.execute(delete(Document).where(col(Document.id).in_(ids)))
            removed += len(ids)


def _remove_unused_labels(session: Session, names: Sequence[str]) -> None:
    """Labels an unfinished run added to the schema go with it, unless something took them up meanwhile."""
    if not names:
        return
    used = (
        exists().where(col(Span.label_id) == col(Label.id))
        | exists().where(col(Suggestion.label_id) == col(Label.id))
        | exists().where(col(EventRole.label_id) == col(Label.id))
    )
    session.execute(delete(Label).where(col(Label.name).in_(list(names)), ~used))


def recover_dead_runs(project: Project) -> list[str]:
    """Remove the documents of runs on this host whose process is gone; one note per run, for the user."""
    with project.read() as session:
        runs = session.execute(
            select(
                col(ImportRun.id), col(ImportRun.pid), col(ImportRun.description), col(ImportRun.started_at)
            ).where(col(ImportRun.status) == RUNNING, col(ImportRun.host) == this_host())
        ).all()
    notes = []
    for run_id, pid, description, started_at in runs:
        if pid is None or pid == os.getpid() or process_alive(pid):
            continue
        removed = remove_run(project, run_id, FAILED)
        documents = "1 stored document was" if removed == 1 else f"{removed} stored documents were"
        notes.append(
            f"an import of {description} started {started_at:%Y-%m-%d %H:%M} did not finish "
            f"(process {pid} ended); its {documents} removed"
        )
    return notes
