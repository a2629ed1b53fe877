"""benchmarks/server_load.py with small numbers: concurrent annotators, a client killed with SIGKILL and
(on the server) a restart, and nothing acknowledged lost; and its checks do see a lost or overwritten
edit when one is made behind the annotators' backs.

The server run starts its own throwaway cluster (the restart must not hit the session's), skipped only
where PostgreSQL is missing and this is not CI."""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

import pytest

from curator.core.project.setup import open_project
from tests.helpers.pg_cluster import find_bindir

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import server_load

CLEAN = (
    "lost_edits", "overwritten_edits", "spans_nobody_acknowledged", "entries_never_acknowledged",
    "history_replay_mismatches", "document_version_mismatches", "versions_left_twice",
    "span_count_mismatches", "spans_without_document",
)  # fmt: skip


@pytest.mark.parametrize("engine", ["sqlite", "postgresql"])
def test_load_with_faults_loses_nothing(engine: str, tmp_path: Path) -> None:
    if engine == "postgresql" and find_bindir() is None and not os.environ.get("CI"):
        pytest.skip("PostgreSQL is not installed (bash packaging/bootstrap.sh test installs it)")
    out = tmp_path / "server_load.json"
    [result] = server_load.main(
        ["--engine", engine, "--processes", "3", "--edits", "40", "--faults", "--out", str(out)]
    )
    assert {name: result[name] for name in CLEAN} == dict.fromkeys(CLEAN, 0)
    assert result["killed"] == "annotator02"
    assert result["killed_in_flight_committed"] <= 1
    # The two others made every edit; the killed one stopped a third of the way through at the latest.
    assert 80 < result["edits"] < 120
    assert result["acknowledged"] == result["history_entries"] - result["killed_in_flight_committed"]
    assert result["by_outcome"].get("undo_ok", 0) > 0 and result["by_outcome"].get("accept_ok", 0) > 0
    assert result["floor_inserts_per_s"] > 0 and 0 < result["ratio_to_floor"]
    if engine == "postgresql":
        assert result["server_restarted_at_s"] is not None
        assert result["retries"].get("connection", 0) > 0, result["retry_errors"]


def test_the_checks_see_an_edit_lost_or_overwritten_behind_the_clients(tmp_path: Path) -> None:
    names = ["annotator01", "annotator02"]
    target = server_load.file_target(names)
    try:
        with open_project(target.admin, annotator="lead") as admin:
            server_load.prepare(admin, 4)
        baseline = server_load.snapshot("sqlite", target.raw)
        result = server_load.load(target, names, 30, 4, False, 1, baseline, tmp_path)
        assert result["lost_edits"] == result["overwritten_edits"] == 0
        logs = {name: tmp_path / f"{name}.jsonl" for name in names}

        raw = sqlite3.connect(target.raw, isolation_level=None)
        first, second = (row[0] for row in raw.execute("SELECT id FROM spans ORDER BY id LIMIT 2"))
        raw.execute("PRAGMA foreign_keys=ON")
        raw.execute("DELETE FROM spans WHERE id = ?", (first,))
        raw.execute(
            "UPDATE spans SET label_id = (SELECT min(id) FROM labels WHERE id <> spans.label_id)"
            " WHERE id = ?",
            (second,),
        )
        raw.close()
        tampered = server_load.check("sqlite", target.raw, logs, None, baseline)
    finally:
        target.cleanup()
    assert tampered["lost_edits"] == 1
    assert tampered["overwritten_edits"] == 1
    assert tampered["history_replay_mismatches"] == 2
    assert tampered["span_count_mismatches"] >= 1
