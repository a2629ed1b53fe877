"""`curator boilerplate`: what import proposed, corpus-wide lines, accepting and rejecting by kind."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from curator.cli.main import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from curator.core import queries, services
from curator.core.project.resources import SAMPLE_DOCS_DIR
from curator.core.project.setup import open_project


def run(project: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["--project", str(project), "boilerplate", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def counts(report: dict) -> dict[tuple[str, str], int]:
    return {(row["kind"], row["status"]): row["count"] for row in report["regions"]}


def test_seeds_are_proposed_at_import_and_accepted_or_rejected_by_kind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.curator"
    assert main(["--project", str(project), "import", str(SAMPLE_DOCS_DIR)]) == EXIT_OK
    capsys.readouterr()
    code, out, _ = run(project, capsys, "--json", "--list")
    report = json.loads(out)
    assert code == EXIT_OK and report["proposed"]["regions"] == 0  # the import proposed them already
    assert counts(report) == {
        ("comment_box", "proposed"): 1, ("line_join", "proposed"): 26, ("masthead", "proposed"): 1,
        ("metadata", "proposed"): 4, ("other_photos", "proposed"): 1, ("repeated_line", "proposed"): 2,
        ("section_tag", "proposed"): 1, ("ticker", "proposed"): 1,
    }  # fmt: skip
    assert {"kind": "comment_box", "text": "Пикир\n\nОставить комментарий"}.items() <= next(
        p for p in report["proposals"] if p["kind"] == "comment_box"
    ).items()

    code, out, _ = run(project, capsys, "--accept", "ticker", "--accept", "line_join", "--reject", "masthead")
    assert code == EXIT_OK
    assert "accepted 26 line_join region(s); 26 line join(s) applied to the text" in out.splitlines()
    assert "rejected 1 masthead region(s)" in out.splitlines()
    with open_project(project) as opened:
        first = queries.get_document(opened, 1).text
        assert "YOLUYLA OLAĞAN TOPLANTISINA" in first and "AVRASYA" in first
    code, out, _ = run(project, capsys, "--json")
    assert counts(json.loads(out))[("masthead", "rejected")] == 1  # never proposed again


def test_accepting_over_annotations_is_refused_without_remove_spans(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.curator"
    main(["--project", str(project), "import", str(SAMPLE_DOCS_DIR / "004_00bb97de39203a2b.txt")])
    with open_project(project) as opened:
        text = queries.get_document(opened, 1).text
        start = text.index("Саясат")
        services.add_span(opened, 1, start, start + 6, "MISC")
    capsys.readouterr()
    code, _, err = run(project, capsys, "--accept", "all")
    assert code == EXIT_FAILED
    assert err.startswith("error: accepting all would remove 1 annotated span(s), e.g. #1 MISC 104-110")
    code, out, _ = run(project, capsys, "--accept", "all", "--remove-spans")
    assert code == EXIT_OK and "accepted 3 all region(s); 1 span(s) removed" in out
    code, out, _ = run(project, capsys, "--document", "9")
    assert code == EXIT_FAILED


def test_lines_in_many_documents_are_proposed_corpus_wide(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    tagline = "Kabar Ulusal Haber Ajansı tarafından hazırlanmıştır"
    for number in range(4):
        article = f"Haber {number}: bakan bugün Bişkek'te toplantıya katıldı ve bildiriyi imzaladı. " * 2
        (folder / f"{number}.txt").write_text(f"{article}\n\n{tagline}\n", encoding="utf-8")
    project = tmp_path / "p.curator"
    main(["--project", str(project), "import", str(folder)])
    capsys.readouterr()
    code, out, _ = run(project, capsys, "--min-documents", "5", "--json")
    assert json.loads(out)["proposed"]["regions"] == 0
    code, out, _ = run(project, capsys, "--json", "--list")
    report = json.loads(out)
    assert report["proposed"] == {"regions": 4, "documents": 4, "by_kind": {"repeated_line": 4}}
    assert {p["text"] for p in report["proposals"]} == {tagline + "\n"}
    assert run(project, capsys, "--min-documents", "1")[0] == EXIT_USAGE
