"""Saved web pages (.html, .htm, .xhtml): the article's text and metadata, without the page around it.

A news page is mostly not the news: menus, cookie banners, currency tickers, related-article lists,
comment boxes and footers. trafilatura, a maintained extractor, finds the article and its metadata
(title, date, site, author); the settings below were chosen by measurement against trafilatura's own
defaults on the pages in tests/data/html (see benchmarks/html_extraction.py). When it finds no article
(a short page, a listing), the page's visible text is kept instead, so nothing readable is lost.

A page is untrusted input: nothing is fetched, executed or rendered. trafilatura gets the parsed tree
with no URL, scripts and styles are dropped, and only plain text is stored. The bytes themselves are
not kept; their SHA-256 and size are, so a document can be traced back to the file it came from.
libxml2 stops building the tree 256 elements deep (2,048 with huge_tree) and drops whatever lies
deeper, so a page of 5,000 nested divs lost all its text; tags nested deeper than MAX_NESTING are
therefore taken out before parsing (see flatten_nesting), which no real page comes near.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from copy import deepcopy
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from curator.core.dates import find_dates, normalize_date
from curator.core.importers.base import CancelCheck, ImportProblem, ParsedFile, read_bytes, title_from_text
from curator.core.importers.file_metadata import DeclaredMetadata, merge_metadata
from curator.core.importers.format import ImportFormat
from curator.core.importers.html_lead import drop_see_also, find_lead, with_lead
from curator.core.importers.normalize import normalize_text
from curator.core.importers.text_file import (
    BOMS,
    decode_text,
    looks_binary,
    normalise_text,
)
from curator.core.services import NewDocument
from curator.core.text.language import guess_language

HTML_EXTENSIONS = (".html", ".htm", ".xhtml")
EXTRACTOR = f"trafilatura {trafilatura.__version__}"
# trafilatura's own limit; a bigger "page" is a dump, not an article, and would only cost memory.
MAX_HTML_BYTES = 20_000_000
# Browsers look for a <meta charset> in the first 1024 bytes; real pages put long heads before it.
CHARSET_SCAN_BYTES = 4_096
# Languages we trust from <html lang>; any other value ("en-US" on a Kyrgyz page is common: CMS
# templates) is checked against the text by guess_language instead.
TRUSTED_LANGUAGES = frozenset({"tr", "ky", "kk", "ru", "en"})
# A dateline sits in the first lines of the article ("Бишкек, 19.05.21. /Кабар/.").
DATELINE_CHARS = 400

# Chosen by benchmarks/html_extraction.py: on the gold pages every candidate keeps the whole article,
# and precision leaves the least boilerplate (it also drops a section tag "Саясат 0" that recall
# keeps). Reader comments are never the article. Re-run the benchmark when gold pages are added.
EXTRACTION_SETTINGS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "favor_precision": True,
    "deduplicate": False,
}

_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
# WHATWG: these labels mean windows-1252 in HTML, and a UTF-16 label in a page we could read as
# ASCII-compatible bytes is a lie (the bytes would hold NULs), so it means UTF-8.
_HTML_ALIASES = {"iso8859_1": "cp1252", "ascii": "cp1252", "latin_1": "cp1252"}
_INVISIBLE = ("script", "style", "noscript", "template", "head", "iframe", "object", "svg", "math")
_BLOCKS = frozenset(
    """address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3
    h4 h5 h6 header hr li main nav ol p pre section table tbody td th thead tfoot tr ul""".split()
)
_BLANK_LINES = re.compile(r"\n\s*\n\s*")
# Deeper than any real page (news pages nest 20-40 levels), well under libxml2's 256.
MAX_NESTING = 128
_ATTRIBUTES = r"""(?:[^>"']|"[^"]*"|'[^']*')*"""
# A comment or a raw-text element (copied as is: a "<div>" inside a script is not a tag), or one tag.
_TOKEN = re.compile(
    rf"<!--.*?(?:-->|\Z)|<(script|style|textarea|title|xmp)\b{_ATTRIBUTES}>.*?(?:</\1\s*>|\Z)"
    rf"|<(/?)([A-Za-z][^\s/>]*){_ATTRIBUTES}>",
    re.DOTALL | re.IGNORECASE,
)
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
# Start tags that end an open element of the same name (<p>one<p>two), so they do not nest.
_ENDS_SIBLING = frozenset("p li dt dd tr td th option optgroup".split())
_SPACES = re.compile(r"[ \t\u00a0]+")


@dataclass(frozen=True, slots=True)
class DecodedPage:
    html: str
    encoding: str
    note: str = ""


def _codec(label: str) -> str | None:
    """Python's codec for a declared charset label ("utf-8", "cp1251"), or None for an unknown label."""
    try:
        name = codecs.lookup(label).name.replace("-", "_")
    except LookupError:
        return None
    if name.startswith(("utf_8", "utf_16", "utf_32")):
        return "utf-8"
    return _HTML_ALIASES.get(name, name)


def _declared_encoding(data: bytes) -> str | None:
    match = _CHARSET.search(data[:CHARSET_SCAN_BYTES])
    return _codec(match.group(1).decode("ascii")) if match else None


def decode_html(data: bytes) -> DecodedPage:
    """A BOM decides; else the page's declared charset; else UTF-8 or a detected legacy code page.

    A declaration that the bytes contradict is overruled, and the note says so: a page re-saved as
    UTF-8 often keeps its old `windows-1251` meta tag, and obeying it would store mojibake.
    """
    if any(data.startswith(bom) for bom, _ in BOMS):
        decoded = decode_text(data)
        return DecodedPage(decoded.text, decoded.encoding)
    if looks_binary(data):
        raise ImportProblem("binary file, not HTML")
    declared = _declared_encoding(data)
    if declared is not None and declared != "utf-8":
        try:
            utf8 = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            if not utf8.isascii():
                note = f"declared {declared}, but the bytes are UTF-8: read as UTF-8"
                return DecodedPage(utf8, "utf-8", note)
        try:
            return DecodedPage(data.decode(declared), declared)
        except UnicodeDecodeError:
            pass
    decoded = decode_text(data)
    note = ""
    if declared is not None and _codec(decoded.encoding) != declared:
        note = f"declared {declared}, but the bytes do not decode with it: read as {decoded.encoding}"
    return DecodedPage(decoded.text, decoded.encoding, note)


def flatten_nesting(html: str) -> tuple[str, int]:
    """The page with every tag nested deeper than MAX_NESTING taken out, and how many were.

    A taken-out block tag leaves a line break and any other a space, so the text keeps its paragraphs
    and words. A page within the limit is returned as it is (the same string). The open elements are
    kept as a stack of (tag, kept); an end tag closes the innermost open element of its name and what is
    open inside it, as the parser would, and a stray one is left to the parser.
    """
    stack: list[tuple[str, bool]] = []
    open_names: dict[str, int] = {}
    kept = copied = dropped = 0
    parts: list[str] = []
    for match in _TOKEN.finditer(html):
        closing, name = match.group(2, 3)
        if name is None or match.group(0).endswith("/>"):
            continue
        name = name.lower()
        if name in _VOID:
            continue
        if closing or (name in _ENDS_SIBLING and stack and stack[-1][0] == name):
            if not open_names.get(name):
                continue
            while True:
                popped, was_kept = stack.pop()
                open_names[popped] -= 1
                kept -= was_kept
                if popped == name:
                    break
            if closing:
                if was_kept:
                    continue
                parts += (html[copied : match.start()], "\n" if name in _BLOCKS else " ")
                copied = match.end()
                dropped += 1
                continue
        keep = kept < MAX_NESTING
        stack.append((name, keep))
        open_names[name] = open_names.get(name, 0) + 1
        kept += keep
        if not keep:
            parts += (html[copied : match.start()], "\n" if name in _BLOCKS else " ")
            copied = match.end()
            dropped += 1
    if not dropped:
        return html, 0
    parts.append(html[copied:])
    return "".join(parts), dropped


def _parse_tree(html: str) -> lxml.html.HtmlElement | None:
    """The page as an lxml tree, without comments or processing instructions; None if there is none.

    lxml's HTML parser never fetches (no DTDs, no external entities) and never runs scripts.
    """
    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses str input that declares an encoding
    if not html.strip():
        return None
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)
    try:
        return lxml.html.document_fromstring(html, parser=parser)
    except (etree.ParserError, ValueError):
        return None


def visible_text(tree: lxml.html.HtmlElement) -> str:
    """What a reader would see with scripts off: no script, style or head; blocks on their own lines.

    The walk is iterative, so a hostile page nested thousands deep cannot exhaust the stack.
    """
    tree = deepcopy(tree)
    for element in list(tree.iter(*_INVISIBLE)):
        if element.getparent() is not None:
            element.drop_tree()
    parts: list[str] = []
    for event, element in etree.iterwalk(tree, events=("start", "end")):
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if tag in _BLOCKS:
            parts.append("\n")
        if event == "start" and element.text and tag:
            parts.append(element.text)
        elif event == "end" and element.tail:
            parts.append(element.tail)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).splitlines())
    return _BLANK_LINES.sub("\n", "\n".join(lines)).strip()


def _meta_content(tree: lxml.html.HtmlElement, *names: str) -> str | None:
    for name in names:
        for element in tree.xpath("//meta[@property=$n or @name=$n]", n=name):
            content = (element.get("content") or "").strip()
            if content:
                return content
    return None


def _page_language(tree: lxml.html.HtmlElement, text: str) -> str:
    """`<html lang>` when it names a corpus language, else a guess from the text itself."""
    declared = (tree.get("lang") or tree.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip()
    code = re.split("[-_]", declared.lower())[0] if declared else ""
    return code if code in TRUSTED_LANGUAGES else guess_language(text)


def _declared_date(found: str | None, tree: lxml.html.HtmlElement) -> str | None:
    """trafilatura's date, else the page's `article:published_time`: the day the page itself states."""
    for candidate in (found, _meta_content(tree, "article:published_time")):
        if candidate:
            normalized = normalize_date(candidate[:10])
            if normalized is not None and normalized.precision == "day":
                return normalized.iso
    return None


def _dateline_date(text: str) -> str | None:
    """The last resort: a day at the top of the article, even one without its year."""
    for _start, _end, found_date in find_dates(text[:DATELINE_CHARS], reference=date.today()):
        if found_date.precision == "day" and not found_date.is_range:
            return found_date.iso
    return None


def _with_title(text: str, title: str) -> str:
    """The headline carries entities too, so it leads the text when the extractor left it out."""
    if not title or title in text[: len(title) + DATELINE_CHARS]:
        return text
    return f"{title}\n{text}"


def _clean(value: object) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def extract_page(html: str) -> tuple[str, dict[str, Any], lxml.html.HtmlElement] | None:
    """The article text, its metadata and the parsed tree; None when the page has no readable text.

    metadata["flattened_tags"] counts the tags taken out of a page nested too deep (flatten_nesting).
    """
    html, flattened = flatten_nesting(html)
    tree = _parse_tree(html)
    if tree is None:
        return None
    extracted = trafilatura.bare_extraction(
        drop_see_also(tree), url=None, with_metadata=True, output_format="python", **EXTRACTION_SETTINGS
    )
    document = None if isinstance(extracted, dict) else extracted  # a dict only with as_dict=True
    metadata: dict[str, Any] = {"extractor": EXTRACTOR}
    text = normalise_text(document.text or "").strip() if document is not None else ""
    if not text:
        text = normalise_text(visible_text(tree))
        metadata["extractor"] = "visible text (no article found by " + EXTRACTOR + ")"
    if not text:
        return None
    if flattened:
        metadata["flattened_tags"] = flattened
    if document is not None:
        for key in ("title", "date", "sitename", "author", "url", "description"):
            value = _clean(getattr(document, key, None))
            if value is not None:
                metadata[key] = normalise_text(value)
        categories = [c for c in (getattr(document, "categories", None) or []) if _clean(c)]
        if categories:
            metadata["categories"] = categories
    if "title" not in metadata:
        page_title = tree.findtext(".//title")
        if _clean(page_title):
            metadata["title"] = normalise_text(page_title.strip())
    if document is not None:
        lead = find_lead(tree, metadata.get("title", ""), text, metadata.get("description"))
        if lead is not None:
            text = with_lead(text, metadata.get("title", ""), normalise_text(lead))
            metadata["lead"] = "restored from under the headline"
    return text, metadata, tree


def parse_html(path: Path, is_cancelled: CancelCheck) -> ParsedFile:
    """One document per page: the article's text, with title, date, source and language from the page."""
    data = read_bytes(path)
    if not data.strip():
        raise ImportProblem("empty file")
    if len(data) > MAX_HTML_BYTES:
        size, limit = len(data) / 1e6, MAX_HTML_BYTES // 1_000_000
        raise ImportProblem(f"too large for a web page ({size:.0f} MB; the limit is {limit} MB)")
    page = decode_html(data)
    extracted = extract_page(page.html)
    if extracted is None:
        raise ImportProblem("no readable text (the page has only markup, scripts or styles)")
    text, metadata, tree = extracted
    title = metadata.pop("title", "")
    found_date = metadata.pop("date", None)
    text, import_log = normalize_text(_with_title(text, title))
    language = _page_language(tree, text)
    declared = DeclaredMetadata(
        origin="the page's metadata",
        title=title or None,
        pub_date=_declared_date(found_date, tree),
        source=metadata.get("sitename"),
        author=metadata.get("author"),
        url=metadata.get("url"),
    )
    merged = merge_metadata(text, language, declared)
    pub_date = merged.pub_date
    if pub_date is None and (pub_date := _dateline_date(text)) is not None:
        notes = merged.meta.setdefault("metadata_notes", [])
        notes.append(f"pub_date {pub_date} from a date atop the article")
    meta: dict[str, Any] = {
        "import_log": import_log,
        "path": str(path),
        "encoding": page.encoding,
        "original_sha256": hashlib.sha256(data).hexdigest(),
        "original_size": len(data),
        **metadata,
        **merged.meta,
    }
    parsed = ParsedFile()
    if page.note:
        parsed.notes.append(page.note)
    elif page.encoding != "utf-8":
        parsed.notes.append(f"decoded as {page.encoding}")
    if metadata["extractor"] != EXTRACTOR:
        parsed.notes.append("no article found; kept the page's visible text")
    if "flattened_tags" in metadata:
        parsed.notes.append(
            f"{metadata['flattened_tags']:,} tags nested deeper than {MAX_NESTING} levels were taken out "
            "so the page could be read"
        )
    parsed.documents.append(
        NewDocument(
            text=text,
            title=title_from_text(merged.title or text),
            language=language,
            source=merged.source or path.name,
            pub_date=pub_date,
            meta=meta,
        )
    )
    return parsed


IMPORTER = ImportFormat("html", "web pages: the article and its metadata", HTML_EXTENSIONS, parse_html)
