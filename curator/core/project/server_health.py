"""The health check of a project on a team server: what the client can check, and who checks the rest.

A file's check is built on SQLite's own tools (`integrity_check`, `foreign_key_check`, storage classes
of every value); none of them applies to PostgreSQL, which keeps its own pages, types and encoding.
What the client can check is the same on every server and says what a user would notice: the
connection, the schema revision this Curator expects, references that point nowhere (PostgreSQL enforces
its foreign keys, but a restore with `--disable-triggers` or `session_replication_role = replica` skips
them), offsets that lie outside their document's text, each document's stored span count, and every
text against its content hash. The integrity of the server's storage is the administrator's
(`pg_amcheck`); the report says so instead of pretending to have checked it.
"""

from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Connection, inspect
from sqlalchemy.exc import DBAPIError

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
from curator.core.services.documents import content_hash
from curator.core.storage.driver import PlainSQL, plain_sql
from curator.core.storage.migrate import current_revision, head_revision
from curator.core.storage.server import ServerProject

SERVER_CHECKS = ("connection", "schema revision", "references", "offsets", "span counts", "content hashes")
STORAGE_NOTE = (
    "the integrity of the server's storage (pages, indexes) is the server administrator's to check"
    " (pg_amcheck)"
)
BACKUP_NOTE = "backups of a server project are the server administrator's (pg_dump, pg_restore)"


def check_server_project(
    project: ServerProject, progress: ProgressCallback | None, is_cancelled: CancelCheck | None
) -> HealthReport:
    """Every check above in one read transaction (one snapshot); a refused read is a problem found."""
    findings = Findings()
    notes = [STORAGE_NOTE]
    try:
        with project.read() as session:
            connection = session.connection()
            notes.insert(0, _server_line(connection))
            _run_checks(connection, findings, progress, is_cancelled or (lambda: False))
    except DBAPIError as error:
        original = getattr(error, "orig", None) or error
        findings.add(Problem("connection", f"the server refused a read ({str(original).strip()})"))
    if not findings.ok:
        notes.append(BACKUP_NOTE)
    return HealthReport(
        project.url, now(), SERVER_CHECKS, findings.documents, tuple(findings.problems), findings.more,
        notes=tuple(notes), server=True,
    )  # fmt: skip


def _server_line(connection: Connection) -> str:
    driver = plain_sql(connection)
    [(role, version)] = list(driver.execute("SELECT current_user, current_setting('server_version')"))
    return f"connected as {role} to PostgreSQL {version}"


def _run_checks(
    connection: Connection, findings: Findings, progress: ProgressCallback | None, is_cancelled: CancelCheck
) -> None:
    driver = plain_sql(connection)
    [(documents,)] = list(driver.execute("SELECT count(*) FROM documents"))
    total = int(documents) + 4
    report = progress or (lambda _done, _total: None)
    report(0, total)
    for problem in _schema(connection):
        findings.add(problem)
    report(1, total)
    tables = set(inspect(connection).get_table_names())
    for problem in _references(connection, driver, tables, is_cancelled):
        findings.add(problem)
    report(2, total)
    for problem in offset_problems(driver, tables, "offsets"):
        findings.add(problem)
    report(3, total)
    for problem in _span_counts(driver):
        findings.add(problem)
    report(4, total)
    for done, problems in _content_hashes(driver, is_cancelled):
        for problem in problems:
            findings.add(problem)
        findings.documents = done
        report(4 + done, total)
    report(total, total)


def _schema(connection: Connection) -> Iterator[Problem]:
    current, head = current_revision(connection), head_revision()
    if current != head:
        yield Problem("schema revision", f"the server's schema is {current}, this Curator's is {head}")


def _references(
    connection: Connection, driver: PlainSQL, tables: set[str], is_cancelled: CancelCheck
) -> Iterator[Problem]:
    """Rows whose foreign key names a row that does not exist, for every key the database declares."""
    inspector = inspect(connection)
    for table in sorted(tables):
        if is_cancelled():
            raise CheckCancelled("the check was cancelled")
        key = inspector.get_pk_constraint(table)["constrained_columns"]
        row = f't."{key[0]}"' if len(key) == 1 else "NULL"
        for foreign in inspector.get_foreign_keys(table):
            parent = foreign["referred_table"]
            joined = " AND ".join(
                f'p."{theirs}" = t."{ours}"'
                for ours, theirs in zip(
                    foreign["constrained_columns"], foreign["referred_columns"], strict=True
                )
            )
            present = " AND ".join(f't."{ours}" IS NOT NULL' for ours in foreign["constrained_columns"])
            missing = f'p."{foreign["referred_columns"][0]}" IS NULL'
            statement = (
                f'SELECT {row} FROM "{table}" t LEFT JOIN "{parent}" p ON {joined}'
                f" WHERE {present} AND {missing} LIMIT {MAX_PROBLEMS}"
            )
            for (row_id,) in driver.execute(statement):
                yield Problem(
                    "references", f"{table} row {row_id} refers to a {parent} row that does not exist"
                )


_SPAN_COUNTS = (
    "SELECT d.id, d.title, d.span_count, count(s.id) FROM documents d"
    " LEFT JOIN spans s ON s.document_id = d.id GROUP BY d.id, d.title, d.span_count"
    f" HAVING d.span_count != count(s.id) ORDER BY d.id LIMIT {MAX_PROBLEMS}"
)


def _span_counts(driver: PlainSQL) -> Iterator[Problem]:
    """The span count the documents list shows and sorts by, against the spans the document holds."""
    for document_id, title, stored, counted in driver.execute(_SPAN_COUNTS):
        yield Problem(
            "span counts", f"the list says {stored} spans, the document holds {counted}",
            int(document_id), title,
        )  # fmt: skip


def _content_hashes(driver: PlainSQL, is_cancelled: CancelCheck) -> Iterator[tuple[int, list[Problem]]]:
    """Each batch of documents: the text still has its content hash (changed outside Curator if not)."""
    last, done = 0, 0
    while True:
        if is_cancelled():
            raise CheckCancelled("the check was cancelled")
        rows = list(
            driver.execute(
                f"SELECT id, title, text, content_hash FROM documents WHERE id > ? ORDER BY id LIMIT {BATCH}",
                (last,),
            )
        )
        if not rows:
            return
        problems = [
            Problem(
                "content hashes",
                "the text no longer matches its content hash (changed outside Curator)",
                int(document_id),
                title,
            )  # fmt: skip
            for document_id, title, body, stored in rows
            if content_hash(body) != stored
        ]
        last = int(rows[-1][0])
        done += len(rows)
        yield done, problems
