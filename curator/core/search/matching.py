"""Where a query occurs in one text, as exact character offsets of the original text.

A plain query is folded like the knowledge base folds names (`fold_with_offsets`: case, diacritics,
Turkish İ/I/ı/i all to "i", ё to е, every apostrophe to one, white space runs to one space), so
"Kirgizistan" finds "Kırgızistan" and "KIRGIZISTAN". It matches from the start of a word: "Bişkek" finds
"Bişkek'te", "Бишкек" finds "Бишкекте", "kek" does not find "Bişkek". The hit covers the query as matched,
never the suffix after it ("Bişkek" of "Bişkek'te"): that is the extent an annotator tags, and the extent
the gazetteer proposes (see `suggest.suffixes`).

Whole word additionally requires the word to end where the match ends, except for a case, possessive or
plural ending that `stem_candidates` accepts in the document's language: "Bişkek" whole-word finds
"Bişkek'te" (Turkish) and "Бишкекте" (Kyrgyz) but not "Bişkekli".

A regular expression runs on the original text, ignoring case only (Python's `re` syntax; folding the
pattern would turn `\\S` into `\\s`); whole word applies to its matches the same way.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from curator.core.domain import CuratorError
from curator.core.knowledge.base import fold_for_matching, fold_with_offsets, original_span
from curator.core.suggest.suffixes import APOSTROPHES, stem_candidates


@dataclass(frozen=True, slots=True)
class Pattern:
    """What the user typed and how to read it."""

    text: str
    regex: bool = False
    whole_word: bool = False


@dataclass(frozen=True, slots=True)
class Compiled:
    """A pattern ready to run: `expression` runs on the original text (regex) or on its character by
    character fold (plain: the query's spaces stand for runs of white space there)."""

    pattern: Pattern
    expression: re.Pattern[str]
    folded_query: str  # "" for a regex


def compile_pattern(pattern: Pattern) -> Compiled:
    """Check and compile once per search; CuratorError says what is wrong with the query."""
    if pattern.regex:
        if not pattern.text:
            raise CuratorError("nothing to search for")
        try:
            expression = re.compile(pattern.text, re.IGNORECASE | re.MULTILINE)
        except re.error as error:
            raise CuratorError(f"not a valid regular expression: {error}") from error
        return Compiled(pattern, expression, "")
    folded = folded_query(pattern.text)
    if not folded:
        raise CuratorError("nothing to search for")
    return Compiled(pattern, re.compile(re.escape(folded).replace("\\ ", " +")), folded)


def folded_query(text: str) -> str:
    """The query as the folded text spells it (outer white space dropped)."""
    return fold_for_matching(text).strip()


_NOT_ONE_TO_ONE = "\x00"


class _CharFolds(dict[int, str]):
    """`str.translate` table: each character's fold when it is one character whatever surrounds it.

    Marks (they fold with the letter before them), ignorable characters (they fold to nothing) and
    expansions ("ß" → "ss") map to a NUL that sends the text to the full fold with its offset map."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        folded = fold_for_matching(char)
        simple = (
            len(folded) == 1 and char != _NOT_ONE_TO_ONE and not unicodedata.category(char).startswith("M")
        )
        self[code] = folded if simple else _NOT_ONE_TO_ONE
        return self[code]


_CHAR_FOLDS = _CharFolds()


@lru_cache(maxsize=64)
def _folded(text: str) -> tuple[str, tuple[int, ...]]:
    """The full fold of a long document costs milliseconds and the find bar asks again on every
    keystroke; a few are kept (not thousands: an offset map is eight bytes a character)."""
    folded, offsets = fold_with_offsets(text)
    return folded, tuple(offsets)


def forget_folded() -> None:
    """Drop the folded texts kept for the next search (a benchmark's cold runs)."""
    _folded.cache_clear()


def find_matches(text: str, language: str, compiled: Compiled) -> list[tuple[int, int]]:
    """Every match in `text` as (start, end) code point offsets, left to right, without overlaps."""
    if compiled.pattern.regex:
        found = [
            (match.start(), match.end())
            for match in compiled.expression.finditer(text)
            if match.end() > match.start()
        ]
    else:
        found = _plain_matches(text, compiled)
    if compiled.pattern.whole_word:
        found = [(start, end) for start, end in found if _whole_word(text, language, start, end)]
    return found


def _plain_matches(text: str, compiled: Compiled) -> list[tuple[int, int]]:
    """Most documents fold one character to one, so a `translate` (in C) gives folded text whose offsets
    are the original's; only a text with marks, ignorable characters or expansions pays the full fold."""
    starts_word = compiled.folded_query[0].isalnum()
    found: list[tuple[int, int]] = []
    translated = text.translate(_CHAR_FOLDS)
    if _NOT_ONE_TO_ONE not in translated:
        candidates = _translated(translated, compiled.expression)
    else:
        candidates = _fully_folded(text, compiled.folded_query)
    for start, end in candidates:
        if starts_word and _inside_word(text, start):
            continue
        if found and start < found[-1][1]:
            continue
        found.append((start, end))
    return found


def _translated(translated: str, expression: re.Pattern[str]) -> Iterator[tuple[int, int]]:
    """Every match, overlapping ones too: one rejected inside a word must not hide the next."""
    position = 0
    while (match := expression.search(translated, position)) is not None:
        position = match.start() + 1
        yield match.start(), match.end()


def _fully_folded(text: str, query: str) -> Iterator[tuple[int, int]]:
    folded, offsets = _folded(text)
    position = 0
    while (index := folded.find(query, position)) >= 0:
        position = index + 1
        yield original_span(text, offsets, index, index + len(query))


def _is_word_char(char: str) -> bool:
    return char.isalnum() or unicodedata.category(char).startswith("M")


def _inside_word(text: str, start: int) -> bool:
    """Whether `start` continues a word rather than begins one (an ignorable soft hyphen is skipped)."""
    index = start - 1
    while index >= 0 and text[index] in "\u00ad\u200b\u200c\u200d\u2060\ufeff":
        index -= 1
    return index >= 0 and _is_word_char(text[index])


def word_end(text: str, end: int) -> int:
    """Where the word that `end` is inside ends: letters, digits, marks, and an apostrophe between two."""
    index = end
    size = len(text)
    while index < size:
        char = text[index]
        if _is_word_char(char):
            index += 1
        elif char in APOSTROPHES and index + 1 < size and text[index + 1].isalpha() and index > 0:
            index += 1
        else:
            break
    return index


def _whole_word(text: str, language: str, start: int, end: int) -> bool:
    if _inside_word(text, start):
        return False
    stop = word_end(text, end)
    if stop == end:
        return True
    return end - start in stem_candidates(text[start:stop], language)
