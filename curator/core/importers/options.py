"""How the columns of a table (CSV/TSV) or the fields of arbitrary JSON records map onto a document.

Kept apart from the parser signature: only the formats that declare `ImportOption`s read it, so every
other parser keeps its two-argument `(path, is_cancelled)` form and the registry binds options with
functools.partial. The declarations are what the command line's `--text-column …` arguments and the
window's column mapping are built from; they live in `curator.core.formats`, which the command line
reads without loading any importer.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from curator.core.formats import COLUMN_OPTIONS, COLUMN_ROLES, ImportOption, column_list

__all__ = ["COLUMN_OPTIONS", "COLUMN_ROLES", "ImportOption", "ImportOptions", "column_list", "options_from"]


@dataclass(frozen=True, slots=True)
class ImportOptions:
    """Column (or JSON field) names; None means "find it by name" (the text column: by name or length).

    `meta_columns` None puts every column not mapped above into the document's metadata; a tuple
    names the only ones kept (an empty tuple keeps none).
    """

    text_column: str | None = None
    title_column: str | None = None
    date_column: str | None = None
    language_column: str | None = None
    source_column: str | None = None
    url_column: str | None = None
    meta_columns: tuple[str, ...] | None = None
    sentences_per_doc: int | None = None  # CoNLL without -DOCSTART-; None: the format's default

    def is_default(self) -> bool:
        """True when nothing was chosen, so a note about unused options would be noise."""
        return all(getattr(self, item.name) is None for item in fields(self))


def options_from(values: Mapping[str, Any]) -> ImportOptions:
    """The options record from values keyed by `ImportOption.field` (missing or None: not chosen)."""
    known = {item.name for item in fields(ImportOptions)}
    return replace(ImportOptions(), **{name: value for name, value in values.items() if name in known})
