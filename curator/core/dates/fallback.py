"""dateparser for what the tables leave out: relative phrases and languages outside the corpus five.

dateparser reads almost anything with a digit as a date ("Saat 5" → the 5th of this month, "2 ve 4" →
2 April, "86.5" → 5 November 1986) and, left to guess the language, reads "gün" as Shona for September.
So it only sees phrases that carry a relative word, in the document's language plus English, and only a
day, month or year result counts ("geçen hafta", a week, gives None).
"""

from __future__ import annotations

from datetime import date, datetime, time
from functools import lru_cache
from typing import Any

from curator.core.dates.model import DAY, MONTH, YEAR, NormalizedDate, make_date
from curator.core.dates.vocabulary import RELATIVE_HINT

TABLE_LANGUAGES = frozenset({"tr", "ky", "kk", "ru", "en"})
# Kyrgyz and Kazakh news quote Russian; dateparser knows their relative words ("3 күн мурун", "өткөн айда")
# but not their inflected months, which the tables handle.
_DATEPARSER_LANGUAGES: dict[str, tuple[str, ...]] = {
    "tr": ("tr", "en"),
    "ru": ("ru", "en"),
    "ky": ("ky", "ru", "en"),
    "kk": ("kk", "ru", "en"),
    "en": ("en",),
}
_UNKNOWN_LANGUAGE: tuple[str, ...] = ("tr", "ru", "en")
_PRECISIONS = {"day": DAY, "month": MONTH, "year": YEAR}


@lru_cache(maxsize=32)
def _parser(languages: tuple[str, ...], reference: date) -> Any:
    from dateparser.date import DateDataParser  # imported on first use: it takes a while to load

    settings = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": datetime.combine(reference, time()),
        "DATE_ORDER": "DMY",
    }
    return DateDataParser(languages=list(languages), settings=settings)


def parse_with_dateparser(text: str, language: str | None, reference: date) -> NormalizedDate | None:
    """A relative phrase ("3 gün önce", "в прошлом месяце") or a date in a language we have no table for."""
    if not any(char.isalpha() for char in text):
        return None
    if (language is None or language in TABLE_LANGUAGES) and not RELATIVE_HINT.search(text):
        return None
    if language is None:
        languages = _UNKNOWN_LANGUAGE
    else:
        languages = _DATEPARSER_LANGUAGES.get(language, (language, "en"))
    try:
        data = _parser(languages, reference).get_date_data(text)
    except ValueError:  # a language dateparser does not know
        return None
    precision = _PRECISIONS.get(data.period)
    if data.date_obj is None or precision is None:
        return None
    day = data.date_obj.date()
    return make_date(precision, day, day, text)
