"""Character-offset spans onto tokens, refining the tokenization instead of dropping a span.

Curator stores spans as code-point offsets, independent of tokens (see DOMAIN.md, "Language facts"). Token
formats need every span boundary to be a token boundary, but spaCy keeps Turkish "Bişkek'te" and Kyrgyz
"ЖККУнун" as one token, so the entity "Bişkek" or "ЖККУ" would not be a token span and
`doc.char_span(..., alignment_mode="strict")` would return None: the classic silent loss (spaCy #6071).
Here the tokenizer's output is the starting point and every token a boundary falls inside is cut at that
boundary, so each span becomes exactly a strict char span and the text is reproduced character for
character. What was changed (split tokens, trimmed whitespace) and what could not be kept is returned
for the export report.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span


@dataclass(frozen=True, slots=True)
class TokenSplit:
    """A tokenizer token cut into pieces at span boundaries."""

    token: str
    pieces: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TrimmedSpan:
    """A span whose leading or trailing whitespace was cut off (tokens never start with the space)."""

    start: int
    end: int
    label: str
    new_start: int
    new_end: int


@dataclass(frozen=True, slots=True)
class UnalignedSpan:
    """A span that could not be exported, and why."""

    start: int
    end: int
    label: str
    reason: str


@dataclass(slots=True)
class AlignedDocument:
    """The refined `Doc`, its spans as spaCy `Span`s in reading order, and what alignment changed."""

    doc: Doc
    spans: list[Span]
    splits: list[TokenSplit] = field(default_factory=list)
    # Spans that start or end inside a token of the language's own tokenizer, with that token's text:
    # a consumer that re-tokenizes the text (as `spacy train` does) will not find their boundaries.
    inside_tokens: list[tuple[Span, str]] = field(default_factory=list)
    trimmed: list[TrimmedSpan] = field(default_factory=list)
    left_out: list[UnalignedSpan] = field(default_factory=list)


class AlignmentError(AssertionError):
    """The refined tokens do not reproduce the text: a bug here, never a data problem."""


def align(nlp: Language, text: str, spans: Sequence[tuple[int, int, str]]) -> AlignedDocument:
    """Tokenize `text` with `nlp` and split tokens so every span in `spans` is a strict char span."""
    kept, trimmed, left_out = _clean_spans(text, spans)
    tokenized = nlp.make_doc(text)
    doc, splits = refine_tokens(
        tokenized, text, {offset for start, end, _ in kept for offset in (start, end)}
    )
    if doc.text != text:
        raise AlignmentError(f"tokens do not reproduce the text: {doc.text[:60]!r} vs {text[:60]!r}")
    aligned: list[Span] = []
    for start, end, label in kept:
        span = doc.char_span(start, end, label=label, alignment_mode="strict")
        if span is None:
            left_out.append(UnalignedSpan(start, end, label, "no token boundary at its start or end"))
        else:
            aligned.append(span)
    inside: list[tuple[Span, str]] = []
    if splits:
        for span in aligned:
            if tokenized.char_span(span.start_char, span.end_char, alignment_mode="strict") is None:
                covering = tokenized.char_span(span.start_char, span.end_char, alignment_mode="expand")
                inside.append((span, covering.text if covering is not None else span.text))
    return AlignedDocument(doc, aligned, splits, inside, trimmed, left_out)


def refine_tokens(doc: Doc, text: str, boundaries: set[int]) -> tuple[Doc, list[TokenSplit]]:
    """`doc` (of `text`) with every token a boundary falls strictly inside cut there; `doc` if none does.

    A token's trailing space stays with its last piece, so the words and spaces still spell the text.
    `text` is passed along because `doc.text` is rebuilt from the tokens on every access.
    """
    cuts = sorted(boundaries)
    if not cuts:
        return doc, []
    words: list[str] = []
    spaces: list[bool] = []
    splits: list[TokenSplit] = []
    next_cut = 0
    for token in doc:
        start = token.idx
        end = start + len(token.text)
        while next_cut < len(cuts) and cuts[next_cut] <= start:
            next_cut += 1
        inner: list[int] = []
        while next_cut < len(cuts) and cuts[next_cut] < end:
            inner.append(cuts[next_cut])
            next_cut += 1
        trailing_space = bool(token.whitespace_)
        if not inner:
            words.append(token.text)
            spaces.append(trailing_space)
            continue
        pieces = [text[a:b] for a, b in pairwise([start, *inner, end])]
        words.extend(pieces)
        spaces.extend([False] * (len(pieces) - 1) + [trailing_space])
        splits.append(TokenSplit(token.text, tuple(pieces)))
    if not splits:
        return doc, []
    return Doc(doc.vocab, words=words, spaces=spaces), splits


def _clean_spans(
    text: str, spans: Sequence[tuple[int, int, str]]
) -> tuple[list[tuple[int, int, str]], list[TrimmedSpan], list[UnalignedSpan]]:
    """Trim whitespace off span edges; set aside spans that are out of range, blank or repeated."""
    kept: list[tuple[int, int, str]] = []
    trimmed: list[TrimmedSpan] = []
    left_out: list[UnalignedSpan] = []
    seen: set[tuple[int, int, str]] = set()
    for start, end, label in spans:
        if not 0 <= start < end <= len(text):
            left_out.append(UnalignedSpan(start, end, label, f"offsets outside the text (0-{len(text)})"))
            continue
        new_start, new_end = start, end
        while new_start < new_end and text[new_start].isspace():
            new_start += 1
        while new_end > new_start and text[new_end - 1].isspace():
            new_end -= 1
        if new_start == new_end:
            left_out.append(UnalignedSpan(start, end, label, "only whitespace"))
            continue
        key = (new_start, new_end, label)
        if key in seen:
            left_out.append(
                UnalignedSpan(start, end, label, "same as another span once whitespace is trimmed")
            )
            continue
        seen.add(key)
        if (new_start, new_end) != (start, end):
            trimmed.append(TrimmedSpan(start, end, label, new_start, new_end))
        kept.append(key)
    kept.sort()
    return kept, trimmed, left_out
