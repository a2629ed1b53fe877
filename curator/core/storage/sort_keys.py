"""The natural-order key stored beside every document title (`documents.title_key`).

Sorting the documents list by title must stay in the database, one page at a time from an index: a
project holds 100k documents, and ordering by an expression (or a Python collation) re-sorts all of
them for every page scrolled. So the key is computed once, in Python, when a title is written, and
compared as plain bytes, the same in SQLite and PostgreSQL (there with COLLATE "C")."""

from __future__ import annotations

import re
import unicodedata

from curator.core.text.marks import without_combining_marks

_DIGIT_RUN = re.compile(r"[0-9]+")
_MAX_DIGITS = 99


def natural_sort_key(text: str) -> str:
    """'Haber 2' before 'Haber 10', 'çin' beside 'Cin': case and accents folded (casefold, NFKD without
    combining marks), and every run of digits written as its length (two digits), then the digits
    without leading zeros, so a shorter number sorts first."""
    folded = without_combining_marks(unicodedata.normalize("NFKD", text.casefold()))
    return _DIGIT_RUN.sub(_sized, folded)


def _sized(match: re.Match[str]) -> str:
    digits = match.group().lstrip("0") or "0"
    return f"{min(len(digits), _MAX_DIGITS):02d}{digits}"
