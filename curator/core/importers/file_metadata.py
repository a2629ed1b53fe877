"""What a file says about itself, merged with what its text says: one rule set for HTML, PDF and DOCX.

A web page, a PDF and a Word file each declare some metadata of their own (the page's `<meta>` tags,
the PDF's document info, the DOCX core properties), and their text carries more (a dateline with its
place and agency, "HABER TARİHİ: …", a byline glued to the headline, Turkish typed without its letters;
see importers.metadata). The two are merged here so every format fills the same document fields and
the same meta keys, and every value says where it came from in meta["metadata_notes"].

Which side wins is a matter of trust. A page's own metadata is written by its publisher for exactly
this purpose, so it wins and the text fills the gaps. A PDF's or DOCX's "created" date is when the file
was made, often long after the article appeared, so a date stated in the text wins over it. A file
title that is only a file name ("Microsoft Word - haber.docx") is no title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from curator.core.importers.metadata import extract_metadata, metadata_meta

# Office suites fill the title property with the file name when the author gave none.
_FILE_NAME_TITLE = re.compile(
    r"^(?:microsoft (?:word|powerpoint|excel) - .*|untitled\d*|document\d*|.*\.(?:docx?|odt|rtf|pdf|txt))$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DeclaredMetadata:
    """The file's own metadata; `origin` names it in notes ("the page's metadata", "the PDF info")."""

    origin: str
    title: str | None = None
    pub_date: str | None = None  # ISO day
    # True for a file's creation date: the publication date only when the text states none.
    pub_date_is_creation: bool = False
    source: str | None = None
    author: str | None = None
    url: str | None = None


@dataclass(slots=True)
class MergedMetadata:
    """Values for the document's columns (None or "" where nothing was found) and its meta entries."""

    title: str
    pub_date: str | None
    source: str | None
    meta: dict[str, Any] = field(default_factory=dict)


def is_file_name_title(title: str) -> bool:
    """True for a title property that only repeats a file name or a placeholder ("Document1")."""
    return bool(_FILE_NAME_TITLE.match(title.strip()))


def _pick(
    name: str, declared: str | None, found: str | None, origin: str, notes: list[str], *, declared_wins: bool
) -> str | None:
    """One field from the two sides, with a note whenever the file's own value is used or overruled."""
    if declared and found and declared != found:
        if declared_wins:
            notes.append(f"{name} {declared!r} from {origin} (the text suggests {found!r})")
            return declared
        notes.append(f"{name} {found!r} from the text, not {declared!r} from {origin}")
        return found
    if declared:
        if not found:
            notes.append(f"{name} {declared!r} from {origin}")
        return declared
    return found


def merge_metadata(text: str, language: str, declared: DeclaredMetadata) -> MergedMetadata:
    """Read `text` for its own metadata and merge it with what the file declared (see module docstring)."""
    found = extract_metadata(text, language=language)
    notes = list(found.notes)
    origin = declared.origin
    declared_title = declared.title
    if declared_title and is_file_name_title(declared_title):
        notes.append(f"title {declared_title!r} in {origin} is a file name, not a headline: ignored")
        declared_title = None
    title = _pick("title", declared_title, found.title or None, origin, notes, declared_wins=True) or ""
    pub_date = _pick(
        "pub_date",
        declared.pub_date,
        found.pub_date,
        origin,
        notes,
        declared_wins=not declared.pub_date_is_creation,
    )
    if pub_date is not None and found.pub_date is None and declared.pub_date_is_creation:
        notes.append("pub_date is the file's creation date: the text states no date with a year")
    source = _pick("source", declared.source, found.source, origin, notes, declared_wins=True)
    author = _pick("author", declared.author, found.author, origin, notes, declared_wins=True)
    url = _pick("url", declared.url, found.url, origin, notes, declared_wins=True)
    meta = metadata_meta(found)
    meta.pop("metadata_notes", None)
    for key, value in (("author", author), ("url", url)):
        if value:
            meta[key] = value
    if found.source and source != found.source:
        meta["agency"] = found.source  # the dateline's agency, when the publication is another name
    if found.pub_date_raw and pub_date == found.pub_date:
        meta["pub_date_raw"] = found.pub_date_raw
    if notes:
        meta["metadata_notes"] = notes
    return MergedMetadata(title=title, pub_date=pub_date, source=source, meta=meta)
