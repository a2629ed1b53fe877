"""The sqlite3 connection under SQLAlchemy's: for PRAGMAs, `VACUUM INTO` and the hot reads in plain SQL."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, PoolProxiedConnection


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


def fetch_all(connection: Connection, statement: str, parameters: Sequence[object] = ()) -> list[Any]:
    """Rows of plain SQL written with `?` placeholders, on the driver connection of either engine.

    The hot reads skip SQLAlchemy's row processing (see `curator.core.queries.list_spans`); on a team
    server the same SQL runs through psycopg, whose placeholder is `%s` (the statements hold no `%`).
    """
    if connection.dialect.name == "sqlite":
        return sqlite_connection(connection).execute(statement, tuple(parameters)).fetchall()
    driver = connection.connection.driver_connection
    if driver is None:
        raise TypeError("the connection is closed")
    cursor = driver.cursor()
    try:
        cursor.execute(statement.replace("?", "%s"), tuple(parameters))
        return list(cursor.fetchall())
    finally:
        cursor.close()
