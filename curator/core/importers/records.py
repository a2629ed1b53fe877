"""JSON records of any shape: one document per record, its fields mapped like the columns of a table.

Scrapers write JSONL with their own field names ("haber", "kaynak", …). By content such files look like
Prodigy tasks without a text, so an auto import never picks this format; the user names it (`--format
records --text-column haber`), or the window offers its column mapping for a file whose first record is
a flat row of fields (`is_flat_records`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from curator.core.importers.base import CancelCheck, ParsedFile
from curator.core.importers.format import ImportFormat
from curator.core.importers.jsonl import JSON_EXTENSIONS, head_records, iter_records
from curator.core.importers.options import COLUMN_OPTIONS, ImportOptions
from curator.core.importers.table import Row, documents_from_rows

# Keys of JSON records that carry annotations (Prodigy, doccano): such files are not tables.
ANNOTATION_KEYS = frozenset({"spans", "label", "entities", "relations", "tokens", "meta", "accept"})


def is_flat_record(data: dict[str, Any]) -> bool:
    return not ANNOTATION_KEYS & data.keys() and all(
        isinstance(value, str | int | float | bool) or value is None for value in data.values()
    )


def is_flat_records(path: Path) -> bool:
    """True when the first record is a flat, unannotated row of fields (Prodigy and doccano are not)."""
    first = head_records(path, 1)
    return bool(first) and is_flat_record(first[0].data)


def parse_records(path: Path, is_cancelled: CancelCheck, options: ImportOptions | None = None) -> ParsedFile:
    """JSONL or a JSON array of flat records whose text field has any name."""
    rows = [Row(record.where, record.data) for record in iter_records(path, is_cancelled)]
    columns = list(dict.fromkeys(key for row in rows for key in row.cells))
    return documents_from_rows(rows, columns, options or ImportOptions(), path, "field")


IMPORTER = ImportFormat(
    "records",
    "JSON records with another text field (name it with --text-column)",
    JSON_EXTENSIONS,
    parse_records,
    sniff=is_flat_records,
    options=COLUMN_OPTIONS,
    auto=False,
)
