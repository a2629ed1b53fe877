"""Text normalisation at import: one newline convention, NFC, and mojibake repaired only where certain.

Scraped corpora arrive with text that was decoded wrongly before it reached us: UTF-8 read as cp1252
("KÄ±rgÄ±zistan"), cp1251 read as Latin-1 ("5-àïðåëü" for "5-апрель"), and Kyrgyz typed in old fonts
with Ukrainian look-alikes (Є/ї for Ө/Ү). Annotating such text is wasted work (a model never sees the
word again), but "repairing" correct text is worse, since nobody notices. So every repair here demands
strong evidence, leaves anything doubtful as it is, and says what it did in a log with counts, which
the importer stores with the document (meta["import_log"]).

Only for formats without offsets into the text: importers whose annotations point at the text as given
(JSONL, doccano, CoNLL, brat) must not call this, since every change would shift their spans.
"""

from __future__ import annotations

import difflib
import re
import unicodedata

from ftfy import TextFixerConfig, fix_and_explain

from curator.core.text.language import KAZAKH_ONLY, TURKIC_CYRILLIC

__all__ = ["REPAIR_PREFIX", "normalize_text", "repairs"]

# Log entries that changed letters (not just newlines or composition) start with this, so an importer
# can surface them in its report and keep the routine ones in the document's metadata only.
REPAIR_PREFIX = "repaired "

# ftfy only undoes UTF-8 decoded as a single-byte code page, nothing else: no quote uncurling, no
# ligature or width folding, no HTML unescaping, no control-character removal, no lossy "\ufffd"
# replacements, and no Unicode normalisation (NFC is done, and counted, below).
_FTFY = TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=False,
    decode_inconsistent_utf8=True,
    fix_c1_controls=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=False,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)

# cp1251 letters read as Latin-1/cp1252: А-я are bytes C0-FF (× is Ч, ÷ is ч), Ё/ё are A8/B8 (¨/¸).
# A candidate is a whole word of such characters: "Café" and "été" have ASCII letters in the word.
_CP1251_WORD = re.compile(r"(?<![^\W\d_])[\u00c0-\u00ff\u00a8\u00b8]+(?![^\W\d_])")
_CYRILLIC_VOWELS = frozenset("аеёиоуыэюяАЕЁИОУЫЭЮЯ")
# Words of three or more letters made only of accented Latin letters do not occur in Turkish, German,
# French...: two of them that read as Cyrillic words, or one of five or more letters ("Áèøêåê"), make
# the text certain; shorter candidates ("â" for "в", "ÜÇ") are repaired only in a text that is certain.
CP1251_SURE_LETTERS = 3
CP1251_MIN_SURE_WORDS = 2
CP1251_LONE_SURE_LETTERS = 5

# Ukrainian look-alikes in old Kyrgyz fonts.
_KYRGYZ_LOOKALIKES = str.maketrans({"Є": "Ө", "є": "ө", "Ї": "Ү", "ї": "ү"})
_LOOKALIKE_WORD = re.compile(r"[^\W\d_]*[ЄєЇї][^\W\d_]*")
_CYRILLIC_LETTER = re.compile("[\u0400-\u04ff]")
_LETTER = re.compile(r"[^\W\d_]")
# Kazakh (ә, і, қ...) and Ukrainian (і, ґ) have their own letters; with any of them the Є/ї are real.
_NOT_KYRGYZ = frozenset(KAZAKH_ONLY | set("ґҐ"))
MIN_CYRILLIC_SHARE = 0.9


def _count(number: int, word: str) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {word}s"


def _newlines(text: str, log: list[str]) -> str:
    crlf = text.count("\r\n")
    text = text.replace("\r\n", "\n")
    cr = text.count("\r")
    text = text.replace("\r", "\n")
    if crlf:
        log.append(f"newlines: {crlf} CRLF → LF")
    if cr:
        log.append(f"newlines: {cr} CR → LF")
    return text


def _changed_words(before: str, after: str) -> int:
    """How many words of `after` differ from `before`: the count a person can check in the log."""
    matcher = difflib.SequenceMatcher(None, before.split(), after.split(), autojunk=False)
    return sum(j2 - j1 for tag, _i1, _i2, j1, j2 in matcher.get_opcodes() if tag != "equal")


def _utf8_mojibake(text: str, log: list[str]) -> str:
    if text.isascii():
        return text
    fixed, explanation = fix_and_explain(text, config=_FTFY)
    if fixed == text:
        return text
    steps = ", ".join(f"{action} {encoding}" for action, encoding in explanation or [])
    words = max(_changed_words(text, fixed), 1)
    log.append(f"{REPAIR_PREFIX}UTF-8 mojibake in {_count(words, 'word')} (read as cp1252; ftfy: {steps})")
    return fixed


def _one_case_pattern(word: str) -> bool:
    """lower, UPPER or Title: a word mixing cases elsewhere is not a word decoded right."""
    rest = word[1:]
    return word.islower() or word.isupper() or (word[0].isupper() and (not rest or rest.islower()))


def _cp1251_reading(word: str) -> str | None:
    """The word's cp1251 reading when it looks like a Cyrillic word (one case pattern, a vowel)."""
    cyrillic = word.encode("latin-1").decode("cp1251")
    rest = cyrillic[1:]
    if not (
        cyrillic.islower() or cyrillic.isupper() or (cyrillic[0].isupper() and (not rest or rest.islower()))
    ):
        return None
    # An all-capitals word may be an abbreviation (МВД, КГБ); any other word needs a vowel.
    if len(cyrillic) > 1 and not cyrillic.isupper() and not _CYRILLIC_VOWELS & set(cyrillic):
        return None
    return cyrillic


def _cp1251_mojibake(text: str, log: list[str]) -> str:
    """Undo cp1251 read as Latin-1, only in a text with several long words that read as Cyrillic."""
    candidates = {match.group() for match in _CP1251_WORD.finditer(text)}
    readings = {word: _cp1251_reading(word) for word in candidates}
    sure = [word for word, reading in readings.items() if reading and len(word) >= CP1251_SURE_LETTERS]
    if len(sure) < CP1251_MIN_SURE_WORDS and not any(len(word) >= CP1251_LONE_SURE_LETTERS for word in sure):
        return text
    repaired = 0

    def repair(match: re.Match[str]) -> str:
        nonlocal repaired
        reading = readings[match.group()]
        if reading is None:
            return match.group()
        repaired += 1
        return reading

    text = _CP1251_WORD.sub(repair, text)
    log.append(f"{REPAIR_PREFIX}cp1251 mojibake in {_count(repaired, 'word')} (read as Latin-1)")
    return text


def _nfc(text: str, log: list[str]) -> str:
    normal = unicodedata.normalize("NFC", text)
    if normal == text:
        return text
    composed = len(text) - len(normal)
    # Singletons (U+212B ANGSTROM SIGN → Å) change a character without composing anything.
    replaced = sum(1 for char in set(text) if unicodedata.normalize("NFC", char) != char)
    if composed:
        log.append(f"NFC: {_count(composed, 'character')} composed")
    if replaced:
        log.append(f"NFC: {_count(replaced, 'character')} replaced by a canonical equivalent")
    return normal


def _is_kyrgyz_text(text: str, language: str | None) -> bool:
    """Cyrillic text with Kyrgyz letters (or declared Kyrgyz) and none of Kazakh's or Ukrainian's own."""
    if _NOT_KYRGYZ & set(text):
        return False
    letters = len(_LETTER.findall(text))
    if not letters or len(_CYRILLIC_LETTER.findall(text)) < MIN_CYRILLIC_SHARE * letters:
        return False
    return (language or "").lower().startswith("ky") or bool(TURKIC_CYRILLIC & set(text))


def _kyrgyz_lookalikes(text: str, language: str | None, log: list[str]) -> str:
    """Є/є/Ї/ї → Ө/ө/Ү/ү inside otherwise Cyrillic words, only in a text that is Kyrgyz."""
    if not {"Є", "є", "Ї", "ї"} & set(text) or not _is_kyrgyz_text(text, language):
        return text
    repaired = 0

    def repair(match: re.Match[str]) -> str:
        nonlocal repaired
        word = match.group()
        fixed = word.translate(_KYRGYZ_LOOKALIKES)
        if len(_CYRILLIC_LETTER.findall(word)) != len(word) or not _one_case_pattern(fixed):
            return word
        repaired += 1
        return fixed

    text = _LOOKALIKE_WORD.sub(repair, text)
    if repaired:
        log.append(
            f"{REPAIR_PREFIX}Kyrgyz letters typed as look-alikes (Є/ї → Ө/Ү) in {_count(repaired, 'word')}"
        )
    return text


def normalize_text(
    text: str, *, language: str | None = None, kyrgyz_lookalikes: bool = True
) -> tuple[str, list[str]]:
    """The text with one newline convention, NFC and certain mojibake repaired, and a log of each change.

    `language` is the document's declared language when the source states one ("ky" allows the Kyrgyz
    look-alike repair without ң/ө/ү in the text); a guess is not good enough for it. Order matters:
    UTF-8 mojibake is undone before cp1251's (ftfy recognises its own pattern; what is left is not UTF-8),
    NFC comes after both because a repair can yield decomposed text, and the look-alikes come last since
    NFC composes "ї" into the "ї" they look for.
    """
    log: list[str] = []
    text = _newlines(text, log)
    text = _utf8_mojibake(text, log)
    text = _cp1251_mojibake(text, log)
    text = _nfc(text, log)
    if kyrgyz_lookalikes:
        text = _kyrgyz_lookalikes(text, language, log)
    return text, log


def repairs(log: list[str]) -> list[str]:
    """The log entries that changed letters, worth a line in the import report (not newlines or NFC)."""
    return [entry for entry in log if entry.startswith(REPAIR_PREFIX)]
