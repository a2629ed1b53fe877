"""The quick read-only path of `curator stats` (core.project.reading, storage.snapshot): it counts what
the full open counts, writes nothing, leaves no file behind, and hands every project that opening would
change (migrate, repair, seed, remove a killed import) or that it must refuse to the full open."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from curator.cli.main import main
from curator.core import services
from curator.core.counts import layer_counts, project_counts
from curator.core.importers import import_paths
from curator.core.layers import spans_per_layer
from curator.core.project.reading import SEEDED_PARTS, open_for_reading
from curator.core.project.setup import open_project
from curator.core.queries import project_stats
from curator.core.storage.run_states import RUNNING, this_host
from curator.core.storage.snapshot import HEALTH_KEY

V0008 = Path(__file__).resolve().parents[1] / "data" / "db_versions" / "v0008.curator"


@pytest.fixture
def path(tmp_path: Path) -> Path:
    """A project with two layers, documents in two statuses and two languages."""
    path = tmp_path / "p.curator"
    tasks = tmp_path / "tasks.jsonl"
    records = [
        {"text": "Bişkek'te Japarov konuştu.", "spans": [{"start": 0, "end": 6, "label": "GPE"}]},
        {"text": "Moscow and Astana met today.", "spans": [{"start": 0, "end": 6, "label": "GPE"}]},
        {"text": "Ankara'da toplantı yapıldı.", "spans": []},
    ]
    tasks.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    with open_project(path, annotator="ayşe") as project:
        import_paths(project, [tasks])
        services.set_document_status(project, 1, "approved")
    with open_project(path, annotator="bolot") as project:
        services.add_span(project, 2, 11, 17, "GPE")
    return path


def _sql(path: Path, statement: str, parameters: tuple = ()) -> None:
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(statement, parameters)


def test_a_snapshot_counts_what_the_open_project_counts(path: Path) -> None:
    with open_project(path, annotator="ayşe") as project:
        opened = project_stats(project) | {"layers": spans_per_layer(project)}
    snapshot = open_for_reading(path)
    assert snapshot is not None
    with snapshot:
        read = project_counts(snapshot) | {"layers": layer_counts(snapshot)}
    assert read == opened
    assert opened["layers"] == {"ayşe": 2, "bolot": 1} and opened["statuses"]["approved"] == 1
    assert list(opened["labels"])[:3] == ["PER", "ORG", "GPE"] and opened["labels"]["GPE"] == 3


def test_a_snapshot_writes_nothing_and_leaves_no_wal_behind(path: Path) -> None:
    before = path.read_bytes()
    snapshot = open_for_reading(path)
    assert snapshot is not None
    with snapshot, pytest.raises(sqlite3.OperationalError, match="readonly"):
        snapshot.execute("DELETE FROM documents")
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["p.curator", "tasks.jsonl"]


def test_a_new_project_is_marked_with_every_part_the_quick_path_checks(tmp_path: Path) -> None:
    path = tmp_path / "new.curator"
    open_project(path, annotator="tester").close()
    with closing(sqlite3.connect(path)) as connection:
        rows = connection.execute("SELECT key FROM project_info WHERE key LIKE 'seeded:%'")
        marked = {key for (key,) in rows}
    assert marked == {f"seeded:{part}" for part in SEEDED_PARTS}


def test_a_project_that_opening_would_change_or_refuse_is_left_to_the_full_open(
    path: Path, tmp_path: Path
) -> None:
    assert open_for_reading("postgresql://alice@localhost/news") is None
    assert open_for_reading(tmp_path / "missing.curator") is None
    assert open_for_reading(tmp_path) is None
    (tmp_path / "empty.curator").write_bytes(b"")
    assert open_for_reading(tmp_path / "empty.curator") is None
    (tmp_path / "text.curator").write_text("not a database\n" * 100, encoding="utf-8")
    assert open_for_reading(tmp_path / "text.curator") is None
    sqlite3.connect(tmp_path / "other.db").execute("CREATE TABLE t (x)").connection.close()
    assert open_for_reading(tmp_path / "other.db") is None
    shutil.copyfile(V0008, tmp_path / "old.curator")
    assert open_for_reading(tmp_path / "old.curator") is None

    def left_to_full_open(statement: str, parameters: tuple = ()) -> bool:
        copy = tmp_path / "copy.curator"
        shutil.copyfile(path, copy)
        _sql(copy, statement, parameters)
        snapshot = open_for_reading(copy)
        if snapshot is None:
            return True
        snapshot.close()
        return False

    assert not left_to_full_open("SELECT 1")
    assert left_to_full_open("UPDATE alembic_version SET version_num = '9999'")
    assert left_to_full_open("DELETE FROM project_info WHERE key = 'seeded:attributes'")
    damage = json.dumps({"ok": False, "checked_at": "2026-12-01T10:00:00"})
    assert left_to_full_open("INSERT INTO project_info (key, value) VALUES (?, ?)", (HEALTH_KEY, damage))
    killed = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
    run = (
        "INSERT INTO import_runs (status, description, pid, host, documents, started_at)"
        " VALUES (?, 'x', ?, ?, 0, ?)"
    )
    started = "2026-12-01 10:00:00"
    assert left_to_full_open(run, (RUNNING, int(killed.stdout), this_host(), started))
    # A live import (here: the test's parent process) or another host's is not ours to remove.
    assert not left_to_full_open(run, (RUNNING, os.getppid(), this_host(), started))
    assert not left_to_full_open(run, (RUNNING, int(killed.stdout), "another-host", started))


def test_stats_still_migrates_an_older_project_first(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    old = tmp_path / "old.curator"
    shutil.copyfile(V0008, old)
    assert main(["--project", str(old), "stats", "--json"]) == 0
    counted = json.loads(capsys.readouterr().out)
    assert counted["documents"] > 0
    assert [p.name.split("-")[0] for p in tmp_path.glob("old.curator.bak-*")] == ["old.curator.bak"]
    assert open_for_reading(old) is not None  # migrated and seeded: the next stats takes the quick path


def test_stats_still_removes_a_killed_import_and_says_so(path: Path, capsys: pytest.CaptureFixture) -> None:
    killed = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True)
    _sql(
        path,
        "INSERT INTO import_runs (status, description, pid, host, documents, started_at)"
        " VALUES (?, 'big.jsonl', ?, ?, 0, '2026-12-01 10:00:00')",
        (RUNNING, int(killed.stdout), this_host()),
    )
    _sql(path, "UPDATE documents SET import_run_id = (SELECT max(id) FROM import_runs) WHERE id = 3")
    assert main(["--project", str(path), "stats", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["documents"] == 2
    assert "an import of big.jsonl" in captured.err and "1 stored document was removed" in captured.err
