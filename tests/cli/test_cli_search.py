"""`curator search` through main(), as a user runs it: hits in context, filters, --tag, errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col

from curator.cli.main import main
from curator.core import services
from curator.core.project.setup import open_project
from curator.core.storage.models import Label, Span

TURKISH = "Kırgızistan Cumhurbaşkanı Bişkek'te konuştu. Bişkekli gazeteciler dinledi."
KYRGYZ = "ЖККУнун жыйыны Бишкекте өттү."


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "p.curator"
    documents = [
        services.NewDocument(TURKISH, title="tr", language="tr", spans=[services.NewSpan(0, 11, "GPE")]),
        services.NewDocument(KYRGYZ, title="ky", language="ky"),
    ]
    with open_project(path) as project:
        with project.write() as session:
            services.add_documents(session, documents, annotator_id=project.annotator_id, source="test")
    return path


def cli(path: Path, *args: str) -> int:
    return main(["--project", str(path), *args])


def _spans(path: Path) -> list[tuple[str, str]]:
    with open_project(path, create=False) as project, project.read() as session:
        rows = session.execute(
            select(col(Span.start), col(Span.end), col(Label.name), col(Span.document_id))
            .join(Label, col(Label.id) == col(Span.label_id))
            .order_by(col(Span.document_id), col(Span.start))
        ).all()
    texts = {1: TURKISH, 2: KYRGYZ}
    return [(texts[document][start:end], label) for start, end, label, document in rows]


def test_hits_are_printed_in_context_with_their_tags(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(project_path, "search", "KIRGIZISTAN") == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines == [
        "1 tr: «Kırgızistan» Cumhurbaşkanı Bişkek'te konuştu. Bişkek  [GPE]",
        "1 hit in 1 document",
    ]


def test_json_whole_word_and_filters(project_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli(project_path, "search", "bişkek", "--json") == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert [(hit["match"], hit["right"][:3]) for hit in hits] == [("Bişkek", "'te"), ("Bişkek", "li ")]
    assert cli(project_path, "search", "bişkek", "--whole-word", "--json") == 0
    assert [hit["right"][:3] for hit in json.loads(capsys.readouterr().out)["hits"]] == ["'te"]
    assert cli(project_path, "search", "бишкек lang:tr", "--json") == 0
    assert json.loads(capsys.readouterr().out) == {"hits": [], "truncated": False}
    assert cli(project_path, "search", r"ЖК+У", "--regex", "--limit", "1", "--json") == 0
    found = json.loads(capsys.readouterr().out)
    assert ([hit["match"] for hit in found["hits"]], found["truncated"]) == (["ЖККУ"], False)


def test_tag_writes_and_reports_tagged_and_skipped(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(project_path, "search", "bişkek", "--whole-word", "--tag", "GPE") == 0
    assert capsys.readouterr().out.splitlines()[-1] == "tagged 1 as GPE; skipped 0"
    assert cli(project_path, "search", "bişkek", "--tag", "GPE", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["tagged"], report["skipped"]) == (1, {"tagged already": 1})
    assert _spans(project_path) == [("Kırgızistan", "GPE"), ("Bişkek", "GPE"), ("Bişkek", "GPE")]
    assert cli(project_path, "search", "Kırgızistan label:none") == 0
    assert capsys.readouterr().out.splitlines() == ["0 hits in 0 documents"]


def test_errors_are_one_line_with_a_failing_exit_code(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(project_path, "search", "bişkek", "--tag", "NOPE") == 1
    assert capsys.readouterr().err.strip() == "error: unknown label 'NOPE'"
    assert _spans(project_path) == [("Kırgızistan", "GPE")]
    assert cli(project_path, "search", "(", "--regex") == 1
    assert capsys.readouterr().err.startswith("error: not a valid regular expression")
    assert cli(project_path, "search", "lang:tr") == 2
    assert "only filters" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        cli(project_path, "search", "x", "--limit", "0")
    assert "not a positive whole number" in capsys.readouterr().err
