"""Finding many known phrases in folded text at once, suffix-aware, with exact offsets back.

The gazetteer (thousands of aliases) and the trigger lexicon (a few hundred word stems) both look for
phrases of one or more words in a document. A regular expression per phrase would read the document once
per phrase; a token trie reads it once: the text is folded (`fold_with_offsets`: case, diacritics,
Turkish dotless i), cut into words, and from every word the trie is walked as far as the words agree.

A phrase word can be matched three ways:
- exactly ("bişkek" = "Biskek" = "BİŞKEK" once folded);
- as the stem of a longer word whose rest is a case ending of the language (`stem_candidates`):
  "Душанбеде" ends a match of "Душанбе" before "де"; only the last word of a phrase may carry one,
  unless the phrase was added as `inflected` (Russian: "Российской Федерации");
- as a prefix, for a lexicon word written with a trailing "*" ("toplantı*" matches "toplantısına").
Words are separated by "gaps" (what lies between them): a run of white space counts as one space, and
other characters must agree ("Jean-Paul" is not "Jean Paul"), so a phrase never spans a comma.
An apostrophe is a gap too, which is how "Bişkek'te" ends a match of "Bişkek" without any suffix table;
so is a capital glued to a small letter by an extraction ("kabul ettiNazir Aliyev").
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from curator.core.knowledge.base import fold_for_matching, fold_with_offsets, original_span
from curator.core.suggest.suffixes import stem_candidates
from curator.core.text.tokenization import language_code

Payload = TypeVar("Payload")

_WORD = re.compile(r"[^\W_]+")
PREFIX_MARK = "*"
# Prefix entries are indexed by their first letters, so a word is compared with a handful, not hundreds.
_PREFIX_INDEX = 2
_STEM_CACHE_LIMIT = 200_000
# Languages whose suffix table a word in that script is cut with when the document's language has none.
CYRILLIC_LANGUAGES = ("ky", "kk", "ru")
_LATIN_LANGUAGES = ("tr", "en")


def _gap_key(gap: str) -> str:
    """White space counts as one space; other separators must agree, spaces around them aside."""
    stripped = gap.replace(" ", "")
    return stripped if stripped else " "


@dataclass(slots=True)
class FoldedWords:
    """A text folded for matching and cut into words: `words[i]` is folded[starts[i]:ends[i]]; what lies
    between two words is their gap (see `gap`)."""

    text: str
    folded: str
    offsets: list[int] | None  # None: folded[i] comes from text[i]
    words: list[str]
    starts: list[int]
    ends: list[int]
    glued: list[int]  # original positions where two words were glued together ("ettiNazir")

    @classmethod
    def of(cls, text: str) -> FoldedWords:
        table = _one_to_one_table(text)
        if table is not None:
            folded, offsets = text.translate(table), None
        else:
            folded, offsets = fold_with_offsets(text)
        spans = [match.span() for match in _WORD.finditer(folded)]
        glued = [match.start() for match in _GLUED.finditer(text)]
        if glued:
            spans = _split_glued(spans, glued, offsets)
        return cls(
            text,
            folded,
            offsets,
            [folded[start:end] for start, end in spans],
            [start for start, _ in spans],
            [end for _, end in spans],
            glued,
        )

    def gap(self, index: int) -> str:
        """The gap key between word `index - 1` and word `index` ("" before the first word)."""
        return _gap_key(self.folded[self.ends[index - 1] : self.starts[index]]) if index else ""

    def original(self, folded_start: int, folded_end: int) -> tuple[int, int]:
        """Offsets in the original text of folded[folded_start:folded_end]."""
        if self.offsets is None:
            return folded_start, folded_end
        return original_span(self.text, self.offsets, folded_start, folded_end)


# A capital right after three small letters inside a word: two words glued together by an extraction,
# "kabul ettiNazir Aliyev" (a byline glued to a title). "McCain" and "iPhone" stay whole.
_LOWER = "a-zçğıöşüâîûа-яёөүңәғқұһі"
_UPPER = "A-ZÇĞİÖŞÜÂÎÛА-ЯЁӨҮҢӘҒҚҰҺІ"
_GLUED = re.compile(f"(?<=[{_LOWER}]{{3}})(?=[{_UPPER}])")


def _split_glued(
    spans: list[tuple[int, int]], glued: list[int], offsets: list[int] | None
) -> list[tuple[int, int]]:
    """Word spans (folded positions) cut at the glued positions (original positions)."""
    if offsets is None:
        cuts = sorted(glued)
    else:
        wanted = set(glued)
        cuts = [position for position, original in enumerate(offsets) if original in wanted]
    result: list[tuple[int, int]] = []
    for start, end in spans:
        index = bisect_right(cuts, start)
        while index < len(cuts) and cuts[index] < end:
            result.append((start, cuts[index]))
            start = cuts[index]
            index += 1
        result.append((start, end))
    return result


_MISSING = ""
# char -> the one character it folds to, or None where folding changes the length or needs context.
_SINGLE_FOLDS: dict[str, str | None] = {}


def _single_fold(char: str) -> str | None:
    if unicodedata.category(char).startswith("M"):
        return None  # a combining mark folds with the letter before it
    folded = fold_for_matching(char)
    return folded if len(folded) == 1 else None


def _one_to_one_table(text: str) -> dict[int, str] | None:
    """A `str.translate` table that folds `text` character for character, or None if no such table exists.

    Almost all news text folds one character to one (letters, digits, punctuation, white space), and
    then folding is a `translate` and offsets need no map; a combining mark, a soft hyphen or an "ß"
    sends the text through `fold_with_offsets`, which gives the same words.
    """
    table: dict[int, str] = {}
    for char in set(text):
        folded = _SINGLE_FOLDS.get(char, _MISSING)
        if folded == _MISSING:
            folded = _SINGLE_FOLDS[char] = _single_fold(char)
        if folded is None:
            return None
        if folded != char:
            table[ord(char)] = folded
    return table


@dataclass(slots=True)
class _Node(Generic[Payload]):
    children: dict[str, _Node[Payload]] = field(default_factory=dict)
    # (gap key, first letters) -> [(gap key + prefix, child)]
    prefixes: dict[tuple[str, str], list[tuple[str, _Node[Payload]]]] = field(default_factory=dict)
    # Payloads of phrases that end here, and of those that end here only before a case ending.
    payloads: list[Payload] = field(default_factory=list)
    suffixed_payloads: list[Payload] = field(default_factory=list)
    # Whether a phrase may continue after this word with an ending ("Российск|ой Федераци|и").
    inflected: bool = False


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[Payload]):
    """A phrase found in a text: original offsets, the payloads of the phrase, how the last word matched.

    `suffix` is the folded case ending cut off the last word ("" when the word matched whole), and
    `first_word`/`last_word` index `FoldedWords.words`.
    """

    start: int
    end: int
    payloads: tuple[Payload, ...]
    first_word: int
    last_word: int
    suffix: str
    how: str  # "exact", "stem" or "prefix"


def phrase_words(phrase: str) -> list[tuple[str, str]]:
    """(gap key, folded word) for each word of a phrase, the first gap ""; a trailing "*" stays on it."""
    folded = fold_for_matching(phrase).strip()
    pieces: list[tuple[str, str]] = []
    previous = -1
    for match in re.finditer(r"[^\W_]+\*?", folded):
        gap = "" if previous < 0 else _gap_key(folded[previous : match.start()])
        pieces.append((gap, match.group()))
        previous = match.end()
    return pieces


class PhraseTrie(Generic[Payload]):
    """Phrases of folded words, each with payloads; `find` gives the longest non-overlapping matches."""

    def __init__(self) -> None:
        self._root: _Node[Payload] = _Node()
        self._stems: dict[tuple[str, str], tuple[str, ...]] = {}
        self._starters: dict[tuple[str, str], bool] = {}
        self.size = 0

    def add(
        self, phrase: str, payload: Payload, *, needs_suffix: bool = False, inflected: bool = False
    ) -> bool:
        """Add a phrase ("Bişkek", "kabul ett*", "telefonn* разговор*"); False if nothing is left to match.

        With `needs_suffix` the phrase matches only as the stem of a longer word (a Russian name without
        its final vowel: "Москв" for "Москве", "Москвой"); with `inflected` every word of the phrase may
        carry an ending, not only the last ("Российск" + "ой" "Федераци" + "и").
        """
        words = phrase_words(phrase)
        if not words:
            return False
        node = self._root
        for gap, word in words:
            if word.endswith(PREFIX_MARK):
                prefix = word[:-1]
                if len(prefix) < _PREFIX_INDEX:
                    raise ValueError(f"{phrase!r}: a word before '*' needs at least {_PREFIX_INDEX} letters")
                bucket = node.prefixes.setdefault((gap, prefix[:_PREFIX_INDEX]), [])
                key = gap + prefix
                child = next((existing for known, existing in bucket if known == key), None)
                if child is None:
                    child = _Node()
                    bucket.append((key, child))
            else:
                child = node.children.get(gap + word)
                if child is None:
                    child = node.children[gap + word] = _Node()
                child.inflected = child.inflected or inflected
            node = child
        self._starters.clear()
        target = node.suffixed_payloads if needs_suffix else node.payloads
        if payload not in target:
            target.append(payload)
            self.size += 1
        return True

    def _stems_of(self, word: str, language: str) -> tuple[str, ...]:
        key = (word, language)
        stems = self._stems.get(key)
        if stems is None:
            stems = tuple(word[:length] for length in stem_candidates(word, language))
            if len(self._stems) >= _STEM_CACHE_LIMIT:
                self._stems.clear()
            self._stems[key] = stems
        return stems

    def _may_start(self, word: str, language: str) -> bool:
        """Whether any phrase can begin with `word` (cached: most words of a text begin none)."""
        key = (word, language)
        known = self._starters.get(key)
        if known is None:
            root = self._root
            known = (
                word in root.children
                or any(
                    word.startswith(prefix) for prefix, _ in root.prefixes.get(("", word[:_PREFIX_INDEX]), ())
                )
                or any(
                    stem in root.children for stem in self._stems_of(word, self._language_for(word, language))
                )
            )
            if len(self._starters) >= _STEM_CACHE_LIMIT:
                self._starters.clear()
            self._starters[key] = known
        return known

    def _language_for(self, word: str, language: str) -> str:
        cyrillic = "\u0400" <= word[0] <= "\u04ff"
        if cyrillic:
            return language if language in CYRILLIC_LANGUAGES else CYRILLIC_LANGUAGES[0]
        return language if language in _LATIN_LANGUAGES else _LATIN_LANGUAGES[0]

    def _walk(
        self, text: FoldedWords, first: int, language: str
    ) -> Iterator[tuple[int, int, str, str, list[Payload]]]:
        """Every phrase starting at word `first`: (last word, folded end, suffix, how, payloads)."""
        words, starts, ends = text.words, text.starts, text.ends
        frontier: list[tuple[_Node[Payload], str]] = [(self._root, "exact")]
        index = first
        while frontier and index < len(words):
            word = words[index]
            gap = "" if index == first else text.gap(index)
            next_frontier: list[tuple[_Node[Payload], str]] = []
            for node, how in frontier:
                child = node.children.get(gap + word)
                if child is not None:
                    if child.payloads:
                        yield index, ends[index], "", how, child.payloads
                    next_frontier.append((child, how))
                for key, prefixed in node.prefixes.get((gap, word[:_PREFIX_INDEX]), ()):
                    if (gap + word).startswith(key):
                        if prefixed.payloads:
                            yield index, ends[index], "", "prefix", prefixed.payloads
                        next_frontier.append((prefixed, "prefix"))
                if node.children:
                    for stem in self._stems_of(word, self._language_for(word, language)):
                        stemmed = node.children.get(gap + stem)
                        if stemmed is None:
                            continue
                        if stemmed.payloads or stemmed.suffixed_payloads:
                            payloads = stemmed.payloads + stemmed.suffixed_payloads
                            yield index, starts[index] + len(stem), word[len(stem) :], "stem", payloads
                        if stemmed.inflected and (stemmed.children or stemmed.prefixes):
                            next_frontier.append((stemmed, "stem"))
            frontier = next_frontier
            index += 1

    def find(
        self,
        text: FoldedWords,
        language: str,
        accept: Callable[[PhraseMatch[Payload]], PhraseMatch[Payload] | None] = lambda match: match,
    ) -> list[PhraseMatch[Payload]]:
        """The longest matches that do not overlap, in text order.

        `accept` may drop a match (return None) or narrow its payloads (a capitalised name found in
        lower case, say) before the longest are chosen, so a refused long match leaves room for a
        shorter one. Of equally long matches the earlier wins.
        """
        code = language_code(language)
        found: list[PhraseMatch[Payload]] = []
        may_start = self._may_start
        for first, word in enumerate(text.words):
            if not may_start(word, code):
                continue
            best: PhraseMatch[Payload] | None = None
            for last, end, suffix, how, payloads in self._walk(text, first, code):
                start, stop = text.original(text.starts[first], end)
                candidate = accept(PhraseMatch(start, stop, tuple(payloads), first, last, suffix, how))
                if candidate is not None and (best is None or candidate.end > best.end):
                    best = candidate
            if best is not None:
                found.append(best)
        found.sort(key=lambda match: (match.start - match.end, match.start))
        taken: list[PhraseMatch[Payload]] = []
        covered: set[int] = set()
        for match in found:
            positions = range(match.first_word, match.last_word + 1)
            if covered.isdisjoint(positions):
                covered.update(positions)
                taken.append(match)
        taken.sort(key=lambda match: match.start)
        return taken
