"""doccano JSONL: `{"text", "label": [[start, end, "LABEL"], …]}` or `"entities"` objects.

Its records are read by jsonl.py's record machinery (the same streaming, checks and line numbers as
Prodigy tasks); this module declares the format and how a file of it is recognised.
"""

from __future__ import annotations

from pathlib import Path

from curator.core.importers.format import ImportFormat
from curator.core.importers.jsonl import (
    JSON_EXTENSIONS,
    head_records,
    is_doccano_record,
    parse_doccano,
    parse_json_auto,
)


def is_doccano_file(path: Path) -> bool:
    """True when one of the first records carries doccano labels (Prodigy's `label` is a string)."""
    return any(is_doccano_record(record.data) for record in head_records(path))


# Detected, it is still read record by record (parse_json_auto): a Prodigy task among them stays one.
IMPORTER = ImportFormat(
    "doccano",
    "doccano JSONL with label triples or entities",
    JSON_EXTENSIONS,
    parse_doccano,
    sniff=is_doccano_file,
    auto_parse=parse_json_auto,
)
