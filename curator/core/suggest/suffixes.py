"""Case, possessive and plural endings that the corpus languages glue onto names and nouns.

An entity in this corpus is often a piece of a word: Turkish writes the case after an apostrophe
("Bişkek'te", "KGAÖ'nün", "Çavuşoğlu’nun"), Kyrgyz and Kazakh attach it directly ("ЖККУнун",
"Душанбеде"), Russian declines ("Казахстане"). The gazetteer, the trigger lexicon and the trained models'
tokenizer all need the same answer to one question: where could the stem of this word end?

`stem_candidates(word, language)` answers it with the lengths of the plausible stems, longest first. It is
deliberately generous (vowel harmony is not enforced, "toplantısına" offers "toplantısı", "toplantıs" and
"toplantı"): callers keep the candidate that is a known name or trigger. `CASE_SUFFIXES` holds the endings
per language, longest first, lower-case, Turkish also without its special letters (ASCII-typed Turkish:
"Kirgizistan'in", "toplantisina").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from itertools import product
from types import MappingProxyType

from curator.core.text.language_codes import language_code

# Every apostrophe the corpus uses before a suffix (the knowledge base folds all of them to "'").
APOSTROPHES = "'\u2019\u2018\u02bc\u02bb`\u00b4\u2032"
# A stem shorter than this is not worth proposing: "ab" + "de" would make every "de" a suffix.
MIN_STEM = 2

_TURKISH_ASCII = str.maketrans("ıİIşŞğĞçÇöÖüÜâÂîÎûÛ", "iiissggccoouuaaiiuu")


def _turkish_ascii(text: str) -> str:
    return text.translate(_TURKISH_ASCII)


def _combine(*slots: Iterable[str]) -> set[str]:
    """Every concatenation of one ending from each slot ("" in a slot makes it optional)."""
    return {"".join(parts) for parts in product(*slots)}


# --- Turkish ------------------------------------------------------------------------------------------
# A case ending follows the stem, a plural, or a possessive. After a third person possessive the ending
# takes a buffer n ("toplantı-sı-na", "Konseyi'nin"); elsewhere it does not ("zirve-de", "ülke-miz-de").
_TR_PLURAL = ("", "ler", "lar")
_TR_POSSESSIVE_3 = ("ı", "i", "u", "ü", "sı", "si", "su", "sü", "ları", "leri")
_TR_POSSESSIVE_OTHER = (
    "ımız",
    "imiz",
    "umuz",
    "ümüz",
    "mız",
    "miz",
    "muz",
    "müz",
    "ım",
    "im",
    "um",
    "üm",
    "m",
)
_TR_CASE = (
    "ı", "i", "u", "ü", "yı", "yi", "yu", "yü",  # accusative
    "a", "e", "ya", "ye",  # dative
    "da", "de", "ta", "te",  # locative
    "dan", "den", "tan", "ten",  # ablative
    "ın", "in", "un", "ün", "nın", "nin", "nun", "nün",  # genitive
    "la", "le", "yla", "yle",  # instrumental / comitative
    "ca", "ce", "ça", "çe",  # equative
    "daki", "deki", "taki", "teki", "nınki", "ninki", "nunki", "nünki",  # "-ki": "Bişkek'teki"
)  # fmt: skip
_TR_BUFFERED_CASE = ("nı", "ni", "nu", "nü", "na", "ne", "nda", "nde", "ndan", "nden", "ndaki", "ndeki")


def _turkish() -> set[str]:
    after_possessive = _combine(_TR_POSSESSIVE_3, ("", *_TR_BUFFERED_CASE, "nın", "nin", "nun", "nün"))
    endings = _combine(_TR_PLURAL, ("", *_TR_CASE, *_TR_BUFFERED_CASE, *_TR_POSSESSIVE_OTHER))
    endings |= _combine(_TR_PLURAL, after_possessive) | _combine(_TR_PLURAL, _TR_POSSESSIVE_OTHER, _TR_CASE)
    return endings | {_turkish_ascii(ending) for ending in endings}


# --- Kyrgyz and Kazakh ----------------------------------------------------------------------------------
# The same shape as Turkish with Cyrillic harmony: -дын/-нын, -га/-на, -да/-нда, -дан/-нан; the n-forms
# follow a third person possessive ("Кеңеш-и-нин", "Уюм-у-нун") or a stem ending in one.


def _turkic(low: str, high: str, genitive_final: str, dative: str, relative: tuple[str, ...]) -> set[str]:
    plural = ("", *(start + v + "р" for start in "лдт" for v in low))
    possessive = (*high, *("с" + v for v in high))
    plain = (
        *(c + v + genitive_final for c in "дт" for v in high),  # genitive
        *(c + v for c in dative for v in low),  # dative
        *(c + v for c in "дт" for v in high),  # accusative
        *(c + v for c in "дт" for v in low),  # locative
        *(c + v + "н" for c in "дт" for v in low),  # ablative
        *(c + r for c in "дт" for r in relative),  # "-дагы": "Бишкектеги", "Астанадағы"
        "менен", "бенен", "пенен", "мен", "бен", "пен",  # instrumental / comitative
    )  # fmt: skip
    buffered = (
        *("н" + v + genitive_final for v in high),
        *("н" + v for v in low),
        *("н" + v for v in high),
        "н",
        *("нд" + v for v in low),
        *(c + v + "н" for c in ("н", "нд") for v in low),
        *("нд" + r for r in relative),
    )
    return _combine(plural, ("", *plain, *buffered)) | _combine(plural, possessive, ("", *buffered))


def _kyrgyz() -> set[str]:
    return _turkic("аеоө", "ыиуү", "н", "гк", ("агы", "еги", "огу", "өгү"))


def _kazakh() -> set[str]:
    return _turkic("ае", "ыі", "ң", "ғгқк", ("ағы", "егі"))


# --- Russian and English ------------------------------------------------------------------------------
# Russian noun and adjective endings; a name's stem is what is left ("Казахстан|е", "Путин|ым",
# "Росси|и" — a name ending in -я/-а/-й/-ь loses that letter before the ending, which callers handle).
_RU_ENDINGS = (
    "а", "я", "у", "ю", "о", "е", "ё", "и", "ы", "ь", "й",
    "ом", "ем", "ём", "ой", "ей", "ою", "ею", "ам", "ям", "ах", "ях", "ов", "ев", "ёв", "ым", "им", "ых",
    "их", "ую", "юю", "ая", "яя", "ое", "ее", "ий", "ый",
    "ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими",
)  # fmt: skip
# English marks the possessive after an apostrophe ("Kyrgyzstan's", "States'") and the plural with -s.
_EN_ENDINGS = ("s", "es")
_EN_APOSTROPHE = ("s", "")


def _longest_first(endings: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({ending for ending in endings if ending}, key=lambda ending: (-len(ending), ending)))


CASE_SUFFIXES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "tr": _longest_first(_turkish()),
        "ky": _longest_first(_kyrgyz()),
        "kk": _longest_first(_kazakh()),
        "ru": _longest_first(_RU_ENDINGS),
        "en": _longest_first(_EN_ENDINGS),
    }
)

# Lookup form: per language, the set of endings (Turkish ones ASCII-folded) and their distinct lengths.
_LOOKUP: dict[str, tuple[frozenset[str], tuple[int, ...]]] = {
    language: (
        frozenset(_turkish_ascii(ending) if language == "tr" else ending for ending in endings),
        tuple(sorted({len(ending) for ending in endings})),
    )
    for language, endings in CASE_SUFFIXES.items()
}


def _lower(word: str, language: str) -> str:
    """Lower-case without changing the length ("İ".lower() has two code points); Turkish also ASCII-folded."""
    if language == "tr":
        word = _turkish_ascii(word)
    lowered = word.lower()
    if len(lowered) == len(word):
        return lowered
    return "".join(low if len(low := char.lower()) == 1 else char for char in word)


def stem_candidates(word: str, language: str) -> list[int]:
    """Lengths of the plausible stems of `word` once a case/possessive/plural ending is cut, longest first.

    The word itself (no ending) is never among them. After an apostrophe anything alphabetic is a suffix
    ("Bişkek'te" → [6]), in English only "s" or nothing ("Kyrgyzstan's" → [10], "States'" → [6]). A word
    without one is cut before each ending of `CASE_SUFFIXES[language]` it ends with, leaving at least
    `MIN_STEM` letters ("ЖККУнун" → [6, 5, 4, 3], "Душанбеде" → [7]). A language without a table gets only
    the apostrophe rule. `language` may be a tag like "tr-TR".
    """
    code = language_code(language)
    for index in range(len(word) - 1, 0, -1):
        char = word[index]
        if char in APOSTROPHES:
            suffix = word[index + 1 :]
            plausible = suffix.lower() in _EN_APOSTROPHE if code == "en" else suffix == "" or suffix.isalpha()
            return [index] if plausible and index >= MIN_STEM and word[index - 1].isalnum() else []
        if not char.isalpha():
            break
    lookup = _LOOKUP.get(code)
    if lookup is None:
        return []
    endings, lengths = lookup
    folded = _lower(word, code)
    size = len(word)
    return [
        size - length
        for length in lengths
        if size - length >= MIN_STEM
        and folded[size - length :] in endings
        and word[size - length - 1].isalpha()
    ]
