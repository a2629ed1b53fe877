"""The first rows of a table and the column mapping an import would guess, for the window to show.

Before a CSV/TSV or a file of flat JSON records is imported through the window, the user sees its
first rows and which column will be the text, the title, the date…, and can change that (see
curator/ui/column_mapping.py). Only the head of the file is read here, so a large table opens its
preview at once; the import itself reads the whole file with the options chosen.
"""

from __future__ import annotations

import csv
import io
import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from curator.core.importers.base import ImportProblem, never_cancelled
from curator.core.importers.jsonl import iter_records
from curator.core.importers.options import COLUMN_ROLES, ImportOptions
from curator.core.importers.registry import mapping_format
from curator.core.importers.table import (
    TABLE_EXTENSIONS,
    Row,
    _delimiter,
    _header,
    _long_fields,
    guess_options,
)
from curator.core.importers.text_file import decode_text

PREVIEW_ROWS = 8
# Enough for the header and several long articles; a row cut at the end of the sample is dropped.
SAMPLE_BYTES = 512 * 1024
ROLES = COLUMN_ROLES


@dataclass(frozen=True, slots=True)
class TablePreview:
    path: Path
    fmt: str  # the import format that reads it with options
    columns: tuple[str, ...]
    rows: tuple[dict[str, str], ...]  # the first rows, each cell as display text
    guess: ImportOptions  # what an import without options would take


def _cell(value: Any) -> str:
    return "" if value is None else str(value)


def needs_mapping(path: Path) -> bool:
    """True for a file that a format with column options takes (registry.mapping_format): a CSV/TSV,
    and JSON whose first record is a flat, unannotated row of fields. A JSON file of Prodigy or doccano
    tasks (annotations, a nested "meta") is imported as it is."""
    return path.is_file() and mapping_format(path) is not None


def _csv_head(path: Path) -> tuple[list[str], list[Row]]:
    try:
        with path.open("rb") as handle:
            data = handle.read(SAMPLE_BYTES + 1)
    except OSError as error:
        raise ImportProblem(f"cannot read: {error.strerror or error}") from error
    truncated = len(data) > SAMPLE_BYTES
    if truncated:
        data = data[: data.rfind(b"\n", 0, SAMPLE_BYTES) + 1] or data[:SAMPLE_BYTES]
    if not data.strip():
        raise ImportProblem("empty file")
    text = decode_text(data).text
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text, path))
    rows: list[Row] = []
    columns: list[str] | None = None
    with _long_fields():
        try:
            for cells in reader:
                if not cells:
                    continue
                if columns is None:
                    columns = _header(cells)
                elif len(cells) == len(columns):
                    rows.append(Row(f"line {reader.line_num}", dict(zip(columns, cells, strict=True))))
                if len(rows) > PREVIEW_ROWS:
                    break
        except csv.Error as error:
            if not truncated:
                raise ImportProblem(f"line {reader.line_num}: malformed CSV ({error})") from error
    if columns is None:
        raise ImportProblem("empty file")
    return columns, rows[:PREVIEW_ROWS]


def preview_table(path: Path) -> TablePreview:
    """The header, first rows and guessed mapping of `path`; ImportProblem when it cannot be read."""
    mapped = mapping_format(path)
    fmt = mapped.name if mapped is not None else "records"
    if path.suffix.lower() in TABLE_EXTENSIONS:
        columns, rows = _csv_head(path)
        what = "column"
    else:
        records = itertools.islice(iter_records(path, never_cancelled), PREVIEW_ROWS)
        rows = [Row(record.where, record.data) for record in records]
        columns = list(dict.fromkeys(key for row in rows for key in row.cells))
        what = "field"
    if not columns:
        raise ImportProblem("no columns")
    guess = guess_options(columns, rows, what)
    shown = tuple({column: _cell(row.cells.get(column)) for column in columns} for row in rows)
    return TablePreview(path, fmt, tuple(columns), shown, guess)
