"""The normalised date, and the rules that turn day, month and year numbers into one."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

DAY = "day"
MONTH = "month"
YEAR = "year"

# A year-less date ("27 Kasım'da") is read in the reference year, unless that puts it further than this
# into the future: news prefers the past, but announces meetings weeks ahead ("... yapılacak").
FUTURE_WINDOW = timedelta(days=62)


@dataclass(frozen=True)
class NormalizedDate:
    """A date expression as ISO 8601 at the precision the text gives; ranges are ISO intervals.

    `raw` is the text the date was read from; `start` and `end` are the first and last day covered.
    """

    iso: str  # "2020-12-01", "2021-04", "2021"; a range "2021-04-28/2021-04-30"
    precision: str  # "day" | "month" | "year"
    raw: str
    start: date
    end: date
    is_range: bool


def _iso(precision: str, day: date) -> str:
    if precision == DAY:
        return day.isoformat()
    if precision == MONTH:
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def _first_day(precision: str, day: date) -> date:
    if precision == DAY:
        return day
    if precision == MONTH:
        return day.replace(day=1)
    return date(day.year, 1, 1)


def _last_day(precision: str, day: date) -> date:
    if precision == DAY:
        return day
    if precision == MONTH:
        return day.replace(day=calendar.monthrange(day.year, day.month)[1])
    return date(day.year, 12, 31)


def make_date(precision: str, first: date, last: date, raw: str) -> NormalizedDate | None:
    """The date from the unit (day, month or year) holding `first` to the one holding `last`."""
    start, end = _first_day(precision, first), _last_day(precision, last)
    if end < start:
        return None
    first_iso, last_iso = _iso(precision, first), _iso(precision, last)
    is_range = first_iso != last_iso
    iso = f"{first_iso}/{last_iso}" if is_range else first_iso
    return NormalizedDate(iso, precision, raw, start, end, is_range)


def in_likely_year(month: int, day: int, reference: date) -> date | None:
    """The month and day in the latest year that is not beyond the reference plus FUTURE_WINDOW.

    Trying the next year first lets "2 Ocak'ta" written on 30 December mean the coming 2 January.
    """
    for year in (reference.year + 1, reference.year, reference.year - 1):
        try:
            candidate = date(year, month, day)
        except ValueError:  # 29 February outside a leap year
            continue
        if candidate <= reference + FUTURE_WINDOW:
            return candidate
    return None


def full_year(digits: str, reference: date) -> int:
    """A two-digit year ("19.05.21") in the century that keeps it at most a year after the reference."""
    if len(digits) == 4:
        return int(digits)
    year = 2000 + int(digits)
    return year if year <= reference.year + 1 else year - 100
