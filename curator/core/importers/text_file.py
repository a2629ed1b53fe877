"""Plain text (.txt, .md): bytes to one clean document, saying how the bytes were decoded.

Real corpora carry legacy encodings (cp1251 Russian/Kyrgyz, cp1254 Turkish, KOI8-R) and files that are
not text at all. Guessing wrong silently stores mojibake that nobody notices until training, so every
non-UTF-8 decoding is noted, and a file we cannot decode with confidence is refused instead.
"""

from __future__ import annotations

import codecs
import hashlib
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from curator.core.importers.base import CancelCheck, ImportProblem, ParsedFile, read_bytes, title_from_text
from curator.core.importers.format import ImportFormat
from curator.core.importers.metadata import extract_metadata, metadata_meta
from curator.core.importers.normalize import normalize_text, repairs
from curator.core.importers.report import plural
from curator.core.services import NewDocument
from curator.core.text.language import TURKISH_LETTERS, guess_language

# Legacy code pages of the corpus languages, in order of preference when two read the bytes alike.
# Detection is limited to them: unrestricted, charset-normalizer reads short KOI8-R as Shift-JIS and
# random bytes as Thai with full confidence, and a wrong guess stores mojibake nobody notices.
CORPUS_ENCODINGS = [
    "cp1251", "koi8_r", "koi8_u", "cp866", "mac_cyrillic", "iso8859_5", "kz1048", "ptcp154",
    "cp1252", "cp1254", "iso8859_9",
]  # fmt: skip
# Coherence is how well the decoded letters fit a language's letter frequencies: real text scores above
# 0.5 from about 40 characters on, while random bytes read as a Cyrillic code page score 0. Below
# SHORT_TEXT_BYTES there is too little text to measure, so a code page is trusted on chaos alone.
MIN_COHERENCE = 0.2
SHORT_TEXT_BYTES = 64
ALMOST_UTF8_ERRORS = 3
BINARY_SAMPLE_BYTES = 65_536
BINARY_CONTROL_SHARE = 0.05
# C0 controls that never occur in text; tab, newlines, vertical tab, form feed and escape may.
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\v\f\r\x1b") + b"\x7f"
TEXT_EXTENSIONS = (".txt", ".md")
BOMS = [
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str


def looks_binary(data: bytes) -> bool:
    sample = data[:BINARY_SAMPLE_BYTES]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > BINARY_CONTROL_SHARE * len(sample)


def _turkish_letters(text: str) -> int:
    return sum(1 for c in text if c in TURKISH_LETTERS)


def _prefer_turkish(data: bytes, encoding: str, text: str) -> DecodedText:
    """Turkish cp1254 and Western cp1252 differ in six letters, and detection often picks cp1252,
    whose reading of Turkish is plausible-looking nonsense ("Dýþiþleri")."""
    if encoding != "cp1252":
        return DecodedText(text, encoding)
    try:
        turkish = data.decode("cp1254")
    except UnicodeDecodeError:
        return DecodedText(text, encoding)
    if _turkish_letters(turkish) > _turkish_letters(text) and guess_language(turkish) == "tr":
        return DecodedText(turkish, "cp1254")
    return DecodedText(text, encoding)


def _canonical(data: bytes, encoding: str, text: str) -> str:
    """Name the most common code page that reads the bytes the same ("cp1251", not "kz1048")."""
    for candidate in CORPUS_ENCODINGS:
        if candidate == encoding:
            return encoding
        try:
            if data.decode(candidate) == text:
                return candidate
        except UnicodeDecodeError:
            continue
    return encoding


def _almost_utf8_hint(data: bytes, error: UnicodeDecodeError) -> str:
    """Point at the first bad byte when the file is UTF-8 but for a few: that is what the user must fix."""
    invalid = data.decode("utf-8", errors="replace").count("\ufffd")
    multibyte = sum(1 for byte in data if byte >= 0xC0)
    if invalid > max(ALMOST_UTF8_ERRORS, multibyte // 100):
        return ""
    line = data[: error.start].count(b"\n") + 1
    return f" (UTF-8 except {plural(invalid, 'byte sequence')}, the first on line {line})"


def _detect(data: bytes, utf8_error: UnicodeDecodeError) -> DecodedText:
    """A corpus code page whose reading has the letter frequencies of a language, or an ImportProblem."""
    best = from_bytes(data, cp_isolation=CORPUS_ENCODINGS).best()
    if best is None or (best.coherence < MIN_COHERENCE and len(data) >= SHORT_TEXT_BYTES):
        raise ImportProblem("cannot decode: unknown encoding" + _almost_utf8_hint(data, utf8_error))
    text = str(best)
    return _prefer_turkish(data, _canonical(data, best.encoding, text), text)


def decode_text(data: bytes) -> DecodedText:
    """Decode a text file: a BOM decides, else UTF-8, else the detected legacy encoding."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(encoding), "utf-8" if encoding == "utf-8-sig" else encoding)
            except UnicodeDecodeError as error:
                name = encoding.removesuffix("-sig")
                raise ImportProblem(f"cannot decode: invalid {name} ({error.reason})") from error
    if looks_binary(data):
        raise ImportProblem("binary file, not text")
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        return _detect(data, error)


def normalise_text(text: str) -> str:
    """One newline convention and NFC, so offsets and content hashes do not depend on the editor.

    Kept for callers that want only that; importers of plain text use importers.normalize.normalize_text,
    which also repairs certain mojibake and logs what it did.
    """
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


def original_meta(data: bytes) -> dict[str, object]:
    """The original bytes' hash and size: normalisation changes the text, so this is what proves which
    file a document came from (and lets a re-import of the same file be recognised)."""
    return {"original_sha256": hashlib.sha256(data).hexdigest(), "original_size": len(data)}


# One document is read, normalised and shown whole; far beyond a book's length the window and the
# exports would stall, so such a file is refused up front, before its bytes are read.
MAX_TEXT_BYTES = 20_000_000


def _file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as error:
        raise ImportProblem(f"cannot read: {error.strerror or error}") from error


def parse_text(path: Path, is_cancelled: CancelCheck) -> ParsedFile:
    """One document per file; title, pub_date and source as the text states them (see
    curator.core.importers.metadata), else the first line with words and the file name.

    The text is normalised (newlines, NFC, certain mojibake; see importers.normalize): the log goes
    into meta["import_log"], and repairs of letters also into the report's notes.
    """
    size = _file_size(path)
    if size > MAX_TEXT_BYTES:
        raise ImportProblem(
            f"too large to annotate as one document ({size / 1e6:.0f} MB; the limit is "
            f"{MAX_TEXT_BYTES // 1_000_000} MB): split it into articles first"
        )
    data = read_bytes(path)
    if not data.strip():
        raise ImportProblem("empty file")
    decoded = decode_text(data)
    text, log = normalize_text(decoded.text)
    if not text.strip():
        raise ImportProblem("empty file")
    if "\x00" in text:
        raise ImportProblem("binary file, not text")
    parsed = ParsedFile()
    if decoded.encoding != "utf-8":
        parsed.notes.append(f"decoded as {decoded.encoding}")
    parsed.notes.extend(repairs(log))
    meta: dict[str, object] = {"path": str(path), "encoding": decoded.encoding, **original_meta(data)}
    if log:
        meta["import_log"] = log
    language = guess_language(text)
    metadata = extract_metadata(text, language=language)
    meta.update(metadata_meta(metadata))
    parsed.documents.append(
        NewDocument(
            text=text,
            title=title_from_text(metadata.title) or title_from_text(text),
            language=language,
            source=metadata.source or path.name,
            pub_date=metadata.pub_date,
            meta=meta,
        )
    )
    return parsed


IMPORTER = ImportFormat(
    "txt", "plain text, one document per file (decoded, normalised)", TEXT_EXTENSIONS, parse_text
)
