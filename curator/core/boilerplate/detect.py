"""Find the noise in one document's text: rules over whole lines, then line breaks inside sentences.

A line is one of the text's `\\n`-separated lines; a proposed region covers whole lines and the line end
after them, so removing it leaves the text around it intact. Rules run in a fixed order and a line
that an earlier rule took is never proposed again, so proposals never overlap.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass

from curator.core.boilerplate.lexicon import (
    COMMENT_BOX,
    CURRENCY,
    HOME,
    LONGEST_LINE,
    OTHER_PHOTOS,
    RELATED,
    SECTIONS,
    SHARE,
    fold_without_counts,
    lexicon_key,
)

LINE_JOIN = "line_join"
# As in the PDF importer's repair (importers/pdf_text.py): what ends a sentence, what closes a quote.
SENTENCE_END = frozenset(".!?…:;")
CLOSERS = "\"'»”’)]"
HYPHENS = ("-", "\u00ad", "\u2010")
# What each kind means, for menus, reports and the panel.
KINDS: dict[str, str] = {
    "repeated_line": "a line repeated in the document (a caption, a repeated title) or in many documents",
    "other_photos": "an “other photos” list: its heading and the captions under it",
    "related_links": "a list of related articles",
    "ticker": "currency or market ticker lines",
    "section_tag": "a section tag or breadcrumb trail",
    "comment_box": "comment-box text and share buttons",
    "masthead": "a publisher's letterhead above the title",
    "metadata": "a date, URL or date prefix line outside the article text",
    LINE_JOIN: "a hard line break inside a sentence (PDF), proposed for joining",
}


@dataclass(frozen=True, slots=True)
class Proposal:
    """A region of text to exclude (or, for a line join, to replace by `replacement`)."""

    start: int
    end: int
    kind: str
    rule: str
    replacement: str | None = None


@dataclass(frozen=True, slots=True)
class Line:
    start: int  # offset of the first character
    end: int  # offset just past the last character (before "\n")
    stop: int  # offset past the line's "\n" (== end on the last line)
    text: str

    @property
    def stripped(self) -> str:
        return self.text.strip()


def split_lines(text: str) -> list[Line]:
    lines = []
    position = 0
    for raw in text.split("\n"):
        end = position + len(raw)
        stop = min(end + 1, len(text))
        lines.append(Line(position, end, stop, raw))
        position = end + 1
    return lines


_NUMBER = r"[+-]?\d+(?:[.,]\d+)?%?"
_TICKER_ITEM = rf"(?:(?:{CURRENCY})\s*[/:=]?\s*)?{_NUMBER}(?:\s*(?:{CURRENCY}))?"
_BULLETS = "•·▪►▲▼↑↓*"
_TICKER = re.compile(
    rf"^[{_BULLETS}-]?\s*{_TICKER_ITEM}(?:\s*[{_BULLETS}|/]?\s*{_TICKER_ITEM})*\s*[{_BULLETS}]?$"
)
_HAS_CURRENCY = re.compile(rf"(?:^|[\s\d]|\b)(?:{CURRENCY})(?:$|[\s\d=:/]|\b)")
_HAS_BULLET = re.compile(rf"^[{_BULLETS}]")
_BREADCRUMB_SEPARATOR = re.compile(r"\s+[>»›/|]\s+")
_URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$")
_DATE = r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
_DATE_ONLY_LINE = re.compile(rf"^[-–—•]?\s*{_DATE}$")
_DATE_FIELD_LINE = re.compile(
    r"^(?:haber tarih[iİ]|tarih|yay[ıi]n tarih[iİ]|g[üu]ncelleme|g[üu]ncellenme|дата|опубликовано|обновлено|"
    r"жарыяланды|жарыяланган|жаңыланды|date|published|updated)\s*[:：]\s*"
    + rf"(?:{_DATE}|\d{{1,2}}\s+\w+\s+\d{{4}}(?:\s+\d{{1,2}}:\d{{2}})?)$",
    re.IGNORECASE,
)
_DATE_PREFIX = re.compile(r"^\s*date\s+\d{4}-\d{2}-\d{2}\s+")
_WORD = re.compile(r"\w+")


def _is_ticker(line: str) -> bool:
    return bool(_TICKER.match(line)) and bool(_HAS_CURRENCY.search(line) or _HAS_BULLET.match(line))


def _is_section_tag(line: str) -> bool:
    if lexicon_key(line) in SECTIONS:
        return True
    if len(line) > 2 * LONGEST_LINE:
        return False
    parts = _BREADCRUMB_SEPARATOR.split(line)
    if len(parts) < 2 or any(len(part.split()) > 4 or not part for part in parts):
        return False
    folded_parts = [fold_without_counts(part) for part in parts]
    return folded_parts[0] in HOME or sum(part in SECTIONS for part in folded_parts) >= 1


def _is_comment_or_share(line: str) -> str | None:
    folded = lexicon_key(line)
    if folded in COMMENT_BOX:
        return "comment.phrase"
    if folded in SHARE:
        return "share.button"
    return None


def _caption_like(line: str) -> bool:
    """A caption or link title: short, not a sentence of the article."""
    stripped = line.strip()
    return 0 < len(stripped) <= 250 and not stripped.endswith((".", "!", "?", "…", ":"))


class _Taken:
    """Lines already proposed, so later rules skip them."""

    def __init__(self, count: int) -> None:
        self.lines = [False] * count

    def free(self, indexes: range | list[int]) -> bool:
        return not any(self.lines[i] for i in indexes)

    def take(self, indexes: range | list[int]) -> None:
        for i in indexes:
            self.lines[i] = True


def _region(lines: list[Line], first: int, last: int, kind: str, rule: str) -> Proposal:
    return Proposal(lines[first].start, lines[last].stop, kind, rule)


def _line_rule(text: str) -> tuple[str, str] | None:
    """The (kind, rule) of the single-line rule a stripped line meets, or None."""
    if not text:
        return None
    if _is_ticker(text):
        return ("ticker", "ticker.rates")
    if _is_section_tag(text):
        return ("section_tag", "section.name" if lexicon_key(text) in SECTIONS else "section.crumbs")
    if (rule := _is_comment_or_share(text)) is not None:
        return ("comment_box", rule)
    if _URL_LINE.match(text):
        return ("metadata", "meta.url_line")
    if _DATE_FIELD_LINE.match(text):
        return ("metadata", "meta.date_field")
    if _DATE_ONLY_LINE.match(text):
        return ("metadata", "meta.date_line")
    return None


def _line_rules(lines: list[Line], taken: _Taken) -> Iterator[Proposal]:
    """Single-line rules; runs of adjacent lines of the same rule become one region."""
    rules = [_line_rule(line.stripped) for line in lines]
    index = 0
    while index < len(lines):
        found = rules[index]
        if found is None or not taken.free([index]):
            index += 1
            continue
        last = index
        following = last + 1
        while following < len(lines):  # the same rule on the next non-blank lines: one region
            if not lines[following].stripped:
                following += 1
            elif rules[following] == found and taken.free([following]):
                last = following
                following += 1
            else:
                break
        taken.take(range(index, last + 1))
        yield _region(lines, index, last, *found)
        index = last + 1


def _list_heading(text: str) -> tuple[str, str] | None:
    """The (kind, rule) of a gallery or related-news heading, or None."""
    folded = lexicon_key(text)
    if folded in OTHER_PHOTOS:
        return ("other_photos", "photos.heading")
    if folded in RELATED:
        return ("related_links", "related.heading")
    return None


def _lists(lines: list[Line], taken: _Taken) -> Iterator[Proposal]:
    """A gallery or related-news heading and the caption-like lines under it (blank lines allowed)."""
    for index, line in enumerate(lines):
        heading = _list_heading(line.stripped)
        if heading is None or not taken.free([index]):
            continue
        last = index
        for following in range(index + 1, len(lines)):
            text = lines[following].stripped
            if not text:
                continue
            if not _caption_like(text) or not taken.free([following]):
                break
            last = following
        taken.take(range(index, last + 1))
        yield _region(lines, index, last, *heading)


def _key(line: str) -> str:
    return " ".join(line.split())


def repeated_key(line: str) -> str | None:
    """The key a line is compared by for repetition, or None when it is too slight to judge."""
    key = _key(line)
    return key if len(key) >= 12 and len(_WORD.findall(key)) >= 2 else None


def _repeated(lines: list[Line], taken: _Taken) -> Iterator[Proposal]:
    """Every repetition of a line after its first occurrence (a repeated title or photo caption)."""
    texts = [line.text.strip() for line in lines]
    counts = Counter(text for text in texts if text)
    seen: set[str] = set()
    for index, text in enumerate(texts):
        if counts[text] < 2 or repeated_key(text) is None:
            continue
        key = text
        if key not in seen:
            seen.add(key)
            continue
        if taken.free([index]):
            taken.take([index])
            yield _region(lines, index, index, "repeated_line", "repeat.in_document")


def _masthead(lines: list[Line], taken: _Taken) -> Iterator[Proposal]:
    """Short capitalised lines at the very top, before the first blank line (a PDF letterhead)."""
    first = next((i for i, line in enumerate(lines) if line.stripped), None)
    if first is None:
        return
    last = first
    while last + 1 < len(lines) and lines[last + 1].stripped:
        last += 1
    block = lines[first : last + 1]
    if len(block) < 2 or last + 1 >= len(lines) or not any(line.stripped for line in lines[last + 1 :]):
        return
    for line in block:
        text = line.stripped
        if (
            len(text.split()) > 3
            or any(c.isdigit() for c in text)
            or (text[-1] in SENTENCE_END or text[-1] == ",")
        ):
            return
        if not text[0].isupper():
            return
    if taken.free(range(first, last + 1)):
        taken.take(range(first, last + 1))
        yield _region(lines, first, last, "masthead", "masthead.letterhead")


def _date_prefix(text: str) -> Iterator[Proposal]:
    """A "date 2025-11-24" field glued before the first sentence (a scraper's metadata)."""
    match = _DATE_PREFIX.match(text)
    if match:
        yield Proposal(0, match.end(), "metadata", "meta.date_prefix")


def _one_line(text: str) -> list[Proposal]:
    """`detect_lines` of a text without a line break (a sentence task), without building its lines: the
    masthead, the lists' captions and repetitions need two lines, so a date prefix (which takes the line)
    or the line's own rule decides."""
    prefix = [*_date_prefix(text)]
    if prefix:
        return prefix
    stripped = text.strip()
    found = _line_rule(stripped) or _list_heading(stripped)
    return [Proposal(0, len(text), *found)] if found else []


def detect_lines(text: str) -> list[Proposal]:
    """The boilerplate proposals of one text (no line joins), in text order."""
    if "\n" not in text:
        return _one_line(text)
    lines = split_lines(text)
    taken = _Taken(len(lines))
    found = [*_date_prefix(text)]
    if found:
        taken.take([0])
    found += [
        *_masthead(lines, taken),
        *_line_rules(lines, taken),
        *_lists(lines, taken),
        *_repeated(lines, taken),
    ]
    return sorted(found, key=lambda p: (p.start, p.end))


def _wrap_width(lines: list[Line]) -> int | None:
    """The width a hard-wrapped text was printed at, or None when the text is not hard-wrapped.

    Hard-wrapped text (a PDF's) has many consecutive lines of nearly the same length; text with one
    paragraph per line has lines of every length and rarely two non-blank lines in a row.
    """
    widths = sorted(
        len(line.text.rstrip())
        for line, following in zip(lines, lines[1:], strict=False)
        if line.stripped and following.stripped
    )
    if len(widths) < 3:
        return None
    width = widths[int(0.9 * (len(widths) - 1))]
    if width > 160:
        return None
    wide = sum(w >= 0.6 * width for w in widths)
    return width if wide >= 3 else None


def ends_sentence(line: str) -> bool:
    stripped = line.rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


def _hyphenated(line: str) -> bool:
    return len(line) >= 2 and line.endswith(HYPHENS) and line[-2].isalpha()


def detect_joins(text: str, excluded: list[Proposal] | None = None) -> list[Proposal]:
    """Line breaks inside sentences, proposed for joining: a hyphenated word ("-\\n" dropped) or a break
    after a line that does not end a sentence, where the next line starts lowercase or the text is
    hard-wrapped and the line is nearly full. Never next to a line another proposal covers."""
    lines = split_lines(text)
    covered = [False] * len(lines)
    for proposal in excluded or []:
        for index, line in enumerate(lines):
            if line.start < proposal.end and line.stop > proposal.start:
                covered[index] = True
    width = _wrap_width(lines)
    found: list[Proposal] = []
    for index in range(len(lines) - 1):
        line, following = lines[index], lines[index + 1]
        left, right = line.text.rstrip(), following.text.lstrip()
        if not left.strip() or not right or covered[index] or covered[index + 1]:
            continue
        start = line.start + len(left)
        end = following.start + len(following.text) - len(right)
        if right[0].islower() and _hyphenated(left):
            found.append(Proposal(start - 1, end, LINE_JOIN, "join.hyphen", ""))
        elif not ends_sentence(left) and (
            right[0].islower() or (width is not None and len(left) >= 0.6 * width)
        ):
            found.append(Proposal(start, end, LINE_JOIN, "join.sentence", " "))
    return found


def detect(text: str) -> list[Proposal]:
    """Everything proposed for one text: boilerplate regions and line joins, in text order."""
    regions = detect_lines(text)
    if "\n" not in text:  # one line (a sentence task): no break to join
        return regions
    return sorted([*regions, *detect_joins(text, regions)], key=lambda p: (p.start, p.end))
