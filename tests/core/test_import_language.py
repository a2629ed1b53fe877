"""The language guess that imported documents get when their file does not say."""

from __future__ import annotations

from pathlib import Path

import pytest

from curator.cli.main import main
from curator.core.project.resources import SAMPLE_DOCS_DIR
from curator.core.project.setup import open_project
from curator.core.queries import get_document, list_documents
from curator.core.text.language import guess_language, language_prior


@pytest.mark.parametrize(
    ("name", "language"),
    [
        ("000_bfd165e16517a54d.txt", "tr"),
        ("001_7770614e4c04c7f7.txt", "tr"),
        ("002_7fc4813bd16614c4.txt", "tr"),
        ("003_f2ef593a435e9b5c.txt", "tr"),
        ("004_00bb97de39203a2b.txt", "ky"),
    ],
)
def test_every_seed_document(name: str, language: str) -> None:
    assert guess_language((SAMPLE_DOCS_DIR / name).read_text(encoding="utf-8")) == language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kirgizistan Cumhurbaskani Caparov, KGAO Genel Sekreteri ile gorustu ve aciklama yapti.", "tr"),
        ("İLE VE BİR İÇİN", "tr"),
        ("Kırgızistan'ın başkenti Bişkek'te zirve yapıldı.", "tr"),
        ("The minister met the Secretary General of the CSTO in Bishkek on Monday.", "en"),
        ("Erdoğan and Tokayev met in Ankara; the talks were held at the presidential palace.", "en"),
        (
            "Министр иностранных дел принял участие в заседании Совета министров иностранных дел ОДКБ, "
            "которое прошло в Душанбе. Депутаты Жогорку Кеңеша обсудили итоги.",
            "ru",
        ),
        ("Бүгүн Бишкекте Кыргыз Республикасынын тышкы иштер министри жолугушууга катышты.", "ky"),
        ("Қазақстан Республикасының Сыртқы істер министрі ҰҚШҰ сессиясына қатысты.", "kk"),
        ("", "und"),
        ("12.05.2021 • 86.5 • 90.34", "und"),
        ("Бишкекте эл аралык инвестициялык форум ачылды.", "ky"),  # no letter Russian lacks
        ("Kirgizistan ve Tacikistan sinir sorununu gorustu", "tr"),
        ("Pek çok dava izledim", "tr"),
    ],
)
def test_languages_of_the_corpus(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_only_the_start_of_a_huge_text_is_read() -> None:
    text = "Бүгүн Бишкекте жыйын өттү. " * 1000 + "the of and " * 100_000
    assert guess_language(text) == "ky"


@pytest.mark.parametrize(
    "text",
    ["Мир", "Бишкек Ош", "Dışişleri", "Bişkek'te", "Сайлау", "Ankara Bişkek Astana Moskova Washington"],
)
def test_cyrillic_or_turkish_letters_never_fall_back_to_english(text: str) -> None:
    assert guess_language(text) != "en"
    assert guess_language(text, prior="en") != "en"


def test_an_ambiguous_line_follows_the_prior_and_a_sure_one_does_not() -> None:
    with language_prior({"tr": 120, "en": 3}):
        assert guess_language("Siber randevu hapisle bitti") == "tr"
        assert guess_language("The minister met the Secretary General of the CSTO on Monday.") == "en"
    assert guess_language("Siber randevu hapisle bitti") == "en"  # no prior outside the block


def test_a_file_of_short_sentences_settles_on_its_own_majority() -> None:
    sure = "Kırgızistan Cumhurbaşkanı Caparov, KGAÖ Genel Sekreteri ile Bişkek'te görüştü."
    with language_prior() as tally:
        guesses = [guess_language(sure) for _ in range(3)] + [guess_language("Siber randevu hapisle bitti")]
    assert guesses == ["tr", "tr", "tr", "tr"]
    assert tally.counts["tr"] == 3  # the ambiguous line taught nothing


def test_an_import_into_a_turkish_project_reads_one_liners_as_turkish(tmp_path: Path) -> None:
    project_path = tmp_path / "lang.curator"
    first = tmp_path / "first.txt"
    first.write_text(
        "Kırgızistan Cumhurbaşkanı Caparov, KGAÖ Genel Sekreteri ile Bişkek'te görüştü.", encoding="utf-8"
    )
    assert main(["--project", str(project_path), "import", str(first)]) == 0
    lines = tmp_path / "lines.jsonl"
    lines.write_text(
        '{"text": "Siber randevu hapisle bitti"}\n{"text": "Meteorolog reis"}\n', encoding="utf-8"
    )
    assert main(["--project", str(project_path), "import", str(lines)]) == 0
    with open_project(project_path, annotator="tester") as project:
        languages = sorted(get_document(project, d.id).language for d in list_documents(project))
    assert languages == ["tr", "tr", "tr"]
