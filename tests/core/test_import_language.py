"""The language guess that imported documents get when their file does not say."""

from __future__ import annotations

import pytest

from curator.core.project.resources import SAMPLE_DOCS_DIR
from curator.core.text.language import guess_language


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
        ("Bonjour", "und"),
    ],
)
def test_languages_of_the_corpus(text: str, language: str) -> None:
    assert guess_language(text) == language


def test_only_the_start_of_a_huge_text_is_read() -> None:
    text = "Бүгүн Бишкекте жыйын өттү. " * 1000 + "the of and " * 100_000
    assert guess_language(text) == "ky"
