"""Numbers, percentages, sums of money and measures, for projects whose schema has labels for them.

The default schema has none (numbers are rarely what a political-event annotator tags), so these rules
propose only the labels a project has added: PERCENT ("%5", "yüzde 5", "5 процент"), MONEY ("150 milyon
dolar", "$3", "200 сом"), QUANTITY ("8 zırhlı araç" is not one, "40 km" is), and plain numbers as
CARDINAL or NUMBER ("700'den fazla" gives "700", the Turkish case ending left out as for names).
A number glued to letters ("COVID-19", "5G") is a name, not a number.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

_NUMBER = r"\d{1,3}(?:[ .,\u00a0\u202f]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
_SCALE = (
    r"(?:bin|milyon|milyar|trilyon|thousand|million|billion|trillion|мың|миң|миллион\w*|миллиард\w*|млн\.?|"
    r"млрд\.?|тыс\.?|тысяч\w*)"
)
_CURRENCY_WORD = (
    r"(?:dolar\w*|avro\w*|euro\w*|lira\w*|TL|som\w*|tenge\w*|ruble\w*|dollars?|USD|EUR|RUB|KGS|KZT|"
    r"доллар\w*|евро|рубл\w*|сом\w*|теңге\w*|тенге|манат\w*)"
)
_UNIT = (
    r"(?:km|kilometre\w*|kilometer\w*|километр\w*|ton|tons|tonne\w*|тонн\w*|kg|кг|hektar\w*|hectare\w*|"
    r"гектар\w*|metre\w*|meters?|метр\w*|mw|мвт)"
)
# The number stands alone: no letter or digit glued before it, none after it but a case ending.
_BEFORE = r"(?<![\w.,-])"
_AFTER = r"(?![\w]|[.,]\d)"

PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "PERCENT",
        re.compile(
            rf"{_BEFORE}(?:%\s?(?:{_NUMBER})|(?:yüzde|yuzde)\s+(?:{_NUMBER})|(?:{_NUMBER})\s?%|"
            rf"(?:{_NUMBER})\s+(?:percent|per cent|процент\w*|пайыз\w*))",
            re.IGNORECASE,
        ),
    ),
    (
        "MONEY",
        re.compile(
            rf"(?:[$€₺£]\s?(?:{_NUMBER})(?:\s+{_SCALE})?|{_BEFORE}(?:{_NUMBER})(?:\s+{_SCALE})?\s?"
            rf"(?:{_CURRENCY_WORD}(?!\w)|[$€₺£]))"
        ),
    ),
    ("QUANTITY", re.compile(rf"{_BEFORE}(?:{_NUMBER})(?:\s+{_SCALE})?\s?{_UNIT}(?!\w)", re.IGNORECASE)),
    ("CARDINAL", re.compile(rf"{_BEFORE}(?:{_NUMBER})(?:\s+{_SCALE}(?!\w))?(?=['’]\w|{_AFTER})")),
)
# Which project label a kind of number goes to, first that exists.
LABEL_CHOICES = {
    "PERCENT": ("PERCENT", "QUANTITY"),
    "MONEY": ("MONEY", "QUANTITY"),
    "QUANTITY": ("QUANTITY",),
    "CARDINAL": ("CARDINAL", "NUMBER"),
}


@dataclass(frozen=True, slots=True)
class NumberHit:
    start: int
    end: int
    label: str
    kind: str


def number_labels(labels: Collection[str]) -> dict[str, str]:
    """kind -> the project label it is proposed as, for the kinds the project has a label for."""
    chosen: dict[str, str] = {}
    for kind, choices in LABEL_CHOICES.items():
        label = next((choice for choice in choices if choice in labels), None)
        if label is not None:
            chosen[kind] = label
    return chosen


def find_numbers(
    text: str, labels: dict[str, str], taken: Collection[tuple[int, int]] = ()
) -> list[NumberHit]:
    """Number spans of the kinds in `labels` (see `number_labels`), the more specific kind first, none
    overlapping each other or a range in `taken` (dates)."""
    occupied = bytearray(len(text))
    for start, end in taken:
        occupied[start:end] = b"\x01" * (end - start)
    hits: list[NumberHit] = []
    for kind, pattern in PATTERNS:
        label = labels.get(kind)
        if label is None:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if occupied.find(1, start, end) >= 0:
                continue
            occupied[start:end] = b"\x01" * (end - start)
            hits.append(NumberHit(start, end, label, kind))
    hits.sort(key=lambda hit: hit.start)
    return hits
