"""Character-offset helpers: snapping a selection to words, and Qt's UTF-16 positions.

Spans are stored as Python code-point offsets into the document text. Qt counts UTF-16 code units, so
an astral character (an emoji, a rare CJK ideograph) before a span shifts Qt's numbers by one per
character; `Utf16Index` converts both ways without copying the text.
"""

from __future__ import annotations

import bisect
import re
import unicodedata

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
APOSTROPHES = "'\u2019\u02bc\u2018`"
# Characters that join two word pieces when they stand between letters or digits: "Kırgız-Rus", "19.05.21".
INNER_JOINERS = "-.\u2011/"
TRAILING_PUNCTUATION = '.,;:!?)]}»"”“…'
LEADING_PUNCTUATION = '([{«"“”„'


def is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char).startswith("M") or char in APOSTROPHES


def _is_word_at(text: str, index: int) -> bool:
    """Whether text[index] belongs to a word, counting joiners that sit between two word characters."""
    char = text[index]
    if is_word_char(char) and char not in APOSTROPHES:
        return True
    if char in APOSTROPHES or char in INNER_JOINERS:
        return 0 < index < len(text) - 1 and text[index - 1].isalnum() and text[index + 1].isalnum()
    return False


def word_bounds(text: str, position: int) -> tuple[int, int] | None:
    """The word that contains `position` (or ends right before it), or None between words."""
    if not text:
        return None
    index = position
    if index >= len(text) or not _is_word_at(text, index):
        index = position - 1
        if index < 0 or not _is_word_at(text, index):
            return None
    start = index
    while start > 0 and _is_word_at(text, start - 1):
        start -= 1
    end = index + 1
    while end < len(text) and _is_word_at(text, end):
        end += 1
    return start, end


def strip_apostrophe_suffix(text: str, start: int, end: int) -> int:
    """Cut a Turkish case suffix after the last apostrophe of the span: `Bişkek'te` → `Bişkek`."""
    for index in range(end - 1, start, -1):
        char = text[index]
        if char in APOSTROPHES:
            suffix = text[index + 1 : end]
            if suffix and all(c.isalpha() for c in suffix) and text[index - 1].isalnum():
                return index
            return end
        if not char.isalpha():
            return end
    return end


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop surrounding white space and punctuation that no entity starts or ends with."""
    while start < end and (text[start].isspace() or text[start] in LEADING_PUNCTUATION):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in TRAILING_PUNCTUATION):
        if text[end - 1] == "." and end - start > 1 and _abbreviation_dot(text, start, end):
            break
        end -= 1
    return start, end


def _abbreviation_dot(text: str, start: int, end: int) -> bool:
    """Keep the dot of an initial ("R.") but not a sentence full stop after a longer word."""
    word_start = end - 1
    while word_start > start and text[word_start - 1].isalpha():
        word_start -= 1
    return end - 1 - word_start == 1 and text[word_start].isupper()


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span an annotator means by a rough selection.

    A selection that starts or ends inside a word grows to the whole word; white space and punctuation
    at the edges are dropped; a Turkish apostrophe suffix is left out. An empty selection means the word
    under the cursor. Returns None if nothing taggable is selected.
    """
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    if start == end:
        bounds = word_bounds(text, start)
        if bounds is None:
            return None
        start, end = bounds
    else:
        start, end = trim(text, start, end)
        if start == end:
            return None
        if start > 0 and _is_word_at(text, start) and _is_word_at(text, start - 1):
            left = word_bounds(text, start)
            start = left[0] if left else start
        if end < len(text) and _is_word_at(text, end - 1) and _is_word_at(text, end):
            right = word_bounds(text, end - 1)
            end = right[1] if right else end
    end = strip_apostrophe_suffix(text, start, end)
    start, end = trim(text, start, end)
    return (start, end) if start < end else None


class Utf16Index:
    """Converts between code-point offsets and UTF-16 offsets of one text."""

    def __init__(self, text: str) -> None:
        has_astral = not text.isascii() and len(text.encode("utf-16-le")) != 2 * len(text)
        self._astral = [m.start() for m in _ASTRAL.finditer(text)] if has_astral else []
        # UTF-16 offset at which each astral character starts.
        self._astral_utf16 = [i + n for n, i in enumerate(self._astral)]

    def to_utf16(self, offset: int) -> int:
        return offset + bisect.bisect_left(self._astral, offset)

    def from_utf16(self, offset: int) -> int:
        """A UTF-16 offset to a code point offset; a position inside a surrogate pair rounds down."""
        before = bisect.bisect_left(self._astral_utf16, offset)
        if before and self._astral_utf16[before - 1] + 1 == offset:
            before -= 1
            return self._astral[before]
        return offset - before
