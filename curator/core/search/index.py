"""An FTS5 index of every document's folded text, kept in the user's cache folder beside the project.

Why a cache file and not a table in the project: the index is derived data, rebuilt from the documents
at any time, and it must be right whichever path changed a text (import, a text edit, its undo and redo,
a merge, another program, a team server). Rather than every one of those writers keeping a second table
in step, the index compares itself with the project before each search: one aggregate over the
documents (count, ids, versions: `refresh_documents` bumps the version of every document a step
touches) says whether anything changed, and only then are the (id, version) pairs compared and the
documents that changed folded again. It works the same for a project file and a PostgreSQL server,
whose clients each keep their own. A damaged or foreign cache file is simply rebuilt.

The index only narrows the documents to read: `candidates` returns the ids whose folded tokens contain
the query's tokens as a phrase (the last one as a prefix), a superset of the documents with a match;
`matching` then finds the exact offsets in the original text.
"""

from __future__ import annotations

import hashlib
import sqlite3
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

from platformdirs import user_cache_path
from sqlalchemy import func, select
from sqlmodel import col

from curator.core.knowledge.base import fold_for_matching
from curator.core.storage.caches import open_cache
from curator.core.storage.database import Project
from curator.core.storage.models import Document, ProjectInfo

FORMAT = "1"  # bump when the folding or the table layout changes: old cache files are rebuilt
_CHUNK = 500
_TOKEN_CATEGORIES = frozenset({"Mn", "Co"})  # token characters of unicode61 that `isalnum` is not
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS docs (id INTEGER PRIMARY KEY, version INTEGER NOT NULL)",
    "CREATE VIRTUAL TABLE IF NOT EXISTS folded USING fts5(body, tokenize='unicode61 remove_diacritics 0')",
)


def index_path(project: Project) -> Path:
    """One cache file per project (its path or server URL), named by a digest so no URL shows in it."""
    digest = hashlib.sha256(project.label.encode("utf-8")).hexdigest()[:24]
    return user_cache_path("curator", appauthor=False) / "search" / f"{digest}.sqlite"


def fts_query(folded_query: str) -> str | None:
    """The FTS5 phrase that every document matching `folded_query` contains; None if it has no token.

    The query goes in as one quoted phrase, so FTS5 splits it with the same tokenizer as the documents
    (a hand-made split would differ on marks: unicode61 keeps an Arabic haraka inside its word, Python's
    `\\w` does not); the last token is a prefix, as the query may end inside a word ("bisk")."""
    if not any(char.isalnum() or unicodedata.category(char) in _TOKEN_CATEGORIES for char in folded_query):
        return None  # only spaces and punctuation: an empty phrase would match nothing
    return '"' + folded_query.replace('"', '""') + '"*'


class SearchIndex:
    """The cache of one project; `sync` before `candidates`. One thread at a time may use it (the
    window hands it from one search job to the next, never to two at once)."""

    def __init__(self, project: Project, path: Path | None = None) -> None:
        self.project = project
        self.path = path or index_path(project)
        self._connection: sqlite3.Connection | None = None
        # A project file's PRAGMA data_version when the index last matched it: while it stays the same,
        # nobody committed anything, and even the aggregate over the documents can be skipped.
        self._synced_at: int | None = None

    def _connect(self) -> sqlite3.Connection:
        if self._connection is None:
            self._connection = open_cache(self.path, self._open)
        return self._connection

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=30, isolation_level=None, check_same_thread=False)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            for statement in _SCHEMA:
                connection.execute(statement)
            stored = dict(connection.execute("SELECT key, value FROM meta"))
            if stored.get("format") != FORMAT or stored.get("project") != self._fingerprint():
                self._clear(connection)
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    def _fingerprint(self) -> str:
        """Tells this project from another that later took its path (a restored or re-created file)."""
        with self.project.read() as session:
            created = session.get(ProjectInfo, "created_at")
        return f"{self.project.label}|{created.value if created else ''}"

    def _clear(self, connection: sqlite3.Connection) -> None:
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("DELETE FROM docs")
        connection.execute("DELETE FROM folded")
        connection.execute("DELETE FROM meta")
        connection.executemany(
            "INSERT INTO meta (key, value) VALUES (?, ?)",
            [("format", FORMAT), ("project", self._fingerprint()), ("stamp", "")],
        )
        connection.execute("COMMIT")

    def rebuild(self) -> int:
        """Forget everything and index every document again; returns how many were indexed."""
        self._clear(self._connect())
        self._synced_at = None
        return self.sync()

    def sync(self) -> int:
        """Bring the index up to the project's documents; returns how many documents were (re)indexed."""
        connection = self._connect()
        marker = None if self.project.is_server else self.project.data_version()
        if marker is not None and marker == self._synced_at:
            return 0
        reindexed = self._sync(connection)
        self._synced_at = marker
        return reindexed

    def _sync(self, connection: sqlite3.Connection) -> int:
        with self.project.read() as session:
            stamp = "|".join(
                str(value)
                for value in session.execute(
                    select(
                        func.count(col(Document.id)),
                        func.max(col(Document.id)),
                        func.sum(col(Document.id)),
                        func.sum(col(Document.version)),
                    )
                ).one()
            )
            stored = connection.execute("SELECT value FROM meta WHERE key = 'stamp'").fetchone()
            if stored is not None and stored[0] == stamp:
                return 0
            current = dict(session.execute(select(col(Document.id), col(Document.version))).all())
            indexed = dict(connection.execute("SELECT id, version FROM docs").fetchall())
            changed = sorted(id_ for id_, version in current.items() if indexed.get(id_) != version)
            gone = [id_ for id_ in indexed if id_ not in current]
            connection.execute("BEGIN IMMEDIATE")
            try:
                self._forget(connection, gone)
                for start in range(0, len(changed), _CHUNK):
                    chunk = changed[start : start + _CHUNK]
                    texts = session.execute(
                        select(col(Document.id), col(Document.text)).where(col(Document.id).in_(chunk))
                    )
                    self._forget(connection, chunk)
                    rows = [(id_, fold_for_matching(text)) for id_, text in texts]
                    connection.executemany("INSERT INTO folded (rowid, body) VALUES (?, ?)", rows)
                    connection.executemany(
                        "INSERT INTO docs (id, version) VALUES (?, ?)",
                        [(id_, current[id_]) for id_, _ in rows],
                    )
                connection.execute("UPDATE meta SET value = ? WHERE key = 'stamp'", (stamp,))
                connection.execute("COMMIT")
            except BaseException:
                connection.execute("ROLLBACK")
                raise
        return len(changed)

    @staticmethod
    def _forget(connection: sqlite3.Connection, ids: Iterable[int]) -> None:
        pairs = [(id_,) for id_ in ids]
        connection.executemany("DELETE FROM folded WHERE rowid = ?", pairs)
        connection.executemany("DELETE FROM docs WHERE id = ?", pairs)

    def candidates(self, folded_query: str, page: int = 500) -> Iterator[list[int]] | None:
        """Ids of the documents that may contain `folded_query`, ascending, `page` at a time (a caller
        that has its hits stops asking); None: the index cannot tell."""
        phrase = fts_query(folded_query)
        if phrase is None:
            return None
        return self._pages(phrase, page)

    def _pages(self, phrase: str, page: int) -> Iterator[list[int]]:
        connection = self._connect()
        last = 0
        while True:
            rows = connection.execute(
                "SELECT rowid FROM folded WHERE folded MATCH ? AND rowid > ? ORDER BY rowid LIMIT ?",
                (phrase, last, page),
            ).fetchall()
            if rows:
                yield [row[0] for row in rows]
            if len(rows) < page:
                return
            last = rows[-1][0]

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
