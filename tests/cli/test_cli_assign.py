"""`curator assign` end to end through `main`: counts printed and stored, a stable re-run, the queues,
and refusals that write nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curator.cli.main import main
from curator.core import queries, services
from curator.core.domain import DocumentFilter
from curator.core.project.setup import open_project

DOCUMENTS = 50


@pytest.fixture
def project_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CURATOR_ANNOTATOR", "lead")
    path = tmp_path / "p.curator"
    with open_project(path) as project, project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(f"Бишкекте жыйын {n}.", title=f"doc{n}", language="ky" if n <= 30 else "kk")
             for n in range(1, DOCUMENTS + 1)],
            annotator_id=project.annotator_id, source="test",
        )  # fmt: skip
    return path


def run(path: Path, *args: str) -> int:
    return main(["--project", str(path), *args])


def queue_sizes(path: Path, *names: str) -> dict[str, int]:
    with open_project(path, create=False) as project:
        return {n: queries.count_documents(project, DocumentFilter.parse(f"assigned:{n}")) for n in names}


def test_assign_prints_the_counts_it_stored(project_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = run(project_path, "assign", "--annotators", "a,b,c", "--overlap", "0.2", "--seed", "5", "--json")
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == DOCUMENTS
    assert report["overlap"] == 10
    assert report["annotators"] == {"a": 20, "b": 20, "c": 20}  # 60 slots, dealt round-robin
    assert queue_sizes(project_path, "a", "b", "c") == report["annotators"]
    assert run(project_path, "assign", "--annotators", "a,b,c", "--overlap", "0.2", "--seed", "5") == 0
    out = capsys.readouterr().out
    assert "0 assignments added, 60 unchanged" in out
    assert "overlap: 10 documents" in out


def test_where_and_show(project_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(project_path, "assign", "--annotators", "a,b", "--where", "lang:kk") == 0
    capsys.readouterr()
    assert run(project_path, "--annotator", "a", "review", "31", "--annotated") == 0
    assert run(project_path, "assign", "--show", "--json") == 0
    lines = capsys.readouterr().out
    shown = {queue["annotator"]: queue for queue in json.loads(lines[lines.index("[") :])}
    assert shown["a"]["assigned"] + shown["b"]["assigned"] == 20
    assert all(
        31 <= d <= DOCUMENTS for q in shown.values() for d in q["todo_documents"] + q["done_documents"]
    )
    assert run(project_path, "assign", "--show") == 0
    assert "a  10 assigned" in capsys.readouterr().out


def test_dry_run_writes_nothing(project_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(project_path, "assign", "--annotators", "a,b", "--dry-run") == 0
    assert "would do: 50 documents: a 25, b 25" in capsys.readouterr().out
    assert queue_sizes(project_path, "a", "b") == {"a": 0, "b": 0}


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [(["--annotators", "gold"], 1, "reserved"),
     (["--annotators", "a", "--overlap", "0.3"], 1, "two annotators"),
     (["--annotators", "a,b", "--where", "lang:uz"], 1, "no document matches"),
     ([], 2, "name the annotators")],
)  # fmt: skip
def test_refusals_say_why_and_write_nothing(
    project_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int, message: str
) -> None:
    assert run(project_path, "assign", *args) == code
    assert message in capsys.readouterr().err
    assert queue_sizes(project_path, "a", "b") == {"a": 0, "b": 0}


def test_review_annotated_is_per_annotator_on_a_shared_document(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(project_path, "assign", "--annotators", "a,b", "--overlap", "1") == 0
    capsys.readouterr()
    assert run(project_path, "--annotator", "a", "review", "7", "--annotated") == 0
    assert capsys.readouterr().out.strip() == "Document 7 annotated by a; waiting for b"
    assert run(project_path, "--annotator", "b", "review", "7", "--annotated", "--json") == 0
    [result] = json.loads(capsys.readouterr().out)
    assert (result["previous_status"], result["status"], result["waiting"]) == ("new", "annotated", [])
    assert run(project_path, "--annotator", "a", "review", "7", "--reopen") == 0
    assert "in a's queue again" in capsys.readouterr().out
    with open_project(project_path, create=False) as project:
        assert queries.get_document(project, 7).status == "in_progress"
