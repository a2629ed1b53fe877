"""spaCy tokenizers by document language, with a fallback for languages spaCy does not have.

Only blank pipelines (`spacy.blank`) are used: rule-based tokenizers, no trained weights to download. A
language spaCy lacks ("kk", "uz"), no language at all ("und"), or one whose tokenizer needs an extra
library (Japanese needs SudachiPy) falls back to the multi-language tokenizer "xx"; callers report that,
so a user learns why a Kazakh export was tokenized generically.
"""

from __future__ import annotations

import spacy
from spacy.language import Language

FALLBACK_LANGUAGE = "xx"
# ISO 639 codes for "no particular language": never worth an import attempt.
_UNSPECIFIC = frozenset({"", "und", "mul", "zxx", "mis"})


def language_code(language: str) -> str:
    """The spaCy code for a stored language tag: "tr-TR" and "TR" become "tr"; "und" becomes "xx"."""
    code = language.strip().lower().replace("_", "-").split("-", 1)[0]
    return FALLBACK_LANGUAGE if code in _UNSPECIFIC else code


class TokenizerCache:
    """One blank pipeline per language, built on first use (building one takes ~0.1 s)."""

    def __init__(self) -> None:
        self._pipelines: dict[str, Language] = {}
        self._fallback_reasons: dict[str, str] = {}

    def get(self, language: str) -> Language:
        code = language_code(language)
        pipeline = self._pipelines.get(code)
        if pipeline is None:
            pipeline = self._build(code)
            self._pipelines[code] = pipeline
        return pipeline

    def fallback_reason(self, language: str) -> str | None:
        """Why documents tagged `language` get the multi-language tokenizer; None if they get their own."""
        self.get(language)
        code = language_code(language)
        if code == FALLBACK_LANGUAGE:
            return None if language.strip().lower() == FALLBACK_LANGUAGE else "no language given"
        return self._fallback_reasons.get(code)

    def _build(self, code: str) -> Language:
        if code != FALLBACK_LANGUAGE:
            try:
                return spacy.blank(code)
            except ImportError as error:  # unknown language, or its tokenizer needs another library
                self._fallback_reasons[code] = (
                    "spaCy has no tokenizer for it"
                    if "E048" in str(error)
                    else str(error).split("http", 1)[0].rstrip(" :([")
                )
        return spacy.blank(FALLBACK_LANGUAGE)
