"""Copy a whole project, history included, between a file and a server (or file to file, server to server).

Why a copy of its own rather than a dump: the target must come out as the same project, ids and all
(history entries, undo commands and merge records name rows by id), on either engine. So every table of
the models is copied in foreign-key order with SQLAlchemy Core, in batches, ids kept, into a target that
holds nothing yet: a new file, or an empty database that the same transaction first migrates to the
source's schema revision (which must be this Curator's: an older source is upgraded first).

Everything lands in one transaction: on a server, migration and rows together (PostgreSQL's DDL is
transactional); a file is written under a temporary name and renamed into place once committed. A
failure, a broken rule of the target or Ctrl-C leaves the target as it was: empty, or no file at all.

Before it commits, the copy is verified: per table the row count and a checksum of the rows in key order,
in a canonical form both engines produce alike (times as UTC ISO, JSON with sorted keys, floats by repr,
NULL as its own marker), computed over the rows read from the source and over the rows read back from
the target. JSON is copied as its exact text, so the layers' digests that merges compare stay the same.

Ids are never reused (migration 0006): each id sequence of the target is set past the source's
high-water mark (SQLite's sqlite_sequence, PostgreSQL's sequences), not only past the ids still there.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool

from curator.core.domain import CuratorError
from curator.core.services.project_copy_rows import (
    CopyError,
    Progress,
    TableCheck,
    copy_all,
    reason,
    tables_of,
)
from curator.core.storage import migrate
from curator.core.storage.backups import (
    backup_keep,
    backup_paths,
    backups_folder,
    read_only_uri,
    write_backup,
)
from curator.core.storage.database import Project
from curator.core.storage.server import connect_error, create_server_engine, is_server_url, server_label
from curator.core.storage.staging import fsync_file, fsync_folder, temporary_path

TEMP_SUFFIX = ".copy-part"

__all__ = ["CopyError", "CopyReport", "TableCheck", "backup_project", "copy_open_project", "copy_project"]


@dataclass(frozen=True, slots=True)
class CopyReport:
    source: str
    target: str
    revision: str
    tables: tuple[TableCheck, ...]
    seconds: float

    @property
    def rows(self) -> int:
        return sum(check.target_rows for check in self.tables)

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "target": self.target, "revision": self.revision, "rows": self.rows,
            "seconds": round(self.seconds, 3), "tables": [check.to_dict() for check in self.tables],
        }  # fmt: skip

    def lines(self) -> list[str]:
        """The report as the command line says it: every table's count and both checksums."""
        width = max(len(check.table) for check in self.tables)
        lines = [f"copied {self.source} → {self.target} (schema {self.revision})"]
        lines += [
            f"  {check.table:<{width}}  {check.source_rows:>9} rows → {check.target_rows:>9}"
            f"  checksum {check.source_checksum} → {check.target_checksum}"
            for check in self.tables
        ]
        lines.append(
            f"verified: {self.rows} rows in {len(self.tables)} tables, row counts and checksums match"
            f" ({self.seconds:.1f} s)"
        )
        return lines


def copy_project(source: str | Path, target: str | Path, *, progress: Progress | None = None) -> CopyReport:
    """Copy the project at `source` (a file or a postgresql:// URL) to `target`, which must be empty."""
    started = time.monotonic()
    if is_server_url(source):
        engine = _server_engine(str(source))
        label = server_label(str(source))
    else:
        path = Path(source).expanduser()
        label = str(path)
        _check_file(path)
        engine = _read_only_engine(path)
    try:
        with _reading(engine, str(source)) as connection:
            revision = _check_revision(connection, label, server=is_server_url(source))
            if is_server_url(target):
                checks = _to_server(connection, str(target), progress)
                target_label = server_label(str(target))
            else:
                target_label = str(Path(target).expanduser())
                checks = _to_file(connection, Path(target_label), progress)
    finally:
        engine.dispose()
    return CopyReport(label, target_label, revision, checks, time.monotonic() - started)


def copy_open_project(project: Project, destination: Path, *, progress: Progress | None = None) -> CopyReport:
    """Copy an open project (file or server) into the new file `destination`, through its own engine:
    the backup of a server before a merge, and the snapshot a split or a merge reads a server from."""
    started = time.monotonic()
    with _reading(project.engine, project.label) as connection:
        revision = _check_revision(connection, project.label, server=_is_server(project))
        checks = _to_file(connection, Path(destination), progress)
    return CopyReport(project.label, str(destination), revision, checks, time.monotonic() - started)


def _is_server(project: Project) -> bool:
    return project.engine.dialect.name != "sqlite"


def backup_project(project: Project) -> Path:
    """Back the project up before a merge: a file by its rolling backups; a server by a verified copy
    into the same kind of rolling backups folder on this machine, beside its local state (the server's
    own backups, pg_dump, are its admin's; this one the user can restore or merge from at once)."""
    if not _is_server(project):
        return write_backup(project).path
    folder = backups_folder(project.path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CuratorError(f"{folder}: cannot write a backup ({error.strerror or error})") from error
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    destination = folder / f"{project.path.stem}-{stamp}.curator"
    number = 2
    while destination.exists():
        destination = folder / f"{project.path.stem}-{stamp}-{number}.curator"
        number += 1
    copy_open_project(project, destination)
    keep = backup_keep(project)
    for old in backup_paths(project.path)[keep:]:
        old.unlink(missing_ok=True)
    return destination


# --- the source: one consistent snapshot ------------------------------------------------------------


def _server_engine(url: str) -> Engine:
    try:
        return create_server_engine(url)
    except CuratorError as error:
        raise CopyError(str(error)) from error


@contextmanager
def _reading(engine: Engine, location: str) -> Iterator[Connection]:
    """A read transaction that sees one state of the project while others keep writing: a SQLite read
    transaction (the WAL keeps its snapshot) or PostgreSQL's REPEATABLE READ, read only."""
    try:
        connection = engine.connect()
    except DBAPIError as error:
        raise _unreachable(location, error) from error
    with connection:
        if connection.dialect.name == "postgresql":
            connection = connection.execution_options(
                isolation_level="REPEATABLE READ", postgresql_readonly=True
            )
        with connection.begin():
            yield connection


def _unreachable(location: str, error: DBAPIError) -> CopyError:
    if is_server_url(location):
        return CopyError(f"{connect_error(location, error)}; nothing was copied")
    return CopyError(f"{location}: not copied, it cannot be read ({reason(error)})")


def _read_only_engine(path: Path) -> Engine:
    engine = create_engine(
        "sqlite://",
        creator=lambda: sqlite3.connect(read_only_uri(path), uri=True, check_same_thread=False),
        poolclass=NullPool,
    )
    _explicit_transactions(engine, "BEGIN")
    return engine


def _new_file_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", poolclass=NullPool)
    _explicit_transactions(engine, "BEGIN IMMEDIATE")
    return engine


def _explicit_transactions(engine: Engine, begin: str) -> None:
    """pysqlite starts no transaction before a SELECT; ours does, so every read sees one snapshot and
    the target's rows commit together."""

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA foreign_keys=ON")

    @event.listens_for(engine, "begin")
    def _begin(connection: Connection) -> None:
        connection.exec_driver_sql(begin)


def _check_file(path: Path) -> None:
    if not path.exists():
        raise CopyError(f"{path}: no such project; nothing was copied")
    if path.is_dir():
        raise CopyError(f"{path}: is a folder, not a project file; nothing was copied")
    if path.stat().st_size == 0:
        raise CopyError(f"{path}: the file is empty (0 bytes), not a Curator project; nothing was copied")


def _check_revision(connection: Connection, label: str, *, server: bool) -> str:
    """The source's schema revision, which must be this Curator's: an older source is upgraded first, by
    opening it once (a file) or by `curator server upgrade` (a server); a newer one needs a newer Curator."""
    try:
        tables = tables_of(connection)
        revision = migrate.current_revision(connection) if "alembic_version" in tables else None
    except DBAPIError as error:
        words = reason(error)
        if "file is not a database" in words:
            raise CopyError(
                f"{label}: not a Curator project (not an SQLite database); nothing was copied"
            ) from error
        raise CopyError(f"{label}: not copied, it cannot be read ({words})") from error
    head = migrate.head_revision()
    if revision is None:
        raise CopyError(f"{label}: not a Curator project; nothing was copied")
    if revision == head:
        return revision
    if not migrate.is_known_revision(revision):
        raise CopyError(
            f"{label}: made by a newer Curator (schema {revision}); upgrade Curator to copy it"
            f" (this one knows schemas up to {head})"
        )
    how = (
        "an admin upgrades it with: curator server upgrade URL"
        if server
        else f"open it once with this Curator, e.g. curator --project {label} stats, which upgrades it"
    )
    raise CopyError(
        f"{label}: its schema {revision} is older than this Curator's ({head}); upgrade the source first"
        f" ({how}), then copy it"
    )


# --- the targets --------------------------------------------------------------------------------------


def _to_server(source: Connection, url: str, progress: Progress | None) -> tuple[TableCheck, ...]:
    """Into an empty database: migration, rows, sequences and verification in one transaction."""
    label = server_label(url)
    engine = _server_engine(url)
    try:
        try:
            connection = engine.connect()
        except DBAPIError as error:
            raise _unreachable(url, error) from error
        with connection, connection.begin():
            present = tables_of(connection)
            if "alembic_version" in present:
                raise CopyError(
                    f"{label}: holds a Curator project already; copy writes into an empty database only"
                    " (create one with: createdb NAME); nothing was copied"
                )
            if present:
                raise CopyError(
                    f"{label}: the database has {len(present)} tables already"
                    f" ({', '.join(sorted(present)[:3])}{', …' if len(present) > 3 else ''});"
                    " copy writes into an empty database only;"
                    " nothing was copied"
                )
            try:
                migrate.upgrade(connection)
            except DBAPIError as error:
                raise CopyError(
                    f"{label}: the tables cannot be created ({reason(error)}); nothing was copied"
                ) from error
            return copy_all(source, connection, label, progress)
    finally:
        engine.dispose()


def _to_file(source: Connection, destination: Path, progress: Progress | None) -> tuple[TableCheck, ...]:
    """Into a new file: written under a temporary name beside it, renamed into place once committed."""
    if destination.exists() or destination.is_symlink():
        raise CopyError(
            f"{destination}: exists already; copy writes a new file (or into an empty database) only;"
            " nothing was copied"
        )
    try:
        destination.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CopyError(f"{destination.parent}: cannot be created ({error.strerror or error})") from error
    temporary = temporary_path(destination, TEMP_SUFFIX)
    engine = _new_file_engine(temporary)
    try:
        with engine.connect() as connection:
            migrate.upgrade(connection)
        with engine.connect() as connection, connection.begin():
            checks = copy_all(source, connection, str(destination), progress)
        engine.dispose()
        fsync_file(temporary)
        if destination.exists():
            raise CopyError(f"{destination}: appeared while copying; it was left as it is")
        os.replace(temporary, destination)
        fsync_folder(destination.parent)
        return checks
    except BaseException:
        engine.dispose()
        for leftover in (temporary, temporary.with_name(temporary.name + "-journal")):
            leftover.unlink(missing_ok=True)
        raise
