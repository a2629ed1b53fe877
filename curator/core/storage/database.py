"""Opening a project file with the settings that make every acknowledged edit durable.

Why these settings (see shared/guide/RELIABILITY.md): WAL lets the window read while a background import
writes; `synchronous=FULL` keeps the last commits across a power loss; pysqlite's deferred BEGIN is
replaced by our own so that a multi-statement action is atomic, and writers take the lock up front
(`BEGIN IMMEDIATE`) so two writers queue on the busy timeout instead of failing on lock upgrade.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from curator.core.domain import CuratorError
from curator.core.storage import migrate
from curator.core.storage.models import Annotator
from curator.core.storage.versions import ANNOTATOR_KEY, DocumentVersions

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 15_000


class ProjectOpenError(CuratorError):
    """The file cannot be opened as a Curator project; the message names it and says why."""


def _install_sqlite_events(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # noqa: ANN001 - SQLAlchemy Connection
        mode = "IMMEDIATE" if connection.get_execution_options().get("curator_write") else "DEFERRED"
        connection.exec_driver_sql(f"BEGIN {mode}")


class Project:
    """An open project: the engine plus the two ways in, `read()` and `write()`.

    Every write goes through `write()`: one short IMMEDIATE transaction, committed before it returns,
    so whatever the caller shows as saved is on disk.
    """

    def __init__(self, path: Path, engine: Engine, annotator_name: str) -> None:
        self.path = path
        self.engine = engine
        self._write_engine = engine.execution_options(curator_write=True)
        self.annotator_name = annotator_name
        self.versions = DocumentVersions()
        self.annotator_id = self._ensure_annotator(annotator_name)
        # Idle for the project's life: when the last connection to a WAL database closes, SQLite
        # checkpoints and deletes the WAL (several fsyncs), which NullPool made every short transaction
        # pay. Measured: 300 text files imported one transaction each, 11.5 s without it, 5.5 s with it.
        self._keeper = engine.raw_connection()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        with Session(self._write_engine, expire_on_commit=False) as session:
            session.info[ANNOTATOR_KEY] = getattr(self, "annotator_id", None)  # None while creating it
            with session.begin():
                self.versions.begin(session)
                yield session
            self.versions.committed(session)

    def close(self) -> None:
        self._keeper.close()
        self.engine.dispose()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def schema_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return migrate.current_revision(connection)

    def backup(self, destination: Path) -> Path:
        """Copy the live database consistently (never a file copy of a WAL database)."""
        destination = Path(destination)
        if destination.exists():
            raise CuratorError(f"{destination}: a file of that name exists already")
        _vacuum_into(self.engine, destination)
        return destination

    def integrity_check(self) -> str:
        with self.engine.connect() as connection:
            return str(connection.exec_driver_sql("PRAGMA integrity_check").scalar())

    def _ensure_annotator(self, name: str) -> int:
        with self.write() as session:
            found = session.exec(select(Annotator.id).where(Annotator.name == name)).first()
            if found is not None:
                return int(found[0])
            annotator = Annotator(name=name)
            session.add(annotator)
            session.flush()
            assert annotator.id is not None
            return annotator.id


def default_annotator_name() -> str:
    name = os.environ.get("CURATOR_ANNOTATOR")
    if name:
        return name
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "annotator"


def _vacuum_into(engine: Engine, destination: Path) -> None:
    """VACUUM cannot run inside a transaction, and every SQLAlchemy connection begins one."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("VACUUM INTO ?", (str(destination),))
    finally:
        raw.close()


def _latest_backup_hint(path: Path) -> str:
    backups = sorted(path.parent.glob(f"{path.name}.bak-*"), key=lambda p: p.stat().st_mtime)
    return f" The latest backup is {backups[-1]}." if backups else ""


def _check_is_sqlite(path: Path) -> None:
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as error:
        raise ProjectOpenError(f"{path}: cannot be read ({error.strerror})") from error
    if header and header != SQLITE_HEADER:
        raise ProjectOpenError(f"{path}: not a Curator project (the file is not an SQLite database)")


def _quick_check(engine: Engine, path: Path) -> None:
    try:
        with engine.connect() as connection:
            result = connection.exec_driver_sql("PRAGMA quick_check").scalar()
    except DBAPIError as error:  # a page damaged badly enough makes the check itself fail
        reason = error.orig if error.orig is not None else error
        raise ProjectOpenError(
            f"{path}: the database is damaged ({reason}).{_latest_backup_hint(path)}"
        ) from error
    if result != "ok":
        raise ProjectOpenError(f"{path}: the database is damaged ({result}).{_latest_backup_hint(path)}")


def _migrate(engine: Engine, path: Path) -> None:
    with engine.connect() as connection:
        current = migrate.current_revision(connection)
    head = migrate.head_revision()
    if current == head:
        return
    if current is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup = path.with_name(f"{path.name}.bak-{current}-{stamp}")
        _vacuum_into(engine, backup)
    with engine.execution_options(curator_write=True).connect() as connection:
        migrate.upgrade(connection)


def open_project(
    path: str | Path,
    *,
    create: bool = True,
    annotator: str | None = None,
    seed_schema: bool = True,
) -> Project:
    """Open (or create) the project at `path`, check it, migrate it, and seed the default schema."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise ProjectOpenError(f"{path}: is a folder, not a project file")
    exists = path.exists()
    if not exists and not create:
        raise ProjectOpenError(f"{path}: no such project")
    if exists:
        _check_is_sqlite(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False}, poolclass=NullPool)
    _install_sqlite_events(engine)
    try:
        if exists:
            _quick_check(engine, path)
        _migrate(engine, path)
        project = Project(path, engine, annotator or default_annotator_name())
    except Exception:
        engine.dispose()
        raise
    if seed_schema:
        from curator.core.schema_defaults import seed_default_schema

        try:
            seed_default_schema(project)
        except Exception:
            project.close()
            raise
    return project


def table_row_count(project: Project, table: str) -> int:
    """Row count of a known table; used by stats and tests (table names are never user input)."""
    allowed = {"documents", "spans", "labels", "annotators"}
    if table not in allowed:
        raise ValueError(table)
    with project.engine.connect() as connection:
        return int(connection.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one())
