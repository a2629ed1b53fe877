"""The words that make a date in the corpus languages, as regular-expression fragments.

Why our own tables rather than dateparser's: dateparser knows no Kyrgyz or Kazakh inflection
("апрелинде", "майда", "мамырда"), misses Turkish typed without diacritics ("1 Aralik 2020"), and cannot
say where in a longer text a date sits. Twelve months in five languages make a small table that can be
checked by eye; dateparser stays the fallback for relative phrases ("3 gün önce", "в прошлом месяце").
"""

from __future__ import annotations

import re

# Letters that Turkish typed on a foreign keyboard replaces ("Aralik", "Subat", "Agustos", "bugun").
# (re.IGNORECASE already treats ı, i, I and İ as one letter; spelling the class out keeps it obvious.)
_ASCII_TURKISH = {"ı": "[ıi]", "ş": "[şs]", "ğ": "[ğg]", "ü": "[üu]", "ö": "[öo]", "ç": "[çc]"}

TURKISH_MONTHS = "ocak şubat mart nisan mayıs haziran temmuz ağustos eylül ekim kasım aralık".split()
ENGLISH_MONTHS = (
    "january february march april may june july august september october november december".split()
)
ENGLISH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "", "jun", "jul", "aug", "sept?", "oct", "nov", "dec")
KAZAKH_MONTHS = "қаңтар ақпан наурыз сәуір мамыр маусым шілде тамыз қыркүйек қазан қараша желтоқсан".split()
# Russian and Kyrgyz share these stems. Russian inflects them (января, апреле); Kyrgyz drops the soft sign
# before a suffix (январда) or adds a possessive vowel before it (апрели-нде, майы-нда).
_SOFT = "(?:ь|я|е|ю|ем|ём|[ыиуү])?"
_HARD = "(?:а|е|у|ом|[ыу])?"
RUSSIAN_KYRGYZ_MONTHS = (
    "январ" + _SOFT, "феврал" + _SOFT, "март" + _HARD, "апрел" + _SOFT, "ма(?:й[ыи]?|я|е|ю|ем)",
    "июн" + _SOFT, "июл" + _SOFT, "август" + _HARD, "сентябр" + _SOFT, "октябр" + _SOFT,
    "ноябр" + _SOFT, "декабр" + _SOFT,
)  # fmt: skip
# Kazakh possessive before a case ending: "мамыр-ы-нда", "шілде-сі-нде".
_KAZAKH_POSSESSIVE = "(?:с?[ыі])?"

# Case endings that Kyrgyz and Kazakh attach straight to a month; they are not part of a date span:
# locative, optionally with the relative -гы ("8-апрелиндеги"), ablative, dative, genitive, accusative.
TURKIC_CASE = "(?:(?:нд|д|т)[аеоөә](?:[гғ][ыиуүі])?|[ндт][аеоөә]н|[нгкғқ][аеоөә]|[ндт][ыиуүі][нң]?)"
# Turkish attaches case endings to a month after an apostrophe ("27 Kasım'da"); hasty typing drops it.
TURKISH_CASE = "[dt][ae]n?"


def ascii_tolerant(word: str) -> str:
    """A pattern for a Turkish word that also matches it typed without Turkish letters."""
    return "".join(_ASCII_TURKISH.get(char, re.escape(char)) for char in word)


# English writes months with a capital, and "5 may" is more often "5 may have died" than 5 May.
_CAPITAL = "(?=(?-i:[A-Z]))"


def _english(number: int) -> str:
    words = [ENGLISH_MONTHS[number - 1], ENGLISH_ABBREVIATIONS[number - 1]]
    return _CAPITAL + "(?:" + "|".join(word for word in words if word) + ")"


def _month_alternatives(number: int) -> list[str]:
    index = number - 1
    turkish, kazakh = ascii_tolerant(TURKISH_MONTHS[index]), KAZAKH_MONTHS[index] + _KAZAKH_POSSESSIVE
    return [turkish, _english(number), RUSSIAN_KYRGYZ_MONTHS[index], kazakh]


MONTH_PATTERNS = {number: "|".join(_month_alternatives(number)) for number in range(1, 13)}
ENGLISH_MONTH = "|".join(_english(number) for number in range(1, 13))
_MONTH_MATCHERS = {number: re.compile(pattern, re.IGNORECASE) for number, pattern in MONTH_PATTERNS.items()}


def month_number(word: str) -> int:
    """The month (1-12) a month word matched by MONTH_PATTERNS names."""
    return next(number for number, matcher in _MONTH_MATCHERS.items() if matcher.fullmatch(word))


# Words that make a number a year: "2021 yılında", "2022-жылы", "2021 жылғы", "в 2021 году", "2021 г.",
# "2026-2029 dönemi". Not "жылдыгы"/"жылдығы" (anniversary) nor "yıldönümü".
YEAR_WORD = r"(?:(?:y[ıi]l(?!d[öo]n[üu]m)|жыл(?!д[ыі][кгқғ])|год(?!овщин)|d[öo]nem|year)[^\W\d_]*|гг?\.)"
# A Turkish year with a case suffix is a date when it says "in" or "since": "2020'de(ki)", "2015'ten beri";
# "2000'den fazla kişi" (more than 2000 people) is not.
TURKISH_YEAR_SUFFIX = r"[dt][ae](?:ki)?(?![^\W\d_])|[dt][ae]n\s+(?:beri|itibaren|bu\s+yana)"

# One-word relative days, with the suffix that turns them into adjectives ("dünkü", "бүгүнкү", "кешегі").
RELATIVE_DAYS = {
    "dün": -1, "bugün": 0, "yarın": 1,
    "вчера": -1, "позавчера": -2, "сегодня": 0, "завтра": 1, "послезавтра": 2,
    "yesterday": -1, "today": 0, "tomorrow": 1,
    "кечээ": -1, "бүгүн": 0,  # Kyrgyz
    "кеше": -1, "бүгін": 0, "ертең": 1,  # Kazakh
}  # fmt: skip
RELATIVE_WORD = "|".join(sorted((ascii_tolerant(word) for word in RELATIVE_DAYS), key=len, reverse=True))
RELATIVE_ADJECTIVE = "(?:k[üu]|кү|[гк][іи])"
_RELATIVE_MATCHERS = {
    re.compile(ascii_tolerant(word), re.IGNORECASE): days for word, days in RELATIVE_DAYS.items()
}


def relative_days(word: str) -> int:
    """Days from the reference date for a word matched by RELATIVE_WORD."""
    return next(days for matcher, days in _RELATIVE_MATCHERS.items() if matcher.fullmatch(word))


# Words that show a phrase is relative, so dateparser may read it ("3 gün önce", "geçen ay", "bu yıl",
# "два дня назад", "в прошлом месяце", "3 күн мурун", "last month"). dateparser reads digits next to any
# word as a date ("Saat 5" → the 5th, "2 ve 4" → 2 April), so it only sees phrases with one of these words.
RELATIVE_HINT = re.compile(
    r"(?<![^\W\d_])(?:önce|once|sonra|ge[çc]en|evvel|bu|önümüzdeki|onumuzdeki|gelecek"
    r"|назад|через|прошл[^\W\d_]*|позапрошл[^\W\d_]*|эт[^\W\d_]+|следующ[^\W\d_]*"
    r"|мурун|бурын|кийин|кейін|өтк[өе]н|бул|осы|келерки|келесі"
    r"|ago|last|this|next|in)(?![^\W\d_])",
    re.IGNORECASE,
)
