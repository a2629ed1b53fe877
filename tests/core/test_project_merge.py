"""Offline team flow: a project split into one file per annotator, annotated in separate processes and
merged back, holds exactly what the same work done in one file holds; merging again changes nothing;
conflicts are resolved both ways; old, corrupt and foreign files are handled without touching anything."""

from __future__ import annotations

import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from curator.core.domain import CuratorError
from curator.core.project.setup import open_project
from curator.core.services.project_merge import MergeSourceError, merge_project, split_project
from curator.core.services.review import review_document
from curator.core.storage import Project
from tests.helpers.team_project import (
    DB_VERSIONS,
    TEXTS,
    WORK,
    annotate,
    content,
    every_row,
    make_team_project,
)


@pytest.fixture
def team(tmp_path: Path) -> Iterator[tuple[Project, Path]]:
    project = make_team_project(tmp_path / "lead.curator")
    yield project, tmp_path
    project.close()


def split_annotate_merge(project: Project, folder: Path) -> list[Any]:
    report = split_project(project, ["a", "b", "c"], folder / "out")
    for name, steps in WORK.items():
        annotate(folder / "out" / f"{name}.curator", name, steps)
    return [merge_project(project, folder / "out" / f"{name}.curator") for name in WORK] + [report]


def test_split_writes_each_annotator_their_documents_with_every_layer(team: tuple[Project, Path]) -> None:
    project, folder = team
    report = split_project(project, ["a", "b", "c"], folder / "out")
    assert report.unassigned == 1  # d7 goes to nobody
    assert [(f.annotator, f.documents) for f in report.files] == [("a", 3), ("b", 2), ("c", 2)]
    a = content(folder / "out" / "a.curator")
    assert sorted(title for _, title, _, _ in a["documents"]) == ["d1", "d2", "d3"]
    assert {name for _, name in a["assignments"]} == {"a"}
    assert ("a", "GPE") in {(s[1], s[4]) for s in a["spans"]}
    b = content(folder / "out" / "b.curator")
    assert ("b", "PER") in {(s[1], s[4]) for s in b["spans"]}
    assert a["labels"] == content(project.path)["labels"]
    with closing(sqlite3.connect(folder / "out" / "b.curator")) as db:
        assert "d1" not in str(db.execute("SELECT group_concat(title) FROM documents").fetchone())
        info = dict(db.execute("SELECT key, value FROM project_info").fetchall())
    assert json.loads(info["split_from"])["annotator"] == "b"


def test_split_refuses_unknown_annotator_and_existing_files(team: tuple[Project, Path]) -> None:
    project, folder = team
    with pytest.raises(CuratorError, match="no annotator named zed"):
        split_project(project, ["a", "zed"], folder / "out")
    (folder / "out").mkdir()
    (folder / "out" / "b.curator").write_bytes(b"")
    with pytest.raises(CuratorError, match="exists already"):
        split_project(project, ["a", "b"], folder / "out")
    assert not (folder / "out" / "a.curator").exists()


def test_work_split_and_merged_back_equals_the_same_work_in_one_file(team: tuple[Project, Path]) -> None:
    project, folder = team
    reference = folder / "reference.curator"
    project.backup(reference)
    for name, steps in WORK.items():
        annotate(reference, name, steps)
    reports = split_annotate_merge(project, folder)
    assert all(not r.conflicts for r in reports[:-1])
    assert "label WEAPON" in reports[2].schema_added
    merged, expected = content(project.path), content(reference)
    assert merged["spans"] == expected["spans"]
    assert merged["events"] == expected["events"]
    assert merged["documents"] == expected["documents"]
    assert merged["labels"] == expected["labels"]
    assert merged["assignments"] == expected["assignments"]
    assert project.integrity_check() == "ok"


def test_merging_the_same_file_twice_changes_nothing(team: tuple[Project, Path]) -> None:
    project, folder = team
    split_annotate_merge(project, folder)
    before = every_row(project.path)
    again = [merge_project(project, folder / "out" / f"{name}.curator") for name in WORK]
    assert [r.changes for r in again] == [0, 0, 0]
    after = every_row(project.path)
    assert after == before


def test_conflict_keep_both_puts_theirs_in_a_layer_of_its_own(team: tuple[Project, Path]) -> None:
    project, folder = team
    split_project(project, ["a"], folder / "out")
    annotate(folder / "out" / "a.curator", "a", [["span", "d1", "Ceyhun Bayramov", "PER"]])
    annotate(project.path, "a", [["span", "d1", "Mevlüt Çavuşoğlu", "PER"]])
    report = merge_project(project, folder / "out" / "a.curator", conflicts="keep-both")
    assert [(c.annotator, c.resolution) for c in report.conflicts] == [("a", "theirs kept as a@a")]
    layers = {(s[1], s[4], TEXTS["d1"][s[2] : s[3]]) for s in content(project.path)["spans"]}
    assert ("a", "PER", "Mevlüt Çavuşoğlu") in layers and ("a", "PER", "Ceyhun Bayramov") not in layers
    assert ("a@a", "PER", "Ceyhun Bayramov") in layers and ("a@a", "GPE", "Bişkek") in layers
    assert merge_project(project, folder / "out" / "a.curator", conflicts="keep-both").changes == 0


@pytest.mark.parametrize("theirs_last", [True, False])
def test_conflict_newest_keeps_the_side_edited_last(team: tuple[Project, Path], theirs_last: bool) -> None:
    project, folder = team
    split_project(project, ["a"], folder / "out")
    edits = [
        (project.path, [["span", "d1", "Mevlüt Çavuşoğlu", "PER"]]),
        (folder / "out" / "a.curator", [["span", "d1", "Ceyhun Bayramov", "PER"]]),
    ]
    for path, steps in edits if theirs_last else reversed(edits):
        annotate(path, "a", steps)
    report = merge_project(project, folder / "out" / "a.curator", conflicts="newest")
    assert len(report.conflicts) == 1
    words = {TEXTS["d1"][s[2] : s[3]] for s in content(project.path)["spans"] if s[1] == "a"}
    assert words == ({"Bişkek", "Ceyhun Bayramov"} if theirs_last else {"Bişkek", "Mevlüt Çavuşoğlu"})


def test_only_their_side_changed_is_taken_without_conflict(team: tuple[Project, Path]) -> None:
    project, folder = team
    split_project(project, ["b"], folder / "out")
    annotate(project.path, "a", [["span", "d3", "Astana", "GPE"]])  # ours: another layer only
    annotate(folder / "out" / "b.curator", "b", [["delete", "d4", "Садыр Жапаров", "PER"]])
    report = merge_project(project, folder / "out" / "b.curator")
    assert not report.conflicts and report.layers_taken == 1
    assert ("b", "PER") not in {(s[1], s[4]) for s in content(project.path)["spans"]}
    assert ("a", "GPE") in {(s[1], s[4]) for s in content(project.path)["spans"]}


def test_dry_run_reports_without_writing(team: tuple[Project, Path]) -> None:
    project, folder = team
    split_project(project, ["c"], folder / "out")
    annotate(folder / "out" / "c.curator", "c", WORK["c"])
    before = every_row(project.path)
    report = merge_project(project, folder / "out" / "c.curator", dry_run=True)
    assert report.dry_run and report.changes > 0 and "label WEAPON" in report.schema_added
    assert every_row(project.path) == before


def test_a_cancelled_merge_leaves_the_project_as_it_was(team: tuple[Project, Path]) -> None:
    project, folder = team
    split_project(project, ["c"], folder / "out")
    annotate(folder / "out" / "c.curator", "c", WORK["c"])
    before = every_row(project.path)
    calls = iter(range(100))
    with pytest.raises(CuratorError, match="cancelled"):
        merge_project(project, folder / "out" / "c.curator", is_cancelled=lambda: next(calls) >= 2)
    assert every_row(project.path) == before


def test_an_older_schema_file_is_merged_from_an_upgraded_copy(team: tuple[Project, Path]) -> None:
    project, folder = team
    old = folder / "old.curator"
    shutil.copy(DB_VERSIONS / "v0007.curator", old)
    untouched = old.read_bytes()
    report = merge_project(project, old)
    assert report.documents_added > 0
    assert old.read_bytes() == untouched
    with closing(sqlite3.connect(old)) as db:
        assert db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0007"


def test_corrupt_and_foreign_files_are_refused_and_nothing_changes(team: tuple[Project, Path]) -> None:
    project, folder = team
    before = every_row(project.path)
    not_sqlite = folder / "notes.curator"
    not_sqlite.write_text("these are not the documents you are looking for\n" * 200)
    with pytest.raises(MergeSourceError, match="not an SQLite database"):
        merge_project(project, not_sqlite)
    damaged = folder / "damaged.curator"
    project.backup(damaged)
    with closing(sqlite3.connect(damaged)) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'documents'").fetchone()[0]
    data = bytearray(damaged.read_bytes())
    data[(root - 1) * page_size : root * page_size] = b"\xff" * page_size
    damaged.write_bytes(bytes(data))
    with pytest.raises(MergeSourceError, match="damaged"):
        merge_project(project, damaged)
    newer = folder / "newer.curator"
    project.backup(newer)
    with closing(sqlite3.connect(newer)) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
        db.commit()
    with pytest.raises(MergeSourceError, match="newer Curator"):
        merge_project(project, newer)
    empty = folder / "empty.curator"
    empty.write_bytes(b"")
    with pytest.raises(MergeSourceError, match="empty"):
        merge_project(project, empty)
    assert every_row(project.path) == before


def test_a_project_is_not_merged_into_itself(team: tuple[Project, Path]) -> None:
    project, folder = team
    with pytest.raises(MergeSourceError, match="this project itself"):
        merge_project(project, project.path)
    split_project(project, ["a"], folder / "out")  # the project now has an id; a backup shares it
    copy = project.backup(folder / "copy.curator")
    with pytest.raises(MergeSourceError, match="a copy of this project"):
        merge_project(project, copy)


def test_reviews_assignments_and_history_come_back_once(team: tuple[Project, Path]) -> None:
    project, folder = team
    split_project(project, ["c"], folder / "out")
    child = open_project(folder / "out" / "c.curator", create=False, annotator="c")
    with closing(sqlite3.connect(child.path)) as db:
        d5 = db.execute("SELECT id FROM documents WHERE title = 'd5'").fetchone()[0]
    review_document(child, d5, "annotated")
    with child.write() as session:
        session.execute(text("UPDATE assignments SET status = 'annotated', annotated_at = CURRENT_TIMESTAMP"))
        session.execute(text(
            "INSERT INTO history (uid, created_at, annotator_id, kind, text, change)"
            " SELECT 'c-entry-1', CURRENT_TIMESTAMP, id, 'span.add', 'Tag', '{}'"
            " FROM annotators WHERE name = 'c'"
        ))  # fmt: skip
        session.execute(text(
            "INSERT INTO history_documents (history_id, document_id)"
            " SELECT id, :d FROM history WHERE uid = 'c-entry-1'"
        ), {"d": d5})  # fmt: skip
    child.close()
    report = merge_project(project, folder / "out" / "c.curator")
    # the history brings the review step's own entry and the one written by hand
    assert report.rows["document_reviews"] == 1 and report.rows["history"] == 2
    with closing(sqlite3.connect(project.path)) as db:
        assert db.execute(
            "SELECT d.title, d.status FROM documents d JOIN document_reviews r ON r.document_id = d.id"
        ).fetchall() == [("d5", "annotated")]
        assert db.execute(
            "SELECT d.title FROM history h JOIN history_documents x ON x.history_id = h.id"
            " JOIN documents d ON d.id = x.document_id JOIN annotators a ON a.id = h.annotator_id"
            " WHERE h.uid = 'c-entry-1' AND a.name = 'c'"
        ).fetchall() == [("d5",)]
        assert sorted(db.execute(
            "SELECT d.title, s.status FROM assignments s JOIN documents d ON d.id = s.document_id"
            " JOIN annotators a ON a.id = s.annotator_id WHERE a.name = 'c'"
        ).fetchall()) == [("d5", "annotated"), ("d6", "annotated")]  # fmt: skip
    assert merge_project(project, folder / "out" / "c.curator").changes == 0
