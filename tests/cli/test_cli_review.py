"""`curator review` and the status counts of `curator stats`, end to end through `main`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curator.cli.main import main
from curator.core import queries, services
from curator.core.project.setup import open_project
from curator.core.services.review import ROLE_ENVIRONMENT, review_history

TEXTS = ["KGAÖ toplantısı Bişkek'te yapıldı.", "ЖККУнун жыйыны Бишкекте өттү.", "Астана саммити."]


@pytest.fixture
def project_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv(ROLE_ENVIRONMENT, raising=False)
    monkeypatch.setenv("CURATOR_ANNOTATOR", "ayla")
    path = tmp_path / "p.curator"
    with open_project(path) as project, project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text, title=f"doc{n}", language="tr") for n, text in enumerate(TEXTS, 1)],
            annotator_id=project.annotator_id,
            source="test",
        )
    return path


def review(path: Path, *args: str) -> int:
    return main(["--project", str(path), "review", *args])


def statuses(path: Path) -> dict[int, str]:
    with open_project(path, create=False) as project:
        return {d.id: d.status for d in queries.list_documents(project)}


def test_annotate_return_reopen_approve(project_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert review(project_path, "1", "2", "--annotated") == 0
    assert capsys.readouterr().out.splitlines() == [
        "document 1: new → annotated (by ayla)",
        "document 2: new → annotated (by ayla)",
    ]
    assert review(project_path, "1", "--return", "Bişkek is a GPE", "--role", "reviewer") == 0
    assert capsys.readouterr().out == "document 1: annotated → returned (by ayla): Bişkek is a GPE\n"
    assert review(project_path, "1", "--reopen") == 0
    assert review(project_path, "2", "--approve", "--role", "reviewer") == 0
    assert statuses(project_path) == {1: "in_progress", 2: "approved", 3: "new"}
    capsys.readouterr()
    assert review(project_path, "1", "--json") == 0
    [shown] = json.loads(capsys.readouterr().out)
    assert shown["status"] == "in_progress"
    assert [(h["what"], h["comment"], h["by"]) for h in shown["history"]] == [
        ("marked as annotated", "", "ayla"),
        ("returned", "Bişkek is a GPE", "ayla"),
        ("reopened", "", "ayla"),
    ]


def test_an_annotator_cannot_approve(project_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert review(project_path, "1", "--annotated") == 0
    assert review(project_path, "1", "--approve") == 1
    error = capsys.readouterr().err
    assert "approving document 1 “doc1” needs the reviewer role; ayla works as annotator" in error
    assert statuses(project_path)[1] == "annotated"


def test_the_role_from_the_environment_and_from_the_project(
    project_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert review(project_path, "1", "2", "--annotated") == 0
    monkeypatch.setenv(ROLE_ENVIRONMENT, "reviewer")
    assert review(project_path, "1", "--approve") == 0
    monkeypatch.delenv(ROLE_ENVIRONMENT)
    assert review(project_path, "--set-role", "reviewer") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "ayla: annotator → reviewer"
    assert review(project_path, "2", "--approve") == 0
    assert statuses(project_path) == {1: "approved", 2: "approved", 3: "new"}


def test_a_batch_reports_each_refusal_and_keeps_the_others(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert review(project_path, "1", "--annotated") == 0
    capsys.readouterr()
    assert review(project_path, "1", "2", "7", "--annotated", "--json") == 1
    captured = capsys.readouterr()
    results = json.loads(captured.out)
    assert [r.get("status") for r in results] == [None, "annotated", None]
    assert "document 1 “doc1” is annotated already" in captured.err
    assert "document 7 does not exist" in captured.err
    assert statuses(project_path) == {1: "annotated", 2: "annotated", 3: "new"}


def test_bad_usage(project_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert review(project_path, "--annotated") == 2
    assert "name at least one document id" in capsys.readouterr().err
    assert review(project_path, "1", "--set-role", "reviewer") == 2
    assert review(project_path, "1", "--return", "  ", "--role", "reviewer") == 1
    assert "needs a comment" in capsys.readouterr().err
    with open_project(project_path, create=False) as project:
        assert review_history(project, 1) == []


def test_an_approved_document_refuses_a_merge_into_it(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert review(project_path, "1", "--annotated") == 0
    assert review(project_path, "1", "--approve", "--role", "reviewer") == 0
    assert main(["--project", str(project_path), "duplicates", "--merge", "1", "2"]) == 1
    assert "document 1 “doc1” is approved; reopen it to edit" in capsys.readouterr().err


def test_stats_lists_every_status_in_workflow_order(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert review(project_path, "1", "--annotated") == 0
    capsys.readouterr()
    assert main(["--project", str(project_path), "stats"]) == 0
    printed = capsys.readouterr().out
    block = printed[printed.index("documents by status:") :].splitlines()[1:6]
    assert [line.split() for line in block] == [
        ["new", "2"], ["in_progress", "0"], ["annotated", "1"], ["approved", "0"], ["returned", "0"],
    ]  # fmt: skip
