"""Split a project into one file per annotator, to hand out and merge back (`merge_project`).

Each file is a snapshot SQLite makes of the project (`VACUUM INTO`), from which what is not the
annotator's is deleted in one transaction: the documents not assigned to them (their annotations go
with them) and the other annotators' assignments. The schema, the knowledge base and every layer of
their documents stay. The file is then vacuumed, so the pages of deleted documents are not handed out
with it. A document with no assignment goes into no file. Parent and child both record the split (the
digests of the child's layers), which is the base the merge back compares against.

A team server is split the same way from one verified file copy of it (`curator copy`'s code), which is
also what the parent's digests are read from: what each file holds and what the server records of it are
the same moment's, however many others keep writing meanwhile.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import text

from curator.core.domain import CuratorError
from curator.core.services.project_copy import copy_open_project
from curator.core.services.project_merge import lineage
from curator.core.services.project_merge.reading import session_reader, sqlite_reader
from curator.core.services.project_merge.sides import Side
from curator.core.storage.backups import copy_database
from curator.core.storage.database import Project, open_project_file


@dataclass(frozen=True, slots=True)
class SplitFile:
    annotator: str
    path: Path
    documents: int

    def to_dict(self) -> dict[str, Any]:
        return {"annotator": self.annotator, "path": str(self.path), "documents": self.documents}


@dataclass(frozen=True, slots=True)
class SplitReport:
    files: tuple[SplitFile, ...]
    unassigned: int

    def to_dict(self) -> dict[str, Any]:
        return {"files": [f.to_dict() for f in self.files], "unassigned": self.unassigned}


def _assigned(project: Project, names: list[str]) -> dict[str, list[int]]:
    with project.read() as session:
        rows = session.execute(text(
            "SELECT a.name, s.document_id FROM annotators a LEFT JOIN assignments s ON s.annotator_id = a.id"
        )).all()  # fmt: skip
    found: dict[str, list[int]] = {}
    for name, document in rows:
        found.setdefault(name, [])
        if document is not None:
            found[name].append(int(document))
    missing = [name for name in names if name not in found]
    if missing:
        where = project.path.name if getattr(project, "url", None) is None else project.label
        raise CuratorError(f"no annotator named {', '.join(missing)} in {where}")
    empty = [name for name in names if not found[name]]
    if empty:
        raise CuratorError(
            f"no documents are assigned to {', '.join(empty)}; assign them first (curator assign)"
        )
    return {name: sorted(found[name]) for name in names}


def split_project(
    project: Project,
    annotators: list[str],
    out: Path,
    *,
    progress: Callable[[int, int], None] | None = None,
) -> SplitReport:
    """Write `out/NAME.curator` for each annotator (see the module's docstring); none is overwritten."""
    names = list(dict.fromkeys(name.strip() for name in annotators if name.strip()))
    if not names:
        raise CuratorError("name at least one annotator")
    assigned = _assigned(project, names)
    out = Path(out).expanduser()
    targets = {name: out / f"{name}.curator" for name in names}
    existing = [str(path) for path in targets.values() if path.exists()]
    if existing:
        raise CuratorError(f"not split: {', '.join(existing)} exists already; nothing was written")
    out.mkdir(parents=True, exist_ok=True)
    with project.write() as session:
        parent_uid = lineage.ensure_uid(session, dict(_info(session)))
    with _snapshots(project) as (parent, snapshot):
        return _write_files(project, parent, snapshot, parent_uid, assigned, targets, progress)


def _info(session: Any) -> list[tuple[str, str]]:
    return [(str(k), str(v)) for k, v in session.execute(text("SELECT key, value FROM project_info"))]


@contextmanager
def _snapshots(project: Project) -> Iterator[tuple[Side, Callable[[Path], object]]]:
    """The parent as a merge reads it, and how to write a snapshot of it to a file: a file project by
    itself; a server through one file copy of it, taken first, both read from that copy."""
    if getattr(project, "url", None) is None:
        with project.read() as session:
            parent = Side.load(session_reader(session))
        yield parent, project.backup
        return
    with tempfile.TemporaryDirectory(prefix="curator-split-") as folder:
        copy = Path(folder) / "server.curator"
        copy_open_project(project, copy)
        with closing(sqlite3.connect(copy)) as connection:
            parent = Side.load(sqlite_reader(connection))

            def snapshot(destination: Path) -> None:
                if destination.exists():
                    raise CuratorError(f"{destination}: a file of that name exists already")
                copy_database(connection, destination)

            yield parent, snapshot


def _write_files(
    project: Project, parent: Side, snapshot: Callable[[Path], object], parent_uid: str,
    assigned: dict[str, list[int]], targets: dict[str, Path], progress: Callable[[int, int], None] | None,
) -> SplitReport:  # fmt: skip
    names = list(targets)
    parent_name = project.path.name if getattr(project, "url", None) is None else project.label
    at = lineage.now_text()
    written: list[Path] = []
    files = []
    try:
        for done, name in enumerate(names):
            if progress is not None:
                progress(done, len(names))
            child_uid = lineage.new_uid()
            layers = {
                lineage.layer_name(parent.documents[doc]["content_hash"], parent.annotator_name(annotator)):
                    (parent.digest((doc, annotator)),) * 2
                for doc in assigned[name] for annotator in parent.layers_of(doc)
            }  # fmt: skip
            record = lineage.record(layers, at=at, file=parent_name)
            path = targets[name]
            snapshot(path)
            written.append(path)
            _keep_only(path, name, child_uid, parent_uid, at, record)
            with project.write() as session:
                lineage.set_info(
                    session, lineage.PREFIX + child_uid, lineage.record(layers, at=at, file=path.name)
                )
            files.append(SplitFile(name, path, len(assigned[name])))
    except BaseException:
        for path in written:
            path.unlink(missing_ok=True)
        raise
    every = set(parent.documents)
    unassigned = len(every - {doc for docs in assigned.values() for doc in docs})
    return SplitReport(tuple(files), unassigned)


def _keep_only(path: Path, name: str, uid: str, parent_uid: str, at: str, record: str) -> None:
    child = open_project_file(path, create=False, annotator=name)
    try:
        with child.write() as session:
            mine = (
                "SELECT s.document_id FROM assignments s JOIN annotators a ON a.id = s.annotator_id"
                " WHERE a.name = :n"
            )
            session.execute(text(f"DELETE FROM documents WHERE id NOT IN ({mine})"), {"n": name})
            session.execute(
                text(
                    "DELETE FROM assignments"
                    " WHERE annotator_id != (SELECT id FROM annotators WHERE name = :n)"
                ),
                {"n": name},
            )
            doomed = (
                "SELECT history_id FROM history_documents EXCEPT SELECT history_id FROM history_documents"
                " WHERE document_id IN (SELECT id FROM documents)"
            )
            session.execute(text(f"UPDATE history SET reverts_id = NULL WHERE reverts_id IN ({doomed})"))
            session.execute(text(f"DELETE FROM history WHERE id IN ({doomed})"))
            session.execute(text("DELETE FROM project_info WHERE key LIKE :p"), {"p": lineage.PREFIX + "%"})
            lineage.set_info(session, lineage.UID_KEY, uid)
            lineage.set_info(session, lineage.SPLIT_KEY,
                             json.dumps({"parent": parent_uid, "at": at, "annotator": name}))  # fmt: skip
            lineage.set_info(session, lineage.PREFIX + parent_uid, record)
    finally:
        child.close()
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("VACUUM")
