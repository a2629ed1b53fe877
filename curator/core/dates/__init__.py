"""Dates in news text as ISO 8601 with a precision: "27 Kasım'da" → 2025-11-27 (day), "Kasım 2020" →
2020-11 (month), "2021-жылдын 28-30-апрелинде" → 2021-04-28/2021-04-30 (a day range).

Used for an event's TIME argument, for suggesting DATE spans and for the date of clean-record exports.
Year-less and relative dates resolve against `reference`, the document's publication date (today when
it is unknown), preferring the past but allowing the next two months, since news announces meetings.

Spans from `find_dates` are Python code-point offsets that cover the date words and leave out a case
suffix: "27 Kasım'da" → "27 Kasım", "19-майда" → "19-май", "2021-жылдын 28-30-апрелинде" →
"2021-жылдын 28-30-апрели" (the Kyrgyz possessive -и- stays, the locative -нде goes), and a trailing word
that only says "date" or "year" stays out too: "11 Ocak 2022 tarihinde" → "11 Ocak 2022", "19 мая 2021
года" → "19 мая 2021", "2022-жылы" → "2022".
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from curator.core.dates.fallback import parse_with_dateparser
from curator.core.dates.grammar import LONE_PATTERNS, interpret, scan
from curator.core.dates.model import NormalizedDate, make_date

__all__ = ["NormalizedDate", "find_dates", "normalize_date"]

_SURROUNDING = ' \t\r\n.,;:()[]{}"«»“”„'


def _language_code(language: str | None) -> str | None:
    """ "tr", "tr-TR" and "tr_TR" are Turkish; "und" is no language."""
    code = re.split("[-_]", language.strip().lower())[0] if language else ""
    return code if code and code != "und" else None


def find_dates(
    text: str, *, language: str | None = None, reference: date | None = None
) -> list[tuple[int, int, NormalizedDate]]:
    """(start, end, date) for every date expression in `text`, in text order; `raw` is text[start:end].

    Only forms that are dates by their shape: a lone "2020" needs a word that makes it a year ("2020
    yılında", "2020-жылы", "в 2020 году", "2020'de"), so scores, counts and "COVID-19" stay out. The
    month tables cover every corpus language at once, so `language` does not narrow the search.
    """
    return scan(text, reference or date.today())


def normalize_date(
    text: str, *, language: str | None = None, reference: date | None = None
) -> NormalizedDate | None:
    """The date `text` states (its first one if several), or None when it is not a date.

    Beyond what find_dates finds, a lone year ("2020", "2026-2029"), a month ("Kasım'da"), an ISO month
    ("2021-04") or interval ("2021-04-28/2021-04-30", so our own output reads back) counts, and dateparser
    reads relative phrases ("3 gün önce", "в прошлом месяце", "last year").
    """
    raw = text.strip()
    if not raw:
        return None
    reference = reference or date.today()
    found = _interval(raw, reference) or _first(scan(raw, reference)) or _lone(raw, reference)
    if found is None:
        found = parse_with_dateparser(raw, _language_code(language), reference)
    return dataclasses.replace(found, raw=raw) if found else None


def _first(found: list[tuple[int, int, NormalizedDate]]) -> NormalizedDate | None:
    return found[0][2] if found else None


def _lone(text: str, reference: date) -> NormalizedDate | None:
    core = text.strip(_SURROUNDING)
    for pattern in LONE_PATTERNS:
        match = pattern.fullmatch(core)
        if match:
            return interpret(match, reference, text)
    return None


def _interval(text: str, reference: date) -> NormalizedDate | None:
    """An ISO 8601 interval of two dates at the same precision: "2021-04-28/2021-04-30", "2021-04/2021-06"."""
    if text.count("/") != 1:
        return None
    first, last = (normalize_date(part, reference=reference) for part in text.split("/"))
    if first is None or last is None or first.is_range or last.is_range or first.precision != last.precision:
        return None
    return make_date(first.precision, first.start, last.start, text)
