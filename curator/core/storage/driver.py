"""The sqlite3 connection under SQLAlchemy's: for PRAGMAs, `VACUUM INTO` and the hot reads in plain SQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from sqlalchemy import Connection, PoolProxiedConnection
from sqlalchemy.exc import DBAPIError

from curator.core.storage.server_snapshot import psycopg_statement


def sqlite_connection(connection: Connection | PoolProxiedConnection) -> sqlite3.Connection:
    """The driver connection of `connection` (a session's, a raw pool one), checked to be sqlite3's.

    SQLAlchemy types it as "any DB-API connection, or none once closed"; every caller runs SQLite's own
    SQL on it, so anything else is a programming error, said here rather than as a missing attribute.
    """
    pooled = connection.connection if isinstance(connection, Connection) else connection
    driver = pooled.driver_connection
    if not isinstance(driver, sqlite3.Connection):
        raise TypeError(f"expected an open sqlite3 connection, got {driver!r}")
    return driver


class PlainSQL(Protocol):
    """What runs plain SQL written with `?` placeholders: a sqlite3 connection itself, or `_PsycopgSQL`."""

    def execute(self, statement: str, parameters: Any = (), /) -> Iterable[Any]: ...


def plain_sql(connection: Connection) -> PlainSQL:
    """The driver connection under `connection`, to run the hot reads' plain SQL on either engine.

    On SQLite it is the sqlite3 connection itself, so the file's reads keep their raw speed (no wrapper
    call per statement or row); on a team server a thin psycopg wrapper gives the same rows (tuples, JSON
    columns as their text).
    """
    if connection.dialect.name == "sqlite":
        return sqlite_connection(connection)
    driver = connection.connection.driver_connection
    if driver is None:
        raise TypeError("the connection is closed")
    return _PsycopgSQL(driver)


class _PsycopgSQL:
    """psycopg under the `?` SQL of the hot reads: `%s` placeholders, and JSON read as text like sqlite3.

    psycopg would parse a `json` column into Python objects while sqlite3 gives its text; the callers
    decode it themselves, once, so both engines hand them the same value.
    """

    def __init__(self, driver: Any) -> None:
        self._driver = driver

    def execute(self, statement: str, parameters: Any = (), /) -> list[Any]:
        """The rows; a server's refusal or a lost connection raises SQLAlchemy's `DBAPIError`, as every
        other read does, so callers handle one kind of error on either path."""
        import psycopg
        from psycopg.types.string import TextLoader

        sql, values = psycopg_statement(statement), tuple(parameters)
        try:
            with self._driver.cursor() as cursor:
                cursor.adapters.register_loader("json", TextLoader)
                cursor.execute(sql, values)
                return list(cursor.fetchall())
        except psycopg.Error as error:
            raise DBAPIError.instance(sql, values, error, psycopg.Error) from error


def fetch_all(connection: Connection, statement: str, parameters: Sequence[object] = ()) -> list[Any]:
    """Rows of plain SQL written with `?` placeholders, on the driver connection of either engine.

    The hot reads skip SQLAlchemy's row processing (see `curator.core.queries.list_spans`); on a team
    server the same SQL runs through psycopg (see `plain_sql`).
    """
    return list(plain_sql(connection).execute(statement, tuple(parameters)))
