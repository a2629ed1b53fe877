"""`curator events consolidate|list` through the entry point, and the event exports it changes."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from curator.cli.main import EXIT_OK, EXIT_USAGE, main
from curator.core.project.setup import open_project
from tests.helpers.event_reports import build_reports


@pytest.fixture
def project_file(tmp_path: Path) -> tuple[Path, list[int]]:
    path = tmp_path / "summit.curator"
    project = open_project(path, create=True, annotator="ayse")
    try:
        summit = build_reports(project).summit
    finally:
        project.close()
    return path, summit


def run(path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--project", str(path), "--annotator", "ayse", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_consolidate_reports_groups_and_a_rerun_keeps_them(
    project_file: tuple[Path, list[int]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, summit = project_file
    code, out, _ = run(path, capsys, "events", "consolidate", "--json")
    report = json.loads(out)
    assert code == EXIT_OK
    assert (report["groups_proposed"], report["mentions_grouped"], report["mentions_read"]) == (1, 3, 5)
    code, out, _ = run(path, capsys, "events", "consolidate")
    assert code == EXIT_OK
    assert out.splitlines() == [
        "1 proposed group(s) of 3 mention(s) from 5 read (0 new, 0 earlier proposal(s) replaced)",
        "kept 0 confirmed group(s) and 0 split or joined by a user",
    ]
    code, out, _ = run(path, capsys, "events", "list", "--json")
    [group] = json.loads(out)
    assert (group["status"], [m["event_id"] for m in group["mentions"]]) == ("proposed", summit)
    assert [m["language"] for m in group["mentions"]] == ["tr", "ru", "en"]


def test_exports_after_consolidation_write_one_record_per_event(
    project_file: tuple[Path, list[int]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path, _summit = project_file
    run(path, capsys, "events", "consolidate")
    out = tmp_path / "events.jsonl"
    code, printed, _ = run(path, capsys, "export", "--format", "events-jsonl", "--out", str(out))
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert code == EXIT_OK and [r["mentions"] for r in records] == [3, 1, 1]
    assert records[0]["confirmed"] is False
    assert (
        'wrote 1 corpus event as one record each with its sources (1 unconfirmed, flagged "confirmed": false)'
        in printed
    )
    table = tmp_path / "events.csv"
    code, _, _ = run(path, capsys, "export", "--format", "events-csv", "--out", str(table))
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert code == EXIT_OK and [(row["mentions"], row["confirmed"]) for row in rows][0] == ("3", "false")
    sources = json.loads(rows[0]["sources"])  # the lean layout: one JSON array of the reports
    assert [source["doc_id"] for source in sources] == [r["doc_id"] for r in records[0]["sources"]]
    assert all("evidence" in source for source in sources)
    code, _, _ = run(path, capsys, "export", "--format", "events-csv", "--out", str(table), "--each-mention")
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert code == EXIT_OK and len(rows) == 5 and "mentions" not in rows[0]  # one row a mention: no count
    code, _, _ = run(
        path,
        capsys,
        "export",
        "--format",
        "events-csv",
        "--out",
        str(table),
        "--each-mention",
        "--layout",
        "full",
    )
    with table.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert code == EXIT_OK and [row["mentions"] for row in rows] == ["1"] * 5


def test_a_bad_threshold_is_one_line_and_a_usage_error(
    project_file: tuple[Path, list[int]], capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = project_file
    code, out, err = run(path, capsys, "events", "consolidate", "--threshold", "0")
    assert code == EXIT_USAGE and out == ""
    assert err == "error: --threshold must be above 0 and at most 2, not 0.0\n"
