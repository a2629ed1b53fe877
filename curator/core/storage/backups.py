"""Rolling backups of a project, written so that a killed backup never leaves a 0-byte or partial file.

A backup is a consistent snapshot made by SQLite (`VACUUM INTO`, never a file copy of a live WAL
database) into a hidden temporary name, fsynced, and renamed into `NAME.backups/NAME-YYYYmmdd-HHMMSS.curator`
beside the project; the folder is fsynced so the rename survives a power loss. The last K are kept (the
project's `backup_keep` setting, default 10). A damaged project is never backed up: its copies would push
the good backups out of the rotation.
"""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, text

from curator.core.domain import CuratorError
from curator.core.storage.driver import sqlite_connection
from curator.core.storage.snapshot import read_only_uri
from curator.core.storage.staging import (
    fsync_file,
    fsync_folder,
    remove_stale_temporaries,
    temporary_path,
)

if TYPE_CHECKING:
    from curator.core.storage.database import Project

TEMP_SUFFIX = ".backup-part"
DEFAULT_KEEP = 10
KEEP_KEY = "backup_keep"
BACKUP_AGE = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One backup file as a later dialog lists it; counts are None when the file cannot be read."""

    path: Path
    created: datetime
    size: int
    documents: int | None
    spans: int | None

    def to_dict(self) -> dict[str, object]:
        return {
            "path": str(self.path),
            "created": self.created.isoformat(timespec="seconds"),
            "size": self.size,
            "documents": self.documents,
            "spans": self.spans,
        }


def snapshot_into(engine: Engine, destination: Path) -> None:
    """Write a consistent copy of the database behind `engine` to `destination`, atomically.

    VACUUM cannot run inside a transaction, and every SQLAlchemy connection begins one, so it runs on
    the raw driver connection.
    """
    raw = engine.raw_connection()
    try:
        copy_database(sqlite_connection(raw), destination)
    finally:
        raw.close()


def copy_database(connection: sqlite3.Connection, destination: Path) -> None:
    """`VACUUM INTO` a temporary file beside `destination`, fsync it, rename it; a failure removes it."""
    temporary = temporary_path(destination, TEMP_SUFFIX)
    try:
        connection.execute("VACUUM INTO ?", (str(temporary),))
        fsync_file(temporary)
        os.replace(temporary, destination)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_folder(destination.parent)


def backups_folder(project_path: Path) -> Path:
    return project_path.with_name(f"{project_path.stem}.backups")


def _backup_pattern(project_path: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(project_path.stem)}-\d{{8}}-\d{{6}}(-\d+)?\.curator$")


def _backup_files(project_path: Path) -> list[Path]:
    """Our backups of this project, oldest first."""
    folder = backups_folder(project_path)
    if not folder.is_dir():
        return []
    pattern = _backup_pattern(project_path)
    found = [entry for entry in folder.iterdir() if pattern.match(entry.name) and entry.is_file()]
    return sorted(found, key=lambda entry: (entry.stat().st_mtime, entry.name))


def _new_backup_path(project_path: Path, now: datetime) -> Path:
    folder = backups_folder(project_path)
    base = f"{project_path.stem}-{now.strftime('%Y%m%d-%H%M%S')}"
    candidate = folder / f"{base}.curator"
    number = 2
    while candidate.exists():
        candidate = folder / f"{base}-{number}.curator"
        number += 1
    return candidate


def backup_keep(project: Project) -> int:
    """How many backups the rotation keeps: the project's `backup_keep` setting, else DEFAULT_KEEP."""
    with project.engine.connect() as connection:
        value = connection.execute(
            text("SELECT value FROM project_info WHERE key = :key"), {"key": KEEP_KEY}
        ).scalar()
    try:
        return max(1, int(value)) if value is not None else DEFAULT_KEEP
    except ValueError:
        return DEFAULT_KEEP


def set_backup_keep(project: Project, keep: int) -> None:
    if keep < 1:
        raise CuratorError(f"keep at least one backup, not {keep}")
    with project.write() as session:
        session.execute(
            text("INSERT INTO project_info (key, value) VALUES (:key, :value) "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
            {"key": KEEP_KEY, "value": str(keep)},
        )  # fmt: skip


def write_backup(project: Project, *, keep: int | None = None) -> BackupInfo:
    """Back the project up now into its backups folder, then keep only the newest `keep` backups."""
    if project.is_server:
        project.backup(project.path)  # refuses, saying how a server is backed up instead
    reason = project.read_only_reason
    if reason is not None:
        raise CuratorError(f"{project.path}: not backed up, {reason}; the earlier backups are kept")
    folder = backups_folder(project.path)
    try:
        folder.mkdir(exist_ok=True)
        remove_stale_temporaries(folder, TEMP_SUFFIX)
        destination = _new_backup_path(project.path, datetime.now())
        snapshot_into(project.engine, destination)
    except OSError as error:
        raise CuratorError(f"{folder}: cannot write a backup ({error.strerror or error})") from error
    _rotate(project.path, keep if keep is not None else backup_keep(project))
    return describe_backup(destination)


def _rotate(project_path: Path, keep: int) -> None:
    files = _backup_files(project_path)
    for old in files[: max(0, len(files) - keep)]:
        old.unlink(missing_ok=True)


def describe_backup(path: Path) -> BackupInfo:
    stat = path.stat()
    documents = spans = None
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
            documents = int(connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
            spans = int(connection.execute("SELECT COUNT(*) FROM spans").fetchone()[0])
    except sqlite3.Error:
        pass  # listed all the same, without counts: the list must show every file that is there
    return BackupInfo(path, datetime.fromtimestamp(stat.st_mtime), stat.st_size, documents, spans)


def list_backups(project_path: Path) -> list[BackupInfo]:
    """Every backup of the project, newest first, with its date, size and document and span counts."""
    return [describe_backup(path) for path in reversed(_backup_files(project_path))]


def backup_paths(project_path: Path) -> list[Path]:
    """The backup files, newest first, without opening them."""
    return list(reversed(_backup_files(project_path)))


def backup_is_due(project_path: Path, now: datetime | None = None) -> bool:
    """Whether the newest backup is older than a day (or there is none)."""
    files = _backup_files(project_path)
    if not files:
        return True
    newest = datetime.fromtimestamp(files[-1].stat().st_mtime)
    return (now or datetime.now()) - newest >= BACKUP_AGE
