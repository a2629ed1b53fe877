"""SIGKILL while a backup is being written leaves no 0-byte or partial backup, and the next run cleans up.

The child (tests/helpers/backup_child.py) writes backups; the parent waits until the temporary file of
one is on disk and growing, then kills the child. Every file left under a backup's own name must be a
complete database, and the next backup (or open, for the backup before a migration) removes the
temporary file.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest

from curator.core.project.setup import open_project
from curator.core.storage.backups import TEMP_SUFFIX, backups_folder, list_backups, write_backup
from curator.core.storage.migrate import head_revision
from curator.core.storage.staging import is_temporary

REPO = Path(__file__).resolve().parents[2]
CHILD = REPO / "tests" / "helpers" / "backup_child.py"
V0004 = REPO / "tests" / "data" / "db_versions" / "v0004.curator"
DOCUMENTS = 3000
WAIT_FOR_TEMPORARY = 120.0


def _fill(path: Path) -> None:
    """Make the project big enough (about 30 MB) that a backup takes a while to write."""
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) "
            "INSERT INTO documents (title, text, language, source, content_hash, status, meta, created_at) "
            "SELECT 'big ' || i, hex(randomblob(5000)), 'en', 'test', hex(randomblob(16)), 'new', '{}', "
            "'2026-12-01 00:00:00' FROM n",
            (DOCUMENTS,),
        )
        connection.commit()


def _complete(path: Path, documents: int) -> bool:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        ok = connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return ok and connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0] == documents


def _kill_when(mode: str, path: Path, temporary_in: Path, stderr: Path) -> None:
    """Start the child and SIGKILL it as soon as a backup temporary file in `temporary_in` has data."""
    python_path = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    env = {**os.environ, "PYTHONPATH": python_path}
    with stderr.open("wb") as err:
        process = subprocess.Popen(
            [sys.executable, str(CHILD), mode, str(path)], stdout=subprocess.DEVNULL, stderr=err, env=env
        )
    try:
        _wait(lambda: any(_is_growing_temporary(entry) for entry in _entries(temporary_in)), process, stderr)
        process.send_signal(signal.SIGKILL)
        assert process.wait(10) == -signal.SIGKILL
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def _entries(folder: Path) -> list[Path]:
    return list(folder.iterdir()) if folder.is_dir() else []


def _is_growing_temporary(entry: Path) -> bool:
    try:
        return is_temporary(entry, TEMP_SUFFIX) and entry.stat().st_size > 0
    except FileNotFoundError:
        return False  # renamed into place between the listing and the stat


def _wait(condition: Callable[[], bool], process: subprocess.Popen[bytes], stderr: Path) -> None:
    deadline = time.monotonic() + WAIT_FOR_TEMPORARY
    while not condition():
        assert process.poll() is None, f"the child ended early: {stderr.read_text()}"
        assert time.monotonic() < deadline, "no backup was being written"
        time.sleep(0.001)


@pytest.mark.slow
def test_sigkill_during_a_rolling_backup_leaves_no_partial_backup(tmp_path: Path) -> None:
    path = tmp_path / "big.curator"
    open_project(path, annotator="setup").close()
    _fill(path)
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        documents = connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    folder = backups_folder(path)
    for round_ in range(2):
        _kill_when("backup", path, folder, tmp_path / f"child-{round_}.err")
        assert [entry for entry in folder.iterdir() if is_temporary(entry, TEMP_SUFFIX)], "killed mid-backup"
        finished = [info.path for info in list_backups(path)]
        assert all(backup.stat().st_size > 0 and _complete(backup, documents) for backup in finished)
    with open_project(path, create=False, annotator="after") as project:
        write_backup(project)
    assert [entry for entry in folder.iterdir() if is_temporary(entry, TEMP_SUFFIX)] == []
    assert all(_complete(info.path, documents) for info in list_backups(path))


@pytest.mark.slow
def test_sigkill_during_the_backup_before_a_migration_leaves_no_partial_backup(tmp_path: Path) -> None:
    path = tmp_path / "old.curator"
    shutil.copyfile(V0004, path)
    _fill(path)
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        documents = connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]
    _kill_when("migrate", path, tmp_path, tmp_path / "child.err")
    assert [entry for entry in tmp_path.iterdir() if is_temporary(entry, TEMP_SUFFIX)], "killed mid-backup"
    for backup in tmp_path.glob("old.curator.bak-*"):
        assert backup.stat().st_size > 0 and _complete(backup, documents), backup
    with open_project(path, create=False, annotator="after") as project:
        assert project.schema_revision() == head_revision()
    assert [entry for entry in tmp_path.iterdir() if is_temporary(entry, TEMP_SUFFIX)] == []
    backups = list(tmp_path.glob("old.curator.bak-0004-*"))
    assert len(backups) == 1 and _complete(backups[0], documents)
