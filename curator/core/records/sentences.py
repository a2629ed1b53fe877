"""Sentences of a news text by a small rule, to cut the evidence sentence of an event from its document.

A clean record quotes the sentence that states the event, so a reader can check the record without the
document. spaCy's sentencizers differ per language and the corpus mixes scripts, PDF line breaks and
datelines, so a rule that behaves the same everywhere and is easy to explain serves better:

- a newline ends a sentence (titles, datelines, captions and paragraphs are lines of their own), except a
  single newline inside a sentence that a PDF hard-wrapped: the line before does not end with sentence-final
  punctuation and the next line starts with a lowercase letter;
- within a line, sentence-final punctuation (. ! ? …), optionally followed by closing quotes or brackets,
  ends a sentence when whitespace and then (after optional opening quotes) an uppercase letter follow;
- a metadata line ("date 2025-11-24", "source: AA", "by: Ayşe Yılmaz", "url: https://…") is never joined
  with the line after it, so an evidence sentence never starts with the dateline or byline above it;
- except after a number of at most three digits ("2. ve 4. Maddelerine", Turkish ordinals), a single
  capital letter (an initial) or a title ("Dr.", "Prof."), where the period does not end the sentence;
- the document's title, where the text repeats it, is a sentence of its own (a headline wrapped over two
  lines is one sentence, and never part of the next), and a byline glued to its end by the extraction
  ("…kabul ettiNazir Aliyev Tayfur": at most a few words without final punctuation, up to the end of the
  line) belongs to no sentence, so an evidence sentence never quotes the author's name.

Accepted boilerplate (captions, tickers, metadata prefixes such as "date 2025-11-24 ") is not handled here:
exports cut it out of the text before records are built (`ExportDocument.cut`), so no sentence holds it.

Offsets are Python code points into the document text, like span offsets; sentences never include the
whitespace around them.
"""

from __future__ import annotations

import re
from bisect import bisect_right

_FINAL = ".!?…"
_CLOSING = "\"'”’»)]"
_OPENING = "\"“„«'(["
_WITHIN_LINE = re.compile(
    rf"[{re.escape(_FINAL)}]+[{re.escape(_CLOSING)}]*"
    rf"(?P<gap>[ \t\u00a0]+)[{re.escape(_OPENING)}]*(?P<next>\S)"
)
_LINE_BREAK = re.compile(r"[ \t\u00a0]*\n\s*")
_MAX_ORDINAL_DIGITS = 3
# A line that names a field of the document's metadata, as importers and copied web pages write them.
_METADATA_LINE = re.compile(
    r"^[ \t]*(?:(?:date|dated|published|haber tarihi)[ \t]*:?[ \t]*\d"
    r"|(?:source|publication|title|author|by|url|link|kaynak)[ \t]*:)",
    re.IGNORECASE,
)
# Titles written before a name; a period after them is followed by a capital but ends nothing.
_TITLES = frozenset({"Dr", "Prof", "Doç", "Av", "Sn", "Mr", "Mrs", "Ms", "St", "Gen", "Col", "Lt"})
# A document title shorter than this is too likely to occur inside an ordinary sentence.
_MIN_TITLE_CHARACTERS = 20
_MAX_BYLINE_WORDS = 5


def _is_abbreviation(text: str, punctuation_start: int) -> bool:
    """Whether the period at `punctuation_start` follows an ordinal number or an initial."""
    if text[punctuation_start] != ".":
        return False
    word_start = punctuation_start
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:punctuation_start].lstrip(_OPENING)
    if word.isdigit() and len(word) <= _MAX_ORDINAL_DIGITS:
        return True
    return (len(word) == 1 and word.isalpha() and word.isupper()) or word in _TITLES


def _is_wrapped_line(text: str, before: int, after: int, newlines: int) -> bool:
    """A single newline that a PDF put inside a sentence: no final punctuation before, lowercase after."""
    if newlines != 1 or after >= len(text) or before == 0:
        return False
    previous = text[:before].rstrip(_CLOSING + " \t")
    line = previous[previous.rfind("\n") + 1 :]
    if _METADATA_LINE.match(line):
        return False
    return bool(previous) and previous[-1] not in _FINAL and text[after].islower()


def _breaks(text: str) -> list[tuple[int, int]]:
    """(end of one sentence, start of the next) for every break, in text order."""
    found: list[tuple[int, int]] = []
    for match in _LINE_BREAK.finditer(text):
        start, end = match.start(), match.end()
        if not _is_wrapped_line(text, start, end, match.group().count("\n")):
            found.append((start, end))
    for match in _WITHIN_LINE.finditer(text):
        if not match.group("next").isupper():
            continue
        gap_start = match.start("gap")
        punctuation_start = match.start()
        if _is_abbreviation(text, punctuation_start):
            continue
        found.append((gap_start, match.end("gap")))
    found.sort()
    return found


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Every sentence of `text` as (start, end), stripped of surrounding whitespace, in text order."""
    spans: list[tuple[int, int]] = []
    position = 0
    for end, next_start in [*_breaks(text), (len(text), len(text))]:
        if end < position:  # a break inside one already taken (a line break right after a period)
            continue
        start, stop = position, end
        while start < stop and text[start].isspace():
            start += 1
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if start < stop:
            spans.append((start, stop))
        position = max(position, next_start)
    return spans


def _is_byline(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _MAX_BYLINE_WORDS and text.rstrip()[-1] not in _FINAL and ":" not in text


def title_regions(text: str, title: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """Where `text` repeats the document's `title` as a line of its own (white space and line breaks may
    differ; a byline may follow on its line), and those bylines, to leave out."""
    words = title.split()
    if len(" ".join(words)) < _MIN_TITLE_CHARACTERS:
        return [], []
    titles: list[tuple[int, int]] = []
    bylines: list[tuple[int, int]] = []
    for match in re.finditer(r"\s+".join(re.escape(word) for word in words), text):
        line_end = text.find("\n", match.end())
        line_end = len(text) if line_end < 0 else line_end
        rest = text[match.end() : line_end]
        if not rest.strip():
            titles.append(match.span())
        elif _is_byline(rest) and rest.lstrip()[0].isupper():
            titles.append(match.span())
            bylines.append((match.end(), line_end))
        # else: the title's words go on into a longer line (a title made of a first sentence's start)
    return titles, bylines


def _strip(text: str, start: int, stop: int) -> tuple[int, int]:
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return start, stop


def _split_at_titles(text: str, spans: list[tuple[int, int]], title: str) -> list[tuple[int, int]]:
    titles, bylines = title_regions(text, title)
    if not titles:
        return spans
    points = sorted({point for region in titles for point in region})
    pieces: list[tuple[int, int]] = []
    for start, end in spans:
        edges = [start, *(point for point in points if start < point < end), end]
        for first, last in zip(edges, edges[1:], strict=False):
            piece = _strip(text, first, last)
            inside_byline = any(low <= piece[0] and piece[1] <= high for low, high in bylines)
            if piece[0] < piece[1] and not inside_byline:
                pieces.append(piece)
    # A title wrapped over several lines is one sentence, however its lines were cut.
    result = [
        piece for piece in pieces if not any(low <= piece[0] and piece[1] <= high for low, high in titles)
    ]
    return sorted(result + titles)


class SentenceIndex:
    """The sentences of one document, to find the one around an offset range quickly; `title` is the
    document's title (see the module docstring)."""

    def __init__(self, text: str, title: str = "") -> None:
        self.text = text
        self.spans = _split_at_titles(text, sentence_spans(text), title)
        self._starts = [start for start, _ in self.spans]

    def around(self, start: int, end: int) -> tuple[int, int]:
        """The sentence holding text[start:end]; several sentences joined when the range crosses a break."""
        if not self.spans:
            return start, end
        first = max(bisect_right(self._starts, start) - 1, 0)
        last = first
        while last + 1 < len(self.spans) and self.spans[last][1] < end:
            last += 1
        return min(self.spans[first][0], start), max(self.spans[last][1], end)
