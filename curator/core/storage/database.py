"""Opening a project file with the settings that make every acknowledged edit durable.

Why these settings (see shared/guide/RELIABILITY.md): WAL lets the window read while a background import
writes; `synchronous=FULL` keeps the last commits across a power loss; pysqlite's deferred BEGIN is
replaced by our own so that a multi-statement action is atomic, and writers take the lock up front
(`BEGIN IMMEDIATE`) so two writers queue instead of failing on lock upgrade.

Waiting for the lock happens only there, before any statement of the write has run, so giving up or
retrying never applies half an action or an action twice. We poll every few milliseconds instead of
SQLite's busy handler (which sleeps up to 100 ms between tries and so misses the short gap a chunked
import leaves between its transactions). A thread that registered a `LockWaitHook` (the window's GUI
thread) is called back while it waits, so it can keep its event loop running and say why.
"""

from __future__ import annotations

import getpass
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import Protocol

from sqlalchemy import Connection, Engine, create_engine, event, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.pool import NullPool
from sqlmodel import Session, col

from curator.core.domain import CuratorError, ProjectBusyError, ProjectDamagedError
from curator.core.storage import migrate
from curator.core.storage.backups import TEMP_SUFFIX, backup_paths, snapshot_into
from curator.core.storage.damage import translating_damage
from curator.core.storage.driver import sqlite_connection
from curator.core.storage.import_runs import recover_dead_runs
from curator.core.storage.models import Annotator
from curator.core.storage.snapshot import BUSY_TIMEOUT_MS, HEALTH_KEY, read_only_uri, recorded_damage
from curator.core.storage.staging import remove_stale_temporaries
from curator.core.storage.versions import ANNOTATOR_KEY, DocumentVersions

LOCK_POLL_SECONDS = 0.002
# A thread with a hook blocks this long on the lock (most waits end sooner) before it is called back.
QUIET_WAIT_SECONDS = 0.5


class ProjectOpenError(CuratorError):
    """The file cannot be opened as a Curator project; the message names it and says why."""


class ProjectReadOnlyError(CuratorError):
    """The project was opened read-only (a check found damage); nothing may be written to it."""


class LockWaitHook(Protocol):
    """How one thread waits for the write lock past `QUIET_WAIT_SECONDS`: `waiting` is called between
    two tries (so it should return soon), `finished` once when the wait is over, and the write gives up
    with `ProjectBusyError` after `patience` seconds."""

    patience: float

    def waiting(self, elapsed: float) -> None: ...

    def finished(self, acquired: bool) -> None: ...


def _is_busy(error: sqlite3.OperationalError) -> bool:
    return getattr(error, "sqlite_errorcode", 0) & 0xFF == sqlite3.SQLITE_BUSY


def _begin_immediate(raw: sqlite3.Connection, hook: LockWaitHook | None) -> None:
    """Take the write lock, polling; nothing of the write has run yet, so giving up loses nothing."""
    patience = hook.patience if hook is not None else BUSY_TIMEOUT_MS / 1000
    raw.execute("PRAGMA busy_timeout=0")
    start = time.monotonic()
    told = False
    acquired = False
    try:
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as error:
                if not _is_busy(error):
                    raise
            else:
                acquired = True
                break
            elapsed = time.monotonic() - start
            if elapsed >= patience:
                raise ProjectBusyError(
                    f"the project is busy: another program has been writing to it for {elapsed:.0f} s"
                )
            if hook is not None and elapsed >= QUIET_WAIT_SECONDS:
                told = True
                hook.waiting(elapsed)
            time.sleep(LOCK_POLL_SECONDS)
        raw.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    finally:
        if told:
            assert hook is not None
            hook.finished(acquired)


def _install_sqlite_events(engine: Engine, hooks: dict[int, LockWaitHook] | None = None) -> None:
    hooks = hooks if hooks is not None else {}

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
    def _on_begin(connection: Connection) -> None:
        if connection.get_execution_options().get("curator_write"):
            _begin_immediate(sqlite_connection(connection), hooks.get(threading.get_ident()))
        else:
            connection.exec_driver_sql("BEGIN DEFERRED")


class Project:
    """An open project: the engine plus the two ways in, `read()` and `write()`.

    Every write goes through `write()`: one short IMMEDIATE transaction, committed before it returns,
    so whatever the caller shows as saved is on disk. If another program holds the lock, `write()` waits
    for it before running anything (see `wait_for_lock_with`) or raises `ProjectBusyError`.
    """

    is_server = False  # a team server's project (storage.server) is not a file: no file backups, no PRAGMAs

    def __init__(
        self,
        path: Path,
        engine: Engine,
        annotator_name: str,
        lock_hooks: dict[int, LockWaitHook] | None = None,
    ) -> None:
        self.path = path
        self._lock_hooks = lock_hooks if lock_hooks is not None else {}
        # What opening found and did that the user should hear about (e.g. a killed import removed).
        self.notes: list[str] = []
        # The document versions this project wrote and saw: what undo and compare-and-set check against.
        self.versions = DocumentVersions()
        self._attach(engine)
        self.annotator_name = annotator_name
        # Why writes are refused, when they are: set when a check finds damage that reading survives.
        self.read_only_reason: str | None = None
        self.closed = False
        self.annotator_id = self._ensure_annotator(annotator_name)

    def _attach(self, engine: Engine) -> None:
        self.engine = engine
        self._write_engine = engine.execution_options(curator_write=True)
        # Idle for the project's life: when the last connection to a WAL database closes, SQLite
        # checkpoints and deletes the WAL (several fsyncs), which NullPool made every short transaction
        # pay. Measured: 300 text files imported one transaction each, 11.5 s without it, 5.5 s with it.
        self._keeper = engine.raw_connection()

    @property
    def label(self) -> str:
        """How messages and the window title name the project: its file, or its server's URL."""
        return str(self.path)

    def wait_for_lock_with(self, hook: LockWaitHook | None) -> None:
        """Writes from the calling thread wait for the lock through `hook` (None: block quietly again)."""
        if hook is None:
            self._lock_hooks.pop(threading.get_ident(), None)
        else:
            self._lock_hooks[threading.get_ident()] = hook

    @contextmanager
    def read(self) -> Iterator[Session]:
        with translating_damage(self.path), Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        if self.read_only_reason is not None:
            raise ProjectReadOnlyError(f"{self.path}: opened read-only, {self.read_only_reason}")
        with translating_damage(self.path), Session(self._write_engine, expire_on_commit=False) as session:
            session.info[ANNOTATOR_KEY] = getattr(self, "annotator_id", None)  # None while creating it
            with session.begin():
                self.versions.begin(session)
                yield session
            self.versions.committed(session)

    def reopen(self) -> None:
        """Drop the connections and connect to the same file again, after a `ProjectDamagedError` from a
        broken connection (disk I/O error once the locks were lost, a file system that came back).

        The same object stays in use, so the window, its undo commands and running jobs keep working.
        A file that vanished or is no longer SQLite is refused rather than re-created empty; one that
        fails the quick check stays closed."""
        self.close()
        if not self.path.is_file():
            raise ProjectDamagedError(f"{self.path}: the project file is gone; it was not re-created.")
        _check_is_sqlite(self.path)
        engine = _create_engine(self.path, self._lock_hooks)
        try:
            _quick_check(engine, self.path)
            self._attach(engine)
            self.closed = False
        except Exception:
            engine.dispose()
            raise

    def close(self) -> None:
        self.closed = True
        try:
            self._keeper.close()
        except sqlite3.Error:  # closing a connection whose file broke must still let go of the engine
            pass
        self.engine.dispose()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    def data_version(self) -> int:
        """Changes whenever any connection, in this process or another, commits (PRAGMA data_version)."""
        return int(sqlite_connection(self._keeper).execute("PRAGMA data_version").fetchone()[0])

    def schema_revision(self) -> str | None:
        with self.engine.connect() as connection:
            return migrate.current_revision(connection)

    def backup(self, destination: Path) -> Path:
        """Copy the live database consistently (never a file copy of a WAL database)."""
        destination = Path(destination)
        if destination.exists():
            raise CuratorError(f"{destination}: a file of that name exists already")
        snapshot_into(self.engine, destination)
        return destination

    def integrity_check(self) -> str:
        with self.engine.connect() as connection:
            return str(connection.exec_driver_sql("PRAGMA integrity_check").scalar())

    def _ensure_annotator(self, name: str) -> int:
        with self.write() as session:
            found = session.execute(select(col(Annotator.id)).where(col(Annotator.name) == name)).scalar()
            if found is not None:
                return int(found)
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


def _create_engine(path: Path, lock_hooks: dict[int, LockWaitHook]) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False}, poolclass=NullPool)
    _install_sqlite_events(engine, lock_hooks)
    return engine


def _latest_backup_hint(path: Path) -> str:
    rolling = backup_paths(path)
    before_migration = sorted(path.parent.glob(f"{path.name}.bak-*"), key=lambda p: p.stat().st_mtime)
    candidates = rolling[:1] + before_migration[-1:]
    if not candidates:
        return ""
    latest = max(candidates, key=lambda p: p.stat().st_mtime)
    return f" The latest backup is {latest}. Restore it with: curator restore BACKUP NEW_FILE"


def _check_is_sqlite(path: Path) -> None:
    """Refuse what is not a Curator project this Curator can open, reading the file only through SQLite.

    Python's `open()` is never used on the project file: closing any descriptor of it drops the process's
    POSIX locks (RELIABILITY.md). The size comes from `os.stat`; the rest from a read-only SQLite
    connection that reads the schema, whose "file is not a database" is translated here.
    """
    try:
        size = os.stat(path).st_size
    except OSError as error:
        raise ProjectOpenError(f"{path}: cannot be read ({error.strerror})") from error
    if size == 0:
        raise ProjectOpenError(
            f"{path}: the file is empty (0 bytes), not a Curator project; it was left as it is"
        )
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
            names = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            tables = {row[0] for row in names}
            revision = None
            if "alembic_version" in tables:
                found = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(found[0]) if found else None
    except sqlite3.DatabaseError as error:
        raise _open_error(path, error) from error
    if tables and "alembic_version" not in tables:
        raise ProjectOpenError(f"{path}: an SQLite database, but not a Curator project")
    if revision is not None and not migrate.is_known_revision(revision):
        raise ProjectOpenError(
            f"{path}: made by a newer Curator (schema {revision}); upgrade Curator to open it"
            f" (this one knows schemas up to {migrate.head_revision()})"
        )


def _open_error(path: Path, error: sqlite3.DatabaseError) -> ProjectOpenError:
    reason = str(error)
    if "file is not a database" in reason:
        return ProjectOpenError(f"{path}: not a Curator project (the file is not an SQLite database)")
    if isinstance(error, sqlite3.OperationalError) and "unable to open" in reason:
        return ProjectOpenError(f"{path}: cannot be read ({reason})")
    return ProjectOpenError(f"{path}: the database is damaged ({reason}).{_latest_backup_hint(path)}")


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
        remove_stale_temporaries(path.parent, TEMP_SUFFIX)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        snapshot_into(engine, path.with_name(f"{path.name}.bak-{current}-{stamp}"))
    with engine.execution_options(curator_write=True).connect() as connection:
        migrate.upgrade(connection)


def open_project_file(path: str | Path, *, create: bool = True, annotator: str | None = None) -> Project:
    """Open (or create) the project file at `path`, check it, migrate it, and remove killed imports.

    The file only: its tables are there, their default rows are not. What a project starts with (the
    default schema) is `curator.core.project.setup.open_project`'s business, which calls this.
    """
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
    lock_hooks: dict[int, LockWaitHook] = {}
    engine = _create_engine(path, lock_hooks)
    try:
        if exists:
            _quick_check(engine, path)
        _migrate(engine, path)
        project = Project(path, engine, annotator or default_annotator_name(), lock_hooks)
    except DBAPIError as error:
        engine.dispose()
        if _is_damage(error):  # quick_check passed, yet a page the first writes need is damaged
            raise ProjectOpenError(
                f"{path}: the database is damaged ({error.orig}).{_latest_backup_hint(path)}"
            ) from error
        raise
    except Exception:
        engine.dispose()
        raise
    project.read_only_reason = _stored_damage(project)
    if project.read_only_reason is not None:
        return project
    try:
        project.notes.extend(recover_dead_runs(project))
    except Exception:
        project.close()
        raise
    return project


def _is_damage(error: DBAPIError) -> bool:
    """SQLite's corrupt / not-a-database errors, as opposed to a busy lock or a full disk."""
    original = error.orig
    return isinstance(original, sqlite3.DatabaseError) and not isinstance(original, sqlite3.OperationalError)


def _stored_damage(project: Project) -> str | None:
    """Why the project stays read-only: the last full check (stored by `project.health`) found damage.

    A later check that passes clears it; until then no write makes the damage worse.
    """
    with project.engine.connect() as connection:
        stored = connection.execute(
            text("SELECT value FROM project_info WHERE key = :key"), {"key": HEALTH_KEY}
        ).scalar()
    return recorded_damage(stored)


def table_row_count(project: Project, table: str) -> int:
    """Row count of a known table; used by stats and tests (table names are never user input)."""
    allowed = {"documents", "spans", "labels", "annotators"}
    if table not in allowed:
        raise ValueError(table)
    with project.engine.connect() as connection:
        return int(connection.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one())
