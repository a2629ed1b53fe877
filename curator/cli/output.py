"""Everything the CLI prints goes through here, so no file name or imported string can forge output.

A file named `evil\nimported 999 documents` or one holding U+202E (right-to-left override) would
otherwise print a line the program never wrote, or reorder what the user reads. Each printed line has
its control, format (bidi, zero-width) and separator characters written the way `repr` writes them
(`\\n`, `\\u202e`); JSON output gets the same characters as JSON escapes, so it still parses to the
same values.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from typing import IO, Any


def printable(text: str) -> str:
    """`text` with every character `repr` would escape written as its escape (the space stays)."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


def echo(text: str = "", file: IO[str] | None = None) -> None:
    """Print one line; anything in it that would break the line or reorder it is escaped."""
    print(printable(str(text)), file=file if file is not None else sys.stdout)


def echo_lines(lines: list[str], file: IO[str] | None = None) -> None:
    for line in lines:
        echo(line, file)


def _json_text(data: Any) -> str:
    text = json.dumps(data, ensure_ascii=False, indent=2)
    return "".join(ch if ch.isprintable() or ch == "\n" else json.dumps(ch)[1:-1] for ch in text)


def echo_json(data: Any) -> None:
    """JSON with its non-ASCII text kept readable, and invisible or reordering characters escaped."""
    print(_json_text(data))


def echo_json_array(items: Iterable[Any]) -> None:
    """The same text as `echo_json(list(items))`, printed an item at a time: a long list (100,000
    documents' duplicate groups) is never one string in memory."""
    first = True
    for item in items:
        print("[" if first else ",", end="\n")
        print("\n".join(f"  {line}" for line in _json_text(item).split("\n")), end="")
        first = False
    print("[]" if first else "\n]")
