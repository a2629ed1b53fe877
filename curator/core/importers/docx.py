"""Word documents (.docx): the body text, paragraph by paragraph, read without trusting the file.

A DOCX is a zip of XML parts, so it gets both untrusted-input checks (RELIABILITY.md): the zip's
declared sizes first (zip_limits.py), then XML parsed with defusedxml refusing any DTD or entity, so
a crafted file can neither expand entities ("billion laughs") nor make us read /etc/passwd or fetch a
URL. Only word/document.xml and docProps/core.xml are read; nothing is resolved or fetched.
"""

from __future__ import annotations

import unicodedata
import zipfile
from datetime import date
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from curator.core.importers.base import CancelCheck, ImportProblem, ParsedFile, title_from_text
from curator.core.importers.file_metadata import DeclaredMetadata, merge_metadata
from curator.core.importers.format import ImportFormat
from curator.core.importers.zip_limits import check_zip, open_zip, read_member
from curator.core.services import NewDocument
from curator.core.text.language import guess_language

DOCX_EXTENSIONS = (".docx",)
DOCUMENT_PART = "word/document.xml"
CORE_PART = "docProps/core.xml"
UNSAFE_XML = "DOCX with a DTD or external entity refused (unsafe XML)"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
DC = "{http://purl.org/dc/elements/1.1/}"
DCTERMS = "{http://purl.org/dc/terms/}"
PROPERTIES = frozenset({f"{W}pPr", f"{W}rPr", f"{W}sectPr", f"{W}tblPr", f"{W}trPr", f"{W}tcPr"})


def _parse_xml(archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], name: str) -> Element | None:
    info = members.get(name)
    if info is None:
        return None
    data = read_member(archive, info)
    try:
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        raise ImportProblem(UNSAFE_XML) from error
    except ParseError as error:
        raise ImportProblem(f"damaged DOCX: {name} is not well-formed XML ({error})") from error


def _run_text(element: Element, out: list[str]) -> None:
    """The visible text under `element` in document order: w:t, tabs, line breaks.

    Properties are skipped (a paragraph's tab stops are also `w:tab`), and deleted text is `w:delText`,
    not `w:t`, so tracked deletions stay out.
    """
    for node in element:
        if node.tag in PROPERTIES:
            continue
        if node.tag == f"{W}t":
            out.append(node.text or "")
        elif node.tag == f"{W}tab":
            out.append("\t")
        elif node.tag in (f"{W}br", f"{W}cr"):
            out.append("\n")
        elif node.tag == f"{W}noBreakHyphen":
            out.append("-")
        else:
            _run_text(node, out)


def _paragraph(element: Element) -> str:
    out: list[str] = []
    _run_text(element, out)
    return "".join(out)


def _cell(cell: Element) -> str:
    """A table cell on one line: its paragraphs joined by spaces, so each row stays one line."""
    parts = [" ".join(_paragraph(p).split()) for p in cell.iter(f"{W}p")]
    return " ".join(part for part in parts if part)


def _blocks(container: Element, lines: list[str]) -> None:
    for child in container:
        if child.tag == f"{W}p":
            lines.append(_paragraph(child))
        elif child.tag == f"{W}tbl":
            for row in child.iter(f"{W}tr"):
                lines.append("\t".join(_cell(cell) for cell in row.findall(f"{W}tc")))
        elif child.tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml"):
            _blocks(child, lines)


def _core_properties(core: Element | None) -> dict[str, str]:
    if core is None:
        return {}
    found = {}
    for key, tag in (("title", f"{DC}title"), ("author", f"{DC}creator"), ("created", f"{DCTERMS}created")):
        node = core.find(tag)
        if node is not None and node.text and node.text.strip():
            found[key] = " ".join(node.text.split())
    return found


def _iso_date(value: str | None) -> str | None:
    """`2024-05-19T10:00:00Z` → `2024-05-19`; anything that is not a date is dropped."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def parse_docx(path: Path, is_cancelled: CancelCheck) -> ParsedFile:
    """One document per file: paragraphs become lines, table rows tab-separated lines; title, date, source
    and author from the core properties and the text (see file_metadata.py)."""
    with open_zip(path, "DOCX") as archive:
        members = {info.filename: info for info in check_zip(archive)}
        document = _parse_xml(archive, members, DOCUMENT_PART)
        if document is None:
            raise ImportProblem(f"not a Word document (no {DOCUMENT_PART} inside)")
        core = _core_properties(_parse_xml(archive, members, CORE_PART))
    body = document.find(f"{W}body")
    lines: list[str] = []
    _blocks(body if body is not None else document, lines)
    text = unicodedata.normalize("NFC", "\n".join(lines).replace("\r\n", "\n").replace("\r", "\n")).strip()
    if not text:
        raise ImportProblem("no text in this DOCX")
    language = guess_language(text)
    declared = DeclaredMetadata(
        origin="the DOCX core properties",
        title=core.get("title"),
        pub_date=_iso_date(core.get("created")),
        pub_date_is_creation=True,
        author=core.get("author"),
    )
    merged = merge_metadata(text, language, declared)
    meta: dict[str, Any] = {"path": str(path), **merged.meta}
    parsed = ParsedFile()
    parsed.documents.append(
        NewDocument(
            text=text,
            title=title_from_text(merged.title or text),
            language=language,
            source=merged.source or path.name,
            pub_date=merged.pub_date,
            meta=meta,
        )
    )
    return parsed


IMPORTER = ImportFormat("docx", "Word documents (.docx)", DOCX_EXTENSIONS, parse_docx)
