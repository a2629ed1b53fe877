"""A broken connection or a damaged file reaches the caller as a ProjectDamagedError that names the project
and says what to do, never as SQLite's bare words; reopen() connects the same object again; the error log
keeps the full report of an unexpected error."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, select
from sqlalchemy.exc import OperationalError

from curator.core import queries, services
from curator.core.domain import ProjectDamagedError
from curator.core.project import errorlog
from curator.core.project.setup import open_project
from curator.core.services import NewDocument
from curator.core.storage import Project
from curator.core.storage.models import Document

PAGE = 4096


@pytest.fixture
def project(tmp_path: Path):
    with open_project(tmp_path / "p.curator", annotator="tester") as opened:
        with opened.write() as session:
            services.add_documents(
                session, [NewDocument(text="Bişkek ve Moskova.", title="t", language="tr")],
                annotator_id=opened.annotator_id, source="test",
            )  # fmt: skip
        yield opened


def fail_next_statement(project: Project, message: str) -> None:
    """SQLite's error for the next statement on this project's engine, once."""

    def fail(*_args: object) -> None:
        event.remove(project.engine, "before_cursor_execute", fail)
        raise sqlite3.OperationalError(message)

    event.listen(project.engine, "before_cursor_execute", fail)


def test_a_disk_io_error_in_a_write_names_the_project_and_says_reopen(project: Project) -> None:
    document_id = queries.list_documents(project)[0].id
    fail_next_statement(project, "disk I/O error")
    with pytest.raises(ProjectDamagedError) as raised:
        services.add_span(project, document_id, 0, 6, "GPE")
    message = str(raised.value)
    assert str(project.path) in message and "disk I/O error" in message and "Reopen" in message
    assert queries.list_spans(project, document_id) == []


def test_database_is_locked_is_left_for_the_busy_handling(project: Project) -> None:
    fail_next_statement(project, "database is locked")
    with pytest.raises(OperationalError, match="database is locked"):
        queries.list_documents(project)


def test_a_damaged_page_read_later_is_reported_as_damage_not_a_bare_database_error(project: Project) -> None:
    with project.write() as session:
        services.add_documents(
            session, [NewDocument(text=f"Belge {i} " * 200, title=f"d{i}") for i in range(200)],
            annotator_id=project.annotator_id, source="test",
        )  # fmt: skip
    with project.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    size = project.path.stat().st_size
    with project.path.open("r+b") as handle:  # garbage over every page but the schema page
        for offset in range(PAGE, size, PAGE):
            handle.seek(offset)
            handle.write(b"\xa5" * PAGE)
    with pytest.raises(ProjectDamagedError) as raised:
        with project.read() as session:
            list(session.execute(select(Document.text)))
    assert str(project.path) in str(raised.value) and "backup" in str(raised.value)


def test_stored_text_that_is_no_longer_utf8_is_damage(project: Project) -> None:
    with project.write() as session:
        session.connection().exec_driver_sql("UPDATE documents SET text = CAST(x'4269fe6b656b' AS TEXT)")
    with pytest.raises(ProjectDamagedError, match="stored text is not UTF-8") as raised:
        queries.list_documents(project)
        queries.get_document(project, 1)
    assert str(project.path) in str(raised.value) and len(str(raised.value)) < 400


def test_reopen_keeps_the_same_object_working(project: Project) -> None:
    document_id = queries.list_documents(project)[0].id
    engine_before = project.engine
    project.reopen()
    assert project.engine is not engine_before
    services.add_span(project, document_id, 0, 6, "GPE")
    assert [s.label for s in queries.list_spans(project, document_id)] == ["GPE"]
    assert project.integrity_check() == "ok"


def test_reopen_refuses_a_file_that_vanished_instead_of_creating_an_empty_one(project: Project) -> None:
    project.close()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{project.path}{suffix}").unlink(missing_ok=True)
    with pytest.raises(ProjectDamagedError, match="gone"):
        project.reopen()
    assert not project.path.exists()


def test_record_exception_writes_the_traceback_to_the_rotating_log(tmp_path: Path) -> None:
    def broken() -> None:
        raise KeyError("x")

    try:
        broken()
    except KeyError as error:
        log = errorlog.record_exception(error, "Exporting", tmp_path / "p.curator")
    assert log is not None and log == errorlog.log_path()
    assert log.is_relative_to(os.environ["XDG_STATE_HOME"])  # the tests' own folder, not the tester's
    text = log.read_text(encoding="utf-8")
    assert "Exporting failed: KeyError: 'x'" in text
    assert f"project: {tmp_path / 'p.curator'}" in text
    assert "in broken" in text and 'raise KeyError("x")' in text
