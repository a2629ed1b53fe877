"""The natural-order key stored beside every document title (`documents.title_key`).

Sorting the documents list by title must stay in the database, one page at a time from an index: a
project holds 100k documents, and ordering by an expression (or a Python collation) re-sorts all of
them for every page scrolled. So the key is computed once, in Python, when a title is written, and
compared as plain bytes, the same in SQLite and PostgreSQL (there with COLLATE "C")."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

_DIGIT_RUN = re.compile(r"[0-9]+")
_MAX_DIGITS = 99
_ASCII = frozenset(map(chr, range(128)))


def _without_marks(text: str) -> str:
    """`text` without combining marks: only its distinct non-ASCII characters are tested (a Turkish
    title has a handful), and each mark found is removed in one C pass (a Python test per character was
    a third of a bulk insert's time). The boilerplate lexicon folds the same way; storage imports only
    storage, so the few lines are its own."""
    if text.isascii():
        return text
    for char in set(text) - _ASCII:
        if unicodedata.combining(char):
            text = text.replace(char, "")
    return text


def natural_sort_key(text: str) -> str:
    """'Haber 2' before 'Haber 10', 'çin' beside 'Cin': case and accents folded (casefold, NFKD without
    combining marks), and every run of digits written as its length (two digits), then the digits
    without leading zeros, so a shorter number sorts first."""
    folded = _without_marks(unicodedata.normalize("NFKD", text.casefold()))
    return _DIGIT_RUN.sub(_sized, folded)


# Between the titles of one batch: a control character no title has (one that has it is keyed alone);
# casefold, NFKD (it is a starter, so no mark moves across it) and digit runs all stop at it.
_APART = "\x1f"


def natural_sort_keys(titles: Sequence[str]) -> list[str]:
    """`natural_sort_key` of each title, folded as one text: an import's 10,000 titles cost 0.06 s one
    call each, most of it the four C calls' own overhead."""
    if any(_APART in title for title in titles):
        return [natural_sort_key(title) for title in titles]
    return natural_sort_key(_APART.join(titles)).split(_APART) if titles else []


def _sized(match: re.Match[str]) -> str:
    digits = match.group().lstrip("0") or "0"
    return f"{min(len(digits), _MAX_DIGITS):02d}{digits}"
