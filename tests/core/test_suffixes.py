"""The suffix tables shared by the gazetteer, the trigger lexicon and the trained models' tokenizer."""

from __future__ import annotations

import pytest

from curator.core.suggest.suffixes import CASE_SUFFIXES, MIN_STEM, stem_candidates


def stems(word: str, language: str) -> list[str]:
    return [word[:length] for length in stem_candidates(word, language)]


@pytest.mark.parametrize(
    ("word", "language", "stem"),
    [
        ("Bişkek'te", "tr", "Bişkek"),
        ("KGAÖ'nün", "tr", "KGAÖ"),
        ("Çavuşoğlu’nun", "tr", "Çavuşoğlu"),
        ("Kazakistan’daki", "tr", "Kazakistan"),
        ("İSTANBUL'DA", "tr", "İSTANBUL"),
        ("Kirgizistan'in", "tr-TR", "Kirgizistan"),
        ("toplantısına", "tr", "toplantı"),
        ("TOPLANTISINA", "tr", "TOPLANTI"),
        ("toplantisina", "tr", "toplanti"),
        ("zirvede", "tr", "zirve"),
        ("ülkemizde", "tr", "ülke"),
        ("ЖККУнун", "ky", "ЖККУ"),
        ("ЖККУга", "ky", "ЖККУ"),
        ("Душанбеде", "ky", "Душанбе"),
        ("Бишкектеги", "ky", "Бишкек"),
        ("Тажикстанда", "ky", "Тажикстан"),
        ("кеңешинин", "ky", "кеңеш"),
        ("Астанадағы", "kk", "Астана"),
        ("Қазақстанның", "kk", "Қазақстан"),
        ("Казахстане", "ru", "Казахстан"),
        ("Путиным", "ru", "Путин"),
        ("Kyrgyzstan's", "en", "Kyrgyzstan"),
        ("States'", "en", "States"),
    ],
)
def test_the_stem_is_among_the_candidates(word: str, language: str, stem: str) -> None:
    assert stem in stems(word, language)


def test_candidates_are_longest_first_and_never_the_whole_word() -> None:
    lengths = stem_candidates("кеңешинин", "ky")
    assert lengths == sorted(lengths, reverse=True)
    assert len("кеңешинин") not in lengths
    assert all(length >= MIN_STEM for length in lengths)


def test_an_apostrophe_decides_alone() -> None:
    # After an apostrophe the whole rest is the suffix, whatever the language table says.
    assert stems("Tasmagambetov'u", "tr") == ["Tasmagambetov"]
    assert stems("BM'nin", "tr") == ["BM"]
    assert stems("O'Brien", "en") == []
    assert stems("d'Estaing", "tr") == []
    assert stem_candidates("COVID-19'da", "tr") == [len("COVID-19")]
    assert stem_candidates("rock'n'roll!", "en") == []


def test_words_without_a_known_ending_or_language_have_no_stems() -> None:
    assert stem_candidates("Bişkek", "tr") == []
    assert stem_candidates("de", "tr") == []
    assert stem_candidates("Душанбеде", "und") == []
    assert stem_candidates("Bişkek'te", "und") == [6]


def test_tables_are_lower_case_longest_first_and_cover_ascii_turkish() -> None:
    for endings in CASE_SUFFIXES.values():
        assert list(endings) == sorted(endings, key=lambda ending: (-len(ending), ending))
        assert all(ending == ending.lower() and ending for ending in endings)
    assert {"nın", "nin", "nun", "nün", "te", "ta", "ye", "daki"} <= set(CASE_SUFFIXES["tr"])
    assert {"nin", "nun", "ndaki", "sina"} <= set(CASE_SUFFIXES["tr"])
    assert {"нун", "га", "де", "теги", "нан"} <= set(CASE_SUFFIXES["ky"])
    assert {"ның", "ға", "дағы"} <= set(CASE_SUFFIXES["kk"])
