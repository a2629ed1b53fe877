"""Importing saved web pages: the article and its metadata come in, the page around it and anything
executable stay out, legacy encodings are read as declared, and a page without text is an error."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest

from curator.core.domain import DocumentRecord
from curator.core.importers import import_paths
from curator.core.importers.html import EXTRACTOR, decode_html, visible_text
from curator.core.queries import get_document, list_documents
from curator.core.storage import Project
from tests.helpers.engines import ENGINES, open_on

PAGES = Path(__file__).resolve().parents[1] / "data" / "html"
GOLD = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
EXECUTABLE = ("alert(", "onerror", "<script", "dataLayer", "counter.example", "font-family", "{")


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    with open_on(request, tmp_path, "tester") as opened:
        yield opened


def documents(project: Project) -> list[DocumentRecord]:
    return [get_document(project, summary.id) for summary in list_documents(project)]


def import_one(project: Project, name: str) -> DocumentRecord:
    report = import_paths(project, [PAGES / name])
    assert report.problems == [], report.problems
    assert report.documents_added == 1
    (document,) = documents(project)
    return document


def assert_article_only(document: DocumentRecord, name: str) -> None:
    for sentence in GOLD[name]["article"]:
        assert sentence in document.text
    for line in GOLD[name]["boilerplate"]:
        assert line not in document.text
    for trace in EXECUTABLE:
        assert trace not in document.text


def test_turkish_news_page_keeps_article_and_metadata_drops_page(project: Project) -> None:
    name = "tr_aa_caparov.html"
    document = import_one(project, name)
    assert (
        document.title == "Kırgızistan Cumhurbaşkanı Caparov, KGAÖ Genel Sekreteri Tasmagambetov'u kabul etti"
    )
    assert document.pub_date == "2022-01-11"
    assert document.source == "Anadolu Ajansı"
    assert document.language == "tr"
    assert document.meta["author"] == "Nazir Aliyev Tayfur"
    assert document.meta["url"].startswith("https://www.aa.com.tr/tr/dunya/")
    assert document.meta["sitename"] == "Anadolu Ajansı"
    assert document.meta["categories"] == ["Dünya"]
    assert document.meta["extractor"] == EXTRACTOR
    assert document.meta["encoding"] == "utf-8"
    data = (PAGES / name).read_bytes()
    assert document.meta["original_sha256"] == hashlib.sha256(data).hexdigest()
    assert document.meta["original_size"] == len(data)
    assert document.text.startswith(document.title)
    assert_article_only(document, name)


def test_kyrgyz_news_page(project: Project) -> None:
    name = "ky_kabar_jkku.html"
    document = import_one(project, name)
    assert document.title == "ЖККУнун Коопсуздук кеңешинин катчыларынын жыйыны Душанбеде өттү"
    assert document.pub_date == "2021-05-19"
    assert document.source == "Кабар улуттук маалымат агенттиги"
    assert document.language == "ky"
    assert document.meta["author"] == "Айгүл Токтосунова"
    assert_article_only(document, name)


def test_kazakh_page_keeps_its_table_and_puts_the_headline_first(project: Project) -> None:
    name = "kk_inform_saylau.html"
    document = import_one(project, name)
    assert document.language == "kk"  # from <html lang="kk-KZ">
    assert document.pub_date == "2023-03-20"
    assert document.text.splitlines()[0] == "ОСК сайлаудың алдын ала қорытындысын жариялады"
    assert_article_only(document, name)


def test_cp1251_russian_page_is_read_as_declared(project: Project) -> None:
    name = "ru_kabar_odkb_cp1251.html"
    report = import_paths(project, [PAGES / name])
    assert report.problems == []
    assert any("decoded as cp1251" in note for note in report.notes)
    (document,) = documents(project)
    assert document.meta["encoding"] == "cp1251"
    assert document.language == "ru"
    assert document.title == "Секретари советов безопасности стран ОДКБ встретились в Душанбе"
    assert document.pub_date == "2021-05-19"
    assert_article_only(document, name)


def test_http_equiv_charset_and_utf8_bytes_that_contradict_a_declaration() -> None:
    text = "<p>Бишкек, 19.05.21. /Кабар/. Жапаров Москвага барды.</p>"
    legacy = f'<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">{text}'
    assert decode_html(legacy.encode("koi8_r")).html == legacy
    assert decode_html(legacy.encode("koi8_r")).encoding == "koi8_r"
    resaved = decode_html(legacy.encode("utf-8"))
    assert resaved.html == legacy and resaved.encoding == "utf-8"
    assert "declared koi8_r, but the bytes are UTF-8" in resaved.note


def test_page_without_an_article_keeps_its_visible_text(project: Project, tmp_path: Path) -> None:
    page = tmp_path / "short.htm"
    page.write_text(
        "<html><head><title>Kısa</title><script>alert(1)</script></head>"
        "<body><p>Caparov Bişkek'te.</p><style>p{color:red}</style></body></html>",
        encoding="utf-8",
    )
    report = import_paths(project, [page])
    assert report.problems == []
    (document,) = documents(project)
    assert "Caparov Bişkek'te." in document.text
    assert "alert" not in document.text and "color" not in document.text


def test_visible_text_puts_blocks_on_lines_and_survives_deep_nesting() -> None:
    tree = lxml.html.document_fromstring("<div>Bir<p>İki</p><ul><li>Üç</li><li>Dört</li></ul></div>")
    assert visible_text(tree) == "Bir\nİki\nÜç\nDört"
    deep = lxml.html.document_fromstring("<div>" * 5_000 + "derin" + "</div>" * 5_000)
    assert isinstance(visible_text(deep), str)  # libxml2 caps the depth; what matters is no crash


DEEP_PARAGRAPHS = [
    "Bakan Kazakbayev Bişkek'te KGAÖ Genel Sekreteri ile görüştü ve bölgesel güvenliği ele aldı.",
    "Görüşmede iki ülke arasındaki ticaret ve ulaştırma projeleri de ayrıntılı olarak konuşuldu.",
    "Taraflar, gelecek yıl Astana'da yapılacak zirve öncesinde yeniden bir araya gelmeyi kararlaştırdı.",
]


def test_a_page_of_five_thousand_nested_divs_yields_its_text(project: Project, tmp_path: Path) -> None:
    """libxml2 drops what lies deeper than 256 elements; the paragraphs sit at depth 10, 2,500 and
    5,000, and a "<div>" in a script is not counted as a tag."""
    depth = 5_000
    body = "".join(
        "<div>" * (depth // 2 if index else 10) + f"<p>{paragraph}</p>"
        for index, paragraph in enumerate(DEEP_PARAGRAPHS[:2])
    )
    body += "<div>" * (depth - depth // 2 - 10) + f"<p>{DEEP_PARAGRAPHS[2]}</p>" + "</div>" * depth
    page = tmp_path / "deep.html"
    page.write_text(
        "<html><head><title>Derin sayfa</title><script>var s = '<div><div>';</script></head>"
        f"<body>{body}<p>Son.</p></body></html>",
        encoding="utf-8",
    )

    report = import_paths(project, [page])

    assert report.problems == [] and report.documents_added == 1
    (document,) = documents(project)
    for paragraph in DEEP_PARAGRAPHS:
        assert paragraph in document.text
    assert "var s" not in document.text
    # html and body leave 126 of the 128 levels to divs: the other 4,874 go, start and end tags, and
    # the two paragraphs below them.
    assert report.notes == [
        f"{page}: 9,752 tags nested deeper than 128 levels were taken out so the page could be read"
    ]


def test_script_only_page_is_an_error_naming_the_file(project: Project, tmp_path: Path) -> None:
    page = tmp_path / "only_script.html"
    page.write_text("<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>")
    report = import_paths(project, [page])
    assert [(p.path, p.message) for p in report.problems] == [
        (page, "no readable text (the page has only markup, scripts or styles)")
    ]
    assert page.name in report.problems[0].line()
    assert documents(project) == []


def test_binary_and_empty_files_named_html_are_errors(project: Project, tmp_path: Path) -> None:
    binary = tmp_path / "image.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    empty = tmp_path / "empty.xhtml"
    empty.write_bytes(b"  \n")
    report = import_paths(project, [binary, empty])
    messages = {p.path.name: p.message for p in report.problems}
    assert messages == {"image.html": "binary file, not HTML", "empty.xhtml": "empty file"}
    assert documents(project) == []


def test_xhtml_with_xml_declaration(project: Project, tmp_path: Path) -> None:
    page = tmp_path / "page.xhtml"
    page.write_bytes(
        '<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ru">'
        "<body><p>Заседание ОДКБ прошло в Душанбе.</p></body></html>".encode()
    )
    report = import_paths(project, [page], fmt="html")
    assert report.problems == []
    (document,) = documents(project)
    assert "Заседание ОДКБ прошло в Душанбе." in document.text
    assert document.language == "ru"
