"""Many rows into one table with the driver's own `executemany`, for the import's documents, spans and
boilerplate proposals.

SQLAlchemy Core's executemany handles every parameter of every row in Python: it builds a dict per row,
then runs each column's bind processor on each value (formatting the same `created_at` 45,000 times for
SQLite, serialising JSON). On an import of 10,000 one-sentence tasks that was a third of the whole
import, where sqlite3's own executemany of the same rows takes a tenth of it. Here the rows are tuples,
each column's bind processor (the same one Core applies, so the stored values are the same byte for
byte on SQLite and PostgreSQL) runs once per distinct value of the column, and the tuples go to the
cursor as they are. The statement runs on the session's connection, inside its transaction and
savepoints, so a rollback takes these rows back like any other.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Connection, Dialect, Table

# The placeholder of each DBAPI parameter style that takes a sequence (sqlite3: qmark; psycopg: pyformat,
# which takes "%s" with a tuple too).
_MARKERS = {"qmark": "?", "format": "%s", "pyformat": "%s", "numeric": None}
# Values a bind processor runs on every time (unhashable, or mutable JSON documents).
_UNSHARED = (dict, list)


def insert_rows(
    connection: Connection, table: Table, columns: tuple[str, ...], rows: Sequence[Sequence[Any]]
) -> None:
    """INSERT `rows` (tuples of Python values in `columns`' order) into `table`, one executemany."""
    if rows:
        statement, processors = _prepared(connection.dialect, table, columns)
        connection.exec_driver_sql(statement, _processed(rows, processors))


def insert_row(connection: Connection, table: Table, columns: tuple[str, ...], row: Sequence[Any]) -> int:
    """INSERT one row as `insert_rows` does and return its new `id` (RETURNING: SQLite 3.35+, PostgreSQL):
    a folder of small files starts an import run and logs a history entry per file, and Core's handling
    of that one-row statement was most of its cost."""
    statement, processors = _prepared(connection.dialect, table, columns)
    (values,) = _processed([row], processors)
    return int(connection.exec_driver_sql(f"{statement} RETURNING id", values).scalar_one())


def placeholder(dialect: Dialect) -> str:
    """The DBAPI's positional parameter marker ("?" for sqlite3, "%s" for psycopg)."""
    marker = _MARKERS.get(dialect.paramstyle)
    if marker is None:
        raise ValueError(f"no positional placeholder for DBAPI paramstyle {dialect.paramstyle!r}")
    return marker


@functools.lru_cache(maxsize=64)
def _prepared(
    dialect: Dialect, table: Table, columns: tuple[str, ...]
) -> tuple[str, tuple[Callable[[Any], Any] | None, ...]]:
    """The INSERT statement and each column's bind processor, made once per table and columns (a folder
    of small files inserts once per file)."""
    defaulted = [
        column.name
        for column in table.columns
        if column.default is not None and column.name not in columns and not column.primary_key
    ]
    if defaulted:  # Core would fill these in; a plain INSERT would leave them to the database
        raise ValueError(f"{table.name}: give {', '.join(defaulted)} (they have Python-side defaults)")
    marker = placeholder(dialect)
    quote = dialect.identifier_preparer.quote
    statement = (
        f"INSERT INTO {dialect.identifier_preparer.format_table(table)}"
        f" ({', '.join(quote(name) for name in columns)}) VALUES ({', '.join([marker] * len(columns))})"
    )
    processors = tuple(table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in columns)
    return statement, processors


def _processed(
    rows: Sequence[Sequence[Any]], processors: Sequence[Callable[[Any], Any] | None]
) -> list[tuple[Any, ...]]:
    """The rows with each column's bind processor applied, column by column."""
    if all(process is None for process in processors):
        return [tuple(row) for row in rows]
    columns: list[Sequence[Any]] = list(zip(*rows, strict=True))
    for index, process in enumerate(processors):
        if process is not None:
            columns[index] = _column(columns[index], process)
    return list(zip(*columns, strict=True))


def _column(values: Sequence[Any], process: Callable[[Any], Any]) -> list[Any]:
    """One column's processed values: once for a column of one object (an import's `created_at`), else
    once per distinct hashable value, and once for all the empty dicts (or lists) among them."""
    if len(set(map(id, values))) == 1:
        return [process(values[0])] * len(values)
    memo: dict[tuple[type, Any], Any] = {}
    out = []
    for value in values:
        if isinstance(value, _UNSHARED):
            if value:
                out.append(process(value))
                continue
            key = (type(value), ())  # every empty `meta` of an import serialises alike, once
        else:
            key = (type(value), value)  # True and 1 are equal keys, not equal values
        if key not in memo:
            memo[key] = process(value)
        out.append(memo[key])
    return out
