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
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import spacy
from spacy.language import Language
from spacy.pipeline.sentencizer import Sentencizer

from curator.core.domain import CuratorError
from curator.core.exporters.alignment import AlignedDocument, TokenAlignment
from curator.core.exporters.atomic import StagedFiles
from curator.core.exporters.base import ExportRun, named_exporter
from curator.core.exporters.conll_stored import (
    LINE_BREAKS,
    GivenTokens,
    StoredLayout,
    stored_doc,
    stored_layout,
)
from curator.core.exporters.docbin import SpanTuple, choose_entity_tuples
from curator.core.exporters.report import LeftOutSpan
from curator.core.queries import ExportDocument

CONLL_SCHEMES = ("IOB2", "IOB1", "BILOU")
DOCSTART = "-DOCSTART-"
DOCSTART_FILLER = "-X-"
OUTSIDE = "O"
OVERLAP_REASON = "overlaps a longer or earlier span (CoNLL cannot hold overlapping spans)"
_UNSAFE = {"\t": re.compile(f"[\t{LINE_BREAKS}]"), " ": re.compile(rf"[\s{LINE_BREAKS}]")}
_LINES_PER_WRITE = 5_000
# What spaCy's rule-based sentencizer ends a sentence with (its default `punct_chars`).
_SENTENCE_ENDS = frozenset(Sentencizer.default_punct_chars)  # single characters, all of them
# Where a sentence end can be in a text. The class lists the ends in the Basic Multilingual Plane and
# takes in every character beyond it: `re` tests a class holding characters beyond it one member at a
# time (40 µs for a sentence), one with a single range there in a step (4 µs); candidates are checked.
_SENTENCE_END = re.compile(
    "["
    + re.escape("".join(sorted(end for end in _SENTENCE_ENDS if end < "\U00010000")))
    + "\U00010000-\U0010ffff]"
)
_LINE_BREAK = re.compile(f"[{LINE_BREAKS}]")


def conll_scheme(name: str) -> str:
    """The canonical scheme name ("iob2" → "IOB2"), or a CuratorError listing the choices."""
    scheme = name.strip().upper()
    if scheme not in CONLL_SCHEMES:
        raise CuratorError(f"unknown CoNLL tag scheme {name!r}; one of {', '.join(CONLL_SCHEMES)}")
    return scheme


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
        no whitespace token: the spaces are the tokens' trailing ones. Every whitespace character but
        the space is unprintable, so `isprintable` (a few Cf characters too, which only cost the
        token-by-token test) rules them out faster than a regular expression (14 µs a sentence)."""
        if text.isprintable() and "  " not in text and not text.startswith(" "):
            return cls(text, starts, ends, [False] * len(starts))
        blank = [text[start:end].isspace() for start, end in zip(starts, ends, strict=True)]
        return cls(text, starts, ends, blank)

    def words(self, span: SpanTuple) -> list[int]:
        """The indices of the span's tokens that are written as lines."""
        return [index for index in range(span[3], span[4]) if not self.blank[index]]

    def written(self) -> list[int]:
        """The indices of the tokens written as lines: all but the whitespace tokens."""
        return [index for index, blank in enumerate(self.blank) if not blank]


def is_punct(word: str) -> bool:
    """spaCy's `is_punct` lexeme flag (`spacy.lang.lex_attrs.is_punct`): every character punctuation."""
    return all(unicodedata.category(char).startswith("P") for char in word)


def _starts_after_ends(word: Callable[[int], str], count: int, ends: Iterable[int]) -> list[int]:
    """The sentencizer's starts after the first word, given which words end a sentence (ascending).

    Its rule: after a sentence end, the first word that is neither punctuation nor another end starts a
    sentence. Only the words after each end are looked at, so a sentence costs a few steps, not one
    per word."""
    found: list[int] = []
    resume = 0
    for end in ends:
        if end < resume:  # inside the run of punctuation already passed
            continue
        index = end + 1
        while index < count and (word(index) in _SENTENCE_ENDS or is_punct(word(index))):
            index += 1
        if index == count:
            break
        found.append(index)
        resume = index
    return found


def sentencizer_starts(words: Sequence[str]) -> list[bool]:
    """Which of `words` spaCy's rule-based `Sentencizer` (default punctuation) makes sentence starts:
    the first word and those of `_starts_after_ends`. Building a `Doc` per document to run the
    sentencizer cost as much as the rest of a CoNLL export; tests/core/test_token_store.py checks that
    this gives the sentencizer's starts on random words, tests/core/test_conll_lines.py that
    `spacy_sentence_starts` gives them on random texts."""
    starts = [False] * len(words)
    ends = [index for index, word in enumerate(words) if word in _SENTENCE_ENDS]
    for index in _starts_after_ends(words.__getitem__, len(words), ends):
        starts[index] = True
    if starts:
        starts[0] = True
    return starts


def spacy_sentence_starts(tokens: PlainTokens) -> set[int]:
    """Sentence starts (character offsets) at every line break and wherever spaCy's sentencizer puts one.

    A sentence end is one character, so the text is searched for them instead of testing every token;
    a start the sentencizer or a line break puts on a whitespace token goes to the next word."""
    text, starts, ends = tokens.text, tokens.starts, tokens.ends
    count = len(starts)

    def word(index: int) -> str:
        return text[starts[index] : ends[index]]

    sentence_ends = []
    for match in _SENTENCE_END.finditer(text):
        start, index = match.start(), bisect_left(starts, match.start())
        if (
            index < count
            and starts[index] == start
            and ends[index] == start + 1
            and match.group() in _SENTENCE_ENDS
        ):
            sentence_ends.append(index)
    marks = [0, *_starts_after_ends(word, count, sentence_ends)]
    if True not in tokens.blank:
        return {starts[index] for index in marks} if count else set()
    for match in _LINE_BREAK.finditer(text):
        index = bisect_right(starts, match.start()) - 1
        if index >= 0 and match.start() < ends[index] and tokens.blank[index]:
            marks.append(index)
    written = tokens.written()
    firsts = (bisect_left(written, index) for index in marks)
    return {starts[written[first]] for first in firsts if first < len(written)}


def _continues(tokens: PlainTokens, previous: SpanTuple | None, entity: SpanTuple, starts: set[int]) -> bool:
    """Whether `entity` directly follows one of its type in the same sentence: IOB1's only B- case."""
    if previous is None or previous[2] != entity[2] or entity[0] in starts:
        return False
    return all(tokens.blank[index] for index in range(previous[4], entity[3]))


def _entity_tags(count: int, first: str, label: str, scheme: str) -> list[str]:
    """The tags of an entity's `count` words, `first` the prefix of the first unless BILOU decides."""
    inner = f"I-{label}"
    if scheme == "BILOU":
        return [f"U-{label}"] if count == 1 else [f"B-{label}", *[inner] * (count - 2), f"L-{label}"]
    return [f"{first}-{label}", *[inner] * (count - 1)]


def tags(tokens: PlainTokens, entities: Sequence[SpanTuple], starts: set[int], scheme: str) -> list[str]:
    """The tag of every token by index (O outside the entities; whitespace tokens are never written).

    Without whitespace tokens an entity's words are its token range, tagged by one slice assignment."""
    tagged = [OUTSIDE] * len(tokens.starts)
    spaced = True in tokens.blank
    previous: SpanTuple | None = None
    for entity in entities:
        words = tokens.words(entity) if spaced else range(entity[3], entity[4])
        first = "B"
        if scheme == "IOB1" and not _continues(tokens, previous, entity, starts):
            first = "I"
        entity_tags = _entity_tags(len(words), first, entity[2], scheme)
        if spaced:
            for index, tag in zip(words, entity_tags, strict=True):
                tagged[index] = tag
        else:
            tagged[entity[3] : entity[4]] = entity_tags
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


def _breaks(
    entities: Sequence[SpanTuple], starts: set[int], written: list[int] | None, offsets: list[int]
) -> list[int]:
    """Where a blank line goes among the written lines (`written` their token indices, None when they
    are all the tokens; `offsets` their starts): before each sentence start but the first line, unless
    inside an entity (no break cuts a span)."""
    firsts = [entity[3] for entity in entities]
    found = []
    for start in starts:
        position = bisect_left(offsets, start)
        if not 0 < position < len(offsets) or offsets[position] != start:
            continue
        index = position if written is None else written[position]
        entity = bisect_right(firsts, index) - 1
        if entity < 0 or index == firsts[entity] or index >= entities[entity][4]:
            found.append(position)
    return sorted(found)


def _rows(
    text: str,
    offsets: list[int],
    ends: list[int],
    tagged: list[str],
    layout: StoredLayout | None,
    separator: str,
) -> list[str]:
    """One line per written token: its text, the stored middle columns if there are any, its tag."""
    spans = zip(offsets, ends, tagged, strict=True)
    if layout is None or not layout.columns or not layout.columns[0]:
        return [f"{text[start:end]}{separator}{tag}" for start, end, tag in spans]
    piece_starts = [start for start, _ in layout.pieces]
    rows = []
    for start, end, tag in spans:
        row = layout.columns[bisect_right(piece_starts, start) - 1]
        middle = [_safe_column(value, separator) for value in row]
        rows.append(separator.join([text[start:end], *middle, tag]))
    return rows


def document_lines(
    tokens: PlainTokens,
    entities: Sequence[SpanTuple],
    starts: set[int],
    layout: StoredLayout | None,
    scheme: str,
    separator: str,
) -> list[str]:
    """The lines of one document, from its -DOCSTART- line to the blank line after its last sentence.

    Built from whole-document lists (tags, rows) cut at the sentence breaks: a loop doing the work
    token by token was most of a CoNLL export's own time."""
    width = len(layout.columns[0]) if layout is not None and layout.columns else 0
    lines: list[str] = []
    if layout is None or layout.docstart:
        lines += (separator.join([DOCSTART, *[DOCSTART_FILLER] * width, OUTSIDE]), "")
    tagged = tags(tokens, entities, starts, scheme)
    offsets, ends, written = tokens.starts, tokens.ends, None
    if True in tokens.blank:
        written = tokens.written()
        offsets, ends = [offsets[index] for index in written], [ends[index] for index in written]
        tagged = [tagged[index] for index in written]
    rows = _rows(tokens.text, offsets, ends, tagged, layout, separator)
    previous = 0
    for position in _breaks(entities, starts, written, offsets):
        lines += rows[previous:position]
        lines.append("")
        previous = position
    lines += rows[previous:]
    if rows:
        lines.append("")
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
        self._safe_labels: set[str] = set()  # labels already found fit for a column

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
            if entity[2] not in self._safe_labels:  # the separator is the file's from the first document on
                self._safe_labels.add(_safe_label(entity[2], self.separator or " "))
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
