"""The rows of a copy (`project_copy`): every table of the models in foreign-key order, in batches, ids
kept, checked by row count and checksum before the target's transaction commits; and the target's id
sequences set past the source's high-water mark.

The checksum is over the rows in key order in a canonical form both engines produce alike for the same
data (`_Form`). The rows are read from the source once, hashed as they are written, and read back from
the target, so what is compared is what the target holds.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import JSON, Connection, Table, Text, bindparam, cast, func, select, text
from sqlalchemy.exc import DataError, DBAPIError, IntegrityError, StatementError

from curator.core.domain import CuratorError
from curator.core.storage import models

BATCH = 1000

Progress = Callable[[str, int, int], None]
"""Called as (table, rows copied of it so far, rows it has) while a copy runs."""


class CopyError(CuratorError):
    """The project was not copied; the target is as it was (empty, or no file)."""


@dataclass(frozen=True, slots=True)
class TableCheck:
    """One table's verification: its rows and the checksum over them, on each side."""

    table: str
    source_rows: int
    target_rows: int
    source_checksum: str
    target_checksum: str

    @property
    def matches(self) -> bool:
        return (self.source_rows, self.source_checksum) == (self.target_rows, self.target_checksum)

    def to_dict(self) -> dict[str, Any]:
        return {"table": self.table, "source_rows": self.source_rows, "target_rows": self.target_rows,
                "source_checksum": self.source_checksum, "target_checksum": self.target_checksum}  # fmt: skip


def tables_of(connection: Connection) -> set[str]:
    if connection.dialect.name == "sqlite":
        found = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
    else:
        found = connection.execute(text(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        ))  # fmt: skip
    return {str(row[0]) for row in found}


def reason(error: BaseException) -> str:
    original = getattr(error, "orig", None) or error
    words = str(original).strip()
    return words.splitlines()[0] if words else type(original).__name__


# --- rows ---------------------------------------------------------------------------------------------


WINDOW_STATE = ("presence",)  # which windows are open where: not the project's content (migration 0009)


def _tables() -> list[Table]:
    """Every table of the models but the windows' state, each after the tables it refers to."""
    return [table for table in models.SQLModel.metadata.sorted_tables if table.name not in WINDOW_STATE]


def _is_json(table: Table, name: str) -> bool:
    return isinstance(table.c[name].type, JSON)


def _select(table: Table) -> Any:
    """The rows in key order; JSON as its stored text (cast on both engines), so it is copied exactly."""
    columns = [cast(c, Text).label(c.name) if isinstance(c.type, JSON) else c for c in table.columns]
    return select(*columns).order_by(*table.primary_key.columns)


def _insert(table: Table, dialect: str) -> Any:
    """An insert of every column; JSON text goes in as it is (PostgreSQL casts it, SQLite keeps it)."""
    values: dict[str, Any] = {}
    for column in table.columns:
        if isinstance(column.type, JSON):
            param = bindparam(f"p_{column.name}", type_=Text())
            values[column.name] = cast(param, column.type) if dialect == "postgresql" else param
        else:
            values[column.name] = bindparam(f"p_{column.name}", type_=column.type)
    return table.insert().values(values)


def _self_references(table: Table) -> list[str]:
    """Columns pointing at the table's own ids (a history entry at the one it reverted)."""
    return [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]


def _has_id_sequence(table: Table) -> bool:
    keys = list(table.primary_key.columns)
    return len(keys) == 1 and keys[0].name == "id"


def copy_all(
    source: Connection, target: Connection, label: str, progress: Progress | None
) -> tuple[TableCheck, ...]:
    report = progress or (lambda _table, _done, _total: None)
    high = _high_water(source)
    copied: dict[str, tuple[int, str]] = {}
    for table in _tables():
        copied[table.name] = _copy_table(source, target, table, label, report)
    for table in _tables():
        if _has_id_sequence(table):
            top = target.execute(select(table.c.id).order_by(table.c.id.desc()).limit(1)).scalar()
            _set_high_water(target, table.name, max(high.get(table.name, 0), int(top or 0)))
    checks = []
    for table in _tables():
        rows, checksum = _digest(target, table)
        check = TableCheck(table.name, copied[table.name][0], rows, copied[table.name][1], checksum)
        if not check.matches:
            raise CopyError(
                f"{label}: the copy of table {table.name} differs from the source ({check.source_rows} rows,"
                f" checksum {check.source_checksum}; copied {check.target_rows} rows, checksum"
                f" {check.target_checksum}); nothing was copied"
            )
        checks.append(check)
    return tuple(checks)


def _copy_table(
    source: Connection, target: Connection, table: Table, label: str, report: Progress
) -> tuple[int, str]:
    """Copy one table in batches, hashing each row as read; forward references to the table's own rows
    (none in practice: an entry reverts an earlier one) are set once every row is in."""
    total = int(source.execute(select(func.count()).select_from(table)).scalar_one())
    statement = _insert(table, target.dialect.name)
    own = _self_references(table)
    form = _Form(table)
    hasher = hashlib.sha256()
    done = 0
    later: list[tuple[int, str, Any]] = []
    report(table.name, 0, total)
    try:
        for rows in _batches(source, table, label):
            for row in rows:
                hasher.update(form.line(row.values()))
                for name in own:
                    if row[name] is not None and row[name] >= row["id"]:
                        later.append((row["id"], name, row[name]))
                        row[name] = None
            _insert_batch(target, statement, rows)
            done += len(rows)
            report(table.name, done, total)
        for row_id, name, value in later:
            target.execute(table.update().where(table.c.id == row_id).values({name: value}))
    except (IntegrityError, DataError) as error:
        raise CopyError(
            f"{label}: not copied, a row of table {table.name} breaks a rule of the target"
            f" ({reason(error)}); the target is unchanged"
        ) from error
    except DBAPIError as error:
        raise CopyError(
            f"{label}: not copied, writing table {table.name} failed ({reason(error)}); the target is"
            " unchanged"
        ) from error
    except StatementError as error:  # a value the target's column type refuses before it is sent
        raise CopyError(
            f"{label}: not copied, a value of table {table.name} cannot be written ({reason(error)});"
            " the target is unchanged"
        ) from error
    return done, hasher.hexdigest()[:16]


def _batches(source: Connection, table: Table, label: str) -> Iterator[list[dict[str, Any]]]:
    """The source's rows of `table` in key order, a batch at a time; a failed read names the source."""
    try:
        result = source.execution_options(yield_per=BATCH).execute(_select(table))
        for part in result.partitions(BATCH):
            yield [dict(row._mapping) for row in part]
    except (DBAPIError, ValueError) as error:  # ValueError: a stored value its type cannot read
        raise CopyError(
            f"{label}: not copied, table {table.name} of the source cannot be read ({reason(error)});"
            " the target is unchanged"
        ) from error


def _insert_batch(target: Connection, statement: Any, rows: list[dict[str, Any]]) -> None:
    target.execute(statement, [{f"p_{name}": value for name, value in row.items()} for row in rows])


def _digest(connection: Connection, table: Table) -> tuple[int, str]:
    form = _Form(table)
    hasher = hashlib.sha256()
    count = 0
    result = connection.execution_options(yield_per=BATCH).execute(_select(table))
    for part in result.partitions(BATCH):
        for row in part:
            hasher.update(form.line(row))
            count += 1
    return count, hasher.hexdigest()[:16]


# --- the canonical form of a row ---------------------------------------------------------------------


class _Form:
    """How one table's rows are written for the checksum: one line both engines produce alike for the
    same row. Values go through `repr` (so NULL is None, never the text "None"); JSON becomes its value
    with sorted keys (JSON's own null is ("json", "null"), not NULL), times UTC ISO, floats by repr. Only
    the columns that need it are converted: the checksum reads every row of a project twice."""

    def __init__(self, table: Table) -> None:
        self.special: list[tuple[int, Callable[[Any], Any]]] = []
        for index, column in enumerate(table.columns):
            if isinstance(column.type, JSON):
                self.special.append((index, _json_form))
            elif column.type.python_type is datetime:
                self.special.append((index, _time_form))
            elif column.type.python_type is float:
                self.special.append((index, _float_form))

    def line(self, values: Iterable[Any]) -> bytes:
        row = list(values)
        for index, convert in self.special:
            if row[index] is not None:
                row[index] = convert(row[index])
        return (repr(row) + "\n").encode()


@lru_cache(maxsize=4096)
def _json_form(value: str) -> tuple[str, str]:
    """Most JSON values repeat ("null", "[]", "{}"), hence the cache."""
    try:
        return ("json", json.dumps(json.loads(value), sort_keys=True, ensure_ascii=False))
    except (TypeError, ValueError):
        return ("text", str(value))


def _time_form(value: datetime) -> tuple[str, str]:
    if value.tzinfo is not None and value.utcoffset():
        value = value.astimezone(UTC)
    return ("time", value.isoformat(timespec="microseconds").removesuffix("+00:00"))


def _float_form(value: float) -> tuple[str, str]:
    return ("float", repr(float(value)))


# --- ids never reused ----------------------------------------------------------------------------------


def _high_water(connection: Connection) -> dict[str, int]:
    """Per table, the highest id it ever gave, deleted rows' included."""
    if connection.dialect.name == "sqlite":
        if "sqlite_sequence" not in tables_of(connection):
            return {}
        return {
            str(name): int(seq)
            for name, seq in connection.execute(text("SELECT name, seq FROM sqlite_sequence"))
        }
    found = {}
    for table in _tables():
        if _has_id_sequence(table):
            value = connection.execute(
                text("SELECT pg_sequence_last_value(pg_get_serial_sequence(:t, 'id')::regclass)"),
                {"t": table.name},
            ).scalar()
            found[table.name] = int(value or 0)
    return found


def _set_high_water(connection: Connection, table: str, value: int) -> None:
    """The next id the target gives in `table` is past `value`."""
    if value <= 0:
        return
    if connection.dialect.name == "postgresql":
        connection.execute(
            text("SELECT setval(pg_get_serial_sequence(:t, 'id'), :v)"), {"t": table, "v": value}
        )
        return
    updated = connection.execute(
        text("UPDATE sqlite_sequence SET seq = :v WHERE name = :t"), {"t": table, "v": value}
    )
    if updated.rowcount == 0:
        connection.execute(
            text("INSERT INTO sqlite_sequence (name, seq) VALUES (:t, :v)"), {"t": table, "v": value}
        )
