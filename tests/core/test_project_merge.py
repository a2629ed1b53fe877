"""Offline team flow: a project split into one file per annotator, annotated in separate processes and
merged back, holds exactly what the same work done in one file holds; merging again changes nothing;
conflicts are resolved both ways; old, corrupt and foreign files are handled without touching anything.

The lead's project is a file or a team server (`team` runs each test on both); a server's rows are read
through a verified file copy of it (`curator copy`'s code), so the same helpers compare both."""

from __future__ import annotations

import json
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any, TypeVar

import pytest
from sqlalchemy import text

from curator.core.domain import CuratorError
from curator.core.project.setup import open_project
from curator.core.services.project_copy import copy_open_project, copy_project
from curator.core.services.project_merge import MergeSourceError, merge_project, split_project
from curator.core.services.project_merge.writer import Writer
from curator.core.services.review import review_document
from curator.core.storage import Project
from tests.helpers.annotate_child import run
from tests.helpers.engines import ENGINES, as_user, open_again
from tests.helpers.team_project import (
    DB_VERSIONS,
    TEXTS,
    WORK,
    annotate,
    content,
    every_row,
    make_team_project,
)

T = TypeVar("T")


@pytest.fixture(params=ENGINES)
def team(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Project, Path]]:
    """The lead's team project: the file, or a server it was copied to (each team member a role)."""
    project = make_team_project(tmp_path / "lead.curator")
    if request.param == "postgresql":
        project.close()
        url = request.getfixturevalue("server_database")("lead", "a", "b", "c")
        copy_project(tmp_path / "lead.curator", url)
        project = open_project(as_user(url, "lead"))
    yield project, tmp_path
    project.close()


def on_file(project: Project, read: Callable[[Path], T]) -> T:
    """`read` applied to the project's file; for a server, to a verified file copy of it."""
    if getattr(project, "url", None) is None:
        return read(project.path)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "server.curator"
        copy_open_project(project, copy)
        return read(copy)


def rows_of(project: Project) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the project. A server's id sequences are left out: PostgreSQL never takes back an id
    a rolled-back insert drew (a cancelled merge leaves a gap, as any cancelled insert there does)."""
    rows = on_file(project, every_row)
    if getattr(project, "url", None) is not None:
        rows.pop("sqlite_sequence")
    return rows


def broken_references(path: Path) -> list[Any]:
    with closing(sqlite3.connect(path)) as db:
        return db.execute("PRAGMA foreign_key_check").fetchall()


def annotate_on(project: Project, annotator: str, steps: list[list[Any]]) -> None:
    """One annotator's work on the lead's project itself: in a process of its own on the file, as their
    own role on the server."""
    if getattr(project, "url", None) is None:
        annotate(project.path, annotator, steps)
        return
    with open_again(project, annotator) as theirs:
        run(theirs, steps)


def snapshot(project: Project, destination: Path) -> Path:
    """A file copy of the lead's project (a backup of the file, a verified copy of the server)."""
    if getattr(project, "url", None) is None:
        return project.backup(destination)
    copy_open_project(project, destination)
    return destination


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
    assert a["labels"] == on_file(project, content)["labels"]
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
    reference = snapshot(project, folder / "reference.curator")
    for name, steps in WORK.items():
        annotate(reference, name, steps)
    reports = split_annotate_merge(project, folder)
    assert all(not r.conflicts for r in reports[:-1])
    assert "label WEAPON" in reports[2].schema_added
    merged, expected = on_file(project, content), content(reference)
    assert merged["spans"] == expected["spans"]
    assert merged["events"] == expected["events"]
    assert merged["documents"] == expected["documents"]
    assert merged["labels"] == expected["labels"]
    assert merged["assignments"] == expected["assignments"]
    assert on_file(project, broken_references) == []


def test_merging_the_same_file_twice_changes_nothing(team: tuple[Project, Path]) -> None:
    project, folder = team
    split_annotate_merge(project, folder)
    before = rows_of(project)
    again = [merge_project(project, folder / "out" / f"{name}.curator") for name in WORK]
    assert [r.changes for r in again] == [0, 0, 0]
    assert rows_of(project) == before


def test_conflict_keep_both_puts_theirs_in_a_layer_of_its_own(team: tuple[Project, Path]) -> None:
    project, folder = team
    split_project(project, ["a"], folder / "out")
    annotate(folder / "out" / "a.curator", "a", [["span", "d1", "Ceyhun Bayramov", "PER"]])
    annotate_on(project, "a", [["span", "d1", "Mevlüt Çavuşoğlu", "PER"]])
    report = merge_project(project, folder / "out" / "a.curator", conflicts="keep-both")
    assert [(c.annotator, c.resolution) for c in report.conflicts] == [("a", "theirs kept as a@a")]
    layers = {(s[1], s[4], TEXTS["d1"][s[2] : s[3]]) for s in on_file(project, content)["spans"]}
    assert ("a", "PER", "Mevlüt Çavuşoğlu") in layers and ("a", "PER", "Ceyhun Bayramov") not in layers
    assert ("a@a", "PER", "Ceyhun Bayramov") in layers and ("a@a", "GPE", "Bişkek") in layers
    assert merge_project(project, folder / "out" / "a.curator", conflicts="keep-both").changes == 0


@pytest.mark.parametrize("theirs_last", [True, False])
def test_conflict_newest_keeps_the_side_edited_last(team: tuple[Project, Path], theirs_last: bool) -> None:
    project, folder = team
    split_project(project, ["a"], folder / "out")
    edits: list[Callable[[], None]] = [
        lambda: annotate_on(project, "a", [["span", "d1", "Mevlüt Çavuşoğlu", "PER"]]),
        lambda: annotate(folder / "out" / "a.curator", "a", [["span", "d1", "Ceyhun Bayramov", "PER"]]),
    ]
    for edit in edits if theirs_last else reversed(edits):
        edit()
    report = merge_project(project, folder / "out" / "a.curator", conflicts="newest")
    assert len(report.conflicts) == 1
    words = {TEXTS["d1"][s[2] : s[3]] for s in on_file(project, content)["spans"] if s[1] == "a"}
    assert words == ({"Bişkek", "Ceyhun Bayramov"} if theirs_last else {"Bişkek", "Mevlüt Çavuşoğlu"})


def test_only_their_side_changed_is_taken_without_conflict(team: tuple[Project, Path]) -> None:
    project, folder = team
    split_project(project, ["b"], folder / "out")
    annotate_on(project, "a", [["span", "d3", "Astana", "GPE"]])  # ours: another layer only
    annotate(folder / "out" / "b.curator", "b", [["delete", "d4", "Садыр Жапаров", "PER"]])
    report = merge_project(project, folder / "out" / "b.curator")
    assert not report.conflicts and report.layers_taken == 1
    layers = {(s[1], s[4]) for s in on_file(project, content)["spans"]}
    assert ("b", "PER") not in layers and ("a", "GPE") in layers


def test_dry_run_reports_without_writing(team: tuple[Project, Path]) -> None:
    project, folder = team
    split_project(project, ["c"], folder / "out")
    annotate(folder / "out" / "c.curator", "c", WORK["c"])
    before = rows_of(project)
    report = merge_project(project, folder / "out" / "c.curator", dry_run=True)
    assert report.dry_run and report.changes > 0 and "label WEAPON" in report.schema_added
    assert rows_of(project) == before


def test_a_cancelled_merge_leaves_the_project_as_it_was(team: tuple[Project, Path]) -> None:
    project, folder = team
    split_project(project, ["c"], folder / "out")
    annotate(folder / "out" / "c.curator", "c", WORK["c"])
    before = rows_of(project)
    calls = iter(range(100))
    with pytest.raises(CuratorError, match="cancelled"):
        merge_project(project, folder / "out" / "c.curator", is_cancelled=lambda: next(calls) >= 2)
    assert rows_of(project) == before


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
    before = rows_of(project)
    not_sqlite = folder / "notes.curator"
    not_sqlite.write_text("these are not the documents you are looking for\n" * 200)
    with pytest.raises(MergeSourceError, match="not an SQLite database"):
        merge_project(project, not_sqlite)
    damaged = snapshot(project, folder / "damaged.curator")
    with closing(sqlite3.connect(damaged)) as db:
        page_size = db.execute("PRAGMA page_size").fetchone()[0]
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = 'documents'").fetchone()[0]
    data = bytearray(damaged.read_bytes())
    data[(root - 1) * page_size : root * page_size] = b"\xff" * page_size
    damaged.write_bytes(bytes(data))
    with pytest.raises(MergeSourceError, match="damaged"):
        merge_project(project, damaged)
    newer = snapshot(project, folder / "newer.curator")
    with closing(sqlite3.connect(newer)) as db:
        db.execute("UPDATE alembic_version SET version_num = '9999'")
        db.commit()
    with pytest.raises(MergeSourceError, match="newer Curator"):
        merge_project(project, newer)
    empty = folder / "empty.curator"
    empty.write_bytes(b"")
    with pytest.raises(MergeSourceError, match="empty"):
        merge_project(project, empty)
    assert rows_of(project) == before


def test_a_project_is_not_merged_into_itself(team: tuple[Project, Path]) -> None:
    project, folder = team
    with pytest.raises(MergeSourceError, match="this project itself"):
        merge_project(project, getattr(project, "url", None) or project.path)
    split_project(project, ["a"], folder / "out")  # the project now has an id; a backup shares it
    copy = snapshot(project, folder / "copy.curator")
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
    on_file(project, reviews_assignments_and_history_are_back)
    assert merge_project(project, folder / "out" / "c.curator").changes == 0


def reviews_assignments_and_history_are_back(path: Path) -> None:
    with closing(sqlite3.connect(path)) as db:
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


def test_a_race_lost_on_a_server_is_a_message_and_the_merge_leaves_nothing(
    tmp_path: Path, server_database: Callable[..., str], monkeypatch: pytest.MonkeyPatch
) -> None:
    make_team_project(tmp_path / "lead.curator").close()
    url = server_database("lead", "a", "b", "c")
    copy_project(tmp_path / "lead.curator", url)
    tag = ["span", "d5", "Kassym-Jomart Tokayev", "PER"]
    with open_project(as_user(url, "lead")) as project:
        split_project(project, ["c"], tmp_path / "out")
        annotate(tmp_path / "out" / "c.curator", "c", [tag])
        copy_layers = Writer.copy_layers

        def racing(writer: Writer, layers: Any) -> None:  # c, online too, tags the same words meanwhile
            with open_project(as_user(url, "c")) as online:
                run(online, [tag])
            copy_layers(writer, layers)

        monkeypatch.setattr(Writer, "copy_layers", racing)
        with pytest.raises(CuratorError, match="changed while merging .*run the merge again"):
            merge_project(project, tmp_path / "out" / "c.curator")
        monkeypatch.undo()
        spans = on_file(project, lambda path: content(path)["spans"])
        assert sum(1 for span in spans if span[1] == "c") == 1  # c's own tag, once
        assert merge_project(project, tmp_path / "out" / "c.curator").conflicts == ()
