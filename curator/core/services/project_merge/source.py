"""The other project, read only through a temporary file copy of it.

The user's file is opened read-only by SQLite and copied with the backup API (never `open()`: closing a
descriptor of a database drops the process's locks on it, RELIABILITY.md). The copy is checked and, if
it is of an older schema, upgraded — the copy, never their file. A file that is not SQLite, damaged, or
of a newer Curator is refused with a message that names the user's file, not the copy.

A server is copied into the temporary file by `curator copy`'s own code (one consistent snapshot,
verified), so the merge reads both kinds of source the same way; a server of another schema than this
Curator's is refused (its admin upgrades it first).
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from curator.core.domain import CuratorError
from curator.core.services.project_copy import copy_project
from curator.core.services.project_merge.reading import sqlite_reader
from curator.core.services.project_merge.sides import Row
from curator.core.storage.backups import read_only_uri
from curator.core.storage.database import ProjectOpenError, open_project_file
from curator.core.storage.server import is_server_url, server_label


class MergeSourceError(CuratorError):
    """The other file cannot be merged; nothing was changed."""


def _refused(path: Path | str, reason: str) -> MergeSourceError:
    return MergeSourceError(f"{path}: not merged, {reason}; this project is unchanged")


def _copy(path: Path, destination: Path) -> None:
    try:
        if os.stat(path).st_size == 0:
            raise _refused(path, "the file is empty (0 bytes), not a Curator project")
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as source:
            with closing(sqlite3.connect(destination)) as copy:
                source.backup(copy)
    except OSError as error:
        raise _refused(path, f"it cannot be read ({error.strerror or error})") from error
    except sqlite3.DatabaseError as error:
        words = str(error)
        if "file is not a database" in words:
            raise _refused(path, "it is not a Curator project (not an SQLite database)") from error
        raise _refused(path, f"it is damaged ({words})") from error


def _copy_server(url: str, destination: Path) -> None:
    try:
        copy_project(url, destination)
    except CuratorError as error:
        label = server_label(url)
        words = str(error).replace(f"{label}: ", "", 1)
        raise _refused(label, words.removesuffix("; nothing was copied")) from error


@contextmanager
def readable_copy(location: Path | str, annotator: str) -> Iterator[Any]:
    """Yield a function reading the checked, upgraded copy of `location` (a file or a server's URL) in
    plain SQL; the copy is removed afterwards. `annotator` is who opens the copy (the copy records them
    as every opener is recorded)."""
    server = is_server_url(location)
    path: Path | str = server_label(str(location)) if server else Path(location).expanduser()
    if not server and not Path(path).is_file():
        raise _refused(path, "no such file")
    with tempfile.TemporaryDirectory(prefix="curator-merge-") as folder:
        copy = Path(folder) / "other.curator"
        if server:
            _copy_server(str(location), copy)
        else:
            _copy(Path(path), copy)
        try:
            opened = open_project_file(copy, create=False, annotator=annotator)
        except ProjectOpenError as error:
            words = str(error).replace(f"{copy}: ", "", 1)
            words = words.split(" The latest backup is")[0].rstrip(".")
            raise _refused(path, words) from error
        except sqlite3.DatabaseError as error:
            raise _refused(path, f"it is damaged ({error})") from error
        opened.close()
        with closing(sqlite3.connect(copy)) as connection:
            plain = sqlite_reader(connection)

            def read(sql: str, params: dict[str, Any]) -> list[Row]:
                try:
                    return plain(sql, params)
                except sqlite3.DatabaseError as error:
                    raise _refused(path, f"it is damaged ({error})") from error

            yield read
