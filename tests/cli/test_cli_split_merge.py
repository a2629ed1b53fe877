"""`curator split` and `curator merge` through the command's entry point: files handed out, annotated in
other processes, merged back; the report says what came in; merging again says 0 changes; a bad file
is an error line and a failing exit code, and the project is unchanged. The same with a team server on
either side: a trip file split from it and merged back, and the server merged into a file."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from curator.cli.main import main
from curator.core.project.setup import open_project
from tests.helpers.annotate_child import run
from tests.helpers.engines import as_user
from tests.helpers.team_project import WORK, annotate, content, every_row, make_team_project


def as_lead(project: Path, *args: str) -> int:
    """`curator --project PROJECT --annotator lead ARGS...` through the entry point."""
    return main(["--project", str(project), "--annotator", "lead", *args])


@pytest.fixture
def lead(tmp_path: Path) -> Path:
    make_team_project(tmp_path / "lead.curator").close()
    return tmp_path / "lead.curator"


def test_split_annotate_merge_back_and_merge_again(
    lead: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "team"
    assert as_lead(lead, "split", "--annotators", "a,b,c", "--out", str(out)) == 0
    said = capsys.readouterr().out
    assert "a: 3 documents" in said and "1 documents are assigned to nobody" in said
    for name, steps in WORK.items():
        annotate(out / f"{name}.curator", name, steps)
    files = [str(out / f"{name}.curator") for name in WORK]
    assert as_lead(lead, "merge", *files) == 0
    said = capsys.readouterr().out
    assert "c.curator: brought" in said and "label WEAPON" in said and "backup taken first" in said
    spans = {(s[1], s[4]) for s in content(lead)["spans"]}
    assert {("a", "PER"), ("b", "ORG"), ("b", "TITLE"), ("c", "WEAPON")} <= spans
    before = every_row(lead)
    assert as_lead(lead, "merge", *files, "--json") == 0
    reports = json.loads(capsys.readouterr().out)
    assert [r["changes"] for r in reports] == [0, 0, 0]
    assert every_row(lead) == before


def test_dry_run_json_and_conflicts_rule(
    lead: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "team"
    assert as_lead(lead, "split", "--annotators", "a", "--out", str(out), "--json") == 0
    assert json.loads(capsys.readouterr().out)["files"][0]["documents"] == 3
    annotate(out / "a.curator", "a", [["span", "d1", "Ceyhun Bayramov", "PER"]])
    annotate(lead, "a", [["span", "d1", "Mevlüt Çavuşoğlu", "PER"]])
    before = every_row(lead)
    assert as_lead(lead, "merge", str(out / "a.curator"), "--dry-run", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["dry_run"] and report["conflicts"][0]["resolution"] == "theirs kept as a@a"
    assert every_row(lead) == before
    assert as_lead(lead, "merge", str(out / "a.curator"), "--conflicts", "newest") == 0
    assert "ours is newer, kept" in capsys.readouterr().out  # our edit came last


def test_a_file_that_is_not_a_project_is_refused(
    lead: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.curator"
    junk.write_text("not a database\n" * 100)
    before = every_row(lead)
    assert as_lead(lead, "merge", str(junk)) == 1
    error = capsys.readouterr().err
    assert "junk.curator: not merged, it is not a Curator project" in error and "unchanged" in error
    assert every_row(lead) == before
    assert as_lead(lead, "split", "--annotators", "nobody", "--out", str(tmp_path)) == 1
    assert "no annotator named nobody" in capsys.readouterr().err


def test_a_trip_file_split_from_a_server_and_merged_back_brings_its_edits_and_history(
    lead: Path, tmp_path: Path, server_database: Callable[..., str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = server_database("lead", "a", "b", "c")
    assert main(["copy", str(lead), url]) == 0
    server = as_user(url, "lead")
    out = tmp_path / "trip"
    assert main(["--project", server, "split", "--annotators", "c", "--out", str(out)]) == 0
    annotate(out / "c.curator", "c", WORK["c"])  # on the train, no network
    capsys.readouterr()
    assert main(["--project", server, "merge", str(out / "c.curator")]) == 0
    said = capsys.readouterr().out
    assert "c.curator: brought" in said and "label WEAPON" in said
    backup = Path(said.split("backup taken first: ")[1].split(" (a merge")[0])
    assert ("d5", "c", "PER") not in {(t, n, label) for t, n, *_, label, _ in _spans(backup)}
    assert len(content(backup)["documents"]) == 7  # the server as it was before the merge
    assert main(["--project", server, "history", "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert "c" in {entry["by"] for entry in entries}
    assert any("Merge c.curator" in entry["text"] for entry in entries)
    back = tmp_path / "server-now.curator"
    assert main(["copy", url, str(back)]) == 0
    spans = {(s[1], s[4]) for s in content(back)["spans"]}
    assert {("c", "PER"), ("c", "WEAPON")} <= spans
    capsys.readouterr()
    assert main(["--project", server, "merge", str(out / "c.curator"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["changes"] == 0


def _spans(path: Path) -> list[tuple[str, ...]]:
    """(document title, layer, ..., label, status) of every span of a file."""
    titles = {row[0]: row[1] for row in content(path)["documents"]}
    return [(titles[span[0]], *span[1:]) for span in content(path)["spans"]]


def test_a_server_merged_into_a_file_brings_the_team_s_work(
    lead: Path, tmp_path: Path, server_database: Callable[..., str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = server_database("lead", "a", "b", "c")
    assert main(["copy", str(lead), url]) == 0
    with open_project(as_user(url, "c")) as theirs:
        run(theirs, WORK["c"])
    capsys.readouterr()
    laptop = tmp_path / "laptop.curator"
    make_team_project(laptop).close()
    assert as_lead(laptop, "merge", as_user(url, "lead"), "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["source"].startswith("postgresql://lead@") and "label WEAPON" in report["schema_added"]
    assert {("c", "PER"), ("c", "WEAPON")} <= {(s[1], s[4]) for s in content(laptop)["spans"]}
