"""`copy_project` between a project file and a real PostgreSQL server (the throwaway cluster): a file copied
to a server and back is the same project, by counts, checksums, exports and history; new rows on the copy
get new ids past every id the source ever gave; and a copy that fails (a target that is not empty, a row
the target's rules refuse, Ctrl-C half way, a mismatch found by the check) leaves the target as it was."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import text

from curator.cli.main import main
from curator.core import services
from curator.core.project.setup import open_project
from curator.core.services import project_copy_rows
from curator.core.services.project_copy import CopyError, CopyReport, copy_project
from curator.core.services.review import review_document
from curator.core.storage import Project
from curator.core.storage.migrate import head_revision
from tests.helpers.engines import as_user
from tests.helpers.team_project import DB_VERSIONS, WORK, annotate, make_team_project


@pytest.fixture
def lead(tmp_path: Path) -> Iterator[Path]:
    """The team project with everyone's work in it, a review, and a deleted span (its id is not reused)."""
    path = tmp_path / "lead.curator"
    project = make_team_project(path)
    for name, steps in WORK.items():
        annotate(path, name, steps)
    review_document(project, _document(project, "d5"), "annotated", comment="checked")
    added = services.add_span(project, _document(project, "d7"), 0, 2, "PER")
    services.delete_spans(project, [added.span.id])
    project.close()
    yield path


def _document(project: Project, title: str) -> int:
    with project.read() as session:
        return int(
            session.execute(text("SELECT id FROM documents WHERE title = :t"), {"t": title}).scalar_one()
        )


def _tables(url: str) -> list[str]:
    with psycopg.connect(url) as connection:
        rows = connection.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchall()
    return sorted(row[0] for row in rows)


def _checksums(report: CopyReport, side: str) -> dict[str, tuple[int, str]]:
    return {
        check.table: (getattr(check, f"{side}_rows"), getattr(check, f"{side}_checksum"))
        for check in report.tables
    }


def _export(project: str | Path, out: Path) -> list[dict[str, Any]]:
    assert main(["--project", str(project), "export", "--format", "jsonl", "--out", str(out)]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


def _history(project: str | Path, capsys: pytest.CaptureFixture[str]) -> list[Any]:
    capsys.readouterr()
    assert main(["--project", str(project), "history", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_a_file_copied_to_a_server_and_back_is_the_same_project(
    lead: Path, tmp_path: Path, server_database: Callable[..., str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = server_database()
    there = copy_project(lead, url)
    back = copy_project(url, tmp_path / "back.curator")
    assert _checksums(there, "source") == _checksums(there, "target") == _checksums(back, "target")
    assert there.rows == back.rows > 300 and {"history", "spans", "document_reviews"} <= {
        check.table for check in there.tables if check.source_rows
    }
    assert _export(tmp_path / "back.curator", tmp_path / "back.jsonl") == _export(
        lead, tmp_path / "lead.jsonl"
    )
    history = _history(lead, capsys)
    assert len(history) > 10 and _history(tmp_path / "back.curator", capsys) == history
    with closing(sqlite3.connect(tmp_path / "back.curator")) as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []


def test_new_rows_on_the_copies_get_ids_no_row_of_the_source_ever_had(
    lead: Path, tmp_path: Path, server_database: Callable[..., str]
) -> None:
    with closing(sqlite3.connect(lead)) as db:
        highest = dict(db.execute("SELECT name, seq FROM sqlite_sequence").fetchall())
        assert highest["spans"] > db.execute("SELECT max(id) FROM spans").fetchone()[0]  # one was deleted
    url = server_database("a")
    copy_project(lead, url)
    copy_project(url, tmp_path / "back.curator")
    for location in (as_user(url, "a"), tmp_path / "back.curator"):
        with open_project(location, annotator="a") as project:
            span = services.add_span(project, _document(project, "d7"), 3, 8, "ORG").span
        assert span.id == highest["spans"] + 1


def test_a_target_that_is_not_empty_is_refused_and_left_as_it_was(
    lead: Path, tmp_path: Path, server_database: Callable[..., str]
) -> None:
    url = server_database()
    assert main(["server", "init", url]) == 0
    before = _tables(url)
    with pytest.raises(CopyError, match="holds a Curator project already"):
        copy_project(lead, url)
    assert _tables(url) == before
    other = server_database()
    with psycopg.connect(other, autocommit=True) as connection:
        connection.execute("CREATE TABLE notes (body text)")
    with pytest.raises(CopyError, match="has 1 tables already \\(notes\\)"):
        copy_project(lead, other)
    assert _tables(other) == ["notes"]
    existing = tmp_path / "existing.curator"
    shutil.copy(lead, existing)
    untouched = existing.read_bytes()
    with pytest.raises(CopyError, match="exists already"):
        copy_project(url, existing)
    assert existing.read_bytes() == untouched


def test_a_row_the_target_refuses_leaves_the_server_empty_and_no_file(
    lead: Path, tmp_path: Path, server_database: Callable[..., str]
) -> None:
    with closing(sqlite3.connect(lead)) as db:  # a span of a document that is not there (foreign keys off)
        db.execute(
            'INSERT INTO spans (document_id, start, "end", label_id, status, source, created_at, updated_at,'
            " note) SELECT 99999, 0, 1, min(id), 'accepted', 'manual', '2026-01-01', '2026-01-01', ''"
            " FROM labels"
        )
        db.commit()
    url = server_database()
    with pytest.raises(CopyError, match="a row of table spans breaks a rule of the target.*unchanged"):
        copy_project(lead, url)
    assert _tables(url) == []
    with pytest.raises(CopyError, match="table spans"):
        copy_project(lead, tmp_path / "copy.curator")
    assert sorted(p.name for p in tmp_path.iterdir() if "copy" in p.name) == []


def test_ctrl_c_half_way_leaves_the_server_empty_and_no_file(
    lead: Path, tmp_path: Path, server_database: Callable[..., str], monkeypatch: pytest.MonkeyPatch
) -> None:
    insert = project_copy_rows._insert_batch
    calls: list[str] = []

    def interrupted(target: Any, statement: Any, rows: list[dict[str, Any]]) -> None:
        calls.append(statement.table.name)
        if statement.table.name == "spans":
            raise KeyboardInterrupt
        insert(target, statement, rows)

    monkeypatch.setattr(project_copy_rows, "_insert_batch", interrupted)
    url = server_database()
    with pytest.raises(KeyboardInterrupt):
        copy_project(lead, url)
    assert "documents" in calls and _tables(url) == []
    with pytest.raises(KeyboardInterrupt):
        copy_project(lead, tmp_path / "copy.curator")
    assert [p.name for p in tmp_path.iterdir() if "copy" in p.name] == []


def test_a_mismatch_found_by_the_check_names_the_table_and_copies_nothing(
    lead: Path, server_database: Callable[..., str], monkeypatch: pytest.MonkeyPatch
) -> None:
    digest = project_copy_rows._digest

    def one_row_lost(connection: Any, table: Any) -> tuple[int, str]:
        rows, checksum = digest(connection, table)
        return (rows - 1, checksum) if table.name == "history" else (rows, checksum)

    monkeypatch.setattr(project_copy_rows, "_digest", one_row_lost)
    url = server_database()
    with pytest.raises(CopyError, match="the copy of table history differs from the source"):
        copy_project(lead, url)
    assert _tables(url) == []


def test_a_source_of_an_older_schema_is_refused_until_it_is_upgraded(
    tmp_path: Path, server_database: Callable[..., str]
) -> None:
    old = tmp_path / "old.curator"
    shutil.copy(DB_VERSIONS / "v0007.curator", old)
    url = server_database()
    with pytest.raises(CopyError, match="schema 0007 is older.*upgrade the source first"):
        copy_project(old, url)
    assert _tables(url) == []
    open_project(old).close()  # opening it upgrades it (after a backup)
    assert copy_project(old, url).revision == head_revision()


def test_a_server_copied_to_another_server_keeps_every_row(
    lead: Path, server_database: Callable[..., str]
) -> None:
    first, second = server_database(), server_database()
    there = copy_project(lead, first)
    again = copy_project(first, second)
    assert _checksums(again, "target") == _checksums(there, "source")
