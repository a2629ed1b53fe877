"""Word and PDF files in any script, written without an office suite (tests and benchmarks share them).

The DOCX is the minimal package Word itself reads: content types, word/document.xml with one w:p per
paragraph, and docProps/core.xml with the properties given. The PDF is drawn by Qt's PDF writer with an
embedded TrueType font and a ToUnicode map, as office suites do, so Cyrillic and Turkish letters come
back out of the text layer; it needs a QGuiApplication (pytest-qt's `qapp`, or `ensure_gui_app`).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="xml" ContentType="application/xml"/></Types>'
)
_CORE_TAGS = {"title": "dc:title", "author": "dc:creator", "created": "dcterms:created"}


def docx_parts(paragraphs: list[str], properties: dict[str, str] | None = None) -> dict[str, str]:
    """The package parts by name (a benchmark writes many files from them)."""
    runs = (f'<w:r><w:t xml:space="preserve">{escape(paragraph)}</w:t></w:r>' for paragraph in paragraphs)
    body = "".join(f"<w:p>{run}</w:p>" for run in runs)
    parts = {
        "[Content_Types].xml": CONTENT_TYPES,
        "word/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}"><w:body>{body}</w:body>'
            "</w:document>"
        ),
    }
    if properties:
        values = "".join(
            f"<{_CORE_TAGS[key]}>{escape(value)}</{_CORE_TAGS[key]}>" for key, value in properties.items()
        )
        parts["docProps/core.xml"] = (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
            'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            f'xmlns:dcterms="http://purl.org/dc/terms/">{values}</cp:coreProperties>'
        )
    return parts


def write_docx(path: Path, paragraphs: list[str], properties: dict[str, str] | None = None) -> Path:
    """A .docx of `paragraphs`; `properties` may hold title, author and created (ISO 8601)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in docx_parts(paragraphs, properties).items():
            archive.writestr(name, content)
    return path


def ensure_gui_app() -> object:
    """The QGuiApplication Qt's PDF writer needs (fonts), created once when none exists."""
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.instance() or QGuiApplication([])


def write_pdf(path: Path, lines: list[str], *, title: str = "", author: str = "") -> Path:
    """A one-page PDF showing `lines` one under another (long lines are not wrapped), with document info."""
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A3))
    writer.setTitle(title)
    writer.setAuthor(author)
    painter = QPainter(writer)
    painter.setFont(QFont("DejaVu Sans", 8))
    step = painter.fontMetrics().lineSpacing()
    y = step
    for line in lines:
        painter.drawText(0, y, line)
        y += step
    painter.end()
    return path
