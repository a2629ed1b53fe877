"""Temporary names for files that appear only when complete (backups, exports), and their cleanup.

A file is written under a hidden temporary name beside its target, fsynced, and renamed into place, so a
process killed half way leaves a temporary file, never a 0-byte or partial target. The temporary name
holds the writer's process id: the next run removes the leftovers of writers that no longer run, and
never the file another live process is still writing.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path


def temporary_path(target: Path, suffix: str) -> Path:
    """A fresh hidden name beside `target`: `.NAME.PID-RANDOM` + `suffix` (e.g. `.part`)."""
    return target.with_name(f".{target.name}.{os.getpid()}-{secrets.token_hex(6)}{suffix}")


def _pattern(suffix: str) -> re.Pattern[str]:
    return re.compile(rf"^\..+\.(?P<pid>\d+)-[0-9a-f]{{12}}{re.escape(suffix)}$")


def is_temporary(path: Path, suffix: str) -> bool:
    return _pattern(suffix).match(path.name) is not None


def remove_stale_temporaries(folder: Path, suffix: str) -> list[Path]:
    """Delete the temporary files (exactly our naming) left in `folder` by writers that were killed."""
    pattern = _pattern(suffix)
    removed: list[Path] = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        found = pattern.match(entry.name)
        if found is None or process_alive(int(found["pid"])):
            continue
        try:
            entry.unlink()
        except OSError:
            continue  # best effort: a leftover we cannot delete is no reason to fail the new run
        removed.append(entry)
    return removed


def process_alive(pid: int) -> bool:
    """Whether a process that may still write (a leftover's or an import run's writer) is running.

    A killed child not yet reaped by its parent is a zombie: it writes nothing any more, so it counts as
    gone. Where no cheap, safe probe exists (Windows), a process counts as alive: better to leave a
    leftover than to remove a live writer's file."""
    if os.name == "nt":
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return True
    return state != "Z"


def fsync_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def fsync_folder(folder: Path) -> None:
    """Make a rename durable. Windows cannot open a folder for fsync; there the rename is enough."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
