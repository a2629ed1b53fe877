"""A read-only look at a team server's project for commands that only count (`curator stats`), with
psycopg alone.

Opening a server project the full way (`server.open_server_project`) builds a SQLAlchemy engine, checks
the schema, registers the annotator and seeds the default schema: 1.2 s of CPU, nearly all of it
SQLAlchemy, SQLModel and the ORM models imported, for counts the server answers in milliseconds. As
for a file (`storage.snapshot`), a command that only reads needs none of that when opening would change
nothing: `open_server_snapshot` connects as the full open does (the same libpq URL, so the same
password sources: ~/.pgpass, PGPASSWORD), checks that the schema is this Curator's and that `--annotator`
(if given) is the connected role, and returns None for anything else, including every error on the way
(no server, a password wanted, a role that may not read the project, an older or newer schema): the
caller then opens the project the full way, which says what is wrong in its own words. The counts are
read as the connected role, so the server's row-level policies decide what they cover, exactly as for
the full open.
"""

from __future__ import annotations

from typing import Any

from curator.core.storage.revisions import VERSION_TABLE, head_revision
from curator.core.storage.snapshot import Snapshot

CONNECT_TIMEOUT_SECONDS = 10  # as server.CONNECT_TIMEOUT_SECONDS (that module imports SQLAlchemy)
_SCHEMES = ("postgresql+psycopg://", "postgresql://", "postgres://")


def psycopg_statement(statement: str) -> str:
    """`?` placeholders as psycopg's `%s`; a literal `%` (as in LIKE 'a%') doubled so it stays one."""
    return statement.replace("%", "%%").replace("?", "%s")


def libpq_url(url: str) -> str:
    """The URL as libpq takes it: SQLAlchemy's `postgresql+psycopg://` scheme is not one of libpq's."""
    for scheme in _SCHEMES:
        if url.startswith(scheme):
            return "postgresql://" + url[len(scheme) :]
    raise ValueError(f"not a PostgreSQL URL: {url}")


class ServerSnapshot(Snapshot):
    """One REPEATABLE READ, READ ONLY transaction on the server: every count is of one moment."""

    errors: tuple[type[Exception], ...] = ()  # set to (psycopg.Error,) once psycopg is imported

    def execute(self, statement: str, parameters: Any = (), /) -> list[Any]:
        with self._connection.cursor() as cursor:
            cursor.execute(psycopg_statement(statement), tuple(parameters))
            return list(cursor.fetchall())


def open_server_snapshot(url: str, annotator: str | None = None) -> Snapshot | None:
    """A snapshot of the server project at `url` if opening it would change nothing and `annotator` is
    the connected role (or None); None for anything else (see the module's docstring)."""
    try:
        import psycopg
        from psycopg.types.string import TextLoader
    except ImportError:
        return None
    try:
        connection = psycopg.connect(
            libpq_url(url),
            connect_timeout=CONNECT_TIMEOUT_SECONDS,
            application_name="curator",
            options="-c TimeZone=UTC",
        )
    except (psycopg.Error, ValueError):
        return None
    try:
        connection.read_only = True
        connection.isolation_level = psycopg.IsolationLevel.REPEATABLE_READ
        connection.adapters.register_loader("json", TextLoader)  # JSON as its text, as sqlite3 gives it
        snapshot = ServerSnapshot(connection)
        snapshot.errors = (psycopg.Error,)
        if _opens_unchanged(snapshot, annotator):
            return snapshot
    except psycopg.Error:
        pass
    connection.close()
    return None


def _opens_unchanged(snapshot: ServerSnapshot, annotator: str | None) -> bool:
    """This Curator's schema, and no `--annotator` that the full open would refuse."""
    exists = snapshot.execute("SELECT to_regclass(?) IS NOT NULL", (VERSION_TABLE,))
    if not exists[0][0]:
        return False
    revisions = [row[0] for row in snapshot.execute(f"SELECT version_num FROM {VERSION_TABLE}")]
    if revisions != [head_revision()]:
        return False
    return annotator is None or snapshot.execute("SELECT current_user")[0][0] == annotator
