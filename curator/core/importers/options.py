"""How the columns of a table (CSV/TSV) or the fields of arbitrary JSON records map onto a document.

Kept apart from the parser signature: only the table-like formats read it, so every other parser keeps
its two-argument `(path, is_cancelled)` form and the registry binds options with functools.partial.
"""

from __future__ import annotations

from dataclasses import dataclass, fields


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

    def is_default(self) -> bool:
        """True when nothing was chosen, so a note about unused options would be noise."""
        return all(getattr(self, item.name) is None for item in fields(self))
