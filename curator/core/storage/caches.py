"""Cache databases in the user's cache folder (search index, stored tokens): never the project file.

They hold nothing that is not in the project, so a file that is not ours or is damaged is deleted and
made again instead of being reported: the next search or export rebuilds what it needs.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from pathlib import Path


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
