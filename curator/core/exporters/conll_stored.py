"""A document's own CoNLL tokens: what the CoNLL import kept in `meta["conll"]` (tokens, sentence
starts, middle columns, separator), checked against the text and cut into pieces that can each be one
line of the file, and a spaCy `Doc` of them for alignment. The CoNLL exporter writes such a document on
these tokens, which gives the imported file back as it came in.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc
from spacy.vocab import Vocab

from curator.core.queries import ExportDocument

SEPARATORS = ("\t", " ")
# Characters that would end a line for some reader (str.splitlines breaks at all of these).
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# The unbroken pieces of a stored token: a token never holds a line break or the file's separator.
_PIECE = {
    "\t": re.compile(f"[^\t{LINE_BREAKS}]+"),
    " ": re.compile(f"[^ \t{LINE_BREAKS}]+"),
}


@dataclass(slots=True)
class StoredLayout:
    """A document's stored CoNLL tokenization, cut into pieces that can each be one line."""

    pieces: list[tuple[int, int]]
    columns: list[tuple[str, ...]]  # middle columns per piece (a cut token repeats its own)
    sentence_starts: set[int]  # character offsets
    separator: str
    # A piece of a file without -DOCSTART- has none written; the file's last piece may end it without
    # the blank line after its last sentence, as the file did.
    docstart: bool = True
    final_blank: bool = True


def _int_pairs(value: Any) -> list[tuple[int, int]] | None:
    if not isinstance(value, list):
        return None
    pairs = []
    for item in value:
        if not (isinstance(item, list) and len(item) == 2 and all(type(x) is int for x in item)):
            return None
        pairs.append((item[0], item[1]))
    return pairs


def _tokens_fit(text: str, tokens: Sequence[tuple[int, int]]) -> bool:
    """Whether the stored tokens still spell the text: in order, non-blank, only whitespace between."""
    position = 0
    for start, end in tokens:
        if not position <= start < end <= len(text) or text[position:start].strip():
            return False
        if not text[start:end].strip():
            return False
        position = end
    return bool(tokens) and not text[position:].strip()


def _columns(value: Any, count: int) -> list[tuple[str, ...]] | None:
    if value is None:
        return [()] * count
    if not isinstance(value, list) or len(value) != count:
        return None
    rows = [tuple(row) for row in value if isinstance(row, list) and all(isinstance(x, str) for x in row)]
    if len(rows) != count or len({len(row) for row in rows}) > 1:
        return None
    return rows


def stored_layout(document: ExportDocument, separator: str | None) -> StoredLayout | None:
    """The tokens kept by the CoNLL import if they still fit the text, else None (then spaCy tokenizes).

    `separator` is the file's, once its first document has chosen it; a stored token is cut wherever
    it holds a character that would break that separator's columns or the line.
    """
    meta = document.meta.get("conll")
    if not isinstance(meta, dict):
        return None
    tokens = _int_pairs(meta.get("tokens"))
    sentences = _int_pairs(meta.get("sentences"))
    if tokens is None or sentences is None or not _tokens_fit(document.text, tokens):
        return None
    columns = _columns(meta.get("columns"), len(tokens))
    token_starts = {start for start, _ in tokens}
    starts = {start for start, _ in sentences}
    if columns is None or not starts <= token_starts or tokens[0][0] not in starts:
        return None
    stored_separator = meta.get("separator")
    own = stored_separator if stored_separator in SEPARATORS else " "
    layout = StoredLayout(
        [],
        [],
        starts,
        separator or own,
        meta.get("docstart") is not False,
        meta.get("final_blank") is not False,
    )
    pattern = _PIECE[layout.separator]
    for (start, end), row in zip(tokens, columns, strict=True):
        for match in pattern.finditer(document.text, start, end):
            if match.group().strip():
                layout.pieces.append(match.span())
                layout.columns.append(row)
    return layout


def stored_doc(vocab: Vocab, text: str, pieces: Sequence[tuple[int, int]]) -> Doc:
    """A Doc of `text` whose tokens are `pieces`, the whitespace between them kept as space tokens."""
    words: list[str] = []
    spaces: list[bool] = []

    def gap(between: str) -> None:
        if between.startswith(" ") and words:
            spaces[-1] = True
            between = between[1:]
        if between:
            words.append(between)
            spaces.append(False)

    position = 0
    for start, end in pieces:
        gap(text[position:start])
        words.append(text[start:end])
        spaces.append(False)
        position = end
    gap(text[position:])
    return Doc(vocab, words=words, spaces=spaces)


class GivenTokens:
    """A spaCy tokenizer that returns a Doc built beforehand, so alignment starts from stored tokens."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    def __call__(self, text: str) -> Doc:
        if text != self.doc.text:
            raise ValueError("the stored tokens were built for another text")
        return self.doc
