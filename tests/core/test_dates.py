"""Dates in news text: every form the seed documents use, where find_dates puts them, and what is no date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from curator.core.dates import find_dates, normalize_date

SEEDS = Path(__file__).resolve().parents[2] / "sample_docs"
# Publication dates of the seeds (002 names no date; any reference does).
PUBLISHED = {
    "000": date(2020, 12, 2),
    "001": date(2025, 11, 24),
    "002": date(2023, 2, 1),
    "003": date(2022, 1, 11),
    "004": date(2021, 5, 19),
}
NOV_24 = date(2025, 11, 24)
MAY_19 = date(2021, 5, 19)

FORMS = [
    # text, document language, reference, iso, precision
    ("02.12.2020", "tr", NOV_24, "2020-12-02", "day"),
    ("1 Aralık 2020", "tr", NOV_24, "2020-12-01", "day"),
    ("1 Aralik 2020", "tr", NOV_24, "2020-12-01", "day"),
    ("1 ARALIK 2020", "tr", NOV_24, "2020-12-01", "day"),
    ("11 Ocak 2022 tarihinde", "tr", NOV_24, "2022-01-11", "day"),
    ("27 Kasım'da", "tr", NOV_24, "2025-11-27", "day"),
    ("27 Kasım’da", "tr", NOV_24, "2025-11-27", "day"),
    ("27 Kasimda", "tr", NOV_24, "2025-11-27", "day"),
    ("26-27 Kasım'da", "tr", NOV_24, "2025-11-26/2025-11-27", "day"),
    ("19.05.21", "ky", MAY_19, "2021-05-19", "day"),
    ("19-майда", "ky", MAY_19, "2021-05-19", "day"),
    ("2021-жылдын 28-30-апрелинде", "ky", MAY_19, "2021-04-28/2021-04-30", "day"),
    ("2010-жылдын 8-апрелиндеги", "ky", MAY_19, "2010-04-08", "day"),
    ("2022-жылы", "ky", MAY_19, "2022", "year"),
    ("HABER TARİHİ: 11.01.2022", "tr", NOV_24, "2022-01-11", "day"),
    ("date 2025-11-24", "tr", NOV_24, "2025-11-24", "day"),
    ("2026-2029 dönemi", "tr", NOV_24, "2026/2029", "year"),
    ("2026-2029", "tr", NOV_24, "2026/2029", "year"),
    ("Kasım 2020", "tr", NOV_24, "2020-11", "month"),
    ("Mayıs 2021'de", "tr", NOV_24, "2021-05", "month"),
    ("Kasım'da", "tr", NOV_24, "2025-11", "month"),
    ("2020", None, NOV_24, "2020", "year"),
    ("2020 yılında", "tr", NOV_24, "2020", "year"),
    ("19 мая 2021 года", "ru", NOV_24, "2021-05-19", "day"),
    ("28-30 апреля", "ru", MAY_19, "2021-04-28/2021-04-30", "day"),
    ("в мае 2021 года", "ru", NOV_24, "2021-05", "month"),
    ("19 мамыр 2021", "kk", NOV_24, "2021-05-19", "day"),
    ("2021 жылғы 19 мамырда", "kk", NOV_24, "2021-05-19", "day"),
    ("December 1, 2020", "en", NOV_24, "2020-12-01", "day"),
    ("dün", "tr", NOV_24, "2025-11-23", "day"),
    ("вчера", "ru", NOV_24, "2025-11-23", "day"),
    ("yesterday", "en", NOV_24, "2025-11-23", "day"),
    ("Бүгүн", "ky", MAY_19, "2021-05-19", "day"),
    ("3 gün önce", "tr", NOV_24, "2025-11-21", "day"),
    ("geçen ay", "tr", NOV_24, "2025-10", "month"),
    ("в прошлом месяце", "ru", NOV_24, "2025-10", "month"),
    ("3 күн мурун", "ky", NOV_24, "2025-11-21", "day"),
    ("last year", "en", NOV_24, "2024", "year"),
    ("2021-04", None, NOV_24, "2021-04", "month"),
    ("2021-04-28/2021-04-30", None, NOV_24, "2021-04-28/2021-04-30", "day"),
]


@pytest.mark.parametrize(("text", "language", "reference", "iso", "precision"), FORMS)
def test_normalize_date_reads_every_form(
    text: str, language: str | None, reference: date, iso: str, precision: str
):
    normalized = normalize_date(text, language=language, reference=reference)
    assert normalized is not None, text
    assert (normalized.iso, normalized.precision) == (iso, precision)
    assert normalized.raw == text


@pytest.mark.parametrize(("text", "language", "reference", "iso", "precision"), FORMS)
def test_the_iso_form_reads_back_as_itself(
    text: str, language: str | None, reference: date, iso: str, precision: str
):
    assert normalize_date(iso, reference=reference).iso == iso


def test_a_range_covers_its_first_and_last_day():
    normalized = normalize_date("2021-жылдын 28-30-апрелинде")
    assert (normalized.start, normalized.end, normalized.is_range) == (
        date(2021, 4, 28),
        date(2021, 4, 30),
        True,
    )
    month = normalize_date("Şubat 2024")
    assert (month.start, month.end, month.is_range) == (date(2024, 2, 1), date(2024, 2, 29), False)
    years = normalize_date("2026-2029 dönemi")
    assert (years.start, years.end, years.is_range) == (date(2026, 1, 1), date(2029, 12, 31), True)


@pytest.mark.parametrize(
    ("text", "reference", "iso"),
    [
        ("27 Kasım'da yapılacak", date(2025, 11, 24), "2025-11-27"),  # an announced meeting, days ahead
        ("27 Kasım", date(2025, 9, 1), "2024-11-27"),  # nearly three months ahead: last year's
        ("2 Ocak'ta", date(2025, 12, 30), "2026-01-02"),  # the coming January, not the past one
        ("15 Mart", date(2025, 11, 24), "2025-03-15"),
        ("29 Şubat", date(2025, 11, 24), "2024-02-29"),  # the latest year that has the day
        ("Aralık ayında", date(2025, 11, 24), "2025-12"),
    ],
)
def test_a_year_less_date_prefers_the_past_but_allows_the_next_two_months(
    text: str, reference: date, iso: str
):
    assert normalize_date(text, reference=reference).iso == iso


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "86.5",
        "0.85",
        "COVID-19",
        "Kabar",
        "Bişkek",
        "Saat 5",
        "2 ve 4",
        "31.02.2021",
        "geçen hafta",
    ],
)
def test_normalize_date_refuses_what_is_no_date(text: str):
    assert normalize_date(text, language="tr", reference=NOV_24) is None


# For each seed: (a unique stretch of text around the date, the span find_dates must give, iso, precision),
# in text order, and nothing else.
SEED_DATES = {
    "000": [
        ("- 02.12.2020", "02.12.2020", "2020-12-02", "day"),
        ("(1 Aralık 2020)", "1 Aralık 2020", "2020-12-01", "day"),
        ("1 Aralik 2020 \nTarihte", "1 Aralik 2020", "2020-12-01", "day"),
        ("2 Aralık için", "2 Aralık", "2020-12-02", "day"),
        ("Mayıs 2021'de", "Mayıs 2021", "2021-05", "month"),
    ],
    "001": [
        ("date 2025-11-24", "2025-11-24", "2025-11-24", "day"),
        ("liderleri, 27 Kasım'da Bişkek", "27 Kasım", "2025-11-27", "day"),
        ("liderleri, 27 Kasım'da Kırgızistan", "27 Kasım", "2025-11-27", "day"),
        ("2026-2029 dönemi", "2026-2029", "2026/2029", "year"),
        ("2026 dönem başkanlığını", "2026", "2026", "year"),
        ("26-27 Kasım'da", "26-27 Kasım", "2025-11-26/2025-11-27", "day"),
    ],
    "002": [],  # "Kardeslik-2023" is an exercise's name and "bu yil" no date span
    "003": [
        ("11 Ocak 2022 tarihinde", "11 Ocak 2022", "2022-01-11", "day"),
        ("6 Ocak 2022 tarihli", "6 Ocak 2022", "2022-01-06", "day"),
        ("için bugün görevimizin", "bugün", "2022-01-11", "day"),
        ("7 Ocak 2022 tarihli", "7 Ocak 2022", "2022-01-07", "day"),
        ("Bugün Kazakistan", "Bugün", "2022-01-11", "day"),
        ("HABER TARİHİ: 11.01.2022", "11.01.2022", "2022-01-11", "day"),
    ],
    "004": [
        ("Бишкек, 19.05.21.", "19.05.21", "2021-05-19", "day"),
        ("Бүгүн, 19-майда", "Бүгүн", "2021-05-19", "day"),
        ("Бүгүн, 19-майда", "19-май", "2021-05-19", "day"),
        ("2021-жылдын 28-30-апрелинде", "2021-жылдын 28-30-апрели", "2021-04-28/2021-04-30", "day"),
        ("2010-жылдын 8-апрелиндеги", "2010-жылдын 8-апрели", "2010-04-08", "day"),
        ("2021-жылдын экинчи", "2021", "2021", "year"),
        ("2022-жылдын биринчи", "2022", "2022", "year"),
        ("2022-жылы Жамааттык", "2022", "2022", "year"),
        ("2021-жылдын 4-кварталында", "2021", "2021", "year"),
    ],
}


@pytest.mark.parametrize("seed", sorted(SEED_DATES))
def test_find_dates_in_each_seed(seed: str):
    (path,) = SEEDS.glob(f"{seed}_*.txt")
    text = path.read_text(encoding="utf-8")
    expected = []
    for context, span, iso, precision in SEED_DATES[seed]:
        assert text.count(context) == 1, context
        start = text.index(context) + context.index(span)
        expected.append((start, start + len(span), iso, precision))
    found = find_dates(text, language="tr" if seed < "004" else "ky", reference=PUBLISHED[seed])
    assert [(start, end, found.iso, found.precision) for start, end, found in found] == expected
    assert all(normalized.raw == text[start:end] for start, end, normalized in found)


def test_find_dates_offsets_are_code_points():
    assert find_dates(" date 2025-11-24 liderleri")[0][:2] == (6, 16)
    # An astral character counts once in Python (twice in Qt's UTF-16); the span must not shift.
    (start, end, _), *_ = find_dates("😀 27 Kasım'da", reference=NOV_24)
    assert (start, end) == (2, 10)


@pytest.mark.parametrize(
    "text",
    [
        "• 86.5\n  • 90.34\n  • 0.85",
        "COVID-19 salgınının yayılmasına karşı",
        "Liderler ayrıca 2026-2029 için",  # a year range needs a word that makes it years
        "Tel: +996 312 62-05-21",
        "+90 (312) 212 05 21",
        'Yikilmaz Kardeslik-2023" tatbikatina',
        "Türk Dünyası 2040 Vizyonu",
        "2000'den fazla kişi",
        "75. yıldönümü",
        "Нюрнбергдеги трибуналынын 75 жылдыгына",
        "Саясат 0",
        "Anlaşması'nın 2. ve 4. Maddelerine",
        "8 документке кол коюлду",
        "as many as 5 may have died",
        "31.02.2021",
        "5 martı uçtu",  # seagulls, not March
    ],
)
def test_find_dates_ignores_numbers_that_are_no_dates(text: str):
    assert find_dates(text, reference=NOV_24) == []


def test_a_date_does_not_reach_across_a_blank_line():
    (span,) = find_dates("1 Aralık\n\n2020 sonrası", reference=NOV_24)
    assert span[2].raw == "1 Aralık"
    (span,) = find_dates("1 Aralık\n2020 sonrası", reference=NOV_24)  # a PDF line break inside a date
    assert span[2].iso == "2020-12-01"
