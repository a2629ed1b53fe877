"""The import registry: every format module declares itself once, and auto-detection reads those
declarations (extension first, then the content check of the formats sharing it)."""

from __future__ import annotations

import importlib
import json
import pkgutil
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from curator.core import importers
from curator.core.importers import IMPORT_FORMATS, detect, import_paths, registry
from curator.core.importers.table_preview import needs_mapping, preview_table
from curator.core.storage import Project
from tests.helpers.engines import ENGINES, open_on


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    with open_on(request, tmp_path, "tester") as opened:
        yield opened


def format_modules() -> dict[str, str]:
    """Module name → the format it declares, for every module of the package with an IMPORTER."""
    declared = {}
    for info in pkgutil.iter_modules(importers.__path__):
        module = importlib.import_module(f"curator.core.importers.{info.name}")
        if hasattr(module, "IMPORTER"):
            declared[info.name] = module.IMPORTER.name
    return declared


def test_the_registry_lists_every_importer_module_once() -> None:
    declared = format_modules()
    assert sorted(declared.values()) == sorted(IMPORT_FORMATS)  # every module's format is registered …
    assert len(IMPORT_FORMATS) == len(declared)  # … once, and nothing else is
    assert set(declared) >= {"text_file", "jsonl", "doccano", "conll", "brat", "html", "pdf", "docx"}


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def jsonl(*records: dict) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def a_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("a.txt", "Bişkek'te toplantı yapıldı.")
    return path


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("note.txt", "Bişkek'te toplantı yapıldı.", "txt"),
        ("note.md", "# Başlık\n\nMetin.", "txt"),
        ("tasks.jsonl", jsonl({"text": "Bişkek", "spans": [{"start": 0, "end": 6, "label": "X"}]}), "jsonl"),
        ("labels.jsonl", jsonl({"text": "Bişkek", "label": [[0, 6, "GPE"]]}), "doccano"),
        (
            "entities.json",
            json.dumps([{"text": "Bişkek", "entities": [{"id": 1, "start_offset": 0, "end_offset": 6}]}]),
            "doccano",
        ),
        ("flat.jsonl", jsonl({"haber": "Bişkek'te toplantı.", "kaynak": "AKIpress"}), "jsonl"),
        ("tokens.conll", "Bişkek B-GPE\n", "conll"),
        ("tokens.bio", "Bişkek\tB-GPE\n", "conll"),
        ("page.html", "<html><body><p>Metin</p></body></html>", "html"),
        ("scan.pdf", b"%PDF-1.4\n", "pdf"),
        ("letter.docx", b"PK\x03\x04", "docx"),
        ("rows.csv", "text,title\nBişkek,Haber\n", "csv"),
        ("rows.tsv", "text\ttitle\nBişkek\tHaber\n", "csv"),
        ("page.HTM", "<p>x</p>", "html"),
    ],
)
def test_auto_detection_by_extension_and_content(
    tmp_path: Path, name: str, content: str | bytes, expected: str
) -> None:
    detected = detect(write(tmp_path / name, content))
    assert detected is not None and detected.name == expected


def test_a_zip_and_a_brat_pair_are_detected(tmp_path: Path) -> None:
    assert detect(a_zip(tmp_path / "corpus.zip")).name == "zip"  # type: ignore[union-attr]
    text = write(tmp_path / "doc.txt", "KGAÖ toplantısı.")
    assert detect(text).name == "txt"  # type: ignore[union-attr]  # alone, a plain text
    ann = write(tmp_path / "doc.ann", "T1\tORG 0 4\tKGAÖ\n")
    assert detect(text).name == "brat"  # type: ignore[union-attr]  # beside its .ann, half of a pair
    assert detect(ann).name == "brat"  # type: ignore[union-attr]
    assert detect(write(tmp_path / "scan.rtf", "{\\rtf1 }")) is None


def test_records_are_never_auto_detected_but_the_window_maps_them(tmp_path: Path) -> None:
    flat = write(tmp_path / "flat.jsonl", jsonl({"haber": "Bişkek'te toplantı.", "kaynak": "AKIpress"}))
    tasks = write(tmp_path / "tasks.jsonl", jsonl({"text": "Bişkek", "spans": []}))
    table = write(tmp_path / "rows.csv", "body,site\nBişkek,AKIpress\n")
    assert registry.mapping_format(flat).name == "records"  # type: ignore[union-attr]
    assert needs_mapping(flat) and preview_table(flat).fmt == "records"
    assert needs_mapping(table) and preview_table(table).fmt == "csv"
    assert not needs_mapping(tasks)  # Prodigy tasks are imported as they are


def test_a_doccano_file_found_by_its_content_is_imported_with_its_labels(
    project: Project, tmp_path: Path
) -> None:
    path = write(tmp_path / "export.json", jsonl({"text": "Bişkek'te toplantı.", "label": [[0, 6, "GPE"]]}))
    report = import_paths(project, [path])
    assert report.ok and report.documents_added == 1 and report.spans_added == 1


def test_only_the_formats_declaring_options_get_them(project: Project, tmp_path: Path) -> None:
    text = write(tmp_path / "note.txt", "Bişkek'te toplantı yapıldı.")
    table = write(tmp_path / "rows.csv", "haber,site\nBişkek'te toplantı yapıldı ve bitti.,AKIpress\n")
    report = import_paths(project, [text, table], options=importers.ImportOptions(text_column="haber"))
    assert report.ok and report.documents_added == 2
    assert [reader for _option, reader in registry.declared_options()] == [("conll", "brackets")] + [
        ("csv", "records")
    ] * 7
