"""`curator train` and `curator evaluate` end to end through main(): JSON and text reports, exit codes."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stdout
from pathlib import Path

import pytest

from curator.cli.main import main
from curator.core import services
from curator.core.nlp.models import list_models
from curator.core.project.setup import open_project
from curator.core.storage.models import ProjectInfo
from tests.helpers.ner_data import add, turkish_documents

CONLL = """Vali\tO
Derya\tB-PER
Kara\tI-PER
ile\tO
görüşen\tO
heyet\tO
kaldı\tO
.\tO

Okan\tB-PER
Koç\tI-PER
dün\tO
döndü\tO
.\tO
"""


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """A project trained once through the CLI (model tr-1, made active), and its JSON report."""
    path = tmp_path_factory.mktemp("cli") / "p.curator"
    with open_project(path, annotator="tester") as project:
        add(project, turkish_documents(30, seed=1, held_out=False))
    args = ["--project", str(path), "train", "--lang", "tr", "--max-epochs", "8", "--activate", "--json"]
    with redirect_stdout(io.StringIO()) as out:
        assert main(args) == 0
    (report,) = json.loads(out.getvalue())
    return path, report


@pytest.fixture
def trained_path(trained: tuple[Path, dict]) -> Path:
    return trained[0]


def test_train_reports_scores_data_size_and_version(trained: tuple[Path, dict]) -> None:
    path, report = trained
    assert report["version"] == "tr-1" and report["language"] == "tr" and report["active"]
    assert report["train_documents"] == 30 and report["train_spans"] > 100
    assert report["components"] == ["tok2vec", "ner"]
    assert set(report["labels"]) == {"PER", "GPE"}
    assert 0.5 < report["micro"]["f"] <= 1 and report["seconds"] > 0
    with open_project(path) as project, project.read() as session:
        assert session.get(ProjectInfo, "active_model:tr").value == "tr-1"


def test_train_again_is_a_new_version_in_a_text_report(
    trained_path: Path, capsys: pytest.CaptureFixture
) -> None:
    assert main(["--project", str(trained_path), "train", "--max-epochs", "2"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith("model tr-2 (tok2vec, ner) saved in ")
    assert lines[1].startswith("data: 30 documents, ")
    assert lines[2].split() == ["label", "P", "R", "F1", "gold", "found"]
    assert [line.split()[0] for line in lines[3:]] == ["GPE", "PER", "micro"]
    with open_project(trained_path) as project:
        assert [m.version for m in list_models(project)] == ["tr-2", "tr-1"]
        assert [m.active for m in list_models(project)] == [False, True]


def test_evaluate_a_conll_file_and_approved_documents(
    trained_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    data = tmp_path / "gold.conll"
    data.write_text(CONLL, encoding="utf-8")
    args = [
        "--project",
        str(trained_path),
        "evaluate",
        "--data",
        str(data),
        "--format",
        "conll",
        "--lang",
        "tr",
    ]
    assert main([*args, "--model", "tr-1", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["suggester"] == "model:tr-1" and report["documents"] == 1
    assert report["micro"]["support"] == 2 and report["labels"]["PER"]["support"] == 2

    assert main([*args, "--model", "rules", "--json"]) == 0
    rules = json.loads(capsys.readouterr().out)
    assert rules["suggester"] == "rules" and rules["micro"]["support"] == 2

    assert main(args) == 0  # the active model by default, as a table
    out = capsys.readouterr().out
    assert out.startswith(f"model:tr-1 on {data}") and "micro" in out

    approved = ["--project", str(trained_path), "evaluate", "--approved", "--json"]
    assert main(approved) == 1
    assert "no approved documents" in capsys.readouterr().err
    with open_project(trained_path) as project:
        services.set_document_status(project, 1, "approved")
    assert main(approved) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 1


def test_learning_curve_report(trained_path: Path, capsys: pytest.CaptureFixture) -> None:
    args = ["--project", str(trained_path), "train", "--learning-curve", "--max-epochs", "1", "--json"]
    assert main(args) == 0
    (report,) = json.loads(capsys.readouterr().out)
    curve = report["learning_curve"]
    assert [point["fraction"] for point in curve] == [0.25, 0.5, 0.75, 1.0]
    assert [point["train_documents"] for point in curve] == sorted(p["train_documents"] for p in curve)
    assert curve[-1]["train_documents"] == 30


def write_dev_file(path: Path, documents: int) -> int:
    """A Prodigy-style JSONL dev file of held-out sentences (names training never saw); its paragraphs."""
    records = [
        {"text": d.text, "spans": [{"start": s.start, "end": s.end, "label": s.label} for s in d.spans]}
        for d in turkish_documents(documents, seed=7, held_out=True)
    ]
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return sum(len(r["text"].splitlines()) for r in records)


def test_a_dev_file_stops_training_early_and_is_scored(
    trained_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture
) -> None:
    dev = tmp_path / "dev.jsonl"
    paragraphs = write_dev_file(dev, 5)
    args = ["--project", str(trained_path), "train", "--dev", str(dev), "--max-epochs", "3", "--json"]
    assert main(args) == 0
    (report,) = json.loads(capsys.readouterr().out)
    assert report["dev"] == str(dev) and report["split"] == "dev file"
    assert report["test_paragraphs"] == paragraphs == 20 and report["micro"]["support"] > 20
    assert report["train_paragraphs"] == 120 and report["heldout_documents"] == 0  # all of the project
    assert report["stopped_by"] == "max_epochs" and len(report["curve"]) == 3
    best = max(point["dev_f1"] for point in report["curve"])
    assert report["dev_f1"] == best and abs(report["micro"]["f"] - best) < 1e-3  # the best weights were kept
    assert main(["--project", str(trained_path), "train", "--dev", str(dev), "--max-epochs", "1"]) == 0
    assert f"20 paragraphs of {dev} scored" in capsys.readouterr().out


def test_max_seconds_stops_training_and_keeps_the_best_model(
    trained_path: Path, capsys: pytest.CaptureFixture
) -> None:
    args = ["--project", str(trained_path), "train", "--max-epochs", "500", "--max-seconds", "3", "--json"]
    assert main(args) == 0
    (report,) = json.loads(capsys.readouterr().out)
    assert report["stopped_by"] == "max_seconds" and report["epochs"] < 500
    curve = report["curve"]
    assert 3 <= curve[-1]["seconds"] < 30 and len(curve) < 500
    assert max(point["dev_f1"] for point in curve) == report["dev_f1"]  # the best evaluation is the one kept
    with open_project(trained_path) as project:
        assert list_models(project)[0].version == report["version"]
    assert Path(report["path"], "config.cfg").is_file()


def test_train_options_are_checked(trained_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    base = ["--project", str(trained_path), "train"]
    with pytest.raises(SystemExit) as refused:
        main([*base, "--max-seconds", "0"])
    assert refused.value.code == 2 and "0 must be above zero" in capsys.readouterr().err
    missing = tmp_path / "dev.conll"
    assert main([*base, "--dev", str(missing)]) == 1
    assert f"{missing}: no such file" in capsys.readouterr().err
    unlabelled = tmp_path / "dev.jsonl"
    unlabelled.write_text('{"text": "Bakan dün konuştu.", "spans": []}\n', encoding="utf-8")
    assert main([*base, "--dev", str(unlabelled)]) == 1
    assert "no labelled spans to use as dev data" in capsys.readouterr().err
    assert main([*base, "--dev", str(unlabelled), "--learning-curve"]) == 1
    assert "--dev is not used with --learning-curve" in capsys.readouterr().err


def test_errors_name_the_problem(trained_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    missing = tmp_path / "none.conll"
    assert main(["--project", str(trained_path), "evaluate", "--model", "tr-1", "--data", str(missing)]) == 1
    assert f"{missing}: no such file" in capsys.readouterr().err
    binary = tmp_path / "labels.conll"
    binary.write_bytes(b"\x00\x01\x02 not a CoNLL file")
    assert main(["--project", str(trained_path), "evaluate", "--model", "rules", "--data", str(binary)]) == 1
    assert capsys.readouterr().err.strip() == f"error: {binary}: binary file, not text"
    assert main(["--project", str(trained_path), "evaluate", "--model", "tr-9", "--approved"]) == 1
    assert "no trained model 'tr-9'" in capsys.readouterr().err
    empty = tmp_path / "empty.curator"
    with open_project(empty):
        pass
    assert main(["--project", str(empty), "train"]) == 1
    assert "nothing to train on" in capsys.readouterr().err
