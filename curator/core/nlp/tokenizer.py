"""Tokenizers that cut case suffixes off names, so a sub-token entity is a token span a model can learn.

spaCy's blank Turkish tokenizer keeps "Bişkek'te" as one token and the Kyrgyz one keeps "ЖККУнун" and
"Душанбеде" whole (see DOMAIN.md), so NER could only ever tag the whole word. Here the language's suffix
rules are extended:
- after an apostrophe (Turkish, Kazakh and Kyrgyz in Latin script, ASCII-typed Turkish) the rest of the
  word is a suffix token: "Bişkek" + "'te", "2020" + "'de";
- a run of two or more Cyrillic capitals followed by small letters is an acronym and its ending:
  "ЖККУ" + "нун", "ОДКБ" + "не", Kazakh "ҰҚШҰ" + "-ның";
- in Kyrgyz and Kazakh, a capitalised word ending in a case suffix of `curator.core.suggest.suffixes`
  loses it: "Душанбе" + "де", "Бишкек" + "те" (a stem keeps at least three letters).
Everything is one suffix regular expression, so `nlp.to_disk` stores it with the tokenizer and a saved
model tokenizes exactly as it was trained.
"""

from __future__ import annotations

import re

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.util import compile_infix_regex, compile_suffix_regex

from curator.core.suggest.suffixes import APOSTROPHES, CASE_SUFFIXES
from curator.core.text.tokenization import FALLBACK_LANGUAGE, language_code

_CYRILLIC_UPPER = "А-ЯЁӨҮҢҒҚҰҺӘІЇЄ"
_CYRILLIC_LOWER = "а-яёөүңғқұһәіїє"
# Languages whose words take a case suffix after an apostrophe.
APOSTROPHE_LANGUAGES = frozenset({"tr", "az", "kk", "ky", "uz"})
# Languages written (also) in Cyrillic, where an acronym takes its case ending directly.
CYRILLIC_LANGUAGES = frozenset({"ky", "kk", "ru", "tt", "ba", "uz"})
# Languages whose capitalised words lose a known case suffix (attached without apostrophe).
SUFFIXING_LANGUAGES = frozenset({"ky", "kk"})
MIN_STEM = 3
MAX_STEM = 30


def suffix_patterns(language: str) -> list[str]:
    """The extra suffix patterns (without the final "$") for `language`: possibly none."""
    code = language_code(language)
    patterns: list[str] = []
    if code in APOSTROPHE_LANGUAGES:
        patterns.append(rf"(?<=\w)[{re.escape(APOSTROPHES)}][^\W\d_]{{1,12}}")
    if code in CYRILLIC_LANGUAGES:
        patterns.append(rf"(?<=[{_CYRILLIC_UPPER}]{{2}})-?[{_CYRILLIC_LOWER}]{{1,12}}")
    return patterns


def infix_pattern(language: str) -> str | None:
    """A zero-width infix before the case suffix of a capitalised word, or None for `language`.

    An infix, not a suffix: spaCy strips suffixes again and again ("Астанада" would lose "да", then
    "на"), but splits at infixes once. The look-ahead takes the shortest known ending, so the stem is the
    longest one ("Кыргызстандын" is "Кыргызстан" + "дын", not "Кыргызс" + "тандын").
    """
    code = language_code(language)
    endings = [ending for ending in CASE_SUFFIXES.get(code, ()) if len(ending) >= 2]
    if code not in SUFFIXING_LANGUAGES or not endings:
        return None
    stems = "|".join(
        rf"(?<=^[{_CYRILLIC_UPPER}][{_CYRILLIC_LOWER}]{{{size - 1}}})"
        for size in range(MIN_STEM, MAX_STEM + 1)
    )
    alternatives = "|".join(re.escape(ending) for ending in endings)
    return rf"(?:{stems})(?:{alternatives})$"


def add_suffix_rules(nlp: Language, language: str) -> Language:
    """Extend `nlp`'s tokenizer with the case-suffix rules of `language` (in place); returns `nlp`.

    A language with a tokenizer of its own (Chinese, say: no suffix or infix rules) is left as it is.
    """
    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return nlp
    extra = suffix_patterns(language)
    if extra:
        suffixes = [*extra, *(nlp.Defaults.suffixes or [])]
        tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    infix = infix_pattern(language)
    if infix is not None:
        tokenizer.infix_finditer = compile_infix_regex([infix, *(nlp.Defaults.infixes or [])]).finditer
    token_match = tokenizer.token_match
    if language_code(language) in APOSTROPHE_LANGUAGES and token_match is not None:
        # Turkish keeps "2020'de" and "5'inci" whole by a token match; the year is a DATE of its own.
        pattern = token_match.__self__.pattern
        tokenizer.token_match = re.compile(rf"(?!.*[{re.escape(APOSTROPHES)}])(?:{pattern})").match
    return nlp


def blank_pipeline(language: str) -> Language:
    """A blank pipeline for `language` (spaCy's, else the multi-language one) with suffix rules added."""
    code = language_code(language)
    try:
        nlp = spacy.blank(code)
    except ImportError:  # spaCy has no tokenizer for it (Kazakh, Uzbek): the multi-language one
        nlp = spacy.blank(FALLBACK_LANGUAGE)
    return add_suffix_rules(nlp, code)
