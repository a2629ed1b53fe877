"""Which files belong to an open project, decided from names and `stat` alone, never by opening them.

POSIX locks belong to the process and the file, not to the descriptor: closing any descriptor of the
project file or its `-shm` drops every lock the process's SQLite connection holds on it (SQLite, "How To
Corrupt An SQLite Database File", §2.2). Another process then believes it is the last connection and
deletes the WAL that this one still uses. So an import that walks the project's own folder must skip
these files without reading them, and an export must not write over them.

A project `P.curator` owns `P.curator` itself (also under another name: a hard link or symlink to it),
`P.curator-wal`, `P.curator-shm`, `P.curator-journal`, and every entry next to it whose name starts
with `P.curator.` (backups `P.curator.bak-…`, the models folder `P.curator.models`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from curator.core.domain import CuratorError

SIDECAR_SUFFIXES = ("-wal", "-shm", "-journal")


@dataclass(frozen=True, slots=True)
class OwnFiles:
    """The files of the project at `path`; `owns(candidate)` says whether an import must leave it alone."""

    path: Path

    def owns(self, candidate: Path) -> bool:
        candidate = Path(candidate)
        return self._named_like(candidate) or _same_entry(candidate, self.path)

    def refuse_as_target(self, target: Path) -> None:
        """Raise a `CuratorError` when writing `target` would overwrite the project or one of its files."""
        if self.owns(target):
            raise CuratorError(
                f"{target}: this is one of the open project's own files; choose another name for the export"
            )

    def _named_like(self, candidate: Path) -> bool:
        name, own = candidate.name, self.path.name
        sidecars = {own + suffix for suffix in SIDECAR_SUFFIXES}
        if name != own and name not in sidecars and not name.startswith(own + "."):
            return False
        return _same_entry(candidate.absolute().parent, self.path.absolute().parent)


def _same_entry(a: Path, b: Path) -> bool:
    """Same path, or the same file or folder under another name (`stat` only: nothing is opened)."""
    if a.absolute() == b.absolute():
        return True
    try:
        return os.path.samestat(os.stat(a), os.stat(b))
    except OSError:
        return False
