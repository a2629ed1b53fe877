"""Importing PDF, DOCX and zip files: the text that lands, and that untrusted files cannot hurt us.

Every bad file is reported by its path (an archive member as `archive.zip/member`), nothing of it is
stored, and the good files of the same import go in. The PDFs are written here with pypdf itself, the
DOCX and zip files with zipfile, so the tests show exactly what each file holds.
"""

from __future__ import annotations

import re
import sys
import time
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

from curator.core.importers import ImportReport, import_paths, pdf
from curator.core.importers.pdf_text import repair_pdf_text
from curator.core.queries import count_documents, get_document, list_documents
from curator.core.storage import Project
from tests.helpers.engines import ENGINES, open_on

GOOD = "Bakan Kazakbayev Bişkek'te KGAÖ Genel Sekreteri ile görüştü ve bölgesel güvenliği ele aldı."
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)
CORE = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
    "<dc:title>Toplantı haberi</dc:title><dc:creator>Ayşe Yılmaz</dc:creator>"
    "<dcterms:created>2024-05-19T10:00:00Z</dcterms:created></cp:coreProperties>"
)


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    with open_on(request, tmp_path, "tester") as opened:
        yield opened


def texts(project: Project) -> list[str]:
    return [get_document(project, summary.id).text for summary in list_documents(project)]


def good_file(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(GOOD, encoding="utf-8")
    return path


def assert_only_good_stored(project: Project, report: ImportReport, bad: Path, message: str) -> None:
    assert [problem.line() for problem in report.problems] == [f"error: {bad}: {message}"]
    assert count_documents(project) == 1
    assert texts(project) == [GOOD]


# --- PDF ------------------------------------------------------------------------------------------


def _escape(line: str) -> str:
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(path: Path, pages: list[list[str]], metadata: dict[str, str] | None = None) -> Path:
    """A PDF whose pages show `pages` line by line in Helvetica (ASCII text only)."""
    writer = PdfWriter()
    for lines in pages:
        page = writer.add_blank_page(612, 792)
        if not lines:
            continue
        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
        fonts = DictionaryObject({NameObject("/F1"): writer._add_object(font)})
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/Font"): fonts})
        shown = " T* ".join(f"({_escape(line)}) Tj" for line in lines)
        stream = DecodedStreamObject()
        stream.set_data(f"BT /F1 12 Tf 72 720 Td 14 TL {shown} ET".encode("latin-1"))
        page[NameObject("/Contents")] = writer._add_object(stream)
    if metadata:
        writer.add_metadata(metadata)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


ARTICLE = [
    "The foreign minister met the koordi-",
    "nasyon council in Bishkek and",
    "discussed regional security.",
    "Talks continue on Monday.",
]


def test_pdf_text_is_repaired_and_titled_from_its_metadata(project: Project, tmp_path: Path) -> None:
    path = make_pdf(
        tmp_path / "article.pdf",
        [ARTICLE, ["Second page starts a new paragraph."]],
        {"/Title": "Minister in Bishkek", "/Author": "Press office", "/CreationDate": "D:20240519120000Z"},
    )

    report = import_paths(project, [path])

    assert report.ok and report.documents_added == 1
    document = get_document(project, list_documents(project)[0].id)
    assert document.text == (
        "The foreign minister met the koordinasyon council in Bishkek and discussed regional security.\n"
        "Talks continue on Monday.\n\n"
        "Second page starts a new paragraph."
    )
    assert document.title == "Minister in Bishkek"
    assert document.pub_date == "2024-05-19"
    assert document.meta["author"] == "Press office"
    assert document.meta["import_log"] == [
        "joined 1 line break(s) inside sentences",
        "removed 1 end-of-line hyphen(s)",
    ]


def test_pdf_without_a_title_is_titled_by_its_first_line(project: Project, tmp_path: Path) -> None:
    path = make_pdf(tmp_path / "plain.pdf", [["Headline of the day", "Body text here."]])

    import_paths(project, [path])

    document = get_document(project, list_documents(project)[0].id)
    assert document.title == "Headline of the day"
    assert document.pub_date is None


@pytest.mark.slow
def test_bad_pdfs_are_reported_and_nothing_of_them_stored(project: Project, tmp_path: Path) -> None:
    encrypted = make_pdf(tmp_path / "locked.pdf", [ARTICLE])
    writer = PdfWriter(clone_from=encrypted)
    writer.encrypt(user_password="secret", owner_password="owner")
    with encrypted.open("wb") as handle:
        writer.write(handle)
    truncated = tmp_path / "cut.pdf"
    truncated.write_bytes(make_pdf(tmp_path / "whole.pdf", [ARTICLE]).read_bytes()[:300])
    scan = make_pdf(tmp_path / "scan.pdf", [[]])
    good = good_file(tmp_path)

    report = import_paths(project, [encrypted, truncated, scan, good])

    lines = [problem.line() for problem in report.problems]
    assert lines[0] == f"error: {encrypted}: encrypted PDF: cannot read without its password"
    assert lines[1].startswith(f"error: {truncated}: damaged PDF: ")
    assert lines[2] == f"error: {scan}: no text in this PDF (a scan? OCR it first)"
    assert len(lines) == 3
    assert count_documents(project) == 1 and texts(project) == [GOOD]


@pytest.mark.slow
def test_a_hanging_pdf_parser_is_killed(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf, "TIME_LIMIT_S", 1)
    monkeypatch.setattr(pdf, "WORKER_ARGS", ("-c", "import time; time.sleep(30)"))
    hanging = make_pdf(tmp_path / "hang.pdf", [ARTICLE])
    good = good_file(tmp_path)

    started = time.monotonic()
    report = import_paths(project, [hanging, good])

    assert time.monotonic() - started < 5
    assert_only_good_stored(
        project, report, hanging, "PDF import took longer than its limit of 1 s (parsing); nothing imported"
    )


class StepClock:
    """A monotonic clock on which every reading costs `step` seconds, whatever the machine's speed."""

    def __init__(self, step: float) -> None:
        self.now, self.step = 0.0, step

    def monotonic(self) -> float:
        self.now += self.step
        return self.now


@pytest.mark.slow
def test_the_time_limit_covers_the_text_repair_after_the_parse(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The parse ends in time; the page-by-page repair of 300 pages runs past the one deadline."""
    monkeypatch.setattr(pdf, "TIME_LIMIT_S", 0.1)
    monkeypatch.setattr(pdf, "POLL_S", 600)  # wait for the child in one reading of the clock
    monkeypatch.setattr(pdf, "time", StepClock(0.001))
    large = make_pdf(tmp_path / "large.pdf", [ARTICLE] * 300)
    good = good_file(tmp_path)

    report = import_paths(project, [large, good])

    assert_only_good_stored(
        project,
        report,
        large,
        "PDF import took longer than its limit of 0.1 s (repairing its text); nothing imported",
    )


def test_cancelling_kills_the_pdf_parser(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf, "WORKER_ARGS", ("-c", "import time; time.sleep(30)"))
    hanging = make_pdf(tmp_path / "hang.pdf", [ARTICLE])
    calls = iter([False, False, True])

    started = time.monotonic()
    report = import_paths(project, [hanging], is_cancelled=lambda: next(calls, True))

    assert time.monotonic() - started < 5
    assert report.cancelled and not report.problems and count_documents(project) == 0


@pytest.mark.skipif(sys.platform != "linux", reason="the address-space limit is enforced on Linux")
def test_the_pdf_parser_runs_under_a_memory_limit(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf, "MEMORY_LIMIT_BYTES", 20 * 1024 * 1024)  # too little even to import pypdf
    path = make_pdf(tmp_path / "article.pdf", [ARTICLE])
    good = good_file(tmp_path)

    report = import_paths(project, [path, good])

    assert_only_good_stored(project, report, path, "PDF parser ran out of memory (limit 20 MB)")


def test_pdf_repair_keeps_real_breaks_and_joins_only_clear_ones() -> None:
    repaired = repair_pdf_text(
        [
            "Заголовок новости\n"
            "Министр принял участие в засе-\n"
            "дании совета\n"
            "министров.\n"
            "Kyrgyz-\n"
            "Russian talks: \n"
            "next steps\n"
            "\n\n\n"
            "Cafe\u0301 owners met."
        ]
    )

    assert repaired.text == (
        "Заголовок новости\n"
        "Министр принял участие в заседании совета министров.\n"
        "Kyrgyz-\n"
        "Russian talks:\n"
        "next steps\n\n"
        "Café owners met."
    )
    assert (repaired.lines_joined, repaired.hyphens_removed) == (1, 1)


# --- DOCX -----------------------------------------------------------------------------------------


def docx_xml(body: str) -> str:
    return f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'


def make_docx(path: Path, document_xml: str, core_xml: str | None = CORE) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("word/document.xml", document_xml)
        if core_xml is not None:
            archive.writestr("docProps/core.xml", core_xml)
    return path


DOCX_BODY = (
    '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>'
    '<w:r><w:t>Bakan</w:t></w:r><w:r><w:t xml:space="preserve"> Kazakbayev</w:t></w:r></w:p>'
    "<w:p><w:r><w:t>Ad</w:t><w:tab/><w:t>Görev</w:t><w:br/><w:t>ikinci satır</w:t></w:r></w:p>"
    "<w:p><w:del><w:r><w:delText>silindi</w:delText></w:r></w:del></w:p>"
    "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Ülke</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>Başkent</w:t></w:r></w:p></w:tc></w:tr>"
    "<w:tr><w:tc><w:p><w:r><w:t>Kırgızistan</w:t></w:r></w:p></w:tc>"
    "<w:tc><w:p><w:r><w:t>Bişkek</w:t></w:r></w:p></w:tc></w:tr></w:tbl>"
)


def test_docx_paragraphs_tabs_breaks_and_tables(project: Project, tmp_path: Path) -> None:
    path = make_docx(tmp_path / "haber.docx", docx_xml(DOCX_BODY))

    report = import_paths(project, [path])

    assert report.ok, report.lines()
    document = get_document(project, list_documents(project)[0].id)
    assert document.text == "Bakan Kazakbayev\nAd\tGörev\nikinci satır\n\nÜlke\tBaşkent\nKırgızistan\tBişkek"
    assert document.title == "Toplantı haberi"
    assert document.pub_date == "2024-05-19"
    assert document.meta["author"] == "Ayşe Yılmaz"


UNSAFE_XML = [
    '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
    f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&secret;</w:t></w:r></w:p></w:body></w:document>',
    '<?xml version="1.0"?><!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    f'<w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>',
]


@pytest.mark.parametrize("document_xml", UNSAFE_XML, ids=["external-entity", "entity-expansion"])
def test_docx_with_a_dtd_or_entity_is_refused(project: Project, tmp_path: Path, document_xml: str) -> None:
    bad = make_docx(tmp_path / "evil.docx", document_xml)
    good = good_file(tmp_path)

    report = import_paths(project, [bad, good])

    assert_only_good_stored(project, report, bad, "DOCX with a DTD or external entity refused (unsafe XML)")


def test_docx_with_an_unsafe_core_part_is_refused(project: Project, tmp_path: Path) -> None:
    core = '<?xml version="1.0"?><!DOCTYPE x SYSTEM "http://example.invalid/x.dtd"><x/>'
    bad = make_docx(tmp_path / "evil.docx", docx_xml(DOCX_BODY), core)
    good = good_file(tmp_path)

    report = import_paths(project, [bad, good])

    assert_only_good_stored(project, report, bad, "DOCX with a DTD or external entity refused (unsafe XML)")


def test_docx_that_is_not_a_zip_is_damaged(project: Project, tmp_path: Path) -> None:
    bad = tmp_path / "renamed.docx"
    bad.write_bytes(b"Just some text, saved with the wrong extension.")
    good = good_file(tmp_path)

    report = import_paths(project, [bad, good])

    assert_only_good_stored(
        project, report, bad, "damaged DOCX: not a readable zip file (File is not a zip file)"
    )


# --- zip archives ---------------------------------------------------------------------------------


def test_zip_members_are_imported_like_files(project: Project, tmp_path: Path) -> None:
    docx = make_docx(tmp_path / "haber.docx", docx_xml(DOCX_BODY))
    archive = tmp_path / "corpus.zip"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED) as handle:
        handle.writestr("a/first.txt", "Birinci belge ve metin.")
        handle.writestr("b/second.txt", "İkinci belge ve metin.")
        handle.write(docx, "b/haber.docx")
        handle.writestr("notes.bin", b"\x00\x01")
        handle.writestr("__MACOSX/._first.txt", b"\x00")

    report = import_paths(project, [archive])

    assert report.ok, report.lines()
    assert (report.files_total, report.files_ok, report.documents_added) == (3, 3, 3)
    assert report.skipped == [Path(f"{archive}/notes.bin")]
    documents = [get_document(project, summary.id) for summary in list_documents(project)]
    assert [document.source for document in documents] == ["first.txt", "haber.docx", "second.txt"]
    assert documents[0].text == "Birinci belge ve metin."
    assert documents[0].meta["path"] == f"{archive}/a/first.txt"
    assert documents[0].meta["archive"] == str(archive)
    assert documents[0].meta["member"] == "a/first.txt"
    assert documents[1].title == "Toplantı haberi"


def test_a_bad_member_costs_only_itself(project: Project, tmp_path: Path) -> None:
    archive = tmp_path / "corpus.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("empty.txt", "")
        handle.writestr("good.txt", GOOD)

    report = import_paths(project, [archive])

    assert_only_good_stored(project, report, Path(f"{archive}/empty.txt"), "empty file")


def test_members_with_absolute_or_parent_paths_are_refused(project: Project, tmp_path: Path) -> None:
    archive = tmp_path / "sly.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr(zipfile.ZipInfo("../escape.txt"), "Dışarı yazılmak istenen metin.")
        handle.writestr(zipfile.ZipInfo("/etc/cron.txt"), "Mutlak yol ile gelen metin.")
        handle.writestr("good.txt", GOOD)

    report = import_paths(project, [archive])

    assert sorted(problem.line() for problem in report.problems) == [
        f'error: {archive}: member ../escape.txt refused: unsafe name (path with "..")',
        f"error: {archive}: member /etc/cron.txt refused: unsafe name (absolute path)",
    ]
    assert texts(project) == [GOOD]
    assert not (tmp_path / "escape.txt").exists()


@pytest.mark.slow
def test_a_zip_bomb_is_refused_without_inflating_it(project: Project, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    chunk = bytes(1024 * 1024)
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as handle:
        handle.writestr("readme.txt", "Bu arşivde bir de bomba var.")
        with handle.open("zeros.txt", "w") as member:
            for _ in range(200):
                member.write(chunk)
    good = good_file(tmp_path)

    tracemalloc.start()
    started = time.monotonic()
    report = import_paths(project, [bomb, good])
    elapsed = time.monotonic() - started
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    assert elapsed < 3 and peak < 20 * 1024 * 1024
    [problem] = report.problems
    assert problem.path == bomb
    assert re.fullmatch(
        r"member zeros\.txt would inflate from [\d,]+ to 209,715,200 bytes \(ratio \d+:1, limit 100:1\):"
        r" refused as a zip bomb, nothing read",
        problem.message,
    ), problem.message
    assert count_documents(project) == 1 and texts(project) == [GOOD]


def test_a_docx_bomb_is_refused(project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from curator.core.importers import zip_limits

    monkeypatch.setattr(zip_limits, "RATIO_MIN_BYTES", 1024)
    bad = tmp_path / "bomb.docx"
    with zipfile.ZipFile(bad, "w", zipfile.ZIP_DEFLATED) as handle:
        handle.writestr(
            "word/document.xml", docx_xml("<w:p><w:r><w:t>" + "a" * 100_000 + "</w:t></w:r></w:p>")
        )
    good = good_file(tmp_path)

    report = import_paths(project, [bad, good])

    [problem] = report.problems
    assert problem.path == bad and "word/document.xml would inflate" in problem.message
    assert texts(project) == [GOOD]
