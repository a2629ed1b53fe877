"""The POSIX locks a process holds on a file, read from the kernel's table (/proc/locks).

A lost SQLite lock does not show in the data until another process deletes the WAL, so tests that
guard the project's locks look at the locks themselves.
"""

from __future__ import annotations

import os
from pathlib import Path

LOCKS = Path("/proc/locks")


def held_locks(path: Path, pid: int | None = None) -> int:
    """How many POSIX locks process `pid` (this one by default) holds on `path`."""
    pid = os.getpid() if pid is None else pid
    status = os.stat(path)
    wanted = (os.major(status.st_dev), os.minor(status.st_dev), status.st_ino)
    count = 0
    for line in LOCKS.read_text().splitlines():
        fields = [field for field in line.split() if field != "->"]
        major, minor, inode = fields[5].split(":")
        if int(fields[4]) == pid and (int(major, 16), int(minor, 16), int(inode)) == wanted:
            count += 1
    return count


def sidecar(project_path: Path, suffix: str) -> Path:
    return project_path.with_name(project_path.name + suffix)


def project_locks(project_path: Path, pid: int | None = None) -> dict[str, int]:
    """This process's locks on the project file and its `-shm` (SQLite holds one on each while open)."""
    return {p.name: held_locks(p, pid) for p in (project_path, sidecar(project_path, "-shm"))}
