"""Event records come from finished documents: annotated and approved by default, any with --status any."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curator.cli.main import EXIT_OK, main
from curator.core import queries, services
from curator.core.project.setup import open_project

STATUSES = ("annotated", "approved", "in_progress", "returned")


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """Four documents, one MEETING each, one document in every status a worked-on document can have."""
    path = tmp_path / "p.curator"
    folder = tmp_path / "news"
    folder.mkdir()
    for number, status in enumerate(STATUSES, 1):
        (folder / f"{number}.txt").write_text(f"Bakanlar {status} belgesinde toplandı.", encoding="utf-8")
    assert main(["--project", str(path), "--annotator", "ayse", "import", str(folder)]) == EXIT_OK
    with open_project(path, annotator="ayse") as opened:
        for document in queries.list_documents(opened):
            text = queries.get_document(opened, document.id).text
            start = text.index("toplandı")
            services.create_event(opened, document.id, "MEETING", trigger=(start, start + len("toplandı")))
            services.set_document_status(opened, document.id, text.split()[1])
    return path


def export(
    project: Path, out: Path, capsys: pytest.CaptureFixture[str], *options: str
) -> tuple[list[str], list[str]]:
    code = main(
        ["--project", str(project), "export", "--format", "events-jsonl", "--out", str(out), *options]
    )
    assert code == EXIT_OK
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    return sorted(record["review_status"] for record in records), capsys.readouterr().out.splitlines()


def test_by_default_records_of_documents_in_progress_or_returned_are_left_out_and_counted(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    statuses, printed = export(project, tmp_path / "events.jsonl", capsys)

    assert statuses == ["annotated", "approved"]
    assert printed[0] == f"wrote 2 event records from 2 documents to {tmp_path / 'events.jsonl'}"
    assert (
        "left out 2 documents not annotated or approved yet (1 in progress, 1 returned); "
        "--status any includes them"
    ) in printed


def test_status_any_includes_every_document_and_a_named_status_only_its_own(
    project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    capsys.readouterr()
    statuses, printed = export(project, tmp_path / "all.jsonl", capsys, "--status", "any")
    assert statuses == sorted(STATUSES)
    assert not any(line.startswith("left out") for line in printed)

    statuses, _ = export(project, tmp_path / "returned.jsonl", capsys, "--status", "returned")
    assert statuses == ["returned"]
