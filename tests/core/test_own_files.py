"""An import that meets the open project's own files skips them unread; an export never writes on them."""

from __future__ import annotations

from pathlib import Path

import pytest

from curator.core import queries
from curator.core.domain import CuratorError
from curator.core.exporters import export_project
from curator.core.importers import import_paths
from curator.core.project.setup import open_project
from curator.core.schema.json_io import export_schema, import_schema
from curator.core.storage import Project
from curator.core.storage.own_files import OwnFiles
from tests.helpers.locks import LOCKS, project_locks, sidecar

needs_lock_table = pytest.mark.skipif(not LOCKS.exists(), reason="reads the kernel's lock table")


@pytest.fixture
def project(tmp_path: Path) -> Project:
    # Named .txt on purpose: an auto import of the folder would otherwise read it as a text file.
    project = open_project(tmp_path / "news.txt", annotator="tester")
    (tmp_path / "article.txt").write_text("Bişkek'te toplantı yapıldı.\n", encoding="utf-8")
    # (A stray -journal is left out: SQLite itself would take it for a hot journal.)
    (tmp_path / "news.txt.bak-0001-20260101-093000").write_text("not a document\n", encoding="utf-8")
    yield project
    project.close()


def test_the_project_owns_its_file_sidecars_and_backups_by_name(tmp_path: Path) -> None:
    own = OwnFiles(tmp_path / "p.curator")
    for name in ("p.curator", "p.curator-wal", "p.curator-shm", "p.curator-journal", "p.curator.bak-0001-x"):
        assert own.owns(tmp_path / name), name
    for name in ("p.curator2", "q.curator", "p.curator-old", "p.txt"):
        assert not own.owns(tmp_path / name), name
    assert not own.owns(tmp_path / "other" / "p.curator")


def test_a_link_to_the_project_file_is_the_project_file(tmp_path: Path) -> None:
    project = tmp_path / "p.curator"
    project.write_bytes(b"")
    (tmp_path / "alias.txt").symlink_to(project)
    (tmp_path / "hard.txt").hardlink_to(project)
    own = OwnFiles(project)
    assert own.owns(tmp_path / "alias.txt") and own.owns(tmp_path / "hard.txt")


@needs_lock_table
def test_importing_the_project_folder_skips_the_project_files_and_keeps_the_locks(
    project: Project, tmp_path: Path
) -> None:
    before = project_locks(project.path)
    assert all(before.values()) and sidecar(project.path, "-wal").exists()

    report = import_paths(project, [tmp_path])
    named = import_paths(project, [project.path, sidecar(project.path, "-wal")], fmt="txt")

    assert project_locks(project.path) == before
    assert [d.title for d in queries.list_documents(project)] == ["Bişkek'te toplantı yapıldı."]
    assert report.ok and named.ok and named.files_total == 0
    assert {p.name for p in report.own_skipped} == {
        "news.txt", "news.txt-wal", "news.txt-shm", "news.txt.bak-0001-20260101-093000",
    }  # fmt: skip
    line = next(line for line in report.lines() if "own files" in line)
    assert "news.txt-wal" in line
    assert any("own files" in line for line in named.lines())


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_an_export_onto_the_project_or_its_sidecar_is_refused(project: Project, suffix: str) -> None:
    target = sidecar(project.path, suffix)
    with pytest.raises(CuratorError, match="open project's own files"):
        export_project(project, "jsonl", target)
    with pytest.raises(CuratorError, match="open project's own files"):
        export_schema(project, target)
    assert project.integrity_check() == "ok"
    assert len(queries.list_documents(project)) == 0


def test_the_project_file_is_not_read_as_a_schema(project: Project) -> None:
    with pytest.raises(CuratorError, match="own files"):
        import_schema(project, project.path)
