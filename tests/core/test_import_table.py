"""CSV/TSV and JSON records with a text column: delimiters, quoting, column mapping, the notes that say
which column was taken as the text, and that a malformed line stops its file with nothing stored."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from curator.cli.main import EXIT_OK, main
from curator.core.importers import ImportOptions, import_paths
from curator.core.queries import DocumentRecord, get_document, list_documents
from curator.core.storage import Project
from tests.helpers.engines import ENGINES, open_on

TURKISH = "Bakan Kazakbayev Bişkek'te KGAÖ Genel Sekreteri ile görüştü; bölgesel güvenliği, ele aldı."
KYRGYZ = "Министр Руслан Казакбаев Душанбеде өткөн ЖККУнун кезектеги жыйынына катышты."


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    with open_on(request, tmp_path, "tester") as opened:
        yield opened


def documents(project: Project) -> list[DocumentRecord]:
    return [get_document(project, summary.id) for summary in list_documents(project)]


def write(path: Path, content: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(content.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("name", "delimiter"), [("comma.csv", ","), ("semicolon.csv", ";"), ("tabs.tsv", "\t"), ("pipe.csv", "|")]
)
def test_delimiter_is_sniffed(project: Project, tmp_path: Path, name: str, delimiter: str) -> None:
    rows = [["title", "text", "date"], ["Toplantı", TURKISH, "1 Aralık 2020"], ["Жыйын", KYRGYZ, "19.05.21"]]
    content = "".join(
        delimiter.join(f'"{cell}"' if delimiter in cell or "," in cell else cell for cell in row) + "\r\n"
        for row in rows
    )
    path = write(tmp_path / name, content)

    report = import_paths(project, [path])

    assert report.ok, report.lines()
    stored = documents(project)
    assert [d.text for d in stored] == [TURKISH, KYRGYZ]
    assert [d.title for d in stored] == ["Toplantı", "Жыйын"]
    assert [d.language for d in stored] == ["tr", "ky"]
    assert [d.pub_date for d in stored] == ["2020-12-01", "2021-05-19"]
    assert stored[0].meta["date_raw"] == "1 Aralık 2020"
    assert report.notes == [
        f'{path}: text column: "text" (by its name)',
        f'{path}: by their names: title "title", date "date"',
    ]


def test_quoted_multiline_cells_keep_their_lines_and_are_normalised(project: Project, tmp_path: Path) -> None:
    path = write(
        tmp_path / "multi.csv",
        'id,body\r\n1,"Birinci satır, virgüllü.\r\nİkinci ""alıntılı"" satır."\r\n2,"' + KYRGYZ + '"\r\n',
    )

    report = import_paths(project, [path])

    assert report.ok, report.lines()
    first, second = documents(project)
    assert first.text == 'Birinci satır, virgüllü.\nİkinci "alıntılı" satır.'
    assert first.meta["id"] == "1" and first.meta["row"] == "line 2"
    assert first.meta["import_log"] == ["newlines: 1 CRLF → LF"]
    assert second.text == KYRGYZ and second.meta["row"] == "line 4"


def test_mapping_with_meta_columns(project: Project, tmp_path: Path) -> None:
    path = write(
        tmp_path / "export.csv",
        "haber;başlık;gün;dil;yayın;adres;yazar;kategori\n"
        f'"{TURKISH}";Kazakbayev Bişkek\'te;11 Ocak 2022;TR;Anadolu Ajansı;https://aa.com.tr/1;Nazir;siyaset\n',
    )
    options = ImportOptions(
        text_column="haber",
        title_column="başlık",
        date_column="gün",
        language_column="dil",
        source_column="yayın",
        url_column="adres",
        meta_columns=("yazar",),
    )

    report = import_paths(project, [path], options=options)

    assert report.ok and report.notes == [], report.lines()
    (document,) = documents(project)
    assert (document.text, document.title, document.language) == (TURKISH, "Kazakbayev Bişkek'te", "tr")
    assert (document.source, document.pub_date) == ("Anadolu Ajansı", "2022-01-11")
    assert document.meta == {
        "path": str(path),
        "row": "line 2",
        "yazar": "Nazir",
        "url": "https://aa.com.tr/1",
        "date_raw": "11 Ocak 2022",
        "encoding": "utf-8",
        "original_sha256": document.meta["original_sha256"],
        "original_size": len(path.read_bytes()),
    }


def test_other_columns_go_to_meta_and_empty_text_rows_are_skipped(project: Project, tmp_path: Path) -> None:
    content = f'yazar,metin,kategori\nNazir,"{TURKISH}",siyaset\nAli,,spor\nVeli,  ,\n'
    path = write(tmp_path / "rows.csv", content)

    report = import_paths(project, [path])

    assert report.ok
    (document,) = documents(project)
    assert document.meta["yazar"] == "Nazir" and document.meta["kategori"] == "siyaset"
    assert f'{path}: skipped 2 rows with an empty "metin"' in report.notes


def test_text_column_found_as_the_longest_with_a_note(project: Project, tmp_path: Path) -> None:
    path = write(tmp_path / "guess.csv", f'kod,yorum,kısa\n7,"{TURKISH}",evet\n8,"{KYRGYZ}",жок\n')

    report = import_paths(project, [path])

    assert report.ok
    assert [d.text for d in documents(project)] == [TURKISH, KYRGYZ]
    assert report.notes[0] == (
        f'{path}: text column: "yorum" (the longest values on average; name another with --text-column)'
    )


def test_a_malformed_line_is_named_and_nothing_is_stored(project: Project, tmp_path: Path) -> None:
    path = write(tmp_path / "bad.csv", f'title,text\nA,"{TURKISH}"\nB,"{KYRGYZ}",extra\nC,"Üçüncü."\n')

    report = import_paths(project, [path])

    assert [problem.line() for problem in report.problems] == [
        f"error: {path}: line 3: 3 fields, expected 2 (delimiter ','; a quote not closed?)"
    ]
    assert documents(project) == []


def test_a_named_text_column_that_is_missing_is_an_error(project: Project, tmp_path: Path) -> None:
    path = write(tmp_path / "a.csv", f'title,text\nA,"{TURKISH}"\n')

    report = import_paths(project, [path], options=ImportOptions(text_column="body"))

    expected = f'error: {path}: no text column "body" (found: "title", "text")'
    assert [p.line() for p in report.problems] == [expected]


def test_cp1251_csv_is_decoded_and_said(project: Project, tmp_path: Path) -> None:
    path = write(tmp_path / "legacy.csv", f"заголовок;текст\nЖыйын;{KYRGYZ.replace('ө', 'о')}\n", "cp1251")

    report = import_paths(project, [path])

    assert report.ok, report.lines()
    (document,) = documents(project)
    assert document.text == KYRGYZ.replace("ө", "о") and document.title == "Жыйын"
    assert document.meta["encoding"] == "cp1251"
    assert report.notes[0] == f"{path}: decoded as cp1251"


def test_json_records_with_a_body_field_via_format_records(project: Project, tmp_path: Path) -> None:
    records = [
        {"body": TURKISH, "headline": "Toplantı", "published": "2020-12-02", "tags": ["KGAÖ"]},
        {"body": KYRGYZ, "headline": "Жыйын", "lang": "ky"},
        {"body": "", "headline": "boş"},
    ]
    path = tmp_path / "scraped.json"
    path.write_text(json.dumps(records, ensure_ascii=False), encoding="utf-8")

    report = import_paths(project, [path], fmt="records")

    assert report.ok, report.lines()
    first, second = documents(project)
    assert (first.text, first.title, first.pub_date) == (TURKISH, "Toplantı", "2020-12-02")
    assert first.meta["tags"] == ["KGAÖ"]
    assert (second.text, second.language, second.meta["row"]) == (KYRGYZ, "ky", "record 2")
    assert f'{path}: text field: "body" (by its name)' in report.notes
    assert f'{path}: skipped 1 record with an empty "body"' in report.notes


def test_records_text_field_named_explicitly_in_jsonl(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"haber": TURKISH, "id": 7}, ensure_ascii=False) + "\n", encoding="utf-8")

    report = import_paths(project, [path], fmt="records", options=ImportOptions(text_column="haber"))

    assert report.ok
    (document,) = documents(project)
    assert document.text == TURKISH and document.meta["id"] == 7


def test_column_options_on_other_formats_are_ignored_with_a_note(project: Project, tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", TURKISH)

    report = import_paths(project, [path], options=ImportOptions(text_column="body"))

    assert report.ok
    assert report.notes == ["column options ignored: only the csv and records formats read them"]


def test_cli_column_options(project: Project, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(
        tmp_path / "export.tsv",
        f"haber\tbaşlık\tgün\tyazar\tkategori\n{TURKISH}\tBaşlık\t02.12.2020\tNazir\tsiyaset\n",
    )
    location = getattr(project, "url", None) or str(project.path)  # the server, or the file
    arguments = ["--text-column", "haber", "--title-column", "başlık", "--date-column", "gün"]

    code = main(["--project", location, "import", *arguments, "--meta-columns", "yazar", str(path)])

    assert code == EXIT_OK
    assert capsys.readouterr().out.splitlines() == ["imported 1 document, 0 spans from 1 file"]
    (document,) = documents(project)
    assert (document.text, document.title, document.pub_date) == (TURKISH, "Başlık", "2020-12-02")
    assert "yazar" in document.meta and "kategori" not in document.meta
