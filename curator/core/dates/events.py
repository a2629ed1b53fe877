"""An event's date from the text of its TIME argument, read against the document's publication date."""

from __future__ import annotations

from datetime import date

from curator.core.dates import NormalizedDate, normalize_date
from curator.core.domain import DocumentRecord


def publication_date(document: DocumentRecord) -> date | None:
    """The document's publication date, if it has a readable one (year-less dates resolve against it)."""
    if not document.pub_date:
        return None
    try:
        return date.fromisoformat(document.pub_date[:10])
    except ValueError:
        return None


def date_from_text(text: str, document: DocumentRecord) -> NormalizedDate | None:
    return normalize_date(text, language=document.language, reference=publication_date(document))
