"""The CoNLL exporter's sentence starts and lines, built from whole lists, against the token-by-token rules.

The export finds sentence ends by searching the text, tags an entity's tokens by one slice and writes
rows in one pass. Here random texts (every script, sentence ends of several planes among them, whitespace
tokens of every kind, spans that cut tokens and overlap) are checked against the plain rules those
replaced: spaCy's sentencizer run on a `Doc` of the words, and a loop tagging and writing token by token.
"""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from curator.core.exporters.alignment import align
from curator.core.exporters.conll import PlainTokens, document_lines, spacy_sentence_starts
from curator.core.exporters.conll_stored import LINE_BREAKS
from curator.core.exporters.docbin import SpanTuple, choose_entity_tuples
from tests.core.test_export_equivalence import PIECES, random_spans

# Sentence ends of the Basic Multilingual Plane and beyond it, and characters beyond it that are not.
ENDS = [".", "!", "?", "。", "؟", "।", "‼", "𑁇", "𖩮", "🙂", "𝪈", "...", "?!", ".)", "»"]
NLP = spacy.blank("xx")
SENTENCIZER = Sentencizer()


def random_text(rng: random.Random) -> str:
    pieces = [*PIECES, *ENDS * 4]
    return "".join(rng.choice(pieces) + rng.choice(["", " ", " "]) for _ in range(rng.randint(0, 40)))


def tokens_of(text: str) -> tuple[PlainTokens, list[SpanTuple]]:
    aligned = align(NLP, text, random_spans(random.Random(len(text)), text))
    spans = [(span.start_char, span.end_char, span.label_, span.start, span.end) for span in aligned.spans]
    return PlainTokens.of(text, aligned), spans


def sentencizer_starts_of(tokens: PlainTokens) -> set[int]:
    """spaCy's sentencizer on a Doc of all the words; a start on a whitespace token, or a line break in
    one, moves to the next word."""
    words = [tokens.text[start:end] for start, end in zip(tokens.starts, tokens.ends, strict=True)]
    doc = SENTENCIZER(Doc(NLP.vocab, words=words, spaces=[False] * len(words)))
    starts: set[int] = set()
    pending = True
    for token, start, blank in zip(doc, tokens.starts, tokens.blank, strict=True):
        if blank:
            pending = pending or bool(token.is_sent_start) or any(c in LINE_BREAKS for c in token.text)
            continue
        if pending or token.is_sent_start:
            starts.add(start)
        pending = False
    return starts


def lines_token_by_token(
    tokens: PlainTokens, entities: list[SpanTuple], starts: set[int], scheme: str
) -> list[str]:
    """The lines as the exporter wrote them one token at a time."""
    inside = {tokens.starts[index] for entity in entities for index in tokens.words(entity)[1:]}
    starts = starts - inside
    tagged: dict[int, str] = {}
    previous: SpanTuple | None = None
    for entity in entities:
        words = tokens.words(entity)
        first = "B"
        follows = (
            previous is not None
            and previous[2] == entity[2]
            and entity[0] not in starts
            and all(tokens.blank[index] for index in range(previous[4], entity[3]))
        )
        if scheme == "IOB1" and not follows:
            first = "I"
        for position, index in enumerate(words):
            prefix = first if position == 0 else "I"
            if scheme == "BILOU":
                prefix = "U" if len(words) == 1 else "L" if position == len(words) - 1 else prefix
            tagged[index] = f"{prefix}-{entity[2]}"
        previous = entity
    lines = ["-DOCSTART- O", ""]
    in_sentence = False
    for index, (start, end, blank) in enumerate(zip(tokens.starts, tokens.ends, tokens.blank, strict=True)):
        if blank:
            continue
        if in_sentence and start in starts:
            lines.append("")
        lines.append(f"{tokens.text[start:end]} {tagged.get(index, 'O')}")
        in_sentence = True
    if in_sentence:
        lines.append("")
    return lines


def test_sentence_starts_are_the_sentencizers_and_the_line_breaks() -> None:
    rng = random.Random(3)
    for _ in range(600):
        tokens, _ = tokens_of(random_text(rng))
        assert spacy_sentence_starts(tokens) == sentencizer_starts_of(tokens), tokens.text


@pytest.mark.parametrize("scheme", ["IOB2", "IOB1", "BILOU"])
def test_lines_are_those_written_token_by_token(scheme: str) -> None:
    rng = random.Random(4)
    for _ in range(600):
        tokens, spans = tokens_of(random_text(rng))
        entities, _ = choose_entity_tuples(spans)
        starts = spacy_sentence_starts(tokens)
        expected = lines_token_by_token(tokens, entities, starts, scheme)
        assert document_lines(tokens, entities, starts, None, scheme, " ") == expected, tokens.text
