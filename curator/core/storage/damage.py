"""SQLite's own words for a broken connection or a damaged file, turned into a message for the user.

`disk I/O error` or `database disk image is malformed` on stderr tells the user nothing and repeats on
every key; a `ProjectDamagedError` names the project and says what to do.
`database is locked` is not damage (another writer holds the lock) and is left for the busy handling.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from curator.core.domain import ProjectDamagedError

REOPEN = "Reopen the project; if this happens again, check the disk and restore the latest backup."
RESTORE = "Restore the latest backup (or copy the project away before trying anything else)."

# (SQLite result-code name prefix, words SQLite uses, what the user is told, what to do)
_SIGNS: tuple[tuple[str, str, str, str], ...] = (
    ("SQLITE_IOERR", "disk i/o error", "the connection to the project file broke", REOPEN),
    ("SQLITE_CORRUPT", "malformed", "the project file is damaged", RESTORE),
    ("SQLITE_NOTADB", "file is not a database", "the project file is no longer a database", RESTORE),
    ("SQLITE_CANTOPEN", "unable to open database file", "the project file cannot be opened any more "
     "(moved, deleted, or its folder is gone)", REOPEN),
    ("SQLITE_READONLY", "readonly database", "the project file cannot be written (read-only, or "
     "replaced or deleted while open)", REOPEN),
    ("SQLITE_FULL", "database or disk is full", "the disk is full", "Free some space, then reopen it."),
    # pysqlite's own error when stored text is no longer UTF-8: a flipped bit inside a row
    ("", "could not decode to utf-8", "the project file is damaged (stored text is not UTF-8)", RESTORE),
)  # fmt: skip


def _sqlite_error(error: BaseException) -> sqlite3.DatabaseError | None:
    if isinstance(error, DBAPIError):
        error = error.orig  # type: ignore[assignment]
    return error if isinstance(error, sqlite3.DatabaseError) else None


def damage_error(error: BaseException, path: Path) -> ProjectDamagedError | None:
    """The user's error for a broken connection or damaged file, or None when `error` is not one."""
    if isinstance(error, ProjectDamagedError):
        return error
    sqlite_error = _sqlite_error(error)
    if sqlite_error is None:
        return None
    name = getattr(sqlite_error, "sqlite_errorname", "") or ""
    words = str(sqlite_error)
    for prefix, sign, meaning, advice in _SIGNS:
        if (prefix and name.startswith(prefix)) or sign in words.lower():
            return ProjectDamagedError(f"{path}: {meaning} ({_detail(words)}). {advice}")
    return None


def _detail(words: str) -> str:
    """pysqlite's decode error quotes the damaged bytes themselves: name only the column they are in."""
    column = re.search(r"could not decode to utf-8 column '([^']*)'", words, flags=re.IGNORECASE)
    return f"in column {column.group(1)!r}" if column else _shown(words)


def _shown(words: str, limit: int = 100) -> str:
    """SQLite's words may quote the damaged bytes: keep them short and printable."""
    words = "".join(c if c.isprintable() else "?" for c in words)
    return words if len(words) <= limit else words[: limit - 1] + "…"


@contextmanager
def translating_damage(path: Path) -> Iterator[None]:
    """Raise a ProjectDamagedError in place of SQLite's bare error; any other error passes as it is."""
    try:
        yield
    except (DBAPIError, sqlite3.DatabaseError) as error:
        damaged = damage_error(error, path)
        if damaged is None:
            raise
        raise damaged from error
