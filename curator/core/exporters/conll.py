"""CoNLL-2003 / BIO: one token per line with its tag last, a blank line after each sentence.

Layout (every line of a document has the same number of columns, so column-wise readers never misread):

    -DOCSTART- -X- -X- O        one per document, "-X-" for each middle column ("-DOCSTART- O" for two)
    (blank)
    token [middle columns] TAG  the middle columns (POS, chunk) only for documents imported from CoNLL
    (blank)                     after every sentence

A document imported from CoNLL is written with the tokens, sentence breaks, middle columns and column
separator kept in `meta["conll"]`, which gives the file back as it came in. Any other document is
tokenized by its language's spaCy tokenizer and split into sentences at newlines and by spaCy's
rule-based sentencizer. Either way tokens are cut at span boundaries ("Bişkek'te" → "Bişkek" + "'te",
a cut token keeping its middle columns on every piece), and the cuts are reported. CoNLL holds neither
overlapping spans nor spans across a sentence break: the same non-overlapping subset as the DocBin
export's `doc.ents` is written and every other span is reported as left out, and a sentence break inside
a span is not written. Whitespace tokens (newlines) never become lines.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import spacy
from spacy.language import Language
from spacy.pipeline.sentencizer import Sentencizer
from spacy.tokens import Doc
from spacy.vocab import Vocab

from curator.core.domain import CuratorError
from curator.core.exporters.alignment import AlignedDocument, TokenAlignment
from curator.core.exporters.atomic import StagedFiles
from curator.core.exporters.base import ExportRun, named_exporter
from curator.core.exporters.docbin import SpanTuple, choose_entity_tuples
from curator.core.exporters.report import LeftOutSpan
from curator.core.queries import ExportDocument

CONLL_SCHEMES = ("IOB2", "IOB1", "BILOU")
DOCSTART = "-DOCSTART-"
DOCSTART_FILLER = "-X-"
OUTSIDE = "O"
SEPARATORS = ("\t", " ")
OVERLAP_REASON = "overlaps a longer or earlier span (CoNLL cannot hold overlapping spans)"
# Characters that would end a line for some reader (str.splitlines breaks at all of these).
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
# The unbroken pieces of a stored token: a token never holds a line break or the file's separator.
_PIECE = {
    "\t": re.compile(f"[^\t{LINE_BREAKS}]+"),
    " ": re.compile(f"[^ \t{LINE_BREAKS}]+"),
}
_UNSAFE = {"\t": re.compile(f"[\t{LINE_BREAKS}]"), " ": re.compile(rf"[\s{LINE_BREAKS}]")}
_LINES_PER_WRITE = 5_000
# Where a text can have whitespace tokens: a leading space, two spaces, whitespace other than a space.
_SPACE_TOKENS = re.compile(r"^ |  |[^\S ]")
# What spaCy's rule-based sentencizer ends a sentence with (its default `punct_chars`).
_SENTENCE_ENDS = frozenset(Sentencizer.default_punct_chars)


def conll_scheme(name: str) -> str:
    """The canonical scheme name ("iob2" → "IOB2"), or a CuratorError listing the choices."""
    scheme = name.strip().upper()
    if scheme not in CONLL_SCHEMES:
        raise CuratorError(f"unknown CoNLL tag scheme {name!r}; one of {', '.join(CONLL_SCHEMES)}")
    return scheme


# --- the document's own tokens (imported from CoNLL) ---------------------------------------------


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


# --- sentences and tags --------------------------------------------------------------------------


@dataclass(slots=True)
class PlainTokens:
    """One document's refined tokens as character offsets, and which are whitespace (never a line)."""

    text: str
    starts: list[int]
    ends: list[int]
    blank: list[bool]

    @classmethod
    def of(cls, text: str, aligned: AlignedDocument) -> PlainTokens:
        """Offsets and whitespace from the text itself: the export pipelines' lexemes lack `is_space`."""
        starts = [token.idx for token in aligned.doc]
        ends = [start + len(token.text) for start, token in zip(starts, aligned.doc, strict=True)]
        return cls.of_offsets(text, starts, ends)

    @classmethod
    def of_offsets(cls, text: str, starts: list[int], ends: list[int]) -> PlainTokens:
        """A text without leading, double or other whitespace than single spaces (most of them) has
        no whitespace token: the spaces are the tokens' trailing ones."""
        if _SPACE_TOKENS.search(text) is None:
            return cls(text, starts, ends, [False] * len(starts))
        blank = [text[start:end].isspace() for start, end in zip(starts, ends, strict=True)]
        return cls(text, starts, ends, blank)

    def words(self, span: SpanTuple) -> list[int]:
        """The indices of the span's tokens that are written as lines."""
        return [index for index in range(span[3], span[4]) if not self.blank[index]]


def is_punct(word: str) -> bool:
    """spaCy's `is_punct` lexeme flag (`spacy.lang.lex_attrs.is_punct`): every character punctuation."""
    return all(unicodedata.category(char).startswith("P") for char in word)


def sentencizer_starts(words: Sequence[str]) -> list[bool]:
    """Which of `words` spaCy's rule-based `Sentencizer` (default punctuation) makes sentence starts.

    Its rule, on the words alone: the first word, and every word that is neither punctuation nor a
    sentence end after a run that held a sentence end. Building a `Doc` per document to run the
    sentencizer cost as much as the rest of a CoNLL export; tests/core/test_conll_batched.py checks
    that this gives the sentencizer's starts on random words.
    """
    starts = [False] * len(words)
    seen_end = False
    for index, word in enumerate(words):
        is_end = word in _SENTENCE_ENDS
        if seen_end and not is_end and not is_punct(word):
            starts[index] = True
            seen_end = False
        elif is_end:
            seen_end = True
    if starts:
        starts[0] = True
    return starts


def spacy_sentence_starts(tokens: PlainTokens) -> set[int]:
    """Sentence starts (character offsets) at every line break and wherever spaCy's sentencizer puts one."""
    text = tokens.text
    words = list(map(text.__getitem__, map(slice, tokens.starts, tokens.ends)))
    starts: set[int] = set()
    pending = True
    for word, start, blank, sentence_start in zip(
        words, tokens.starts, tokens.blank, sentencizer_starts(words), strict=True
    ):
        if blank:
            pending = pending or sentence_start or any(c in LINE_BREAKS for c in word)
            continue
        if pending or sentence_start:
            starts.add(start)
        pending = False
    return starts


def _continues(tokens: PlainTokens, previous: SpanTuple | None, entity: SpanTuple, starts: set[int]) -> bool:
    """Whether `entity` directly follows one of its type in the same sentence: IOB1's only B- case."""
    if previous is None or previous[2] != entity[2] or entity[0] in starts:
        return False
    return all(tokens.blank[index] for index in range(previous[4], entity[3]))


def tags(tokens: PlainTokens, entities: Sequence[SpanTuple], starts: set[int], scheme: str) -> dict[int, str]:
    """Tag of every token inside an entity, by token index; tokens not listed are O."""
    tagged: dict[int, str] = {}
    previous: SpanTuple | None = None
    for entity in entities:
        words = tokens.words(entity)
        label = entity[2]
        first = "B"
        if scheme == "IOB1" and not _continues(tokens, previous, entity, starts):
            first = "I"
        for position, index in enumerate(words):
            prefix = first if position == 0 else "I"
            if scheme == "BILOU":
                prefix = "U" if len(words) == 1 else "L" if position == len(words) - 1 else prefix
            tagged[index] = f"{prefix}-{label}"
        previous = entity
    return tagged


def _safe_label(label: str, separator: str) -> str:
    if _UNSAFE[separator].search(label):
        raise CuratorError(
            f"label {label!r} holds a space or line break, which CoNLL columns cannot; rename it to export"
        )
    return label


def _safe_column(value: str, separator: str) -> str:
    """A middle column value that cannot break the line (only possible when tab and space files mix)."""
    return _UNSAFE[separator].sub("_", value)


def document_lines(
    tokens: PlainTokens,
    entities: Sequence[SpanTuple],
    starts: set[int],
    layout: StoredLayout | None,
    scheme: str,
    separator: str,
) -> list[str]:
    """The lines of one document, from its -DOCSTART- line to the blank line after its last sentence.

    Built as a list in one loop (a generator's yield per token was a fifth of a CoNLL export)."""
    inside = {tokens.starts[index] for entity in entities for index in tokens.words(entity)[1:]}
    starts = starts - inside
    tagged = tags(tokens, entities, starts, scheme)
    width = len(layout.columns[0]) if layout is not None and layout.columns else 0
    piece_starts = [start for start, _ in layout.pieces] if layout is not None else []
    lines: list[str] = []
    if layout is None or layout.docstart:
        lines += (separator.join([DOCSTART, *[DOCSTART_FILLER] * width, OUTSIDE]), "")
    append = lines.append
    in_sentence = False
    text = tokens.text
    tag_of = tagged.get
    for index, (start, end, blank) in enumerate(zip(tokens.starts, tokens.ends, tokens.blank, strict=True)):
        if blank:
            continue
        if in_sentence and start in starts:
            append("")
        if width:
            row = layout.columns[bisect_right(piece_starts, start) - 1]  # type: ignore[union-attr]  # width>0
            middle = [_safe_column(value, separator) for value in row]
            append(separator.join([text[start:end], *middle, tag_of(index, OUTSIDE)]))
        else:
            append(f"{text[start:end]}{separator}{tag_of(index, OUTSIDE)}")
        in_sentence = True
    if in_sentence:
        append("")
    return lines


# --- the export ----------------------------------------------------------------------------------


class ConllWriter:
    """Writes documents one at a time; the first document decides the file's column separator."""

    def __init__(self, run: ExportRun) -> None:
        self.run = run
        self.scheme = conll_scheme(run.options.conll_scheme)
        self.separator: str | None = None
        self.final_blank = True  # whether the last document written ends with its blank line
        self._nlp: Language | None = None

    @property
    def nlp(self) -> Language:
        """A plain blank pipeline whose tokenizer is swapped per document for its imported tokens."""
        if self._nlp is None:
            self._nlp = spacy.blank("xx")
            # Its tokenizer only hands over tokens already made, so spaCy's guard against huge texts
            # (a CoNLL file without -DOCSTART- is one document) protects nothing here.
            self._nlp.max_length = 2**62
        return self._nlp

    def lines(self, document: ExportDocument, alignment: TokenAlignment | None) -> list[str]:
        """The lines of `document`, aligned on the export tokenizer's tokens (`alignment`), or on the
        tokens its CoNLL import kept when `alignment` is None (`has_own_tokens`)."""
        layout = None
        if alignment is None:
            layout = stored_layout(document, self.separator)
            if layout is None:
                raise AssertionError(f"document {document.id} has no stored CoNLL tokens to align on")
            self.nlp.tokenizer = GivenTokens(stored_doc(self.nlp.vocab, document.text, layout.pieces))
            aligned = self.run.align(document, self.nlp)
            tokens = PlainTokens.of(document.text, aligned)
            starts = layout.sentence_starts
            spans = [
                (span.start_char, span.end_char, span.label_, span.start, span.end) for span in aligned.spans
            ]
        else:
            tokens = PlainTokens.of_offsets(document.text, alignment.starts, alignment.ends)
            starts = spacy_sentence_starts(tokens)
            spans = alignment.spans
        if self.separator is None:
            self.separator = layout.separator if layout is not None else " "
        self.final_blank = layout is None or layout.final_blank
        entities = self._entities(document, spans)
        return document_lines(tokens, entities, starts, layout, self.scheme, self.separator)

    def _entities(self, document: ExportDocument, spans: list[SpanTuple]) -> list[SpanTuple]:
        """The non-overlapping spans to write; the others go to the report with the reason."""
        entities, blocked = choose_entity_tuples(spans)
        report = self.run.report
        for entity in entities:
            _safe_label(entity[2], self.separator or " ")
        report.spans_written += len(entities)
        report.left_out.extend(
            LeftOutSpan(document.id, start, end, label, document.text[start:end], OVERLAP_REASON)
            for (start, end, label, _, _), _ in blocked
        )
        return entities


def has_own_tokens(document: ExportDocument) -> bool:
    """Whether `document` is written on the tokens its CoNLL import kept, not the tokenizer's."""
    return "conll" in document.meta and stored_layout(document, None) is not None


def write(run: ExportRun) -> None:
    writer = ConllWriter(run)
    with StagedFiles() as staged:
        temporary = staged.add(run.out)
        with temporary.open("w", encoding="utf-8", newline="\n") as handle:
            # Written a block at a time, the last line held back: the file's very last blank line may
            # not be wanted.
            lines: list[str] = []
            for document, alignment in run.aligned_or_own(has_own_tokens):
                lines.extend(writer.lines(document, alignment))
                if len(lines) > _LINES_PER_WRITE:
                    handle.write("\n".join(lines[:-1]) + "\n")
                    del lines[:-1]
            if lines and not (lines[-1] or writer.final_blank):
                lines.pop()
            if lines:
                handle.write("\n".join(lines) + "\n")
        staged.commit()
    run.report.outputs.append(run.out)
    run.note_layer_copies("CoNLL has no field for the annotator, so they follow each other in layer order")


EXPORTER = named_exporter("conll", write)
