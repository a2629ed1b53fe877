"""The language code a stored language tag stands for, without loading spaCy.

`tokenization` re-exports it; the suffix tables and search import it from here, so the window, which
imports search, starts without spaCy (tests/test_architecture.py checks that).
"""

from __future__ import annotations

FALLBACK_LANGUAGE = "xx"
# ISO 639 codes for "no particular language": never worth an import attempt.
_UNSPECIFIC = frozenset({"", "und", "mul", "zxx", "mis"})


def language_code(language: str) -> str:
    """The spaCy code for a stored language tag: "tr-TR" and "TR" become "tr"; "und" becomes "xx"."""
    code = language.strip().lower().replace("_", "-").split("-", 1)[0]
    return FALLBACK_LANGUAGE if code in _UNSPECIFIC else code
