"""Repair the text a PDF gives back: lines broken where the page ended, words hyphenated across lines.

PDF text has a hard line break at the end of every printed line (see DOMAIN.md, seed 000), which splits
sentences, entities and spans, and breaks tokenisation of hyphenated words. A break is joined only when
the evidence is clear (the line does not end a sentence and the next one starts lowercase); everything
else, and every blank line, is kept, so a wrongly kept break costs a little and a wrongly joined
heading never happens. What was changed is counted, so an annotator can tell the text was edited.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# A line ending in one of these (after closing quotes and brackets) ends a sentence or a clause that
# introduces a list, so the break after it is real.
SENTENCE_END = frozenset(".!?…:;")
CLOSERS = "\"'»”’)]"
# Hyphen-minus, soft hyphen and the Unicode hyphen; a dash (– —) is punctuation, never a word break.
HYPHENS = ("-", "\u00ad", "\u2010")
_BLANK_RUN = re.compile(r"\n{3,}")
_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(slots=True)
class RepairedText:
    text: str
    lines_joined: int = 0
    hyphens_removed: int = 0

    def log(self) -> list[str]:
        """What was changed, for the document's meta["import_log"]."""
        entries = []
        if self.lines_joined:
            entries.append(f"joined {self.lines_joined} line break(s) inside sentences")
        if self.hyphens_removed:
            entries.append(f"removed {self.hyphens_removed} end-of-line hyphen(s)")
        return entries


def _starts_lowercase(line: str) -> bool:
    return bool(line) and line[0].islower()


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


def _hyphenated(line: str) -> bool:
    """A word broken at the line end: a hyphen right after a letter ("koordi-"), not a lone dash."""
    return len(line) >= 2 and line.endswith(HYPHENS) and line[-2].isalpha()


def _repair_paragraph(lines: list[str], result: RepairedText) -> str:
    """The paragraph's lines with the clear breaks joined; built as a list, since a paragraph of a
    huge page can have thousands of lines and growing one string would be quadratic."""
    parts = [lines[0]]
    previous = lines[0]
    for line in lines[1:]:
        if _starts_lowercase(line) and _hyphenated(previous):
            parts[-1] = parts[-1][:-1]
            result.hyphens_removed += 1
        elif _starts_lowercase(line) and not _ends_sentence(previous):
            parts.append(" ")
            result.lines_joined += 1
        else:
            parts.append("\n")
        parts.append(line)
        previous = line
    return "".join(parts)


def repair_pdf_text(pages: list[str], before_page: Callable[[], None] | None = None) -> RepairedText:
    """One text from the pages: blank lines and page ends stay paragraph breaks; NFC; no lone surrogates.

    Pages are never joined to each other: the last line of a page is often a running footer or page
    number, and joining it into the next page's first sentence would corrupt both. `before_page` is
    called before each page so the import can stop a huge PDF at its deadline or on cancel (it raises).
    """
    result = RepairedText("")
    paragraphs: list[str] = []
    for page in pages:
        if before_page is not None:
            before_page()
        page = _SURROGATE.sub("\ufffd", page.replace("\r\n", "\n").replace("\r", "\n"))
        lines: list[str] = []
        for raw in page.split("\n"):
            line = " ".join(raw.split())
            if line:
                lines.append(line)
            elif lines:
                paragraphs.append(_repair_paragraph(lines, result))
                lines = []
        if lines:
            paragraphs.append(_repair_paragraph(lines, result))
    text = unicodedata.normalize("NFC", "\n\n".join(paragraphs))
    result.text = _BLANK_RUN.sub("\n\n", text)
    return result
