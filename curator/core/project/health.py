"""The full health check of a project: what `PRAGMA quick_check` at open does not see.

`quick_check` misses damaged indexes and changed data: of 40 bit-flipped copies of a project, 14 opened
although `integrity_check` failed, and 6 had texts that no longer matched their `content_hash`. So the
check runs `integrity_check` and `foreign_key_check`, reads every row of every table the way the app
reads it (valid UTF-8, JSON, the column's type, offsets inside their document's text) and recomputes every
document's content hash with the importer's own function. It is a core job (`progress`, `is_cancelled`)
so the window runs it in the background; its last result is stored in `project_info` and a damaged
result makes the project read-only until a check passes again. A team server has none of SQLite's
tools and gets its own check (`server_health`).
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import JSON, Boolean, DateTime, Float, Integer, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

import curator.core.storage.models  # noqa: F401 - registers the tables on SQLModel.metadata
from curator.core.domain import CuratorError
from curator.core.project.health_report import (
    BATCH,
    MAX_PROBLEMS,
    CancelCheck,
    CheckCancelled,
    Findings,
    HealthReport,
    Problem,
    ProgressCallback,
    now,
    offset_problems,
)
from curator.core.project.server_health import check_server_project
from curator.core.services.documents import content_hash
from curator.core.storage import Project
from curator.core.storage.backups import backup_paths, copy_database, read_only_uri
from curator.core.storage.driver import sqlite_connection
from curator.core.storage.server import ServerProject
from curator.core.storage.snapshot import HEALTH_KEY

CHECKS = ("integrity", "foreign keys", "rows", "content hashes")
INTEGRITY_ROWS = 100
_PROGRESS_OPCODES = 10_000  # how often SQLite asks whether a long PRAGMA should stop


def check_project(
    project: Project, progress: ProgressCallback | None = None, is_cancelled: CancelCheck | None = None
) -> HealthReport:
    """Check the open project in full, store the result, and make a project file read-only if it is damaged.

    The latest backup that passes the same check is named in a damaged report; a team server gets its
    own check (`server_health`). Raises `CheckCancelled`.
    """
    if isinstance(project, ServerProject):
        report = check_server_project(project, progress, is_cancelled)
    else:
        report = _check_file_project(project, progress, is_cancelled)
    _store(project, report)
    # Damage makes a file read-only so no write makes it worse; a server's other clients write on anyway.
    if not report.server:
        damage = f"the health check of {report.checked_at} found damage"
        project.read_only_reason = None if report.ok else damage
    return report


def _check_file_project(
    project: Project, progress: ProgressCallback | None, is_cancelled: CancelCheck | None
) -> HealthReport:
    findings = Findings()
    try:
        with project.read() as session:
            connection = sqlite_connection(session.connection())
            _run_checks(connection, findings, progress, is_cancelled)
    except (sqlite3.DatabaseError, DBAPIError) as error:
        findings.add(Problem("read", f"the database cannot be read ({_reason(error)})"))
    except CheckCancelled:
        raise
    except CuratorError as error:  # e.g. the project's own translation of a malformed-database error
        findings.add(Problem("read", str(error)))
    return _report(project.path, findings, is_cancelled)


def check_file(
    path: Path, progress: ProgressCallback | None = None, is_cancelled: CancelCheck | None = None
) -> HealthReport:
    """The same check on a file that is not open as a project (a backup), through a read-only connection."""
    findings = Findings()
    try:
        with closing(sqlite3.connect(read_only_uri(path), uri=True)) as connection:
            _run_checks(connection, findings, progress, is_cancelled)
    except sqlite3.DatabaseError as error:
        findings.add(Problem("read", f"the database cannot be read ({error})"))
    problems = tuple(findings.problems)
    return HealthReport(str(path), now(), CHECKS, findings.documents, problems, findings.more)


def latest_good_backup(project_path: Path, is_cancelled: CancelCheck | None = None) -> Path | None:
    """The newest backup (rolling, or made before a migration) that passes the full check."""
    before_migration = project_path.parent.glob(f"{project_path.name}.bak-*")
    candidates = [*backup_paths(project_path), *before_migration]
    for candidate in sorted(candidates, key=lambda path: path.stat().st_mtime, reverse=True):
        if is_cancelled is not None and is_cancelled():
            raise CheckCancelled("the check was cancelled")
        if check_file(candidate, is_cancelled=is_cancelled).ok:
            return candidate
    return None


def last_report(project: Project) -> HealthReport | None:
    """The stored result of the last full check, if there was one and it can be read."""
    try:
        with project.engine.connect() as connection:
            stored = connection.execute(
                text("SELECT value FROM project_info WHERE key = :key"), {"key": HEALTH_KEY}
            ).scalar()
        return HealthReport.from_dict(json.loads(stored)) if stored else None
    except (DBAPIError, ValueError, KeyError, TypeError):
        return None


def unreadable_documents(project: Project, limit: int = 5) -> list[Problem]:
    """Documents whose stored text or title cannot be decoded (for an export's error message)."""
    findings = Findings()
    try:
        with project.read() as session:
            connection = sqlite_connection(session.connection())
            for problem in _scan_documents(connection, None):
                if problem.check == "rows":
                    findings.add(problem)
                    if len(findings.problems) >= limit:
                        break
    except (sqlite3.DatabaseError, DBAPIError, CuratorError):
        pass  # the caller reports the original error; this only adds names when they can be read
    return findings.problems


def _report(path: Path, findings: Findings, is_cancelled: CancelCheck | None) -> HealthReport:
    backup = latest_good_backup(path, is_cancelled) if findings.problems else None
    return HealthReport(
        str(path),
        now(),
        CHECKS,
        findings.documents,
        tuple(findings.problems),
        findings.more,
        str(backup) if backup is not None else None,
    )


def _store(project: Project, report: HealthReport) -> None:
    """Best effort: a project damaged enough to refuse this small write is reported all the same."""
    value = json.dumps(report.to_dict(), ensure_ascii=False)
    try:
        with project.engine.execution_options(curator_write=True).begin() as connection:
            connection.execute(
                text("INSERT INTO project_info (key, value) VALUES (:key, :value) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                {"key": HEALTH_KEY, "value": value},
            )  # fmt: skip
    except DBAPIError:
        pass


def _reason(error: BaseException) -> str:
    original = getattr(error, "orig", None)
    return str(original if original is not None else error)


def _run_checks(
    connection: sqlite3.Connection,
    findings: Findings,
    progress: ProgressCallback | None,
    is_cancelled: CancelCheck | None,
) -> None:
    cancelled = is_cancelled or (lambda: False)
    total = int(connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0]) + 3
    report = progress or (lambda _done, _total: None)
    report(0, total)
    with _interruptible(connection, cancelled):
        for problem in _integrity(connection):
            findings.add(problem)
    report(1, total)
    for problem in _foreign_keys(connection):
        findings.add(problem)
    report(2, total)
    for problem in _rows(connection, cancelled):
        findings.add(problem)
    report(3, total)
    for done, problems in _scan_documents_counted(connection, cancelled):
        for problem in problems:
            findings.add(problem)
        findings.documents = done
        report(3 + done, total)
    for problem in offset_problems(connection, _tables(connection)):
        findings.add(problem)
    report(total, total)


@contextmanager
def _interruptible(connection: sqlite3.Connection, is_cancelled: CancelCheck) -> Iterator[None]:
    """Let Cancel stop a long PRAGMA: SQLite calls the handler every few thousand steps."""
    connection.set_progress_handler(lambda: 1 if is_cancelled() else 0, _PROGRESS_OPCODES)
    try:
        yield
    except sqlite3.OperationalError as error:
        if "interrupted" in str(error) and is_cancelled():
            raise CheckCancelled("the check was cancelled") from error
        raise
    finally:
        connection.set_progress_handler(None, 0)
    if is_cancelled():
        raise CheckCancelled("the check was cancelled")


def _root_pages(connection: sqlite3.Connection) -> dict[int, str]:
    rows = connection.execute("SELECT rootpage, type, name FROM sqlite_master WHERE rootpage > 0")
    return {int(root): f"{kind} {name}" for root, kind, name in rows}


def _integrity(connection: sqlite3.Connection) -> Iterator[Problem]:
    """`integrity_check`, each message naming the table or index its b-tree belongs to."""
    rows = [str(row[0]) for row in connection.execute(f"PRAGMA integrity_check({INTEGRITY_ROWS})")]
    if rows == ["ok"]:
        return
    roots = _root_pages(connection)
    for message in rows:
        found = re.search(r"Tree (\d+) page", message) or re.search(r"On tree page (\d+)", message)
        name = roots.get(int(found.group(1))) if found else None
        yield Problem("integrity", f"{message} ({name})" if name else message)


def _foreign_keys(connection: sqlite3.Connection) -> Iterator[Problem]:
    for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check").fetchall():
        yield Problem("foreign keys", f"{table} row {rowid} refers to a {parent} row that does not exist")


_STORAGE = {Integer: ("integer",), Boolean: ("integer",), Float: ("real", "integer")}


def _expected_types(column_type: object) -> tuple[str, ...]:
    for sql_type, storage in _STORAGE.items():
        if isinstance(column_type, sql_type):
            return storage
    return ("text",)


def _tables(connection: sqlite3.Connection) -> set[str]:
    return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _rows(connection: sqlite3.Connection, is_cancelled: CancelCheck) -> Iterator[Problem]:
    """Every table's values have their column's type, and JSON and dates parse; text is UTF-8."""
    present = _tables(connection)
    for table in SQLModel.metadata.sorted_tables:
        if table.name not in present:
            continue
        if is_cancelled():
            raise CheckCancelled("the check was cancelled")
        existing = {row[1] for row in connection.execute(f'PRAGMA table_info("{table.name}")')}
        columns = [column for column in table.columns if column.name in existing]
        yield from _typed(connection, table.name, columns)
        if table.name == "documents":
            continue  # decoded with its content hashes, a batch at a time
        text_columns = [c.name for c in columns if _expected_types(c.type) == ("text",)]
        for rowid, name in _undecodable(connection, table.name, text_columns):
            yield Problem("rows", f"{table.name} row {rowid}: {name} is not valid UTF-8 text")


def _typed(connection: sqlite3.Connection, table: str, columns: list) -> Iterator[Problem]:
    """Values of the wrong storage class, JSON that does not parse, dates that are not dates."""
    for column in columns:
        allowed = ", ".join(f"'{kind}'" for kind in (*_expected_types(column.type), "null"))
        conditions = [f'typeof("{column.name}") NOT IN ({allowed})']
        if isinstance(column.type, JSON):
            conditions.append(f'("{column.name}" IS NOT NULL AND NOT json_valid("{column.name}"))')
        if isinstance(column.type, DateTime):
            conditions.append(
                f'("{column.name}" IS NOT NULL AND "{column.name}" NOT GLOB '
                "'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*')"
            )
        sql = f'SELECT rowid FROM "{table}" WHERE {" OR ".join(conditions)} LIMIT {MAX_PROBLEMS}'
        for (rowid,) in connection.execute(sql):
            yield Problem("rows", f"{table} row {rowid}: {column.name} holds a value of the wrong kind")


def _undecodable(connection: sqlite3.Connection, table: str, columns: list[str]) -> Iterator[tuple[int, str]]:
    if not columns:
        return
    selected = ", ".join(f'CAST("{name}" AS BLOB)' for name in columns)
    last = None
    while True:
        where = "" if last is None else f"WHERE rowid > {last}"
        rows = connection.execute(
            f'SELECT rowid, {selected} FROM "{table}" {where} ORDER BY rowid LIMIT {BATCH}'
        ).fetchall()
        if not rows:
            return
        for rowid, *values in rows:
            for name, value in zip(columns, values, strict=True):
                if value is not None and _decoded(value) is None:
                    yield rowid, name
        last = int(rows[-1][0])


def _decoded(value: bytes | None) -> str | None:
    """The text, or None when there is none or it is not UTF-8."""
    try:
        return value.decode("utf-8") if value is not None else None
    except UnicodeDecodeError:
        return None


def _scan_documents(connection: sqlite3.Connection, is_cancelled: CancelCheck | None) -> Iterator[Problem]:
    for _done, problems in _scan_documents_counted(connection, is_cancelled or (lambda: False)):
        yield from problems


_DOCUMENT_COLUMNS = ("title", "text", "content_hash", "language", "source", "status", "pub_date")


def _scan_documents_counted(
    connection: sqlite3.Connection, is_cancelled: CancelCheck
) -> Iterator[tuple[int, list[Problem]]]:
    """Each batch of documents: the text and title decode and the text still has its content hash."""
    selected = ", ".join(f"CAST({name} AS BLOB)" for name in _DOCUMENT_COLUMNS)
    last, done = 0, 0
    while True:
        if is_cancelled():
            raise CheckCancelled("the check was cancelled")
        rows = connection.execute(
            f"SELECT id, {selected} FROM documents WHERE id > ? ORDER BY id LIMIT {BATCH}", (last,)
        ).fetchall()
        if not rows:
            return
        problems: list[Problem] = []
        for document_id, *values in rows:
            columns = dict(zip(_DOCUMENT_COLUMNS, values, strict=True))
            problems.extend(_document_problems(int(document_id), columns))
        last = int(rows[-1][0])
        done += len(rows)
        yield done, problems


def _document_problems(document_id: int, values: dict[str, bytes | None]) -> Iterator[Problem]:
    decoded = {name: _decoded(value) for name, value in values.items()}
    title = decoded["title"]
    for name, value in values.items():
        if value is not None and decoded[name] is None:
            yield Problem("rows", f"the {name} is not valid UTF-8", document_id, title)
    body, stored_hash = decoded["text"], decoded["content_hash"]
    if body is not None and stored_hash is not None and content_hash(body) != stored_hash:
        yield Problem(
            "content hashes", "the text no longer matches its content hash (changed outside Curator)",
            document_id, title,
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class RestoreResult:
    backup: Path
    target: Path
    documents: int
    spans: int


def restore_backup(backup: Path, target: Path, is_cancelled: CancelCheck | None = None) -> RestoreResult:
    """Check `backup` in full and write it to `target`, a new file; an existing file is never overwritten.

    The copy is made by SQLite from a read-only connection (the backup is left as it is), written under a
    temporary name and renamed, so a killed restore leaves no partial project.
    """
    backup, target = Path(backup).expanduser(), Path(target).expanduser()
    if not backup.is_file():
        raise CuratorError(f"{backup}: no such backup")
    if target.exists():
        raise CuratorError(f"{target}: exists already; restore into a new file")
    if not target.parent.is_dir():
        raise CuratorError(f"{target}: the folder {target.parent} does not exist")
    report = check_file(backup, is_cancelled=is_cancelled)
    if not report.ok:
        details = "; ".join(problem.line() for problem in report.problems[:5])
        raise CuratorError(f"{backup}: not restored, the backup is damaged ({details})")
    try:
        with closing(sqlite3.connect(read_only_uri(backup), uri=True)) as connection:
            documents = int(connection.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
            spans = int(connection.execute("SELECT COUNT(*) FROM spans").fetchone()[0])
            copy_database(connection, target)
    except sqlite3.DatabaseError as error:
        raise CuratorError(f"{backup}: cannot be restored ({error})") from error
    except OSError as error:
        raise CuratorError(f"{target}: cannot be written ({error.strerror or error})") from error
    return RestoreResult(backup, target, documents, spans)
