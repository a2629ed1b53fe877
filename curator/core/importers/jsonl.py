"""Prodigy/spaCy and doccano JSONL: documents that arrive with their annotations.

Offsets in these files are Python code points into the text exactly as given, so the text is never
normalised here (not even its newlines): changing one character before a span would move the span.
Every record is checked before anything is stored, and a problem names its line, because a training
set with one silently shifted span is worse than an import that stops and says where. A span boundary
that cuts a character in two (an accent off its letter) is widened to the whole character and noted
with its line (see clusters.py).
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from curator.core.importers.base import (
    LANGUAGE_TO_GUESS,
    CancelCheck,
    ImportCancelled,
    ImportProblem,
    ParsedFile,
    guess_file_languages,
    never_cancelled,
    title_from_text,
)
from curator.core.importers.clusters import ClusterBounds, summarise, widened_note
from curator.core.importers.format import ImportFormat
from curator.core.schema.names import name_problem
from curator.core.services import NewDocument, NewSpan

JSON_EXTENSIONS = (".jsonl", ".json", ".ndjson")
CANCEL_CHECK_LINES = 5_000
# Records read to tell one JSON format from another.
SNIFF_RECORDS = 20
UTF8_BOM = b"\xef\xbb\xbf"
# Keys of a doccano record that are annotations; every other key is the user's metadata.
DOCCANO_KEYS = {"text", "label", "entities", "relations"}
# Who annotated a doccano record (its export per user carries one of these).
DOCCANO_ANNOTATOR_KEYS = ("user", "annotator")
# Prodigy names a session "{dataset}-{session}" (`?session=alice` → "ner_news-alice"); an unnamed
# session is a timestamp, which names nobody.
PRODIGY_TIMESTAMP = re.compile(r"(^|-)\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}$")
ANNOTATOR_NAME_LENGTH = 100


@dataclass(frozen=True, slots=True)
class Record:
    where: str
    data: dict[str, Any]


class _NotLines(Exception):
    """The first line is not a whole JSON value: the file may be one pretty-printed object."""


def _json_kind(value: object) -> str:
    kinds = {dict: "an object", list: "an array", str: "a string", bool: "true/false", type(None): "null"}
    return kinds.get(type(value), "a number")


def _record(where: str, value: object) -> Record:
    if not isinstance(value, dict):
        raise ImportProblem(f"{where}: expected a JSON object, found {_json_kind(value)}")
    return Record(where, value)


def _decode_whole(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportProblem(f"line {line}: not UTF-8 text") from error


def _records_of_document(text: str) -> list[Record]:
    """A `.json` file: an array of records, or a single (possibly pretty-printed) record."""
    try:
        value = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportProblem(f"line {error.lineno}: malformed JSON ({error.msg})") from error
    if isinstance(value, list):
        return [_record(f"record {number}", item) for number, item in enumerate(value, 1)]
    return [_record("record 1", value)]


def _records_of_lines(handle: BinaryIO, is_cancelled: CancelCheck) -> Iterator[Record]:
    seen_record = False
    for number, raw in enumerate(handle, 1):
        if number % CANCEL_CHECK_LINES == 0 and is_cancelled():
            raise ImportCancelled
        if number == 1:
            raw = raw.removeprefix(UTF8_BOM)
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as error:
            raise ImportProblem(f"line {number}: not UTF-8 text") from error
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as error:
            if not seen_record and line.lstrip().startswith("{"):
                raise _NotLines from error
            raise ImportProblem(f"line {number}: malformed JSON ({error.msg})") from error
        seen_record = True
        yield _record(f"line {number}", value)


def iter_records(path: Path, is_cancelled: CancelCheck) -> Iterator[Record]:
    """The file's records in order, streamed line by line (a JSON array or single object is read whole)."""
    try:
        with path.open("rb") as handle:
            first = handle.read(4096).removeprefix(UTF8_BOM).lstrip()[:1]
            handle.seek(0)
            if first == b"[":
                records = _records_of_document(_decode_whole(handle.read()))
                if not records:
                    raise ImportProblem("no records (an empty JSON array)")
                yield from records
                return
            count = 0
            try:
                for record in _records_of_lines(handle, is_cancelled):
                    count += 1
                    yield record
            except _NotLines:
                handle.seek(0)
                yield from _records_of_document(_decode_whole(handle.read()))
                return
            if count == 0:
                raise ImportProblem("empty file")
    except OSError as error:
        raise ImportProblem(f"cannot read: {error.strerror or error}") from error


def head_records(path: Path, count: int = SNIFF_RECORDS) -> list[Record]:
    """The first `count` records, or none when the file cannot be read as JSON records (for sniffing:
    the import itself names the problem)."""
    try:
        return list(itertools.islice(iter_records(path, never_cancelled), count))
    except ImportProblem:
        return []


def _text(record: Record) -> str:
    text = record.data.get("text")
    if text is None:
        raise ImportProblem(f'{record.where}: missing "text"')
    if not isinstance(text, str):
        raise ImportProblem(f'{record.where}: "text" is {_json_kind(text)}, not a string')
    if not text.strip():
        raise ImportProblem(f'{record.where}: "text" is empty')
    _check_storable(record.where, "text", text)
    return text


def _check_storable(where: str, what: str, value: str) -> None:
    """JSON can carry lone surrogates (\\ud800) that the database cannot store as UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ImportProblem(f"{where}: {what} holds an invalid character (a lone surrogate)") from error


@dataclass(slots=True)
class _SpanCheck:
    """What checking the spans of one record needs: its place, its text's clusters, the notes so far."""

    where: str
    bounds: ClusterBounds
    widened: list[str]
    # Labels (as written) already found valid, to their stripped names: a file repeats a handful.
    labels: dict[str, str]


def _span(check: _SpanCheck, what: str, start: object, end: object, label: object) -> NewSpan:
    where, length = check.where, len(check.bounds.text)
    if not isinstance(label, str):
        raise ImportProblem(f"{where}: {what} has no label")
    name = check.labels.get(label)
    if name is None and not label.strip():
        raise ImportProblem(f"{where}: {what} has no label")
    if type(start) is not int or type(end) is not int:
        raise ImportProblem(f"{where}: {what} ({label}): start and end must be whole numbers")
    if start >= end:
        raise ImportProblem(f"{where}: {what} ({label}, start {start}, end {end}) is empty or reversed")
    if start < 0 or end > length:
        raise ImportProblem(
            f"{where}: {what} ({label}, start {start}, end {end}) is outside the text (length {length})"
        )
    if name is None:
        name = check.labels[label] = _label_name(where, what, label)
    whole = check.bounds.widen(start, end)
    if whole != (start, end):
        check.widened.append(widened_note(where, f"{what} ({name})", (start, end), whole, check.bounds.text))
    return NewSpan(*whole, name)


def _label_name(where: str, what: str, label: str) -> str:
    """The stripped name of a span's label, or the ImportProblem saying why it cannot name one."""
    _check_storable(where, f"{what} label", label)
    name = label.strip()
    problem = name_problem(name)
    if problem is not None:
        raise ImportProblem(f"{where}: {what} label {name[:80]!r} is not a valid name: {problem}")
    return name


def _list(record: Record, key: str) -> list[Any]:
    value = record.data.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ImportProblem(f'{record.where}: "{key}" is {_json_kind(value)}, not a list')
    return value


def _meta_string(meta: dict[str, Any], *keys: str) -> str | None:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def prodigy_annotator(data: dict[str, Any]) -> str | None:
    """The layer a Prodigy task names: its `_annotator_id` (else `_session_id`) without the dataset
    prefix Prodigy gives it; a timestamped unnamed session names no one."""
    value = data.get("_annotator_id") or data.get("_session_id")
    if not isinstance(value, str) or not value.strip() or PRODIGY_TIMESTAMP.search(value.strip()):
        return None
    return _annotator_name(value.strip().rsplit("-", 1)[-1])


def doccano_annotator(data: dict[str, Any]) -> str | None:
    """The layer a doccano record names: its `user` or `annotator` (a name, or a user number)."""
    for key in DOCCANO_ANNOTATOR_KEYS:
        value = data.get(key)
        if isinstance(value, bool):
            continue
        if isinstance(value, int):
            return f"user {value}"
        if isinstance(value, str) and value.strip():
            return _annotator_name(value.strip())
    return None


def _annotator_name(name: str) -> str | None:
    if not name:
        return None
    _check_storable("annotator", "name", name)
    return name[:ANNOTATOR_NAME_LENGTH]


def _document(
    record: Record, text: str, spans: list[NewSpan], meta: dict[str, Any], path: Path, *, labelled: bool,
    annotator: str | None = None,
) -> NewDocument:  # fmt: skip
    """Title, language and date come from the record's metadata when it has them, else from the text."""
    title = _meta_string(meta, "title")
    language = _meta_string(meta, "lang", "language")
    pub_date = _meta_string(meta, "pub_date")
    for what, value in (("title", title), ("language", language), ("pub_date", pub_date)):
        if value is not None:
            _check_storable(record.where, f"meta {what}", value)
    return NewDocument(
        text=text,
        title=title_from_text(title or text),
        language=language.lower() if language else LANGUAGE_TO_GUESS,
        source=path.name,
        pub_date=pub_date,
        meta=meta,
        spans=spans,
        labelled=labelled,
        annotator=annotator,
    )


@dataclass(slots=True)
class _Counts:
    """What the converters skipped, for the notes of the report."""

    rejected: int = 0
    relations: int = 0
    ignored_doccano_labels: int = 0
    widened: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)

    def check(self, record: Record, text: str) -> _SpanCheck:
        return _SpanCheck(record.where, ClusterBounds(text), self.widened, self.labels)


def prodigy_document(record: Record, path: Path, counts: _Counts) -> NewDocument | None:
    """A Prodigy/spaCy task: `spans` of {start, end, label}; token indices are ignored (we retokenize)."""
    if record.data.get("answer") == "reject":
        counts.rejected += 1
        return None
    text = _text(record)
    check = counts.check(record, text)
    spans = []
    for number, span in enumerate(_list(record, "spans"), 1):
        if not isinstance(span, dict):
            raise ImportProblem(f"{record.where}: span {number} is {_json_kind(span)}, not an object")
        spans.append(_span(check, f"span {number}", span.get("start"), span.get("end"), span.get("label")))
    meta = record.data.get("meta") or {}
    if not isinstance(meta, dict):
        raise ImportProblem(f'{record.where}: "meta" is {_json_kind(meta)}, not an object')
    counts.relations += len(_list(record, "relations"))
    if is_doccano_record(record.data):
        counts.ignored_doccano_labels += 1
    # An explicit "spans" list, even an empty one, labels the text; a bare text is still to annotate.
    labelled = isinstance(record.data.get("spans"), list)
    annotator = prodigy_annotator(record.data)
    return _document(record, text, spans, dict(meta), path, labelled=labelled, annotator=annotator)


def doccano_document(record: Record, path: Path, counts: _Counts) -> NewDocument:
    """A doccano record: `label` as [start, end, "L"] triples, or the newer `entities` objects."""
    text = _text(record)
    check = counts.check(record, text)
    spans = []
    for number, item in enumerate(_list(record, "label"), 1):
        if not isinstance(item, list) or len(item) != 3:
            raise ImportProblem(f'{record.where}: label {number} is not [start, end, "LABEL"]')
        spans.append(_span(check, f"label {number}", item[0], item[1], item[2]))
    for number, entity in enumerate(_list(record, "entities"), 1):
        if not isinstance(entity, dict):
            raise ImportProblem(f"{record.where}: entity {number} is {_json_kind(entity)}, not an object")
        spans.append(
            _span(
                check,
                f"entity {number}",
                entity.get("start_offset"),
                entity.get("end_offset"),
                entity.get("label"),
            )
        )
    counts.relations += len(_list(record, "relations"))
    meta = {key: value for key, value in record.data.items() if key not in DOCCANO_KEYS}
    nested = meta.pop("meta", None)
    if isinstance(nested, dict):
        meta = {**nested, **meta}
    elif nested is not None:
        meta["meta"] = nested
    labelled = any(isinstance(record.data.get(key), list) for key in ("label", "entities"))
    annotator = doccano_annotator(record.data)
    return _document(record, text, spans, meta, path, labelled=labelled, annotator=annotator)


def is_doccano_record(data: dict[str, Any]) -> bool:
    """doccano's `label` is a list of [start, end, label] triples (Prodigy's is a category string)."""
    label = data.get("label")
    if isinstance(label, list) and label and all(isinstance(item, list) for item in label):
        return True
    entities = data.get("entities")
    return (
        isinstance(entities, list)
        and bool(entities)
        and all(isinstance(item, dict) and "start_offset" in item for item in entities)
    )


Converter = Callable[[Record, Path, _Counts], NewDocument | None]


def _auto_document(record: Record, path: Path, counts: _Counts) -> NewDocument | None:
    if is_doccano_record(record.data):
        return doccano_document(record, path, counts)
    return prodigy_document(record, path, counts)


def _parse(path: Path, is_cancelled: CancelCheck, convert: Converter) -> ParsedFile:
    parsed = ParsedFile()
    counts = _Counts()
    for record in iter_records(path, is_cancelled):
        document = convert(record, path, counts)
        if document is not None:
            parsed.documents.append(document)
    guess_file_languages(parsed.documents)
    if counts.rejected:
        parsed.notes.append(f'skipped {counts.rejected} rejected record(s) ("answer": "reject")')
    if counts.relations:
        parsed.notes.append(f"{counts.relations} relation(s) not imported (relations are not supported yet)")
    if counts.ignored_doccano_labels:
        parsed.notes.append(
            f"{counts.ignored_doccano_labels} record(s) have doccano labels, ignored by format jsonl "
            "(use format doccano or auto)"
        )
    parsed.notes.extend(summarise(counts.widened))
    return parsed


def parse_jsonl(path: Path, is_cancelled: CancelCheck) -> ParsedFile:
    return _parse(path, is_cancelled, prodigy_document)


def parse_doccano(path: Path, is_cancelled: CancelCheck) -> ParsedFile:
    return _parse(path, is_cancelled, doccano_document)


def parse_json_auto(path: Path, is_cancelled: CancelCheck) -> ParsedFile:
    """Each record is read as doccano if it carries doccano labels, else as a Prodigy task."""
    return _parse(path, is_cancelled, _auto_document)


# An auto import reads each record as doccano or Prodigy by its content, so a mixed file loses nothing.
IMPORTER = ImportFormat(
    "jsonl",
    "Prodigy/spaCy JSONL tasks with their spans",
    JSON_EXTENSIONS,
    parse_jsonl,
    auto_parse=parse_json_auto,
)
