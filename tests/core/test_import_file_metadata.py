"""Web pages, PDFs and Word files get the same metadata a text file gets, merged with their own.

Each file is written here (Turkish, ASCII-typed Turkish, Kyrgyz, Russian), imported through
import_paths like the CLI and the window do, and read back from the project. The PDFs are drawn by
Qt's PDF writer with an embedded font (see tests/helpers/office_files.py), hence the `qapp` fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from curator.core.importers import import_paths
from curator.core.project.resources import SAMPLE_DOCS_DIR
from curator.core.project.setup import open_project
from curator.core.queries import get_document, list_documents
from curator.core.storage import Project
from tests.helpers.engines import ENGINES, open_on
from tests.helpers.office_files import write_docx, write_pdf


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    with open_on(request, tmp_path, "tester") as opened:
        yield opened


def imported(project: Project, path: Path):
    report = import_paths(project, [path])
    assert report.problems == [] and report.documents_added == 1, report.lines()
    return get_document(project, list_documents(project)[-1].id)


ASCII_TURKISH_PAGE = """<!DOCTYPE html>
<html lang="tr"><head><meta charset="utf-8">
<title>Caparov, KGAO Genel Sekreteri ile gorustu</title>
<meta property="og:site_name" content="Bishkek Haber">
</head><body>
<nav><a href="/">Ana sayfa</a> | <a href="/dunya">Dunya</a></nav>
<article>
<h1>Caparov, KGAO Genel Sekreteri ile gorustu</h1>
<p>BISKEK (AA) - Kirgizistan Cumhurbaskani Sadir Caparov, Kolektif Guvenlik Antlasmasi Orgutu Genel
Sekreteri Imangali Tasmagambetov'u kabul etti. Kirgizistan Cumhurbaskanligindan yapilan aciklamaya gore,
iki taraf bolgesel guvenlik ve isbirligi konularini ele aldi.</p>
<p>Disisleri Bakani Ruslan Kazakbayev de gorusmede hazir bulundu. Taraflar, orgutun Bishkek'teki
zirvesinin hazirliklarini da degerlendirdi.</p>
<p>HABER TARİHİ: 11.01.2022</p>
</article>
<footer>© Bishkek Haber</footer>
</body></html>
"""


def test_a_page_keeps_its_site_name_and_gains_the_text_s_dateline_date_and_flags(
    project: Project, tmp_path: Path
) -> None:
    page = tmp_path / "caparov.html"
    page.write_text(ASCII_TURKISH_PAGE, encoding="utf-8")

    document = imported(project, page)

    assert document.title == "Caparov, KGAO Genel Sekreteri ile gorustu"
    assert document.language == "tr"
    assert document.pub_date == "2022-01-11"
    assert document.source == "Bishkek Haber"  # the publication, as the page names itself
    assert document.meta["agency"] == "AA"  # the agency the dateline credits
    assert document.meta["dateline_place"] == "BISKEK"
    assert document.meta["ascii_turkish"] is True
    notes = document.meta["metadata_notes"]
    assert "source 'Bishkek Haber' from the page's metadata (the text suggests 'AA')" in notes
    assert any("BISKEK (AA)" in note for note in notes)
    assert "Turkish typed without diacritics (ı, ş, ğ)" in notes


KYRGYZ_SEED = next(SAMPLE_DOCS_DIR.glob("004_*.txt"))


def test_a_kyrgyz_docx_takes_its_date_from_the_dateline_not_from_when_the_file_was_made(
    project: Project, tmp_path: Path
) -> None:
    paragraphs = KYRGYZ_SEED.read_text(encoding="utf-8").splitlines()
    path = write_docx(
        tmp_path / "kabar.docx",
        paragraphs,
        {"title": "Document1", "author": "Айгүл Токтосунова", "created": "2024-06-01T09:30:00Z"},
    )

    document = imported(project, path)

    assert document.title == "Министр Руслан Казакбаев Душанбеде өткөн ЖККУнун кезектеги жыйынына катышты"
    assert document.language == "ky"
    assert document.pub_date == "2021-05-19"
    assert document.source == "Кабар"
    assert document.meta["dateline_place"] == "Бишкек"
    assert document.meta["author"] == "Айгүл Токтосунова"
    assert "ascii_turkish" not in document.meta
    notes = document.meta["metadata_notes"]
    assert "title 'Document1' in the DOCX core properties is a file name, not a headline: ignored" in notes
    assert "pub_date '2021-05-19' from the text, not '2024-06-01' from the DOCX core properties" in notes
    assert "author 'Айгүл Токтосунова' from the DOCX core properties" in notes


def test_a_russian_pdf_keeps_its_title_and_reads_the_tass_dateline(
    qapp,
    project: Project,
    tmp_path: Path,
) -> None:
    lines = [
        "Секретари советов безопасности",
        "стран ОДКБ встретились в Душанбе",
        "",
        "ДУШАНБЕ, 19 мая 2021 /ТАСС/. Секретари советов безопасности стран ОДКБ",
        "обсудили ситуацию в Афганистане.",
    ]
    path = write_pdf(
        tmp_path / "tass.pdf",
        lines,
        title="Секретари советов безопасности стран ОДКБ встретились в Душанбе",
        author="Иван Петров",
    )

    document = imported(project, path)

    assert document.title == "Секретари советов безопасности стран ОДКБ встретились в Душанбе"
    assert document.language == "ru"
    assert document.pub_date == "2021-05-19"  # the file was made today; the dateline says when it appeared
    assert document.source == "ТАСС"
    assert document.meta["dateline_place"] == "ДУШАНБЕ"
    assert document.meta["author"] == "Иван Петров"
    assert "стран ОДКБ обсудили ситуацию в Афганистане." in document.text  # the line break repaired


def test_a_pdf_whose_text_states_no_date_falls_back_to_its_creation_date_and_says_so(
    qapp,
    project: Project,
    tmp_path: Path,
) -> None:
    path = write_pdf(
        tmp_path / "plain.pdf",
        ["Kırgızistan ile Türkiye arasında yeni işbirliği anlaşması", "Taraflar ticaret hacmini artıracak."],
    )

    document = imported(project, path)

    assert document.pub_date is not None
    assert (
        "pub_date is the file's creation date: the text states no date with a year"
        in (document.meta["metadata_notes"])
    )
    assert document.meta["ascii_turkish"] is False


SEED_FIELDS = ("author", "dateline_place", "ascii_turkish", "url", "agency")


@pytest.mark.parametrize("seed", sorted(SAMPLE_DOCS_DIR.glob("*.txt")), ids=lambda path: path.name[:3])
def test_every_seed_reads_the_same_as_docx_and_pdf_as_as_text(
    qapp,
    tmp_path: Path,
    seed: Path,
) -> None:
    lines = seed.read_text(encoding="utf-8").splitlines()
    files = [seed, write_docx(tmp_path / "seed.docx", lines), write_pdf(tmp_path / "seed.pdf", lines)]
    found = []
    for number, path in enumerate(files):
        with open_project(tmp_path / f"p{number}.curator", annotator="tester") as project:
            document = imported(project, path)
        source = None if document.source == path.name else document.source
        values = (document.title, document.language, source, *(document.meta.get(k) for k in SEED_FIELDS))
        found.append((values, document.pub_date, document.meta["metadata_notes"]))

    (text_values, text_date, _), (docx_values, docx_date, _), (pdf_values, pdf_date, pdf_notes) = found
    assert (docx_values, docx_date) == (text_values, text_date)
    assert pdf_values == text_values
    if text_date is not None:
        assert pdf_date == text_date
    else:  # seed 002 states no date with a year: the PDF's creation date stands in, and a note says so
        assert pdf_date is not None
        assert "pub_date is the file's creation date: the text states no date with a year" in pdf_notes
