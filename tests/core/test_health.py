"""Damage is caught, named and recoverable: refused files, the full check, read-only, backups, exports.

The checks of what is stored (texts against their hashes, offsets, cancelling) run on a project file and
on a team server; what a file alone has (SQLite's pages, its encoding, backups) stays file-only.
"""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest

from curator.core import services
from curator.core.domain import CuratorError
from curator.core.exporters import export_project
from curator.core.project.health import (
    check_file,
    check_project,
    last_report,
    latest_good_backup,
    restore_backup,
)
from curator.core.project.server_health import SERVER_CHECKS
from curator.core.project.setup import open_project
from curator.core.storage import Project, ProjectOpenError, ProjectReadOnlyError
from curator.core.storage.backups import (
    backup_is_due,
    backups_folder,
    list_backups,
    set_backup_keep,
    write_backup,
)
from tests.helpers.engines import ENGINES, as_user, open_on
from tests.helpers.pg_cluster import SUPERUSER

DEAD_PID = 4_000_000  # above Linux's pid_max: never a running process


def _make_project(path: Path, documents: int = 20) -> Path:
    with open_project(path, annotator="maker") as project:
        _add_documents(project, documents)
    return path


def _add_documents(project: Project, documents: int) -> None:
    with project.write() as session:
        services.add_documents(
            session,
            [
                services.NewDocument(
                    f"Bişkek'te görüşme {number}. Ankara heyeti geldi.",
                    title=f"title-{number:04d}",
                    language="tr",
                    spans=[services.NewSpan(0, 6, "GPE")],
                )
                for number in range(documents)
            ],
            annotator_id=project.annotator_id,
            source="test",
        )


def _sql(path: Path, statement: str, parameters: tuple = ()) -> None:
    with closing(sqlite3.connect(path)) as connection:
        connection.execute(statement, parameters)
        connection.commit()


def _rows(path: Path, query: str) -> list[tuple]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
        return connection.execute(query).fetchall()


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    return _make_project(tmp_path / "news.curator")


@dataclass(frozen=True)
class Stored:
    """The 20 documents of `_make_project` on one engine, and SQL run behind Curator's back on it."""

    engine: str
    location: str  # the file, or the server's URL as the role "maker"

    def open(self) -> Project:
        return open_project(self.location if self.engine == "postgresql" else Path(self.location))

    def sql(self, statement: str) -> None:
        """As another program would: sqlite3 on the file, the server's superuser through psycopg."""
        if self.engine == "sqlite":
            _sql(Path(self.location), statement)
            return
        with psycopg.connect(as_user(self.location, SUPERUSER), autocommit=True) as connection:
            connection.execute(statement)


@pytest.fixture(params=ENGINES)
def stored(request: pytest.FixtureRequest, tmp_path: Path) -> Stored:
    with open_on(request, tmp_path, "maker") as project:
        _add_documents(project, 20)
        return Stored(request.param, getattr(project, "url", None) or str(project.path))


# --- files that are refused ----------------------------------------------------------------------


def test_empty_file_is_refused_and_left_empty(tmp_path: Path) -> None:
    path = tmp_path / "empty.curator"
    path.touch()
    with pytest.raises(ProjectOpenError, match=r"empty \(0 bytes\)"):
        open_project(path)
    assert path.read_bytes() == b""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.curator"]


def test_a_file_that_is_not_sqlite_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.curator"
    content = "Bişkek toplantısı notları\n".encode() * 300
    path.write_bytes(content)
    with pytest.raises(ProjectOpenError, match="not an SQLite database"):
        open_project(path)
    assert path.read_bytes() == content


def test_a_newer_schema_is_refused_and_unchanged(project_path: Path) -> None:
    _sql(project_path, "UPDATE alembic_version SET version_num = '0099'")
    before = project_path.read_bytes()
    with pytest.raises(ProjectOpenError, match=r"made by a newer Curator \(schema 0099\); upgrade Curator"):
        open_project(project_path)
    assert project_path.read_bytes() == before


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.curator"
    _sql(path, "CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    before = path.read_bytes()
    with pytest.raises(ProjectOpenError, match="not a Curator project"):
        open_project(path)
    assert path.read_bytes() == before


# --- the full check --------------------------------------------------------------------------------


def test_a_healthy_project_checks_ok_and_the_result_is_stored(stored: Stored) -> None:
    with stored.open() as project:
        report = check_project(project)
        assert report.ok and report.documents == 20
        expected = {"integrity", "foreign keys", "rows", "content hashes"}
        assert set(report.checks) == (expected if stored.engine == "sqlite" else set(SERVER_CHECKS))
        assert last_report(project) == report


def _damage_index_entry(path: Path, index: str, old: bytes, new: bytes) -> None:
    """Change one key inside an index page, as a bit flip would: the page stays well formed."""
    [(page_size,)] = _rows(path, "PRAGMA page_size")
    [(root,)] = _rows(path, f"SELECT rootpage FROM sqlite_master WHERE name = '{index}'")
    data = bytearray(path.read_bytes())
    page = data[(root - 1) * page_size : root * page_size]
    offset = page.find(old)
    assert offset >= 0, "the key is in the index's root page"
    data[(root - 1) * page_size + offset : (root - 1) * page_size + offset + len(old)] = new
    path.write_bytes(bytes(data))


def test_a_damaged_index_opens_but_the_check_reports_it(project_path: Path) -> None:
    with open_project(project_path):
        pass  # closed: the WAL is checkpointed into the file
    _damage_index_entry(project_path, "ix_documents_title_key", b"title-017", b"title-X17")  # "title-0007"
    with open_project(project_path) as project:  # quick_check does not see index content
        report = check_project(project)
    assert not report.ok
    assert any(p.check == "integrity" and "ix_documents_title" in p.message for p in report.problems), report


def test_a_text_changed_behind_our_back_is_reported_with_its_document(stored: Stored) -> None:
    stored.sql("UPDATE documents SET text = 'Bişkek - değişti' WHERE id = 5")
    with stored.open() as project:
        report = check_project(project)
    assert [(p.check, p.document_id, p.title) for p in report.problems] == [
        ("content hashes", 5, "title-0004")
    ]
    lines = "\n".join(report.lines())
    assert "document #5 'title-0004': the text no longer matches its content hash" in lines


def test_text_that_is_not_utf8_is_reported(project_path: Path) -> None:
    _sql(project_path, "UPDATE documents SET text = CAST(X'42C3FF28' AS TEXT) WHERE id = 3")
    with open_project(project_path) as project:
        report = check_project(project)
    assert ("rows", 3) in [(p.check, p.document_id) for p in report.problems]


def test_span_outside_its_text_is_reported(stored: Stored) -> None:
    stored.sql('UPDATE spans SET "end" = 5000 WHERE document_id = 2')
    with stored.open() as project:
        report = check_project(project)
    check = "rows" if stored.engine == "sqlite" else "offsets"
    assert [(p.check, p.document_id) for p in report.problems] == [(check, 2)]
    assert "spans row 2 (0-5000) lies outside the text (41 characters)" in report.problems[0].message


def test_a_damaged_project_is_read_only_until_a_check_passes(project_path: Path) -> None:
    _sql(project_path, "UPDATE documents SET text = 'x' WHERE id = 5")
    with open_project(project_path) as project:
        check_project(project)
        with pytest.raises(ProjectReadOnlyError, match="read-only"):
            services.add_span(project, 1, 7, 13, "GPE")
    with open_project(project_path) as project:  # the stored result keeps it read-only
        assert project.read_only_reason is not None
        with pytest.raises(ProjectReadOnlyError):
            services.add_span(project, 1, 7, 13, "GPE")
    _sql(project_path, "DELETE FROM spans WHERE document_id = 5")
    _sql(project_path, "DELETE FROM documents WHERE id = 5")
    with open_project(project_path) as project:
        assert check_project(project).ok
        services.add_span(project, 1, 7, 13, "GPE")
    assert _rows(project_path, "SELECT COUNT(*) FROM spans WHERE document_id = 1") == [(2,)]


def test_the_check_can_be_cancelled(stored: Stored) -> None:
    from curator.core.project.health import CheckCancelled

    with stored.open() as project:
        with pytest.raises(CheckCancelled):
            check_project(project, is_cancelled=lambda: True)
        assert last_report(project) is None


@pytest.mark.parametrize("stored", ["postgresql"], indirect=True)
def test_a_server_check_finds_orphans_and_wrong_counts_and_leaves_the_storage_to_its_admin(
    stored: Stored,
) -> None:
    """PostgreSQL enforces its foreign keys, except for writes made with them switched off (a restore
    with --disable-triggers): those are found, as is a span count the documents list would show wrong."""
    stored.sql(
        "SET session_replication_role = replica; INSERT INTO spans"
        ' (document_id, start, "end", label_id, status, source, created_at, updated_at, note)'
        " VALUES (99, 0, 3, 1, 'accepted', 'manual', now(), now(), '')"
    )
    stored.sql("UPDATE documents SET span_count = 9 WHERE id = 4")
    with stored.open() as project:
        report = check_project(project)
        assert [(p.check, p.document_id) for p in report.problems] == [
            ("references", None),
            ("span counts", 4),
        ]
        assert report.problems[0].message == "spans row 21 refers to a documents row that does not exist"
        lines = report.lines()
        assert lines[0].startswith(f"{stored.location}: damaged: 2 problems found at ")
        assert any("pg_amcheck" in line for line in lines) and any("pg_dump" in line for line in lines)
        assert not any("backup found" in line or "curator restore" in line for line in lines)
        # The other clients of the server write on: this one is not made read-only by what it found.
        assert project.read_only_reason is None
        services.add_span(project, 1, 21, 27, "GPE")


# --- backups ---------------------------------------------------------------------------------------


def test_rotation_keeps_the_last_k(project_path: Path) -> None:
    with open_project(project_path) as project:
        set_backup_keep(project, 3)
        written = [write_backup(project).path for _ in range(5)]
    kept = [info.path for info in list_backups(project_path)]
    assert kept == written[:1:-1]
    assert all((info.documents, info.spans) == (20, 20) and info.size for info in list_backups(project_path))


def test_backups_live_beside_the_project_named_by_date(project_path: Path) -> None:
    with open_project(project_path) as project:
        assert backup_is_due(project_path)
        info = write_backup(project)
    assert info.path.parent == project_path.parent / "news.backups"
    assert info.path.name.startswith("news-") and info.path.suffix == ".curator"
    assert not backup_is_due(project_path)
    two_days_ago = info.path.stat().st_mtime - 2 * 86400
    os.utime(info.path, (two_days_ago, two_days_ago))
    assert backup_is_due(project_path)


def test_a_leftover_temporary_of_a_killed_backup_is_removed_next_time(project_path: Path) -> None:
    folder = backups_folder(project_path)
    folder.mkdir()
    dead = folder / f".news-20260101-120000.curator.{DEAD_PID}-0123456789ab.backup-part"
    alive = folder / f".news-20260101-120001.curator.{os.getpid()}-0123456789ab.backup-part"
    other = folder / "notes.txt"
    for path in (dead, alive, other):
        path.write_bytes(b"partial")
    with open_project(project_path) as project:
        write_backup(project)
    assert not dead.exists()
    assert alive.exists() and other.exists()


def test_restore_round_trips_documents_and_spans(project_path: Path, tmp_path: Path) -> None:
    with open_project(project_path) as project:
        backup = write_backup(project).path
    restored = tmp_path / "restored.curator"
    result = restore_backup(backup, restored)
    assert (result.documents, result.spans) == (20, 20)
    query_documents = "SELECT id, title, text, content_hash FROM documents ORDER BY id"
    query_spans = 'SELECT s.id, document_id, start, "end", name FROM spans s JOIN labels l ON l.id = label_id'
    assert _rows(restored, query_documents) == _rows(project_path, query_documents)
    assert _rows(restored, query_spans) == _rows(project_path, query_spans)
    with open_project(restored) as project:
        assert check_project(project).ok


def test_restore_never_overwrites(project_path: Path, tmp_path: Path) -> None:
    with open_project(project_path) as project:
        backup = write_backup(project).path
    target = tmp_path / "taken.curator"
    target.write_bytes(b"mine")
    with pytest.raises(CuratorError, match="exists already"):
        restore_backup(backup, target)
    assert target.read_bytes() == b"mine"


def test_a_damaged_backup_is_not_restored(project_path: Path, tmp_path: Path) -> None:
    with open_project(project_path) as project:
        backup = write_backup(project).path
    _sql(backup, "UPDATE documents SET text = 'x' WHERE id = 1")
    assert not check_file(backup).ok
    with pytest.raises(CuratorError, match="the backup is damaged"):
        restore_backup(backup, tmp_path / "new.curator")
    assert not (tmp_path / "new.curator").exists()


def test_a_damaged_report_names_the_latest_good_backup(project_path: Path) -> None:
    with open_project(project_path) as project:
        good = write_backup(project).path
        bad = write_backup(project).path
    _sql(bad, "UPDATE documents SET text = 'x' WHERE id = 1")
    _sql(project_path, "UPDATE documents SET text = 'y' WHERE id = 2")
    assert latest_good_backup(project_path) == good
    with open_project(project_path) as project:
        report = check_project(project)
    assert report.latest_good_backup == str(good)
    assert json.loads(json.dumps(report.to_dict()))["latest_good_backup"] == str(good)


def test_a_damaged_project_is_not_backed_up(project_path: Path) -> None:
    _sql(project_path, "UPDATE documents SET text = 'x' WHERE id = 1")
    with open_project(project_path) as project:
        check_project(project)
        with pytest.raises(CuratorError, match="not backed up"):
            write_backup(project)
    assert list_backups(project_path) == []


# --- exports ---------------------------------------------------------------------------------------


def test_export_of_undecodable_text_names_the_document(project_path: Path, tmp_path: Path) -> None:
    _sql(project_path, "UPDATE documents SET text = CAST(X'42C3FF28' AS TEXT) WHERE id = 3")
    out = tmp_path / "out.jsonl"
    with open_project(project_path) as project:
        with pytest.raises(CuratorError, match=r"document #3 'title-0002': the text is not valid UTF-8"):
            export_project(project, "jsonl", out)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_an_export_removes_the_leftovers_of_a_killed_export(project_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    dead = tmp_path / f".out.jsonl.{DEAD_PID}-0123456789ab.part"
    alive = tmp_path / f".out.jsonl.{os.getpid()}-0123456789ab.part"
    unrelated = tmp_path / ".notes.part"
    for path in (dead, alive, unrelated):
        path.write_text("partial")
    with open_project(project_path) as project:
        export_project(project, "jsonl", out)
    assert len(out.read_text(encoding="utf-8").splitlines()) == 20
    assert not dead.exists()
    assert alive.exists() and unrelated.exists()
