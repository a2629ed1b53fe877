"""A read-only look at a project file for commands that only count (`curator stats`), with the standard
library's sqlite3 alone.

Opening a project to work in it (`database.open_project_file`) checks and migrates the file, registers
the annotator and removes the documents of a killed import: writes, and 0.6 s of SQLAlchemy's ORM and
SQLModel imported, where the counts themselves take milliseconds. A command that only reads needs none
of that for an up-to-date, undamaged project with no killed import waiting: `open_snapshot` recognises
exactly that case and returns None for every other one (a missing, empty or foreign file, one to
migrate, one with damage found or recorded, a killed import), so that the caller opens the project the
full way, which refuses, migrates or repairs it with its own words. The file is opened only through
SQLite, for queries only, never with Python's `open()` (RELIABILITY.md: that would drop SQLite's locks).
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import quote

from curator.core.storage.revisions import VERSION_TABLE, head_revision
from curator.core.storage.run_states import RUNNING, this_host
from curator.core.storage.staging import process_alive

BUSY_TIMEOUT_MS = 15_000
HEALTH_KEY = "last_health_check"  # project_info: the last full check, as JSON (curator.core.project.health)


def read_only_uri(path: Path) -> str:
    """An SQLite URI that opens `path` read-only: reading a backup or a suspect file never changes it."""
    return f"file:{quote(str(path.resolve()))}?mode=ro"


def _existing_uri(path: Path) -> str:
    """Read-write but never created, and queries only (`PRAGMA query_only`): a read-only connection
    could not remove the WAL files on close, and would leave them beside the project after every read."""
    return f"file:{quote(str(path.resolve()))}?mode=rw"


def recorded_damage(stored: str | None) -> str | None:
    """Why the project stays read-only, from the stored report of the last full check (None: it passed,
    or none was made); a later check that passes clears it."""
    try:
        report = json.loads(stored) if stored else None
    except ValueError:
        return None
    if not isinstance(report, dict) or report.get("ok", True):
        return None
    return f"the health check of {report.get('checked_at', '?')} found damage (see curator check)"


class Snapshot:
    """One read transaction on a read-only connection: every figure read through it is of one moment,
    whatever other programs commit meanwhile. `execute` takes SQL with `?` placeholders, like
    `driver.PlainSQL`, so the same queries run here and on an open `Project`. `errors` is what the
    driver raises: a caller that meets one mid-way hands the work to the full open instead."""

    errors: tuple[type[Exception], ...] = (sqlite3.Error,)

    def __init__(self, connection: Any) -> None:
        self._connection = connection

    def execute(self, statement: str, parameters: Any = (), /) -> Iterable[Any]:
        return self._connection.execute(statement, parameters)

    def close(self) -> None:
        self._connection.close()  # ends the read transaction: nothing was written

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def open_snapshot(path: Path) -> Snapshot | None:
    """A snapshot of the project file at `path` if it is one that opening would leave as it is; None for
    anything else (see the module's docstring), including any error SQLite reports on the way."""
    try:
        if not path.is_file() or os.stat(path).st_size == 0:
            return None
        connection = sqlite3.connect(_existing_uri(path), uri=True, isolation_level=None)
    except (OSError, sqlite3.Error):
        return None
    try:
        connection.execute("PRAGMA query_only=ON")
        connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        connection.execute("BEGIN")
        if _opens_unchanged(connection):
            return Snapshot(connection)
    except sqlite3.Error:
        pass
    connection.close()
    return None


def _opens_unchanged(connection: sqlite3.Connection) -> bool:
    """Up to date, passes the quick check as opening checks it, no damage recorded, no killed import."""
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if VERSION_TABLE not in tables or "project_info" not in tables:
        return False
    revisions = [row[0] for row in connection.execute(f"SELECT version_num FROM {VERSION_TABLE}")]
    if revisions != [head_revision()]:
        return False
    if connection.execute("PRAGMA quick_check").fetchone() != ("ok",):
        return False
    stored = connection.execute("SELECT value FROM project_info WHERE key = ?", (HEALTH_KEY,)).fetchone()
    if recorded_damage(stored[0] if stored else None) is not None:
        return False
    return not _killed_import(connection)


def _killed_import(connection: sqlite3.Connection) -> bool:
    """A run on this host whose process is gone: opening removes its documents (`recover_dead_runs`)."""
    runs = connection.execute(
        "SELECT pid FROM import_runs WHERE status = ? AND host = ?", (RUNNING, this_host())
    ).fetchall()
    return any(pid is not None and pid != os.getpid() and not process_alive(pid) for (pid,) in runs)
