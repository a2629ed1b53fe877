"""Where dates sit in a text: one regular expression per date form, and how a match becomes a date.

Each pattern names the parts that belong to the date (y, y2, m, month, d, d2, rel) and the span runs from
the first to the last of them. So a case suffix ("Kasım'da", "майда"), a trailing "tarihinde", "года" or
"жылы", or the "in" of "in 2020" can confirm a date without becoming part of its span, while an inner
"2021-жылдын" stays inside it. All tables are always on: a Kyrgyz article quotes Russian dates.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from curator.core.dates.model import DAY, MONTH, YEAR, NormalizedDate, full_year, in_likely_year, make_date
from curator.core.dates.vocabulary import (
    ENGLISH_MONTH,
    MONTH_PATTERNS,
    RELATIVE_ADJECTIVE,
    RELATIVE_WORD,
    TURKIC_CASE,
    TURKISH_CASE,
    TURKISH_YEAR_SUFFIX,
    YEAR_WORD,
    month_number,
    relative_days,
)
from curator.core.text.spans import APOSTROPHES

GAP = r"[^\S\n]*\n?[^\S\n]*"  # spaces with at most one line break: PDF text breaks lines mid-date
SPACES = r"[^\S\n]*"
DASH = "[-–—]"
DAY_NUMBER = "(?:0?[1-9]|[12][0-9]|3[01])"
MONTH_NUMBER = "(?:0?[1-9]|1[0-2])"
YEAR_NUMBER = "(?:1[89][0-9]{2}|20[0-9]{2})(?![0-9])"
# A number that does not continue a word or another number ("COVID-19", "86.5", "10:30").
START = r"(?<![\w.,:/-])"
WORD_END = r"(?![^\W\d_])"
APOSTROPHE = f"[{re.escape(APOSTROPHES)}]"
MONTH_WORD = "(?P<month>" + "|".join(MONTH_PATTERNS.values()) + ")"
CASE = f"(?:{TURKIC_CASE}|{TURKISH_CASE}){WORD_END}"
DAYS = f"(?P<d>{DAY_NUMBER})(?:st|nd|rd|th)?(?:{SPACES}{DASH}{SPACES}(?P<d2>{DAY_NUMBER})(?:st|nd|rd|th)?)?"
DAY_MONTH_GAP = f"{GAP}(?:[-.]{SPACES})?"  # "1 Aralık", "19-май", "28-30-апрелинде"

_FORMS = (
    # 1 Aralık 2020, 27 Kasım'da, 26-27 Kasım, 19-майда, 28-30 апреля, 19 мая 2021 года, 19 мамыр 2021
    f"{START}{DAYS}{DAY_MONTH_GAP}{MONTH_WORD}(?:{CASE}|{WORD_END}(?:{GAP}(?:,{SPACES})?(?P<y>{YEAR_NUMBER}))?)",
    # 2021-жылдын 28-30-апрелинде, 2021 жылғы 19 мамырда, 2021-жылдын май айында, 2021 yılı Mayıs ayında
    rf"{START}(?P<y>{YEAR_NUMBER}){GAP}-?{SPACES}(?:жыл|y[ıi]l)[^\W\d_]*{GAP}(?:{DAYS}{DAY_MONTH_GAP})?"
    f"{MONTH_WORD}(?:{CASE})?{WORD_END}",
    # Kasım 2020, Mayıs 2021'de, мае 2021 года, December 2020
    rf"(?<!\w){MONTH_WORD}{WORD_END}{GAP}(?:,{SPACES})?(?P<y>{YEAR_NUMBER})",
    # December 1, 2020; Dec. 1-3
    rf"(?<!\w)(?P<month>{ENGLISH_MONTH})\.?{GAP}{DAYS}(?!\w)(?:,?{SPACES}(?P<y>{YEAR_NUMBER}))?",
    # Kasım ayında, май айында: a month named as a month, in the likely year
    rf"(?<!\w){MONTH_WORD}{WORD_END}{GAP}(?:ay[ıi]|айы)",
    # 2025-11-24, also before a time
    f"{START}(?P<y>{YEAR_NUMBER})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12][0-9]|3[01])(?![0-9])",
    # 02.12.2020, 19.05.21, 19/05/2021 (always day first in this corpus)
    f"{START}(?P<d>{DAY_NUMBER})(?P<sep>[./])(?P<m>{MONTH_NUMBER})(?P=sep)(?P<y>{YEAR_NUMBER}|[0-9]{{2}})"
    "(?![.,]?[0-9])",
    # 19-05-2021; never with a two-digit year, which is how phone numbers look ("62-05-21")
    f"{START}(?P<d>{DAY_NUMBER})-(?P<m>{MONTH_NUMBER})-(?P<y>{YEAR_NUMBER})(?!-[0-9])",
    # 2026-2029 dönemi, 2021-2022-жылдары, 2021–2025 гг.: a year range needs a word that says "year"
    f"{START}(?P<y>{YEAR_NUMBER}){SPACES}[-–—/]{SPACES}(?P<y2>{YEAR_NUMBER})(?={GAP}-?{SPACES}{YEAR_WORD})",
    # 2021 yılında, 2022-жылы, в 2021 году, 2020'de, 2015'ten beri, in 2020: so does a lone year
    f"{START}(?P<y>{YEAR_NUMBER})(?:(?={GAP}-?{SPACES}{YEAR_WORD})|{APOSTROPHE}(?:{TURKISH_YEAR_SUFFIX}))",
    rf"(?<!\w)(?:in|since|until){GAP}(?P<y>{YEAR_NUMBER})(?!{GAP}{DASH})",
    # dün, bugünkü, вчера, бүгүн
    rf"(?<![^\W\d_])(?P<rel>{RELATIVE_WORD}){RELATIVE_ADJECTIVE}?{WORD_END}",
)
PATTERNS = tuple(re.compile(form, re.IGNORECASE) for form in _FORMS)

# Whole-text forms that are dates only when nothing else is around them (normalize_date, not find_dates).
_LONE_FORMS = (
    # 2020, 2020'de, 2026-2029, 2026/2029
    rf"(?P<y>{YEAR_NUMBER})(?:{GAP}[-–—/]{GAP}(?P<y2>{YEAR_NUMBER}))?(?:{APOSTROPHE}[^\W\d_]+)?",
    f"(?P<y>{YEAR_NUMBER})-(?P<m>0[1-9]|1[0-2])",  # 2021-04
    rf"{MONTH_WORD}(?:{CASE}|{APOSTROPHE}[^\W\d_]+)?",  # Kasım, Kasım'da, майда
)
LONE_PATTERNS = tuple(re.compile(form, re.IGNORECASE) for form in _LONE_FORMS)

_DATE_GROUPS = ("y", "y2", "m", "month", "d", "d2", "rel")


def span(match: re.Match[str]) -> tuple[int, int]:
    """From the first to the last date part of the match."""
    parts = [name for name in _DATE_GROUPS if name in match.re.groupindex and match.group(name) is not None]
    return min(match.start(name) for name in parts), max(match.end(name) for name in parts)


def interpret(match: re.Match[str], reference: date, raw: str) -> NormalizedDate | None:
    """The date a match of PATTERNS or LONE_PATTERNS stands for; None for an impossible one (31.02.2021)."""
    parts = {name: value for name, value in match.groupdict().items() if value}
    if "rel" in parts:
        relative = reference + timedelta(days=relative_days(parts["rel"]))
        return make_date(DAY, relative, relative, raw)
    year = full_year(parts["y"], reference) if "y" in parts else None
    month = month_number(parts["month"]) if "month" in parts else int(parts.get("m", 0)) or None
    try:
        if month is None:
            if (
                year is None
            ):  # every form without a month has a year; a new one that lacks both stands for nothing
                return None
            return make_date(YEAR, date(year, 1, 1), date(int(parts.get("y2", year)), 1, 1), raw)
        if "d" not in parts:
            first = date(year, month, 1) if year else in_likely_year(month, 1, reference)
            return make_date(MONTH, first, first, raw) if first else None
        day = int(parts["d"])
        first = date(year, month, day) if year else in_likely_year(month, day, reference)
        return make_date(DAY, first, first.replace(day=int(parts.get("d2", day))), raw) if first else None
    except ValueError:
        return None


def scan(text: str, reference: date) -> list[tuple[int, int, NormalizedDate]]:
    """Every date in `text`; where forms overlap ("1 Aralık 2020" and "Aralık 2020"), the longest wins."""
    found = []
    for pattern in PATTERNS:
        for match in pattern.finditer(text):
            start, end = span(match)
            normalized = interpret(match, reference, text[start:end])
            if normalized is not None:
                found.append((start, end, normalized))
    chosen: list[tuple[int, int, NormalizedDate]] = []
    for start, end, normalized in sorted(found, key=lambda item: (item[0] - item[1], item[0])):
        if all(end <= other_start or start >= other_end for other_start, other_end, _ in chosen):
            chosen.append((start, end, normalized))
    return sorted(chosen, key=lambda item: item[0])
