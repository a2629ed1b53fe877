"""The duplicate search's per-document work, kept in the user's cache folder (issue 14.3).

The first pass of `find_duplicate_groups` folds every text, hashes its word 5-grams and takes a MinHash
signature: 3.3 s of a 5 s spaCy export of 10,000 one-sentence tasks (the export's train/dev split is
by near-duplicate group), the same figures for the same texts every time. Here each document's result
(the digest of its folded text, for exact copies, its LSH band keys, and its word 5-gram hashes, which
the second pass compares for the candidate pairs: folding the candidates' texts again was most of a warm
search) is kept, keyed by the document and a digest of its text, so an unchanged text is read back and
an edited one misses and is computed again. What is done with them (candidate pairs, each verified by the
true similarity of its two shingle sets) is not cached, so the groups are exactly those computed from
scratch.

Like the token store (see there for why a cache file and not a table of the project) it is one SQLite
file per project; a damaged or unwritable file only costs the computing it would save. `FORMAT` names
the MinHash parameters, so a change to them empties old files instead of mixing signatures.
"""

from __future__ import annotations

import hashlib
import sqlite3
from array import array
from collections.abc import Sequence
from pathlib import Path

from platformdirs import user_cache_path

from curator.core.storage.caches import CacheFile, text_digest
from curator.core.storage.database import Project

# (digest of the folded text, or b"" when it folds to nothing; band keys, none for a text without words;
# the shingle hashes, packed as array("Q") bytes)
Signature = tuple[bytes, tuple[int, ...], bytes]
_TABLE = (
    "CREATE TABLE IF NOT EXISTS signatures (document INTEGER PRIMARY KEY, digest BLOB NOT NULL,"
    " folded BLOB NOT NULL, bands BLOB NOT NULL, shingles BLOB NOT NULL)"
)


def store_path(project: Project) -> Path:
    """One cache file per project (its path or server URL), named by a digest so no URL shows in it."""
    digest = hashlib.sha256(project.label.encode("utf-8")).hexdigest()[:24]
    return user_cache_path("curator", appauthor=False) / "signatures" / f"{digest}.sqlite"


class SignatureStore(CacheFile):
    """The stored signatures of one project's documents; `parameters` names how they were computed.
    One thread at a time may use it."""

    TABLE = "signatures"

    def __init__(self, project: Project, parameters: str, path: Path | None = None) -> None:
        super().__init__(path or store_path(project))
        self._format = f"2:{parameters}"

    def load(self, documents: Sequence[tuple[int, str]]) -> list[Signature | None]:
        """The stored signature of each (id, text), None where there is none for that text."""
        rows = self._rows("folded, bands, shingles", documents)
        return [None if row is None else (row[0], tuple(array("q", row[1])), row[2]) for row in rows]

    def shingles(self, documents: Sequence[tuple[int, str]]) -> list[bytes | None]:
        """The stored packed shingle hashes of each (id, text), None where there are none for that text."""
        return [None if row is None else row[0] for row in self._rows("shingles", documents)]

    def _rows(self, columns: str, documents: Sequence[tuple[int, str]]) -> list[tuple | None]:
        """`columns` of each document's row if it was stored for exactly that text, else None."""
        found: list[tuple | None] = [None] * len(documents)
        connection = self._connect()
        if connection is None or not documents:
            return found
        ids = [document_id for document_id, _ in documents]
        try:
            rows = {
                row[0]: row[1:]
                for row in connection.execute(
                    f"SELECT document, digest, {columns} FROM signatures"
                    f" WHERE document IN ({', '.join('?' * len(ids))})",
                    ids,
                )
            }
        except sqlite3.Error:
            self._give_up()
            return found
        for position, (document_id, text) in enumerate(documents):
            row = rows.get(document_id)
            if row is not None and row[0] == text_digest(text):
                found[position] = row[1:]
        return found

    def save(self, entries: Sequence[tuple[int, str, Signature]]) -> None:
        """Keep (id, text, signature) of each entry, replacing what the document had."""
        connection = self._connect()
        if connection is None or not entries:
            return
        rows = [
            (document_id, text_digest(text), folded, array("q", bands).tobytes(), shingles)
            for document_id, text, (folded, bands, shingles) in entries
        ]
        try:
            with connection:
                connection.executemany("INSERT OR REPLACE INTO signatures VALUES (?, ?, ?, ?, ?)", rows)
        except sqlite3.Error:
            self._give_up()

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=30)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")  # a cache: losing the last write costs nothing
            connection.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            stored = dict(connection.execute("SELECT key, value FROM meta"))
            if stored.get("format") != self._format:  # another format's rows, or columns: start anew
                with connection:
                    connection.execute("DROP TABLE IF EXISTS signatures")
                    connection.execute("INSERT OR REPLACE INTO meta VALUES ('format', ?)", (self._format,))
            connection.execute(_TABLE)
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection
