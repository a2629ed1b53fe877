"""Combining marks removed from a text, as folding for sort keys and boilerplate lines needs it.

A Python test per character (`unicodedata.combining`) was a third of a bulk insert's sort keys and most
of the boilerplate lexicon's folding. A text has few distinct characters beyond ASCII (a Turkish
sentence: ç ğ ı ö ş ü and, after NFKD, three marks), so only those are tested, and each mark found is
removed in one C pass.
"""

from __future__ import annotations

import unicodedata

_ASCII = frozenset(map(chr, range(128)))


def without_combining_marks(text: str) -> str:
    """`text` without the characters whose canonical combining class is not 0."""
    if text.isascii():
        return text
    for char in set(text) - _ASCII:
        if unicodedata.combining(char):
            text = text.replace(char, "")
    return text
