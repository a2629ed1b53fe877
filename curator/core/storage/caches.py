"""Cache databases in the user's cache folder (search index, stored tokens, duplicate signatures), never
the project file.

They hold nothing that is not in the project, so a file that is not ours or is damaged is deleted and
made again instead of being reported: the next search or export rebuilds what it needs.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar


def open_cache(path: Path, open_: Callable[[], sqlite3.Connection]) -> sqlite3.Connection:
    """`open_()` the cache at `path` (its folder made if needed); once more on a fresh file if it fails."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return open_()
    except sqlite3.DatabaseError:
        path.unlink(missing_ok=True)
        return open_()


def text_digest(text: str) -> bytes:
    """What a cache entry is keyed by beside its document: a changed text misses, nothing to invalidate."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class CacheFile:
    """One cache database, opened on first use; any failure to open or write it makes it `broken`, and
    the caller then works without it (a read-only or full cache folder must never fail an export).
    Subclasses make their tables in `_open` and name the table `clear` empties. One thread at a time."""

    TABLE: ClassVar[str]

    def __init__(self, path: Path) -> None:
        self.path = path
        self._connection: sqlite3.Connection | None = None
        self.broken = False

    def clear(self) -> None:
        """Forget every entry (the next use computes them all again)."""
        connection = self._connect()
        if connection is not None:
            with connection:
                connection.execute(f"DELETE FROM {self.TABLE}")

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def _connect(self) -> sqlite3.Connection | None:
        if self._connection is None and not self.broken:
            try:
                self._connection = open_cache(self.path, self._open)
            except (OSError, sqlite3.Error):
                self.broken = True
        return self._connection

    def _open(self) -> sqlite3.Connection:
        raise NotImplementedError

    def _give_up(self) -> None:
        self.close()
        self.broken = True
