"""Tables of documents: CSV/TSV with a text column and metadata columns (JSON records: records.py).

Scraper and spreadsheet exports put one article per row ("body", "date", "site", "url"...), and JSON
exports do the same with their own field names. Which column is the text is the one thing we must get
right, so the user can name it (ImportOptions, `--text-column`); otherwise a column named like text is
taken, else the one with the longest values, and a note says which, so a wrong guess is seen at once.
These formats carry no offsets, so the text is normalised and certain mojibake repaired (see
curator.core.importers.normalize) with the log in each document's meta["import_log"].

A row with the wrong number of fields stops the file with its line number: a shifted column would put
a date into the text or the text into the title of every row after it, silently.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from curator.core.dates import normalize_date
from curator.core.importers.base import (
    CancelCheck,
    ImportCancelled,
    ImportProblem,
    ParsedFile,
    read_bytes,
    title_from_text,
)
from curator.core.importers.format import ImportFormat
from curator.core.importers.normalize import normalize_text, repairs
from curator.core.importers.options import COLUMN_OPTIONS, ImportOptions
from curator.core.importers.report import plural
from curator.core.importers.text_file import decode_text, original_meta
from curator.core.services import NewDocument
from curator.core.text.language import guess_language

TABLE_EXTENSIONS = (".csv", ".tsv")
DELIMITERS = ",;\t|"
SNIFF_CHARS = 65_536
CANCEL_CHECK_ROWS = 5_000
# csv's limit is a C long, 32 bits on Windows.
MAX_FIELD_CHARS = 2**31 - 1
# Names that say "this is the article", in the corpus languages; compared case-insensitively.
TEXT_COLUMN_NAMES = ("text", "body", "content", "article", "metin", "текст")
# Other roles are taken by their common names when not given, and the note lists what was taken.
ROLE_NAMES: dict[str, tuple[str, ...]] = {
    "title": ("title", "headline", "başlık", "baslik", "заголовок"),
    "date": ("date", "pub_date", "published", "tarih", "дата"),
    "language": ("language", "lang"),
    "source": ("source", "publication", "site"),
    "url": ("url", "link"),
}


@dataclass(frozen=True, slots=True)
class Row:
    """One row or record: `where` names it in messages ("line 5", "record 3")."""

    where: str
    cells: dict[str, Any]


@dataclass(slots=True)
class _Mapping:
    text: str
    roles: dict[str, str | None]
    meta: list[str]


@dataclass(slots=True)
class _Counts:
    empty_text: int = 0
    bad_dates: int = 0
    repaired: int = 0
    notes: list[str] = field(default_factory=list)


def _column(columns: Sequence[str], name: str, what: str) -> str:
    """The column the user named: exactly, else the one that differs only in case."""
    if name in columns:
        return name
    folded = [column for column in columns if column.casefold() == name.casefold()]
    if len(folded) == 1:
        return folded[0]
    listed = ", ".join(f'"{column}"' for column in columns) or "none"
    raise ImportProblem(f'no {what} "{name}" (found: {listed})')


def _by_name(columns: Sequence[str], names: Sequence[str], taken: set[str]) -> str | None:
    folded = {column.casefold(): column for column in reversed(columns) if column not in taken}
    for name in names:
        if name in folded:
            return folded[name]
    return None


def _average_length(rows: Sequence[Row], column: str) -> float:
    lengths = [len(value) for row in rows if isinstance(value := row.cells.get(column), str)]
    return sum(lengths) / len(rows) if rows else 0.0


def _map_columns(
    columns: Sequence[str], rows: Sequence[Row], options: ImportOptions, what: str, notes: list[str]
) -> _Mapping:
    """Which column plays which role; given names must exist, the rest are found by name."""
    roles: dict[str, str | None] = {}
    for role in ROLE_NAMES:
        given = getattr(options, f"{role}_column")
        roles[role] = _column(columns, given, f"{role} {what}") if given else None
    taken = {column for column in roles.values() if column}
    if options.text_column:
        text = _column(columns, options.text_column, f"text {what}")
    elif (named := _by_name(columns, TEXT_COLUMN_NAMES, taken)) is not None:
        text = named
        notes.append(f'text {what}: "{text}" (by its name)')
    else:
        candidates = [column for column in columns if column not in taken]
        if not candidates:
            raise ImportProblem(f"no {what} left for the text")
        text = max(candidates, key=lambda column: _average_length(rows, column))
        notes.append(
            f'text {what}: "{text}" (the longest values on average; name another with --text-column)'
        )
    taken.add(text)
    found = []
    for role, names in ROLE_NAMES.items():
        if roles[role] is None and (column := _by_name(columns, names, taken)) is not None:
            roles[role] = column
            taken.add(column)
            found.append(f'{role} "{column}"')
    if found:
        notes.append(f"by their names: {', '.join(found)}")
    if options.meta_columns is None:
        meta = [column for column in columns if column not in taken]
    else:
        meta = [_column(columns, name, f"meta {what}") for name in options.meta_columns]
    return _Mapping(text, roles, meta)


def guess_options(columns: Sequence[str], rows: Sequence[Row], what: str = "column") -> ImportOptions:
    """The mapping an import without options would use, spelled out (a window shows it to be changed).

    Every column not given a role is kept as metadata, as the import does by default.
    """
    mapping = _map_columns(columns, rows, ImportOptions(), what, [])
    roles: dict[str, Any] = {f"{role}_column": column for role, column in mapping.roles.items()}
    return ImportOptions(text_column=mapping.text, meta_columns=tuple(mapping.meta), **roles)


def _string(row: Row, column: str | None) -> str | None:
    """The cell as stripped text; None when empty. Only the text and role cells must be strings."""
    if column is None:
        return None
    value = row.cells.get(column)
    if value is None:
        return None
    if not isinstance(value, str):
        if isinstance(value, bool | int | float):
            value = str(value)
        else:
            raise ImportProblem(f'{row.where}: "{column}" is not a string')
    _check_storable(row.where, column, value)
    return value.strip() or None


def _check_storable(where: str, column: str, value: str) -> None:
    """JSON can carry lone surrogates (\\ud800) that the database cannot store as UTF-8."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError as error:
        raise ImportProblem(f'{where}: "{column}" holds an invalid character (a lone surrogate)') from error


def _document(row: Row, mapping: _Mapping, path: Path, counts: _Counts) -> NewDocument | None:
    raw_text = row.cells.get(mapping.text)
    if isinstance(raw_text, str):
        _check_storable(row.where, mapping.text, raw_text)
    if raw_text is None or (isinstance(raw_text, str) and not raw_text.strip()):
        counts.empty_text += 1
        return None
    if not isinstance(raw_text, str):
        raise ImportProblem(f'{row.where}: "{mapping.text}" is not a string')
    roles = {role: _string(row, column) for role, column in mapping.roles.items()}
    language = roles["language"].lower() if roles["language"] else None
    text, log = normalize_text(raw_text, language=language)
    title = roles["title"]
    if title is not None:
        title, title_log = normalize_text(title, language=language)
        log.extend(f"title: {entry}" for entry in title_log)
    if repairs(log):
        counts.repaired += 1
    meta: dict[str, Any] = {"path": str(path), "row": row.where}
    for column in mapping.meta:
        value = row.cells.get(column)
        if value is not None and value != "":
            meta[column] = value
    if roles["url"]:
        meta["url"] = roles["url"]
    pub_date = None
    if roles["date"]:
        found = normalize_date(roles["date"], language=language)
        if found is None:
            counts.bad_dates += 1
        else:
            pub_date = found.iso
        if pub_date != roles["date"]:
            meta["date_raw"] = roles["date"]
    if log:
        meta["import_log"] = log
    return NewDocument(
        text=text,
        title=title_from_text(title or text),
        language=language or guess_language(text),
        source=roles["source"] or path.name,
        pub_date=pub_date,
        meta=meta,
    )


def documents_from_rows(
    rows: Sequence[Row], columns: Sequence[str], options: ImportOptions, path: Path, what: str
) -> ParsedFile:
    """One document per row, its columns (`what`: "column" or "field") mapped by `options`."""
    parsed = ParsedFile()
    counts = _Counts()
    mapping = _map_columns(columns, rows, options, what, parsed.notes)
    for row in rows:
        document = _document(row, mapping, path, counts)
        if document is not None:
            parsed.documents.append(document)
    unit = "row" if what == "column" else "record"
    if counts.empty_text:
        parsed.notes.append(f'skipped {plural(counts.empty_text, unit)} with an empty "{mapping.text}"')
    if counts.bad_dates:
        parsed.notes.append(
            f'{plural(counts.bad_dates, "date")} in "{mapping.roles["date"]}" not understood '
            '(kept in meta "date_raw", no publication date)'
        )
    if counts.repaired:
        parsed.notes.append(
            f"repaired mojibake or look-alike letters in {plural(counts.repaired, 'document')} "
            '(see meta "import_log")'
        )
    return parsed


def _delimiter(text: str, path: Path) -> str:
    """The sniffed delimiter among , ; tab |, checked against the header line, which must hold it."""
    header = text.split("\n", 1)[0]
    if path.suffix.lower() == ".tsv" and "\t" in header:
        return "\t"
    try:
        sniffed = csv.Sniffer().sniff(text[:SNIFF_CHARS], delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = ""
    if sniffed and sniffed in header:
        return sniffed
    counts = {delimiter: header.count(delimiter) for delimiter in DELIMITERS}
    best = max(counts, key=lambda delimiter: counts[delimiter])
    if counts[best]:
        return best
    return "\t" if path.suffix.lower() == ".tsv" else ","


@contextmanager
def _long_fields() -> Iterator[None]:
    """csv refuses fields over 128 KiB by default; a long article is one field."""
    previous = csv.field_size_limit(MAX_FIELD_CHARS)
    try:
        yield
    finally:
        csv.field_size_limit(previous)


def _header(names: list[str]) -> list[str]:
    if not any(name.strip() for name in names):
        raise ImportProblem("line 1: no header row (the first row must name the columns)")
    columns = []
    for number, name in enumerate(names, 1):
        name = name.strip() or f"column {number}"
        if name in columns:
            raise ImportProblem(f'line 1: two columns are named "{name}"')
        columns.append(name)
    return columns


def _table_rows(text: str, delimiter: str, is_cancelled: CancelCheck) -> tuple[list[str], list[Row]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[Row] = []
    columns: list[str] | None = None
    start = 1
    try:
        with _long_fields():
            for number, cells in enumerate(reader, 1):
                line, start = start, reader.line_num + 1
                if number % CANCEL_CHECK_ROWS == 0 and is_cancelled():
                    raise ImportCancelled
                if not cells:
                    continue
                if columns is None:
                    columns = _header(cells)
                    continue
                if len(cells) != len(columns):
                    raise ImportProblem(
                        f"line {line}: {plural(len(cells), 'field')}, expected {len(columns)} "
                        f"(delimiter {delimiter!r}; a quote not closed?)"
                    )
                rows.append(Row(f"line {line}", dict(zip(columns, cells, strict=True))))
    except csv.Error as error:
        raise ImportProblem(f"line {reader.line_num}: malformed CSV ({error})") from error
    if columns is None:
        raise ImportProblem("empty file")
    return columns, rows


def parse_table(path: Path, is_cancelled: CancelCheck, options: ImportOptions | None = None) -> ParsedFile:
    """CSV/TSV with a header row: one document per row, decoded like a text file (BOM, UTF-8, detected)."""
    data = read_bytes(path)
    if not data.strip():
        raise ImportProblem("empty file")
    decoded = decode_text(data)
    delimiter = _delimiter(decoded.text, path)
    columns, rows = _table_rows(decoded.text, delimiter, is_cancelled)
    if not rows:
        raise ImportProblem("no rows after the header")
    parsed = documents_from_rows(rows, columns, options or ImportOptions(), path, "column")
    if decoded.encoding != "utf-8":
        parsed.notes.insert(0, f"decoded as {decoded.encoding}")
    file_meta = {"encoding": decoded.encoding, **original_meta(data)}
    for document in parsed.documents:
        document.meta.update(file_meta)
    return parsed


IMPORTER = ImportFormat(
    "csv", "CSV/TSV, one document per row", TABLE_EXTENSIONS, parse_table, options=COLUMN_OPTIONS
)
