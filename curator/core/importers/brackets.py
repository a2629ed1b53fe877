"""Bracket NER notation: one sentence per line, entities written in place as `[TYPE words ]`.

Corpora such as the Turkish news NER set come this way. Tokens are split on whitespace (which also
drops a BOM's stray spaces), the text is rebuilt with single spaces, sentences joined by newlines, and
each span covers the characters of its entity words. Suffix tokens like `'ne` stay separate tokens, as
in the file. `--sentences-per-doc` groups N sentences into one document (default 10, like
`spacy convert -n 10`), so a 25k-sentence file is a few thousand documents, not one giant text.
A malformed group stops the file with its line number: a silently misread entity is worse.
"""

from __future__ import annotations

import re
from pathlib import Path

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
from curator.core.importers.conll import SENTENCES_PER_DOC, SENTENCES_PER_OPTION
from curator.core.importers.format import ImportFormat
from curator.core.importers.options import ImportOptions
from curator.core.importers.text_file import decode_text
from curator.core.services import NewDocument, NewSpan

SNIFF_BYTES = 65_536
CANCEL_CHECK_LINES = 5_000
_GROUP = re.compile(r"\[[A-Za-z_][\w-]* [^\[\]\n]+ \]")
_OPEN = re.compile(r"\[([A-Za-z_][\w-]*)$")

Sentence = tuple[list[str], list[tuple[int, int, str]]]  # tokens, (first, last token, type)


# The same option as CoNLL's (one --sentences-per-doc for both; 0 puts the whole file in one document).
OPTIONS = (SENTENCES_PER_OPTION,)


def sniff_brackets(path: Path) -> bool:
    """True when the file's start has `[TYPE words ]` groups; False when it is unreadable."""
    try:
        with path.open("rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError:
        return False
    return _GROUP.search(head.decode("utf-8", errors="replace")) is not None


def parse_line(line: str, number: int) -> Sentence:
    """The tokens and entity runs of one line, or an ImportProblem naming the line."""
    tokens: list[str] = []
    runs: list[tuple[int, int, str]] = []
    label: str | None = None
    start = 0
    for word in line.split():
        opened = _OPEN.match(word)
        if opened:
            if label is not None:
                raise ImportProblem(f"line {number}: {word!r} opens a group inside [{label} ...]")
            label, start = opened.group(1), len(tokens)
        elif word == "]":
            if label is None:
                raise ImportProblem(f"line {number}: ']' closes no group")
            if start == len(tokens):
                raise ImportProblem(f"line {number}: [{label} ] has no words")
            runs.append((start, len(tokens) - 1, label))
            label = None
        else:
            tokens.append(word)
    if label is not None:
        raise ImportProblem(f"line {number}: [{label} ... is never closed with ' ]'")
    return tokens, runs


def _document(sentences: list[Sentence], path: Path) -> NewDocument:
    parts: list[str] = []
    spans: list[NewSpan] = []
    offset = 0
    for index, (tokens, runs) in enumerate(sentences):
        if index:
            parts.append("\n")
            offset += 1
        starts: list[int] = []
        for position, token in enumerate(tokens):
            if position:
                parts.append(" ")
                offset += 1
            starts.append(offset)
            parts.append(token)
            offset += len(token)
        spans.extend(NewSpan(starts[a], starts[b] + len(tokens[b]), label) for a, b, label in runs)
    text = "".join(parts)
    return NewDocument(
        text=text,
        title=title_from_text(text),
        language=LANGUAGE_TO_GUESS,
        source=path.name,
        spans=spans,
        labelled=True,
    )


def parse_brackets(path: Path, is_cancelled: CancelCheck, options: ImportOptions | None = None) -> ParsedFile:
    """Every document of a bracket-notation file, N sentences each."""
    data = read_bytes(path)
    if not data.strip():
        raise ImportProblem("empty file")
    decoded = decode_text(data)
    text = decoded.text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    chosen = None if options is None else options.sentences_per_doc
    per_doc = SENTENCES_PER_DOC if chosen is None else chosen or len(text)  # 0: the whole file
    sentences: list[Sentence] = []
    for number, line in enumerate(text.split("\n"), 1):
        if number % CANCEL_CHECK_LINES == 0 and is_cancelled():
            raise ImportCancelled
        sentence = parse_line(line.replace("\ufeff", " "), number)
        if sentence[0]:
            sentences.append(sentence)
    if not sentences:
        raise ImportProblem("no sentences")
    parsed = ParsedFile()
    if decoded.encoding != "utf-8":
        parsed.notes.append(f"decoded as {decoded.encoding}")
    parsed.documents.extend(
        _document(sentences[first : first + per_doc], path) for first in range(0, len(sentences), per_doc)
    )
    guess_file_languages(parsed.documents)
    return parsed


IMPORTER = ImportFormat(
    "brackets",
    "bracket NER notation, one sentence per line with [TYPE words ] entities",
    (".txt",),
    parse_brackets,
    sniff=sniff_brackets,
    options=OPTIONS,
)
