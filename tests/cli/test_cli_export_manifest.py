"""`curator export` writes a manifest beside every format's output: the document ids and text hashes, the
span counts per label and the split read back and checked against the project, the schema hash stable
until the label schema changes."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from curator import __version__
from curator.cli.main import main
from curator.core import queries, services
from curator.core.exporters import EXPORT_FORMATS
from curator.core.exporters.manifest import manifest_path
from curator.core.project.setup import open_project
from curator.core.services.schema_edits import add_label

TURKISH = "KGAÖ Dışişleri Bakanları toplantısı Bişkek'te yapıldı."
KYRGYZ = "ЖККУнун жыйыны Бишкекте өттү."
UNTOUCHED = 3  # new and without spans: training formats leave it out


@pytest.fixture
def project_path(tmp_path: Path) -> Path:
    """Documents 1-4: Turkish with two spans, Kyrgyz with one, an untouched one, an approved plain one."""
    path = tmp_path / "p.curator"
    documents = [
        services.NewDocument(
            TURKISH,
            title="tr",
            language="tr",
            spans=[services.NewSpan(0, 4, "ORG"), services.NewSpan(36, 42, "GPE")],
        ),
        services.NewDocument(KYRGYZ, title="ky", language="ky", spans=[services.NewSpan(0, 4, "ORG")]),
        services.NewDocument("Yeni belge, kimse dokunmadı.", title="new", language="tr"),
        services.NewDocument("Астана саммити.", title="kk", language="kk"),
    ]
    with open_project(path, annotator="tester") as project:
        with project.write() as session:
            services.add_documents(session, documents, annotator_id=None, source="test")
        services.set_document_status(project, 1, "in_progress")
        services.set_document_status(project, 2, "in_progress")
        services.set_document_status(project, 4, "approved")
    return path


def export(project_path: Path, *args: str) -> int:
    return main(["--project", str(project_path), "--annotator", "tester", "export", *args])


def expected(project_path: Path, ids: list[int]) -> tuple[dict[int, str], Counter[str]]:
    """From the database: each document's text hash, and the spans per label of those documents."""
    with open_project(project_path, annotator="tester") as project:
        hashes = {
            i: hashlib.sha256(queries.get_document(project, i).text.encode("utf-8")).hexdigest() for i in ids
        }
        labels = Counter(span.label for i in ids for span in queries.list_spans(project, i))
    return hashes, labels


@pytest.mark.parametrize("fmt", list(EXPORT_FORMATS))
def test_every_format_writes_a_manifest_that_matches_the_project(
    fmt: str, project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    exporter = EXPORT_FORMATS[fmt]
    out = tmp_path / ("out" if exporter.target == "directory" else f"out{exporter.suffix or '.txt'}")

    assert export(project_path, "--format", fmt, "--out", str(out)) == 0

    path = manifest_path(out, exporter.target)
    assert path == (
        out / "manifest.json" if exporter.target == "directory" else out.parent / f"{out.name}.manifest.json"
    )
    assert (
        f"manifest (document ids, text hashes, schema, options, splits) in {path}" in capsys.readouterr().out
    )
    manifest = json.loads(path.read_text(encoding="utf-8"))
    ids = [1, 2, 4] if exporter.training else [1, 2, 3, 4]
    hashes, labels = expected(project_path, ids)
    assert [document["id"] for document in manifest["documents"]] == ids
    assert {document["id"]: document["sha256"] for document in manifest["documents"]} == hashes
    assert [document["language"] for document in manifest["documents"]] == (
        ["tr", "ky", "kk"] if exporter.training else ["tr", "ky", "tr", "kk"]
    )
    assert manifest["labels"] == dict(labels) == {"GPE": 1, "ORG": 2}
    assert (manifest["format"], manifest["curator_version"], manifest["document_count"]) == (
        fmt,
        __version__,
        len(ids),
    )
    assert manifest["options"]["layer"] == "default" and manifest["options"]["status"] is None
    assert manifest["options"]["include_untouched"] is not exporter.training
    assert manifest["created"].endswith("+00:00")
    assert {"GPE", "ORG"} <= {name for name, kind in manifest["schema"]["labels"] if kind == "entity"}


def test_the_spacy_manifest_names_each_splits_documents_as_the_files_hold_them(
    project_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "corpus"

    args = ("--format", "spacy", "--out", str(out), "--dev-fraction", "0.34", "--test-fraction", "0.33")
    # A first export of other documents into the folder: the second one's manifest replaces its manifest.
    assert export(project_path, *args, "--seed", "9", "--status", "approved", "--include-untouched") == 0
    assert export(project_path, *args, "--seed", "9") == 0

    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    vocab = spacy.blank("xx").vocab
    held: dict[str, list[int]] = {
        name: sorted(
            doc.user_data["curator_doc_id"]
            for doc in DocBin().from_disk(out / f"{name}.spacy").get_docs(vocab)
        )
        for name in ("train", "dev", "test")
    }
    assert {name: split["documents"] for name, split in manifest["splits"].items()} == held
    assert sorted(i for ids in held.values() for i in ids) == [1, 2, 4]
    for name, ids in held.items():
        assert manifest["splits"][name]["labels"] == dict(expected(project_path, ids)[1])
        assert all(d["split"] == name for d in manifest["documents"] if d["id"] in ids)
    options = manifest["options"]
    assert (options["seed"], options["dev_fraction"], options["test_fraction"]) == (9, 0.34, 0.33)


def test_the_status_filter_is_recorded_and_applied(project_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "approved.jsonl"

    assert export(project_path, "--format", "jsonl", "--out", str(out), "--status", "approved") == 0

    manifest = json.loads((tmp_path / "approved.jsonl.manifest.json").read_text(encoding="utf-8"))
    assert manifest["options"]["status"] == "approved"
    assert [document["id"] for document in manifest["documents"]] == [4]
    assert manifest["labels"] == {}


def test_the_schema_hash_stays_until_the_label_schema_changes(project_path: Path, tmp_path: Path) -> None:
    def schema_hash(name: str) -> str:
        out = tmp_path / name
        assert export(project_path, "--format", "jsonl", "--out", str(out)) == 0
        schema = json.loads((tmp_path / f"{name}.manifest.json").read_text(encoding="utf-8"))["schema"]
        digest = schema.pop("sha256")
        canonical = json.dumps(schema, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        assert digest == hashlib.sha256(canonical.encode("utf-8")).hexdigest()  # the documented definition
        return digest

    first, again = schema_hash("a.jsonl"), schema_hash("b.jsonl")
    with open_project(project_path, annotator="tester") as project:
        add_label(project, "WEAPON")
    changed = schema_hash("c.jsonl")

    assert first == again != changed


def test_a_failed_export_writes_no_manifest(project_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "missing" / "out.jsonl"

    assert export(project_path, "--format", "jsonl", "--out", str(out)) != 0

    assert not (tmp_path / "missing").exists()


@pytest.mark.parametrize(("fmt", "name"), [("brat", "corpus"), ("jsonl", "corpus/out.jsonl")])
def test_importing_an_exports_folder_leaves_its_manifest_out(
    fmt: str, name: str, project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "corpus").mkdir()
    assert export(project_path, "--format", fmt, "--out", str(tmp_path / name)) == 0
    capsys.readouterr()
    again = tmp_path / "again.curator"

    assert main(["--project", str(again), "--annotator", "tester", "import", str(tmp_path / "corpus")]) == 0

    captured = capsys.readouterr()
    assert "manifest" not in captured.out + captured.err
    with open_project(again, annotator="tester") as project:
        assert queries.count_documents(project) == 3
