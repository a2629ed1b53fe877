"""The preview a window shows before importing a table: which files get one, and what it guesses."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from curator.core.importers import ImportBatch, ImportOptions, import_batches, import_paths
from curator.core.importers.table_preview import PREVIEW_ROWS, SAMPLE_BYTES, needs_mapping, preview_table
from curator.core.project.setup import open_project
from curator.core.queries import get_document, list_documents
from curator.core.storage import Project


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    with open_project(tmp_path / "p.curator", annotator="tester") as opened:
        yield opened


def test_tables_and_flat_records_need_a_mapping_annotated_tasks_do_not(tmp_path: Path) -> None:
    flat = tmp_path / "flat.jsonl"
    flat.write_text(json.dumps({"body": "Metin.", "tarih": "2022-01-11", "sayi": 3}) + "\n")
    tasks = tmp_path / "tasks.jsonl"
    tasks.write_text(json.dumps({"text": "Bişkek.", "spans": [{"start": 0, "end": 6, "label": "GPE"}]}))
    nested = tmp_path / "nested.jsonl"
    nested.write_text(json.dumps({"text": "Bişkek.", "meta": {"source": "AA"}}))
    broken = tmp_path / "broken.jsonl"
    broken.write_text("{not json")
    (tmp_path / "t.tsv").write_text("a\tb\n1\t2\n")

    assert needs_mapping(tmp_path / "t.tsv")
    assert needs_mapping(flat)
    assert not needs_mapping(tasks) and not needs_mapping(nested)
    assert not needs_mapping(broken)  # the import itself names the problem
    assert not needs_mapping(tmp_path / "note.txt")


def test_a_large_csv_previews_its_head_with_the_guess_the_import_would_make(
    project: Project, tmp_path: Path
) -> None:
    path = tmp_path / "big.csv"
    body = "Kırgızistan Dışişleri Bakanı Bişkek'te görüştü. " * 40
    rows = [f'"{body} {number}",Haber {number},2021-05-{number % 28 + 1:02d},AA' for number in range(1500)]
    path.write_text("metin_govdesi,title,date,ajans\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert path.stat().st_size > 2 * SAMPLE_BYTES

    preview = preview_table(path)

    assert preview.fmt == "csv"
    assert preview.columns == ("metin_govdesi", "title", "date", "ajans")
    assert len(preview.rows) == PREVIEW_ROWS
    assert preview.rows[0]["title"] == "Haber 0"
    assert preview.guess == ImportOptions(
        text_column="metin_govdesi", title_column="title", date_column="date", meta_columns=("ajans",)
    )
    report = import_paths(project, [path], fmt="csv", options=preview.guess)
    assert report.documents_added == 1500
    document = get_document(project, list_documents(project)[0].id)
    assert (document.title, document.pub_date, document.meta["ajans"]) == ("Haber 0", "2021-05-01", "AA")


def test_records_are_previewed_by_field_and_batches_import_with_their_own_mapping(
    project: Project, tmp_path: Path
) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text(
        json.dumps({"icerik": "Ankara'da toplantı yapıldı.", "kaynak": "AA", "no": 1}, ensure_ascii=False)
        + "\n"
    )
    preview = preview_table(records)
    assert preview.fmt == "records"
    assert preview.rows == ({"icerik": "Ankara'da toplantı yapıldı.", "kaynak": "AA", "no": "1"},)
    text = tmp_path / "note.txt"
    text.write_text("Bişkek'te yeni bir anlaşma imzalandı.", encoding="utf-8")

    report = import_batches(
        project,
        [ImportBatch((text,)), ImportBatch((records,), "records", ImportOptions(source_column="kaynak"))],
    )

    assert report.ok and report.files_ok == 2 and report.documents_added == 2
    sources = sorted(summary.source for summary in list_documents(project))
    assert sources == ["AA", "note.txt"]
