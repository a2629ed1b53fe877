"""`curator export` end to end: the files read back with spaCy and json, the messages and exit codes, on a
project file and on a team server (`--project postgresql://…`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from curator.cli.main import main
from curator.core import services
from curator.core.storage import Project
from tests.helpers.engines import ENGINES, open_on

TURKISH = "KGAÖ Dışişleri Bakanları toplantısı Bişkek'te yapıldı."
KYRGYZ = "ЖККУнун жыйыны Бишкекте өттү."


def location(project: Project) -> str:
    """What `--project` names: the file, or the server's URL."""
    return getattr(project, "url", None) or str(project.path)


@pytest.fixture(params=ENGINES)
def project_path(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A project with a Turkish, a Kyrgyz and an approved plain document (ids 1, 2, 3)."""
    documents = [
        services.NewDocument(TURKISH, title="tr", language="tr", spans=[services.NewSpan(36, 42, "GPE")]),
        services.NewDocument(KYRGYZ, title="ky", language="ky", spans=[services.NewSpan(0, 4, "ORG")]),
        services.NewDocument("Астана саммити.", title="kk", language="kk"),
    ]
    with open_on(request, tmp_path, "tester") as project:
        with project.write() as session:
            services.add_documents(session, documents, annotator_id=project.annotator_id, source="test")
        services.set_document_status(project, 3, "approved")
        return location(project)


def export(project_path: str, *args: str) -> int:
    return main(["--project", project_path, "export", *args])


def test_export_jsonl(project_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out.jsonl"

    assert export(project_path, "--format", "jsonl", "--out", str(out)) == 0

    printed = capsys.readouterr().out.splitlines()
    assert printed[0] == f"wrote 3 documents, 2 spans to {out}"
    assert any(
        line.startswith("split 2 tokens") and '"Bişkek\'te" → "Bişkek" + "\'te"' in line for line in printed
    )
    with out.open(encoding="utf-8") as handle:
        tasks = [json.loads(line) for line in handle]
    assert [task["text"] for task in tasks] == [TURKISH, KYRGYZ, "Астана саммити."]
    span = tasks[1]["spans"][0]
    assert tasks[1]["tokens"][span["token_start"]]["text"] == "ЖККУ"


def test_export_spacy(project_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "corpus"

    assert (
        export(project_path, "--format", "spacy", "--out", str(out), "--dev-fraction", "0.3", "--seed", "4")
        == 0
    )

    printed = capsys.readouterr().out
    assert f"wrote 3 documents, 2 spans to {out}" in printed
    assert "2 documents for training, 1 for dev (seed 4, dev fraction 0.3)" in printed
    vocab = spacy.blank("xx").vocab
    docs = [
        doc for name in ("train.spacy", "dev.spacy") for doc in DocBin().from_disk(out / name).get_docs(vocab)
    ]
    assert sorted(doc.user_data["curator_doc_id"] for doc in docs) == [1, 2, 3]
    entities = {doc.user_data["curator_doc_id"]: [(e.text, e.label_) for e in doc.ents] for doc in docs}
    assert entities == {1: [("Bişkek", "GPE")], 2: [("ЖККУ", "ORG")], 3: []}
    saved = json.loads((out / "export_report.json").read_text(encoding="utf-8"))
    assert saved["tokens_split"] == 2 and saved["seed"] == 4


def test_export_only_approved_documents(project_path: str, tmp_path: Path) -> None:
    out = tmp_path / "approved.jsonl"

    assert export(project_path, "--format", "jsonl", "--out", str(out), "--status", "approved") == 0

    with out.open(encoding="utf-8") as handle:
        assert [json.loads(line)["meta"]["doc_id"] for line in handle] == [3]


def test_a_missing_output_folder_is_a_clear_error(
    project_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nowhere" / "out.jsonl"

    assert export(project_path, "--format", "jsonl", "--out", str(out)) == 1

    error = capsys.readouterr().err
    assert error.startswith("error: ")
    assert f"the folder {out.parent} does not exist" in error
    assert not out.parent.exists()


def test_a_folder_given_for_a_file_is_a_clear_error(
    project_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert export(project_path, "--format", "jsonl", "--out", str(tmp_path)) == 1
    assert "is a folder" in capsys.readouterr().err


def test_bad_options_are_usage_errors(
    project_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = str(tmp_path / "corpus")

    assert export(project_path, "--format", "spacy", "--out", out, "--dev-fraction", "1.5") == 2
    assert "--dev-fraction" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        export(project_path, "--format", "csv", "--out", out)
    assert exit_info.value.code == 2
    assert export(project_path, "--format", "jsonl", "--out", out + ".jsonl", "--status", "done") == 1
    assert "unknown status 'done'" in capsys.readouterr().err
    assert not Path(out).exists() and not Path(out + ".jsonl").exists()


@pytest.fixture(params=ENGINES)
def worked_on_path(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A tagged document (1), one marked annotated without spans (2) and one nobody touched (3)."""
    documents = [
        services.NewDocument(TURKISH, title="tagged", language="tr", spans=[services.NewSpan(36, 42, "GPE")]),
        services.NewDocument("Toplantıda kimse yoktu.", title="no names", language="tr"),
        services.NewDocument("Henüz okunmadı.", title="untouched", language="tr"),
    ]
    with open_on(request, tmp_path, "tester") as project:
        with project.write() as session:
            services.add_documents(session, documents, annotator_id=project.annotator_id, source="test")
        services.set_document_status(project, 2, "annotated")
        return location(project)


def docbin_ids(folder: Path) -> list[int]:
    docs = DocBin().from_disk(folder / "train.spacy").get_docs(spacy.blank("xx").vocab)
    return sorted(doc.user_data["curator_doc_id"] for doc in docs)


def test_spacy_export_leaves_out_untouched_documents_and_says_so(
    worked_on_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "corpus"

    assert export(worked_on_path, "--format", "spacy", "--out", str(out), "--dev-fraction", "0") == 0

    printed = capsys.readouterr().out.splitlines()
    assert docbin_ids(out) == [1, 2]
    assert printed[0] == f"wrote 2 documents, 1 span to {out}"
    assert "left out 1 untouched document (new, no annotations); --include-untouched keeps them" in printed
    saved = json.loads((out / "export_report.json").read_text(encoding="utf-8"))
    assert saved["untouched_left_out"] == 1


def test_include_untouched_keeps_every_document(
    worked_on_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "corpus"

    arguments = ["--format", "spacy", "--out", str(out), "--dev-fraction", "0", "--include-untouched"]
    assert export(worked_on_path, *arguments) == 0

    assert docbin_ids(out) == [1, 2, 3]
    assert "untouched document" not in capsys.readouterr().out


def test_doccano_export_still_hands_over_untouched_documents(worked_on_path: str, tmp_path: Path) -> None:
    out = tmp_path / "doccano.jsonl"

    assert export(worked_on_path, "--format", "doccano", "--out", str(out)) == 0

    with out.open(encoding="utf-8") as handle:
        assert [json.loads(line)["meta"]["doc_id"] for line in handle] == [1, 2, 3]


def run_cli(project: Path, *args: str) -> int:
    return main(["--project", str(project), *args])


def test_a_conll_document_of_only_o_tags_survives_import_and_export(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "train.conll"
    source.write_text(
        "-DOCSTART- O\n\nSadır B-PER\nCaparov I-PER\nkonuştu O\n. O\n\n"
        "-DOCSTART- O\n\nBugün O\nyağmur O\nyağdı O\n. O\n\n",
        encoding="utf-8",
    )
    project = tmp_path / "p.curator"
    out = tmp_path / "out.conll"

    assert run_cli(project, "import", str(source)) == 0
    assert run_cli(project, "export", "--format", "conll", "--out", str(out)) == 0

    assert "untouched document" not in capsys.readouterr().out
    assert out.read_text(encoding="utf-8") == source.read_text(encoding="utf-8")


def test_jsonl_records_with_a_spans_list_count_as_labelled(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "tasks.jsonl"
    records = [
        {"text": "Bugün yağmur yağdı.", "spans": []},
        {"text": "Henüz okunmadı."},
    ]
    source.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    doccano = tmp_path / "doccano.jsonl"
    doccano.write_text(json.dumps({"text": "Kimse gelmedi.", "label": []}) + "\n", encoding="utf-8")
    project = tmp_path / "p.curator"
    out = tmp_path / "out.jsonl"

    assert run_cli(project, "import", str(source)) == 0
    assert run_cli(project, "import", "--format", "doccano", str(doccano)) == 0
    assert run_cli(project, "export", "--format", "jsonl", "--out", str(out)) == 0

    with out.open(encoding="utf-8") as handle:
        assert [json.loads(line)["text"] for line in handle] == ["Bugün yağmur yağdı.", "Kimse gelmedi."]
    printed = capsys.readouterr().out
    assert "left out 1 untouched document (new, no annotations); --include-untouched keeps them" in printed


def test_export_help_lists_each_formats_declared_options(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from curator.core.exporters import EXPORT_FORMATS

    monkeypatch.setenv("COLUMNS", "2000")  # no wrapping inside a format's name
    with pytest.raises(SystemExit) as exited:
        main(["export", "--help"])
    assert exited.value.code == 0
    printed = " ".join(capsys.readouterr().out.split())
    for name, exporter in EXPORT_FORMATS.items():
        flags = ", ".join(option.flag for option in exporter.options)
        if flags:
            assert f"{name}: {' '.join(exporter.description.split())} (options: {flags})" in printed
        for option in exporter.options:
            assert option.flag in printed
    assert "--scheme {IOB2,IOB1,BILOU} tag scheme of the entity tags (conll); default IOB2" in printed
    assert "(events-csv, entities-csv)" in printed  # --csv-bom names the formats that read it


def test_an_option_the_format_does_not_read_is_named(
    project_path: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert export(project_path, "--format", "jsonl", "--out", str(out), "--scheme", "BILOU") == 0
    assert "note: --scheme ignored: format jsonl does not read it" in capsys.readouterr().err
    assert out.is_file()
