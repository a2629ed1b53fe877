"""`--layer` through the command line: export, stats, train and evaluate on a project with two
annotators' layers and gold on one document (see tests/helpers/layered.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from curator.cli.main import main
from curator.core import services
from curator.core.project.setup import open_project
from tests.helpers.layered import LAYERS, Team, build_team


@pytest.fixture
def team(tmp_path: Path) -> Team:
    return build_team(tmp_path / "team.curator")


def curator(team: Team, *args: str) -> int:
    return main(["--project", str(team.path), "--annotator", "a", *args])


def test_export_gold_holds_the_gold_spans_and_names_the_left_out_documents(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "gold.jsonl"
    assert curator(team, "export", "--format", "jsonl", "--out", str(out), "--layer", "gold") == 0
    printed = capsys.readouterr().out
    (task,) = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {(task["text"][s["start"] : s["end"]], s["label"]) for s in task["spans"]} == LAYERS[2]["gold"]
    assert "documents per layer: gold 1" in printed
    assert "left out 3 documents by layer: 3 no gold layer (not adjudicated)" in printed
    assert "#1 'haber 1': no gold layer (not adjudicated)" in printed


def test_export_by_default_leaves_out_the_unadjudicated_document(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "spacy"
    assert curator(team, "export", "--format", "spacy", "--out", str(out), "--dev-fraction", "0") == 0
    printed = capsys.readouterr().out
    docs = list(DocBin().from_disk(out / "train.spacy").get_docs(spacy.blank("xx").vocab))
    assert [doc.user_data["curator_doc_id"] for doc in docs] == [2, 3, 4]
    assert "documents per layer: a 1, b 1, gold 1" in printed
    assert "left out 1 document by layer: 1 not adjudicated: layers a, b and no gold" in printed


def test_export_one_annotators_layer(team: Team, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    out = tmp_path / "b.jsonl"
    assert curator(team, "export", "--format", "doccano", "--out", str(out), "--layer", "b") == 0
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    got = [
        {(r["text"][e["start_offset"] : e["end_offset"]], e["label"]) for e in r["entities"]} for r in records
    ]
    assert got == [LAYERS[1]["b"], LAYERS[2]["b"], LAYERS[4]["b"]]
    assert "left out 1 document by layer: 1 no layer of b" in capsys.readouterr().out


def test_an_unknown_layer_is_an_error_naming_the_annotators(
    team: Team, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    out = tmp_path / "x.conll"
    assert curator(team, "export", "--format", "conll", "--out", str(out), "--layer", "zed") == 1
    assert "no annotator named 'zed'; choose gold, all or one of: a, b" in capsys.readouterr().err
    assert not out.exists()
    assert curator(team, "train", "--layer", "zed") == 1
    assert "no annotator named 'zed'" in capsys.readouterr().err


def test_the_layer_option_is_declared_once_in_export_help(capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert text.count("--layer LAYER") == 2  # the usage line and the option itself
    assert "gold, an annotator's name, or all" in text


def test_stats_counts_all_spans_and_spans_per_layer(team: Team, capsys: pytest.CaptureFixture) -> None:
    assert curator(team, "stats", "--json") == 0
    stats = json.loads(capsys.readouterr().out)
    per_layer = {"a": 4, "b": 3, "gold": 2}
    assert stats["layers"] == per_layer and stats["spans"] == sum(per_layer.values())
    assert curator(team, "stats") == 0
    printed = capsys.readouterr().out
    assert "spans by layer:" in printed and "  gold         2" in printed


def test_evaluate_against_the_approved_documents_of_a_layer(
    team: Team, capsys: pytest.CaptureFixture
) -> None:
    with open_project(team.path, annotator="a") as project:
        for number in (1, 2):
            services.set_document_status(project, number, "approved")
    assert curator(team, "evaluate", "--approved", "--model", "rules", "--json") == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    # Document 1 has two layers and no gold: left out and said so; document 2 is scored against gold.
    assert report["documents"] == 1 and report["micro"]["support"] == len(LAYERS[2]["gold"])
    assert "left out 1 approved documents by layer (e.g. #1: not adjudicated" in captured.err
    assert curator(team, "evaluate", "--approved", "--model", "rules", "--layer", "a", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["documents"] == 2
    assert report["micro"]["support"] == len(LAYERS[1]["a"]) + len(LAYERS[2]["a"])
    assert curator(team, "evaluate", "--approved", "--model", "rules", "--layer", "all") == 1
    assert "evaluate against one layer per document" in capsys.readouterr().err
