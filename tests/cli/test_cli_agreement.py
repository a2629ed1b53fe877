"""`curator agreement` end to end through `main`: tables, JSON, CSV, feedback against gold, exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from curator.cli.main import main
from curator.core import services
from curator.core.project.setup import open_project

TEXT = "KGAÖ Dışişleri Bakanları toplantısı Bişkek'te yapıldı."
OTHER = "Moskova ve Ankara görüştü."


def _tag(path: Path, annotator: str, document_id: int, text: str, part: str, label: str) -> None:
    with open_project(path, annotator=annotator) as project:
        start = text.index(part)
        services.add_span(project, document_id, start, start + len(part), label)


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    path = tmp_path / "team.curator"
    with open_project(path, annotator="ayla") as project, project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(TEXT, title="one", language="tr"),
             services.NewDocument(OTHER, title="two", language="tr")],
            annotator_id=project.annotator_id,
            source="test",
        )  # fmt: skip
    _tag(path, "ayla", 1, TEXT, "KGAÖ", "ORG")
    _tag(path, "ayla", 1, TEXT, "Bişkek", "GPE")
    _tag(path, "bek", 1, TEXT, "KGAÖ", "ORG")
    _tag(path, "bek", 1, TEXT, "Bişkek'te", "GPE")
    _tag(path, "ayla", 2, OTHER, "Moskova", "GPE")
    return path


def agreement(path: Path, *args: str) -> int:
    return main(["--project", str(path), "agreement", *args])


def test_table_shows_pairwise_and_per_label_scores_and_the_skipped_document(project_path, capsys) -> None:
    assert agreement(project_path) == 0
    out = capsys.readouterr().out
    assert "skipped #2: only ayla annotated it" in out
    pair_line = next(line for line in out.splitlines() if line.startswith("ayla / bek"))
    assert pair_line.split()[3:7] == ["1", "0.5000", "1.0000", "1"]
    gpe_line = next(line for line in out.splitlines() if line.startswith("GPE"))
    assert gpe_line.split()[1:5] == ["2", "0.0000", "1.0000", "1"]


def test_json_and_csv_carry_the_same_numbers(project_path, capsys) -> None:
    assert agreement(project_path, "--json") == 0
    report = json.loads(capsys.readouterr().out)
    (pair,) = report["pairs"]
    assert (pair["exact"], pair["overlap"], pair["boundary"], pair["f1_exact"]) == (1, 2, 1, 0.5)
    assert [s["document_id"] for s in report["skipped"]] == [2]
    assert agreement(project_path, "--csv", "--label", "ORG") == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    pair_row = next(row for row in rows if row[0] == "pair")
    assert pair_row[1:3] == ["ayla", "bek"] and float(pair_row[-2]) == 1.0


def test_no_document_with_two_layers_says_so_and_exits_1(project_path, capsys) -> None:
    assert agreement(project_path, "--document", "2") == 1
    assert "nothing to compare" in capsys.readouterr().err


def test_against_gold_prints_confusion_and_disagreements(project_path, capsys) -> None:
    _tag(project_path, "gold", 1, TEXT, "KGAÖ", "ORG")
    _tag(project_path, "gold", 1, TEXT, "Bişkek", "GPE")
    _tag(project_path, "gold", 1, TEXT, "Dışişleri", "ORG")
    assert agreement(project_path, "--against", "gold", "--annotator", "bek", "--json") == 0
    result = json.loads(capsys.readouterr().out)
    assert [(d["kind"], d["gold_label"], d["their_label"]) for d in result["disagreements"]] == [
        ("missed", "ORG", None),
        ("boundary", "GPE", "GPE"),
    ]
    assert {(c["gold"], c["theirs"]): c["count"] for c in result["confusion"]} == {
        ("ORG", "ORG"): 1, ("GPE", "GPE"): 1, ("ORG", "missed"): 1,
    }  # fmt: skip
    assert agreement(project_path, "--against", "gold", "--annotator", "bek") == 0
    out = capsys.readouterr().out
    assert "bek against gold: 1 documents, 1 agreed, 2 disagreements" in out
    assert "#1 5-14 missed: gold ORG, theirs -" in out


def test_unknown_annotator_is_an_error(project_path, capsys) -> None:
    assert agreement(project_path, "--annotators", "ayla,zed") == 1
    assert "no annotator named 'zed'" in capsys.readouterr().err
