"""Plain SQL on either side of a merge, with every value in one form: as SQLAlchemy stores it in a file.

Why one form: a merge compares the two sides' rows (layers by digest, review steps and decisions by
content and time, boilerplate decisions by time), and a server returns JSON parsed, times as datetime
objects and booleans as bool where a file holds text and integers. So a server's JSON is read as its
stored text (the exact text a file holds, so digests match the records of earlier merges), and on both
engines times become "YYYY-MM-DD HH:MM:SS.ffffff" (UTC) and booleans 0/1. Statements use `:name`
parameters on both.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime
from sqlmodel import Session

from curator.core.services.project_merge.sides import Reader, Row
from curator.core.storage import models
from curator.core.storage.driver import sqlite_connection


def is_time(column: Any) -> bool:
    """A column of times (the models' are a TypeDecorator over DateTime)."""
    return isinstance(column.type, DateTime) or isinstance(getattr(column.type, "impl", None), DateTime)


TIME_COLUMNS = frozenset(
    {column.name for table in models.SQLModel.metadata.tables.values() for column in table.columns
     if is_time(column)} | {"at", "now"}
)  # fmt: skip
"""The columns (and the aliases of the merge's own queries) that hold times."""

_PARAMETER = re.compile(r"(?<![:\w]):([A-Za-z_]\w*)")


def stored_time(value: Any) -> Any:
    """A time as a file stores it; anything that is not a time is returned as it is."""
    if isinstance(value, str):
        if len(value) == 26 and value[10] == " ":
            return value
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return f"{value:%Y-%m-%d %H:%M:%S.%f}"
    return value


def stored_row(row: Mapping[str, Any]) -> Row:
    return {
        name: stored_time(value) if name in TIME_COLUMNS else int(value) if isinstance(value, bool) else value
        for name, value in row.items()
    }


def sqlite_reader(connection: sqlite3.Connection) -> Reader:
    def read(sql: str, params: dict[str, Any]) -> list[Row]:
        cursor = connection.cursor()
        cursor.row_factory = sqlite3.Row
        return [stored_row(dict(row)) for row in cursor.execute(sql, params)]

    return read


def session_reader(session: Session) -> Reader:
    """Plain SQL on the driver connection of the session's transaction: SQLAlchemy's statement
    compilation cost more than the reads themselves (measured: half of a 10,000-document merge)."""
    connection = session.connection()
    if connection.dialect.name == "sqlite":
        return sqlite_reader(sqlite_connection(connection))
    from psycopg.rows import dict_row
    from psycopg.types.string import TextLoader

    driver = connection.connection.driver_connection
    if driver is None:
        raise TypeError("the connection is closed")

    def read(sql: str, params: dict[str, Any]) -> list[Row]:
        with driver.cursor(row_factory=dict_row) as cursor:
            for json_type in ("json", "jsonb"):
                cursor.adapters.register_loader(json_type, TextLoader)
            cursor.execute(_PARAMETER.sub(r"%(\1)s", sql.replace("%", "%%")), params)
            return [stored_row(row) for row in cursor.fetchall()] if cursor.description else []

    return read
