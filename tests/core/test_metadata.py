"""Metadata read from a document's own text: each seed's title, date, agency, dateline, byline and URL.

The expectations come from reading the seeds; extract_metadata only reads, so the text and its offsets
are what was imported.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import FrozenInstanceError, astuple
from pathlib import Path

import pytest

from curator.core.importers import import_paths
from curator.core.importers.metadata import DocumentMetadata, extract_metadata, looks_ascii_turkish
from curator.core.project.resources import SAMPLE_DOCS_DIR
from curator.core.queries import get_document, list_documents
from curator.core.storage import Project
from tests.helpers.engines import ENGINES, open_on

SEED_003_URL = (
    "https://www.turkkon.org/assets/pdf/haberler/turk-devletleri-teskilati-disisleri-bakanlari-konseyinin-"
    "kazakistandaki-duruma-iliskin-aciklamasi-2437-138.pdf"
)
# seed prefix: (title, pub_date, pub_date_raw, source, dateline_place, author, url, ascii_turkish, language)
EXPECTED = {
    "000": (
        "KAZAKBAYEV, KGAÖ DIŞİŞLERİ BAKANLARI KONSEYİ'NİN VİDEO KONFERANS YOLUYLA "
        "OLAĞAN TOPLANTISINA KATILDI",
        "2020-12-02", "02.12.2020", "Kabar", "Bişkek", None, None, False, "tr",
    ),
    "001": (
        "Kolektif Güvenlik Anlaşması Örgütü (KGAÖ) liderleri, 27 Kasım'da Bişkek'te yapılacak zirvede, "
        "güncel güvenlik konularındaki ortak tutumlarını yansıtan bildirge kabul edecek.",
        "2025-11-24", "2025-11-24", None, None, None, None, False, "tr",
    ),
    "002": (
        "Kirgizistan Cumhurbaskani Caparov, KGAÖ Genel Sekreteri Tasmagambetov'u kabul etti",
        None, None, "AA", "BISKEK", "Nazir Aliyev Tayfur", None, True, "tr",
    ),
    "003": (
        "Türk Devletleri Teşkilatı, Kazakistan'daki durumla ilgili Olağanüstü Dışişleri Bakanları "
        "Toplantısını gerçekleştirdi",
        "2022-01-11", "11.01.2022", None, None, None, SEED_003_URL, False, "tr",
    ),
    "004": (
        "Министр Руслан Казакбаев Душанбеде өткөн ЖККУнун кезектеги жыйынына катышты",
        "2021-05-19", "19.05.21", "Кабар", "Бишкек", None, None, False, "ky",
    ),
}  # fmt: skip


def seed_text(prefix: str) -> str:
    [path] = SAMPLE_DOCS_DIR.glob(f"{prefix}_*.txt")
    return path.read_text(encoding="utf-8")


def fields(metadata: DocumentMetadata) -> tuple[object, ...]:
    return astuple(metadata)[:9]


@pytest.mark.parametrize("prefix", sorted(EXPECTED))
def test_each_seed_yields_what_a_reader_sees_in_it(prefix: str) -> None:
    text = seed_text(prefix)

    metadata = extract_metadata(text)

    assert fields(metadata) == EXPECTED[prefix]
    assert metadata.notes  # every seed has something found, and says where


def test_notes_say_where_each_value_was_found() -> None:
    notes = extract_metadata(seed_text("000")).notes

    assert "pub_date 2020-12-02 from the date line '- 02.12.2020' (line 11)" in notes
    assert "source 'Kabar' from the credit line 'Kabar (1 Aralık 2020)' (line 13)" in notes
    assert "title: masthead lines above the headline skipped" in notes
    byline_notes = extract_metadata(seed_text("002")).notes
    assert "title: byline 'Nazir Aliyev Tayfur' glued to the headline split off" in byline_notes


def test_the_text_is_only_read_and_the_result_is_frozen() -> None:
    text = seed_text("002")
    copy = str(text)

    metadata = extract_metadata(text, language="tr")

    assert text == copy
    with pytest.raises(FrozenInstanceError):
        metadata.title = "x"  # type: ignore[misc]


def test_a_given_language_is_used_as_it_is() -> None:
    # Said to be English, ASCII Turkish is not looked for: the flag only means something for Turkish.
    metadata = extract_metadata(seed_text("002"), language="en")

    assert metadata.language == "en" and metadata.ascii_turkish is False


# --- synthetic datelines -------------------------------------------------------------------------------


def test_a_russian_tass_dateline_with_a_year() -> None:
    text = "Лавров встретился с Таскымбаевым\n\nМОСКВА, 5 апреля 2021 г. /ТАСС/. Министр иностранных дел..."

    metadata = extract_metadata(text)

    assert (metadata.dateline_place, metadata.source, metadata.pub_date) == ("МОСКВА", "ТАСС", "2021-04-05")
    assert metadata.title == "Лавров встретился с Таскымбаевым" and metadata.language == "ru"


def test_a_dateline_without_a_year_gives_no_pub_date_but_keeps_the_raw_date() -> None:
    # Guessing the year from today would misdate every older article, and pub_date anchors all the
    # year-less dates of the text.
    text = "Лавров встретился с Таскымбаевым\n\nМОСКВА, 5 апреля /ТАСС/. Министр иностранных дел России..."

    metadata = extract_metadata(text)

    assert (metadata.dateline_place, metadata.source) == ("МОСКВА", "ТАСС")
    assert (metadata.pub_date, metadata.pub_date_raw) == (None, "5 апреля")
    assert any("has no year" in note for note in metadata.notes)


def test_a_year_less_date_does_not_hide_a_full_one_below() -> None:
    text = "Жыйын өттү\n\n- 12 мая\n\nБүгүн, 19 мая 2021 года министрлер жолугушту."

    metadata = extract_metadata(text)

    assert (metadata.pub_date, metadata.pub_date_raw) == ("2021-05-19", "19 мая 2021")


def test_an_english_reuters_dateline() -> None:
    text = "Kazakh leader meets CSTO chief\n\nASTANA (Reuters) - President Tokayev met them on 12 March 2024"

    metadata = extract_metadata(text)

    assert (metadata.dateline_place, metadata.source) == ("ASTANA", "Reuters")
    assert metadata.pub_date == "2024-03-12"  # the first full date of the lead, as nothing better says it
    assert metadata.language == "en" and metadata.author is None


def test_the_first_url_is_taken_without_trailing_punctuation() -> None:
    text = "Başlık burada\n\nAyrıntılar (https://example.org/haber/1.pdf). Diğer: http://example.org/2"

    assert extract_metadata(text).url == "https://example.org/haber/1.pdf"


# --- what must not be found --------------------------------------------------------------------------


def test_no_date_means_none_not_a_random_number() -> None:
    text = (
        "Toplantıya 150 kişi katıldı\n\nCOVID-19 salgınında 8 zırhlı araç ve 2.5 milyon doz aşı gönderildi."
    )

    metadata = extract_metadata(text)

    assert (metadata.pub_date, metadata.pub_date_raw, metadata.source, metadata.dateline_place) == (
        None, None, None, None
    )  # fmt: skip
    assert metadata.url is None and metadata.author is None


def test_a_year_less_date_in_the_lead_is_no_pub_date() -> None:
    text = "Жыйын өттү\n\nБүгүн, 19-майда Душанбеде министрлер жолугушту."

    assert extract_metadata(text).pub_date is None


@pytest.mark.parametrize(
    "title",
    [
        "Meeting of McDonald Officials",  # a capital inside a name, not a glued byline
        "President meets CSTO chief in Astana",
        "Putin ile görüştüKremlin",  # one capitalised word is no person's name
    ],
)
def test_titles_without_a_glued_byline_stay_whole(title: str) -> None:
    metadata = extract_metadata(f"{title}\n\nBody text of the article follows here.")

    assert (metadata.title, metadata.author) == (title, None)


def test_a_glued_byline_is_split_when_the_headline_is_sentence_like() -> None:
    metadata = extract_metadata("Caparov Putin ile Moskova'da görüştüAyşe Nur Demir\n\nMetin.")

    assert (metadata.title, metadata.author) == ("Caparov Putin ile Moskova'da görüştü", "Ayşe Nur Demir")


def test_a_parenthesis_in_an_ordinary_sentence_is_no_dateline() -> None:
    text = "Zirve yapıldı\n\nKolektif Güvenlik Anlaşması Örgütü (KGAÖ) liderleri - bildirge kabul etti."

    metadata = extract_metadata(text)

    assert (metadata.source, metadata.dateline_place) == (None, None)


def test_ascii_turkish_needs_a_majority_of_ascii_forms() -> None:
    assert looks_ascii_turkish("Kirgizistan Cumhurbaskani Caparov, Disisleri Bakani ile görüstü.")
    assert not looks_ascii_turkish("Kırgızistan Cumhurbaşkanı Caparov, 1 Aralik 2020 tarihinde Dışişleri")
    assert not looks_ascii_turkish("Kirgizistan")  # one word is not enough to say
    assert (
        extract_metadata("Kirgizistan Cumhurbaskani Caparov ile Disisleri", language="ky").ascii_turkish
        is False
    )


def test_an_empty_text_yields_nothing() -> None:
    metadata = extract_metadata("")

    assert fields(metadata) == ("", None, None, None, None, None, None, False, "und")


# --- at import -----------------------------------------------------------------------------------------


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    with open_on(request, tmp_path, "tester") as opened:
        yield opened


def test_importing_the_seeds_fills_pub_date_source_and_meta(project: Project) -> None:
    import_paths(project, [SAMPLE_DOCS_DIR])

    documents = list_documents(project)
    names = sorted(path.name for path in SAMPLE_DOCS_DIR.glob("*.txt"))
    assert [(d.title, d.pub_date) for d in documents] == [(e[0], e[1]) for e in EXPECTED.values()]
    # No agency in the text: the file name stays the source, as before.
    assert [d.source for d in documents] == ["Kabar", names[1], "AA", names[3], "Кабар"]
    metas = [get_document(project, d.id).meta for d in documents]
    assert metas[0]["dateline_place"] == "Bişkek" and metas[0]["ascii_turkish"] is False
    assert "author" not in metas[0] and "url" not in metas[0]
    assert (metas[2]["author"], metas[2]["dateline_place"], metas[2]["ascii_turkish"]) == (
        "Nazir Aliyev Tayfur", "BISKEK", True
    )  # fmt: skip
    assert metas[3]["url"] == SEED_003_URL
    assert "ascii_turkish" not in metas[4]  # Kyrgyz: the question does not arise
    assert metas[4]["dateline_place"] == "Бишкек"
    assert all(meta["metadata_notes"] for meta in metas)
    for summary, path in zip(documents, sorted(SAMPLE_DOCS_DIR.glob("*.txt")), strict=True):
        assert get_document(project, summary.id).text == path.read_text(encoding="utf-8")
