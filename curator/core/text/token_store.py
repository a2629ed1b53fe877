"""Token boundaries computed once per text and tokenizer, kept in the user's cache folder (issue 14.3).

Exports spent most of their time tokenizing (3.7 s of 8.3 s for 10,000 one-sentence tasks), giving the
same texts the same tokens every time. Here each document's tokens, as the export tokenizer makes them,
are kept as packed arrays (token starts and ends, `array('I')` bytes, and a byte per token for the space
after it), the first token's SENT_START and the NORM of each token whose NORM is not its text: unpacking them
costs a few microseconds per document, tokenizing a hundred times that. Once a JSONL export has wanted
them, the tokens' JSON objects are kept beside them too (`curator.core.text.token_json`: formatting them
was a quarter of that export); the other exports neither make nor read them.

Why a cache file beside the project and not a table in it (a migration): the tokens are derived data,
a pure function of the exported text and the tokenizer, and exporting is a read. A table in the project
would make every export a writer (a second writer beside the services, bumping the file for every other
reader) or need every text-changing path (edit, undo, merge, exclusions, import, another client of a
server) to keep it in step; a read-only project or a server user who may not write could not keep one.
Here an entry is keyed by the document, the tokenizer's fingerprint (language, spaCy's version and a
digest of the tokenizer's rules: `TokenizerCache.fingerprint`) and a digest of the exact text tokenized
(boilerplate already cut out), so an edited text, a changed exclusion or a changed tokenizer simply
misses and is tokenized again; nothing has to invalidate anything. Like the search index it is one
SQLite file per project (opened by nothing but SQLite, never the project itself), a server's clients
each keep their own, and a damaged or unwritable cache file only costs the tokenizing it would save.
"""

from __future__ import annotations

import hashlib
import sqlite3
from array import array
from collections.abc import Sequence
from itertools import compress
from pathlib import Path

from platformdirs import user_cache_path

from curator.core.storage.caches import CacheFile, text_digest
from curator.core.storage.database import Project
from curator.core.text.token_json import json_tokens
from curator.core.text.tokenization import DocumentTokens, TokenizerCache, pack_norms

FORMAT = "3"  # bump when what is stored changes: old cache files are emptied
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS tokenizers (id INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL UNIQUE)",
    "CREATE TABLE IF NOT EXISTS tokens (tokenizer INTEGER NOT NULL, document INTEGER NOT NULL,"
    " digest BLOB NOT NULL, sent_start INTEGER NOT NULL, starts BLOB NOT NULL, ends BLOB NOT NULL,"
    " spaces BLOB NOT NULL,"
    " norms TEXT, json TEXT, PRIMARY KEY (tokenizer, document)) WITHOUT ROWID",
)


def store_path(project: Project) -> Path:
    """One cache file per project (its path or server URL), named by a digest so no URL shows in it."""
    digest = hashlib.sha256(project.label.encode("utf-8")).hexdigest()[:24]
    return user_cache_path("curator", appauthor=False) / "tokens" / f"{digest}.sqlite"


def pack(
    tokens: DocumentTokens, norms: Sequence[tuple[int, str]]
) -> tuple[int, bytes, bytes, bytes, str | None, str | None]:
    """SENT_START, starts, ends, spaces, the norms unlike their text and the JSON of `tokens` (its
    `json`, which `StoredTokenizer` fills in for the JSONL export) as stored."""
    starts, ends = array("I", tokens.starts).tobytes(), array("I", tokens.ends).tobytes()
    return tokens.sent_start, starts, ends, bytes(tokens.spaces), pack_norms(norms), tokens.json


def unpack(
    sent_start: int, starts: bytes, ends: bytes, spaces: bytes, norms: str | None, json: str | None
) -> DocumentTokens:
    """The `DocumentTokens` stored by `pack` (without hashes: see `DocumentTokens.hashes`)."""
    return DocumentTokens(
        array("I", starts).tolist(), array("I", ends).tolist(), list(map(bool, spaces)), sent_start, None,
        norms, json,
    )  # fmt: skip


class TokenStore(CacheFile):
    """The stored tokens of one project's documents. One thread at a time may use it."""

    TABLE = "tokens"

    def __init__(self, project: Project, path: Path | None = None) -> None:
        super().__init__(path or store_path(project))
        self.project = project
        self._tokenizer_ids: dict[str, int] = {}

    def load(self, fingerprint: str, documents: Sequence[tuple[int, str]]) -> list[DocumentTokens | None]:
        """The stored tokens of each (id, text) of `documents`, None where there are none for that text."""
        found: list[DocumentTokens | None] = [None] * len(documents)
        connection = self._connect()
        if connection is None or not documents:
            return found
        try:
            tokenizer = self._tokenizer_id(connection, fingerprint)
            ids = sorted({document_id for document_id, _ in documents})
            parameters: tuple[int, ...]
            if ids[-1] - ids[0] < 2 * len(ids):  # a range scan: 2.5 times faster than a list of ids
                where, parameters = "document BETWEEN ? AND ?", (tokenizer, ids[0], ids[-1])
            else:  # a filtered export's batch may be a few documents far apart
                where, parameters = f"document IN ({', '.join('?' * len(ids))})", (tokenizer, *ids)
            rows = {
                row[0]: row[1:]
                for row in connection.execute(
                    "SELECT document, digest, sent_start, starts, ends, spaces, norms, json FROM tokens"
                    f" WHERE tokenizer = ? AND {where}",
                    parameters,
                )
            }
        except sqlite3.Error:
            self._give_up()
            return found
        for position, (document_id, text) in enumerate(documents):
            row = rows.get(document_id)
            if row is not None and row[0] == text_digest(text):
                found[position] = unpack(*row[1:])
        return found

    def save(
        self,
        fingerprint: str,
        entries: Sequence[tuple[int, str, DocumentTokens, Sequence[tuple[int, str]]]],
    ) -> None:
        """Keep (id, text, tokens, own norms) of each entry, replacing what the document had."""
        connection = self._connect()
        if connection is None or not entries:
            return
        try:
            tokenizer = self._tokenizer_id(connection, fingerprint)
            rows = [
                (tokenizer, document_id, text_digest(text), *pack(tokens, norms))
                for document_id, text, tokens, norms in entries
            ]
            with connection:
                connection.executemany(
                    "INSERT OR REPLACE INTO tokens VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows
                )
        except sqlite3.Error:
            self._give_up()

    def _open(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        try:
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")  # a cache: losing the last write costs nothing
            for statement in _SCHEMA:
                connection.execute(statement)
            stored = dict(connection.execute("SELECT key, value FROM meta"))
            if stored.get("format") != FORMAT:
                with connection:  # an older format's tables are made again, with today's columns
                    for table in ("tokens", "tokenizers"):
                        connection.execute(f"DROP TABLE {table}")
                    connection.execute("DELETE FROM meta")
                    for statement in _SCHEMA:
                        connection.execute(statement)
                    connection.execute("INSERT INTO meta (key, value) VALUES ('format', ?)", (FORMAT,))
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    def _tokenizer_id(self, connection: sqlite3.Connection, fingerprint: str) -> int:
        known = self._tokenizer_ids.get(fingerprint)
        if known is None:
            with connection:
                connection.execute(
                    "INSERT OR IGNORE INTO tokenizers (fingerprint) VALUES (?)", (fingerprint,)
                )
            (known,) = connection.execute(
                "SELECT id FROM tokenizers WHERE fingerprint = ?", (fingerprint,)
            ).fetchone()
            self._tokenizer_ids[fingerprint] = known
        return known

    def keep_json(self, fingerprint: str, entries: Sequence[tuple[int, str, str]]) -> None:
        """Keep (id, text, JSON of its tokens) of each entry beside the tokens stored for that text."""
        connection = self._connect()
        if connection is None or not entries:
            return
        try:
            tokenizer = self._tokenizer_id(connection, fingerprint)
            rows = [(json, tokenizer, document_id, text_digest(text)) for document_id, text, json in entries]
            with connection:
                connection.executemany(
                    "UPDATE tokens SET json = ? WHERE tokenizer = ? AND document = ? AND digest = ?", rows
                )
        except sqlite3.Error:
            self._give_up()


class StoredTokenizer:
    """Tokens for the exports: read from the store, and where missing made by `tokenizers` and kept."""

    def __init__(self, store: TokenStore, tokenizers: TokenizerCache) -> None:
        self.store = store
        self.tokenizers = tokenizers
        self._fingerprints: dict[str, str] = {}

    def tokenize(
        self, language: str, documents: Sequence[tuple[int, str]], json: bool = False
    ) -> list[DocumentTokens]:
        """The tokens of each (id, text) of `documents` (all in `language`), exactly as
        `TokenizerCache.tokenize` gives them; the missing ones tokenized together and stored. With
        `json` each comes with its `json` for the JSONL export, made where the store has none and kept."""
        fingerprint = self._fingerprints.get(language)
        if fingerprint is None:
            fingerprint = self._fingerprints[language] = self.tokenizers.fingerprint(language)
        found = self.store.load(fingerprint, documents)
        if json:
            self._add_json(fingerprint, documents, found)
        missing = [value is None for value in found]
        if any(missing):
            wanted = list(compress(documents, missing))
            made = self.tokenizers.tokenize(language, [text for _, text in wanted])
            if json:
                for (_, text), tokens in zip(wanted, made, strict=True):
                    tokens.json = json_tokens(text, tokens.starts, tokens.ends, tokens.spaces)
            self.store.save(
                fingerprint,
                [
                    (document_id, text, tokens, self.tokenizers.norms_unlike_text(language, tokens))
                    for (document_id, text), tokens in zip(wanted, made, strict=True)
                ],
            )
            fresh = iter(made)
            found = [next(fresh) if value is None else value for value in found]
        return found  # type: ignore[return-value]  # every missing one was filled

    def _add_json(
        self, fingerprint: str, documents: Sequence[tuple[int, str]], found: list[DocumentTokens | None]
    ) -> None:
        """Make the JSON of stored tokens that have none (stored by another export) and keep it."""
        made: list[tuple[int, str, str]] = []
        for (document_id, text), tokens in zip(documents, found, strict=True):
            if tokens is not None and tokens.json is None:
                tokens.json = json_tokens(text, tokens.starts, tokens.ends, tokens.spaces)
                made.append((document_id, text, tokens.json))
        self.store.keep_json(fingerprint, made)
