"""CoNLL-2003 / BIO: one token per line, the entity tag in the last column, a blank line between sentences.

The file only has tokens, so the document text is built from them: tokens joined by one space, sentences
by a newline (sentence breaks stay visible in the editor and survive any later export). The exact
tokenization, the sentence breaks, the other columns (POS, chunk), the tag scheme and the column
separator are kept in `meta["conll"]`, so the CoNLL exporter can write the file back as it came.

Tags are read as IOB2, IOB1 or BILOU/BIOES, decided per file: any E-, L-, S- or U- tag makes it BILOU,
read strictly (an I- or L- must continue a B-); otherwise an I- that follows O or another type starts a
span, which is IOB1 and reads IOB2 the same way. Every malformed line stops the whole file with its line
number, because a training set with one silently misread entity is worse than a refused import.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from curator.core.formats import SENTENCES_PER_DOC, SENTENCES_PER_OPTION
from curator.core.importers.base import (
    LANGUAGE_TO_GUESS,
    CancelCheck,
    ImportCancelled,
    ImportProblem,
    ParsedFile,
    guess_file_languages,
    read_bytes,
    title_from_text,
)
from curator.core.importers.format import ImportFormat
from curator.core.importers.options import ImportOptions
from curator.core.importers.report import plural
from curator.core.importers.text_file import decode_text
from curator.core.services import NewDocument, NewSpan

# Auto-detected extensions. A `.txt` file is read as CoNLL only when the user names the format.
CONLL_EXTENSIONS = (".conll", ".bio", ".iob")
DOCSTART = "-DOCSTART-"
CANCEL_CHECK_LINES = 5_000
TAB = "\t"
SPACE = " "
# Span continuation and end prefixes of BILOU (L, U) and its twin BIOES (E, S).
BILOU_ONLY_PREFIXES = frozenset("ELSU")
PREFIXES = frozenset("BI") | BILOU_ONLY_PREFIXES
_SPACE_COLUMNS = re.compile(r"[ \t]+")
TAG_HELP = "expected O, or B-, I-, E-, L-, S- or U- followed by a type (B-PER)"


@dataclass(frozen=True, slots=True)
class Token:
    """One token line: its number in the file, the token, the middle columns and the parsed tag."""

    line: int
    text: str
    extra: tuple[str, ...]
    tag: str
    prefix: str  # "O" or one of PREFIXES
    label: str  # the entity type; "" for O


@dataclass(slots=True)
class RawDocument:
    """The sentences of one document in the file (one per -DOCSTART-, or the whole file without one)."""

    sentences: list[list[Token]] = field(default_factory=list)
    width: int = 0  # columns per token line; fixed within a document
    width_line: int = 0


def _lines(path: Path) -> tuple[list[str], str]:
    """The file's lines (any newline convention) and the encoding it was read with."""
    data = read_bytes(path)
    if not data.strip():
        raise ImportProblem("empty file")
    decoded = decode_text(data)
    text = decoded.text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n"), decoded.encoding


def detect_separator(lines: Sequence[str]) -> str:
    """Tab if the first token line has a tab (then a token may hold spaces), else runs of spaces."""
    for line in lines:
        stripped = line.strip()
        if stripped and not is_docstart(stripped):
            return TAB if TAB in stripped else SPACE
    return SPACE


def is_docstart(stripped: str) -> bool:
    return stripped.split(maxsplit=1)[0] == DOCSTART


def split_columns(stripped: str, separator: str, number: int) -> list[str]:
    """The columns of a stripped token line; an empty column is an error, not a shifted label."""
    if separator == SPACE:
        return _SPACE_COLUMNS.split(stripped)
    columns = [column.strip() for column in stripped.split(TAB)]
    for position, column in enumerate(columns, 1):
        if not column:
            raise ImportProblem(f"line {number}: column {position} is empty")
    return columns


def parse_tag(tag: str, number: int) -> tuple[str, str]:
    """("O", "") or (prefix, type) for a tag such as "B-PER"; anything else names its line."""
    if tag == "O":
        return "O", ""
    prefix, dash, label = tag.partition("-")
    if not dash or not label:
        raise ImportProblem(f"line {number}: {tag!r} is not a tag; {TAG_HELP}")
    if prefix not in PREFIXES:
        raise ImportProblem(f"line {number}: {tag!r} has an unknown prefix {prefix + '-'!r}; {TAG_HELP}")
    return prefix, label


def _token(columns: list[str], number: int, document: RawDocument, separator: str) -> Token:
    if len(columns) < 2:
        where = " (no tab on this line; the file's columns are tab-separated)" if separator == TAB else ""
        raise ImportProblem(f"line {number}: no label column, only the token {columns[0]!r}{where}")
    if not document.width:
        document.width, document.width_line = len(columns), number
    elif len(columns) != document.width:
        raise ImportProblem(
            f"line {number}: {len(columns)} columns, but line {document.width_line} of the same document "
            f"has {document.width} (a missing or extra column?)"
        )
    prefix, label = parse_tag(columns[-1], number)
    return Token(number, columns[0], tuple(columns[1:-1]), columns[-1], prefix, label)


def read_documents(lines: Sequence[str], separator: str, is_cancelled: CancelCheck) -> list[RawDocument]:
    """Group token lines into sentences (at blank lines) and documents (at -DOCSTART- lines)."""
    documents = [RawDocument()]
    sentence: list[Token] = []
    for number, line in enumerate(lines, 1):
        if number % CANCEL_CHECK_LINES == 0 and is_cancelled():
            raise ImportCancelled
        stripped = line.strip()
        if not stripped or is_docstart(stripped):
            if sentence:
                documents[-1].sentences.append(sentence)
                sentence = []
            if stripped:
                documents.append(RawDocument())
            continue
        sentence.append(_token(split_columns(stripped, separator, number), number, documents[-1], separator))
    if sentence:
        documents[-1].sentences.append(sentence)
    return documents


# --- tags to spans -------------------------------------------------------------------------------

Run = tuple[int, int, str]  # first and last token index in the sentence, and the type


def iob_spans(sentence: Sequence[Token]) -> tuple[list[Run], int | None]:
    """Spans of an IOB1 or IOB2 sentence, and the line of the first I- that starts a span (IOB1)."""
    runs: list[Run] = []
    start: int | None = None
    iob1_line: int | None = None
    for index, token in enumerate(sentence):
        if start is not None and (token.prefix != "I" or token.label != sentence[start].label):
            runs.append((start, index - 1, sentence[start].label))
            start = None
        if token.prefix == "O" or start is not None:
            continue
        start = index
        if token.prefix == "I" and iob1_line is None:
            iob1_line = token.line
    if start is not None:
        runs.append((start, len(sentence) - 1, sentence[start].label))
    return runs, iob1_line


def bilou_spans(sentence: Sequence[Token]) -> list[Run]:
    """Spans of a BILOU (or BIOES) sentence, strictly: B- (I-)* L-/E-, or a single U-/S-."""
    runs: list[Run] = []
    opened: Token | None = None
    start = 0
    for index, token in enumerate(sentence):
        if token.prefix in ("I", "L", "E"):
            if opened is None or opened.label != token.label:
                raise ImportProblem(
                    f"line {token.line}: {token.tag} does not continue a B-{token.label} "
                    "(the file uses BILOU/BIOES tags, where a span starts with B- or is a single U-/S-)"
                )
            if token.prefix != "I":
                runs.append((start, index, token.label))
                opened = None
            continue
        if opened is not None:
            raise _unclosed(opened)
        if token.prefix == "B":
            opened, start = token, index
        elif token.prefix in ("U", "S"):
            runs.append((index, index, token.label))
    if opened is not None:
        raise _unclosed(opened)
    return runs


def _unclosed(opened: Token) -> ImportProblem:
    return ImportProblem(
        f"line {opened.line}: {opened.tag} starts a span that no L-{opened.label} or E-{opened.label} ends "
        "(the file uses BILOU/BIOES tags)"
    )


def is_bilou(documents: Sequence[RawDocument]) -> bool:
    return any(
        token.prefix in BILOU_ONLY_PREFIXES
        for document in documents
        for sentence in document.sentences
        for token in sentence
    )


# --- documents -----------------------------------------------------------------------------------


@dataclass(slots=True)
class Built:
    """A document's text with its token and sentence offsets, ready for `meta["conll"]`."""

    text: str
    tokens: list[list[int]]
    sentences: list[list[int]]


def build_text(sentences: Sequence[Sequence[Token]]) -> Built:
    """Tokens joined by one space, sentences by a newline; offsets are code points, ends exclusive."""
    parts: list[str] = []
    tokens: list[list[int]] = []
    spans: list[list[int]] = []
    offset = 0
    for number, sentence in enumerate(sentences):
        if number:
            parts.append("\n")
            offset += 1
        sentence_start = offset
        for index, token in enumerate(sentence):
            if index:
                parts.append(" ")
                offset += 1
            parts.append(token.text)
            tokens.append([offset, offset + len(token.text)])
            offset += len(token.text)
        spans.append([sentence_start, offset])
    return Built("".join(parts), tokens, spans)


def _new_document(
    raw: RawDocument, runs: list[list[Run]], scheme: str, separator: str, path: Path, layout: dict[str, bool]
) -> NewDocument:
    built = build_text(raw.sentences)
    spans: list[NewSpan] = []
    first = 0
    for sentence, sentence_runs in zip(raw.sentences, runs, strict=True):
        spans.extend(
            NewSpan(built.tokens[first + a][0], built.tokens[first + b][1], label)
            for a, b, label in sentence_runs
        )
        first += len(sentence)
    conll: dict[str, object] = {"tokens": built.tokens, "sentences": built.sentences}
    if raw.width > 2:
        conll["columns"] = [list(token.extra) for sentence in raw.sentences for token in sentence]
    conll.update(scheme=scheme, separator=separator, **layout)
    return NewDocument(
        text=built.text,
        title=title_from_text(built.text),
        language=LANGUAGE_TO_GUESS,
        source=path.name,
        meta={"conll": conll},
        spans=spans,
        labelled=True,
    )


@dataclass(slots=True)
class Decoded:
    """The spans of every sentence of every document, and the scheme the file was read with."""

    scheme: str
    runs: list[list[list[Run]]]  # per document, per sentence
    iob1_line: int | None  # the first I- that starts a span, when the file is IOB1


def decode_tags(raws: Sequence[RawDocument]) -> Decoded:
    """Read the whole file with one scheme, so a BILOU file's errors are not misread as IOB1 spans."""
    bilou = is_bilou(raws)
    iob1_line: int | None = None
    runs: list[list[list[Run]]] = []
    for raw in raws:
        document_runs: list[list[Run]] = []
        for sentence in raw.sentences:
            if bilou:
                document_runs.append(bilou_spans(sentence))
                continue
            sentence_runs, first_iob1 = iob_spans(sentence)
            document_runs.append(sentence_runs)
            if iob1_line is None:
                iob1_line = first_iob1
        runs.append(document_runs)
    scheme = "BILOU" if bilou else "IOB1" if iob1_line is not None else "IOB2"
    return Decoded(scheme, runs, iob1_line)


def _chunks(raw: RawDocument, runs: list[list[Run]], size: int) -> list[tuple[RawDocument, list[list[Run]]]]:
    """A document of `size` sentences at a time (all of them for 0), as `spacy convert -n` makes."""
    if size <= 0 or len(raw.sentences) <= size:
        return [(raw, runs)]
    return [
        (RawDocument(raw.sentences[at : at + size], raw.width, raw.width_line), runs[at : at + size])
        for at in range(0, len(raw.sentences), size)
    ]


def _ends_with_blank_line(lines: Sequence[str]) -> bool:
    """Whether a blank line follows the last token line (the split's final "" is the last newline)."""
    last = max(number for number, line in enumerate(lines) if line.strip())
    return any(not line.strip() for line in lines[last + 1 : -1])


def parse_conll(path: Path, is_cancelled: CancelCheck, options: ImportOptions | None = None) -> ParsedFile:
    """Every document of a CoNLL/BIO file, or an ImportProblem naming the first bad line.

    A file without -DOCSTART- (most public NER corpora) would be one document of thousands of
    sentences, too long to read in the editor or to split into train and dev; it becomes documents of
    `sentences_per_doc` sentences (default 10, spaCy's `convert -n 10`). Each remembers that the file
    had no -DOCSTART- and the last whether the file ended with a blank line, so the export writes the
    file back byte for byte."""
    lines, encoding = _lines(path)
    separator = detect_separator(lines)
    raws = read_documents(lines, separator, is_cancelled)
    filled = [raw for raw in raws if raw.sentences]
    if not filled:
        raise ImportProblem("no token lines (a CoNLL file has one token and its tag per line)")
    parsed = ParsedFile()
    if encoding != "utf-8":
        parsed.notes.append(f"decoded as {encoding}")
    decoded = decode_tags(filled)
    if len(raws) == 1:  # no -DOCSTART- line at all
        size = (
            SENTENCES_PER_DOC
            if options is None or options.sentences_per_doc is None
            else options.sentences_per_doc
        )
        pieces = _chunks(filled[0], decoded.runs[0], size)
        layouts = [{"docstart": False} for _ in pieces]
        if not _ends_with_blank_line(lines):
            layouts[-1]["final_blank"] = False
        if len(pieces) > 1:
            parsed.notes.append(
                f"no -DOCSTART- lines: {plural(len(pieces), 'document')} of {size} sentences each"
            )
    else:
        pieces = list(zip(filled, decoded.runs, strict=True))
        layouts = [{} for _ in pieces]
    parsed.documents.extend(
        _new_document(raw, runs, decoded.scheme, separator, path, layout)
        for (raw, runs), layout in zip(pieces, layouts, strict=True)
    )
    guess_file_languages(parsed.documents)
    if decoded.iob1_line is not None:
        parsed.notes.append(
            f"tags read as IOB1: an I- tag starts a span (first on line {decoded.iob1_line}); "
            "exports write IOB2 unless another scheme is chosen"
        )
    empty = sum(1 for raw in raws[1:] if not raw.sentences)
    if empty:
        parsed.notes.append(f"skipped {plural(empty, 'empty document')} (-DOCSTART- with no tokens)")
    return parsed


# In a folder, --format conll also reads .txt files (many BIO corpora use it); auto does not.
IMPORTER = ImportFormat(
    "conll",
    "CoNLL-2003 / BIO tokens with IOB1, IOB2 or BILOU tags",
    CONLL_EXTENSIONS,
    parse_conll,
    options=(SENTENCES_PER_OPTION,),
    named_extensions=(".txt",),
)
