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

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.language import Language
from spacy.tokens import Doc, Span

from curator.core.text.tokenization import DocumentTokens, doc_tokens


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
class TokenAlignment:
    """One document's refined tokens as offsets, its spans as token ranges, and what alignment changed.

    `tokens` are the tokenizer's tokens; `starts`, `ends` and `spaces` the refined ones (the same lists
    when nothing was split). `spans` are (start_char, end_char, label, token_start, token_end) in reading
    order, `token_end` exclusive. `inside_tokens` are (index in `spans`, token text) for spans that start
    or end inside a token of the tokenizer: a consumer that re-tokenizes the text (as `spacy train` does)
    will not find their boundaries.
    """

    tokens: DocumentTokens
    starts: list[int]
    ends: list[int]
    spaces: list[bool]
    spans: list[tuple[int, int, str, int, int]]
    splits: list[TokenSplit] = field(default_factory=list)
    inside_tokens: list[tuple[int, str]] = field(default_factory=list)
    trimmed: list[TrimmedSpan] = field(default_factory=list)
    left_out: list[UnalignedSpan] = field(default_factory=list)
    cut_tokens: list[int] = field(default_factory=list)  # the index in `tokens` of each of `splits`


@dataclass(slots=True)
class AlignedDocument:
    """The refined `Doc`, its spans as spaCy `Span`s in reading order, and what alignment changed."""

    doc: Doc
    spans: list[Span]
    splits: list[TokenSplit] = field(default_factory=list)
    # Spans that start or end inside a token of the language's own tokenizer, with that token's text.
    inside_tokens: list[tuple[Span, str]] = field(default_factory=list)
    trimmed: list[TrimmedSpan] = field(default_factory=list)
    left_out: list[UnalignedSpan] = field(default_factory=list)


class AlignmentError(AssertionError):
    """The refined tokens do not reproduce the text: a bug here, never a data problem."""


def align(nlp: Language, text: str, spans: Sequence[tuple[int, int, str]]) -> AlignedDocument:
    """Tokenize `text` with `nlp` and split tokens so every span in `spans` is a strict char span.

    The `Doc` form of `align_tokens`, for callers that want spaCy objects (the JSONL and DocBin exporters
    work on the integers).
    """
    tokenized = nlp.make_doc(text)
    tokens = doc_tokens(tokenized)
    alignment = align_tokens(text, tokens, spans)
    doc = tokenized
    if alignment.splits:
        words = [text[start:end] for start, end in zip(alignment.starts, alignment.ends, strict=True)]
        doc = Doc(tokenized.vocab, words=words, spaces=alignment.spaces)
    if doc.text != text:
        raise AlignmentError(f"tokens do not reproduce the text: {doc.text[:60]!r} vs {text[:60]!r}")
    aligned = [Span(doc, first, last, label=label) for _, _, label, first, last in alignment.spans]
    inside_tokens = [(aligned[index], token_text) for index, token_text in alignment.inside_tokens]
    return AlignedDocument(
        doc, aligned, alignment.splits, inside_tokens, alignment.trimmed, alignment.left_out
    )


def align_tokens(text: str, tokens: DocumentTokens, spans: Sequence[tuple[int, int, str]]) -> TokenAlignment:
    """Cut `tokens` (of `text`) so every span in `spans` starts and ends on a token boundary.

    Every token a span boundary falls strictly inside is cut there; a token's trailing space stays with
    its last piece, so the pieces still spell the text.
    """
    kept, trimmed, left_out = _clean_spans(text, spans)
    starts, ends, spaces = tokens.starts, tokens.ends, tokens.spaces
    cuts: dict[int, list[int]] = {}  # token index -> the span boundaries strictly inside that token
    # Each span's covering token text: None if it is a token span of the tokenizer's tokens, else the
    # text of the tokens it touches (what `char_span(..., alignment_mode="expand")` covers).
    covering: list[str | None] = []
    for start, end, _ in kept:
        first = bisect_right(starts, start) - 1  # the token the span starts in
        last = bisect_right(starts, end - 1) - 1  # and the one it ends in
        if first < 0 or last < 0:  # before the first token (or no tokens): left out below
            covering.append(None)
            continue
        if starts[first] < start < ends[first]:
            cuts.setdefault(first, []).append(start)
        if starts[last] < end < ends[last]:
            cuts.setdefault(last, []).append(end)
        covered = starts[first] == start and ends[last] == end
        covering.append(None if covered else text[starts[first] : ends[last]])
    splits: list[TokenSplit] = []
    cut_tokens = sorted(cuts)
    if cuts:
        starts, ends, spaces = list(starts), list(ends), list(spaces)
        # The last token first, so the indexes of the tokens still to cut stay where they are.
        for index in reversed(cut_tokens):
            points = sorted(set(cuts[index]))
            starts[index + 1 : index + 1] = points
            ends[index:index] = points
            spaces[index:index] = [False] * len(points)
            bounds = [tokens.starts[index], *points, tokens.ends[index]]
            pieces = tuple([text[a:b] for a, b in pairwise(bounds)])
            splits.append(TokenSplit(text[bounds[0] : bounds[-1]], pieces))
        splits.reverse()
    aligned: list[tuple[int, int, str, int, int]] = []
    inside: list[tuple[int, str]] = []
    count = len(starts)
    for (start, end, label), token_text in zip(kept, covering, strict=True):
        first = bisect_left(starts, start)
        last = bisect_left(ends, end)
        if first == count or starts[first] != start or last == count or ends[last] != end:
            left_out.append(UnalignedSpan(start, end, label, "no token boundary at its start or end"))
            continue
        if cuts and token_text is not None:
            inside.append((len(aligned), token_text))
        aligned.append((start, end, label, first, last + 1))
    return TokenAlignment(
        tokens, starts, ends, spaces, aligned, splits, inside, trimmed, left_out, cut_tokens
    )


def _clean_spans(
    text: str, spans: Sequence[tuple[int, int, str]]
) -> tuple[list[tuple[int, int, str]], list[TrimmedSpan], list[UnalignedSpan]]:
    """Trim whitespace off span edges; set aside spans that are out of range, blank or repeated."""
    kept: list[tuple[int, int, str]] = []
    trimmed: list[TrimmedSpan] = []
    left_out: list[UnalignedSpan] = []
    seen: set[tuple[int, int, str]] = set()
    length = len(text)
    for start, end, label in spans:
        if not 0 <= start < end <= length:
            left_out.append(UnalignedSpan(start, end, label, f"offsets outside the text (0-{length})"))
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
        if new_start != start or new_end != end:
            trimmed.append(TrimmedSpan(start, end, label, new_start, new_end))
        kept.append(key)
    kept.sort()
    return kept, trimmed, left_out
