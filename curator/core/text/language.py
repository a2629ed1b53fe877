"""A cheap guess of a document's language, so imported text can be filtered by `lang:` at once.

The corpus is Turkish, Kyrgyz, Kazakh, Russian and English news. Telling these apart needs no model:
the script separates Cyrillic from Latin, a few letters separate the Turkic Cyrillic alphabets from
Russian (and Kazakh from Kyrgyz), and function words separate Turkish from English, including Turkish
typed without diacritics ("Kirgizistan Cumhurbaskani Caparov ile"). Anything else is "und".
"""

from __future__ import annotations

import re

UNDETERMINED = "und"
SAMPLE_CHARS = 20_000

# Letters of both Kyrgyz and Kazakh that Russian lacks, and letters only Kazakh has.
TURKIC_CYRILLIC = frozenset("ңөүҢӨҮ")
KAZAKH_ONLY = frozenset("әғқұһіӘҒҚҰҺІ")
TURKISH_LETTERS = frozenset("ıİşŞğĞ")

TURKISH_WORDS = frozenset(
    """ve bir ile için icin olarak bu da de göre gore tarafından tarafindan ise olan daha ayrıca ayrica
    kadar sonra önce once gibi ancak üzere uzere yapılan yapilan etti oldu cumhurbaşkanı cumhurbaskani
    bakanı bakani dışişleri disisleri ülke ulke başkanı baskani genel toplantı toplanti""".split()
)
ENGLISH_WORDS = frozenset(
    """the of and to in is for on with that by was as at from are were has have said this it an which
    will its""".split()
)
# Share of Cyrillic letters that must be Turkic-only before a text counts as Kyrgyz or Kazakh, so a
# Russian article quoting one Kyrgyz name stays Russian.
TURKIC_SHARE = 0.01

# Regular expressions do the counting: a Python loop over every character made the language guess the
# slowest step of a 100,000-document import.
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")
_TURKIC = re.compile(f"[{''.join(TURKIC_CYRILLIC)}]")
_KAZAKH = re.compile(f"[{''.join(KAZAKH_ONLY)}]")
_WORD = re.compile(r"[^\W\d_]+")
_TURKISH_LETTER_WORD = re.compile(f"[^\\W\\d_]*[{''.join(TURKISH_LETTERS)}][^\\W\\d_]*")
# Function words without Turkish letters; the others are counted by _TURKISH_LETTER_WORD already.
_TURKISH_PLAIN_WORDS = frozenset(word for word in TURKISH_WORDS if not TURKISH_LETTERS & set(word))


def _guess_cyrillic(sample: str, cyrillic: int) -> str:
    turkic = len(_TURKIC.findall(sample))
    kazakh = len(_KAZAKH.findall(sample))
    if (turkic + kazakh) / cyrillic < TURKIC_SHARE:
        return "ru"
    return "kk" if kazakh > turkic else "ky"


def _guess_latin(sample: str) -> str:
    turkish = len(_TURKISH_LETTER_WORD.findall(sample))
    english = 0
    # Turkish-aware for the capital that matters: "İLE" → "ile" (Python would give "i̇le").
    for word in _WORD.findall(sample.replace("İ", "i").lower()):
        if word in _TURKISH_PLAIN_WORDS:
            turkish += 1
        elif word in ENGLISH_WORDS:
            english += 1
    if turkish > english:
        return "tr"
    if english > turkish:
        return "en"
    return UNDETERMINED


def guess_language(text: str) -> str:
    """ "tr", "ky", "kk", "ru", "en" or "und" for `text`, from its first 20,000 characters."""
    sample = text[:SAMPLE_CHARS]
    cyrillic = len(_CYRILLIC.findall(sample))
    latin = len(_LATIN.findall(sample))
    if cyrillic == 0 and latin == 0:
        return UNDETERMINED
    if cyrillic > latin:
        return _guess_cyrillic(sample, cyrillic)
    return _guess_latin(sample)
