"""Offices (TITLE) by lexicon, and the name that follows an office as a person (PER).

News introduces people by their office: "Dışişleri Bakanı Hakan Fidan", "тышкы иштер министри Руслан
Казакбаев", "министр иностранных дел Сергей Лавров", "Foreign Minister Jeyhun Bayramov". The office is a
TITLE of the default schema (its description names "Dışişleri Bakanı" and "тышкы иштер министри"), and
the one to three capitalised words right after it are, far more often than not, the person holding it:
that finds the people the knowledge base does not know yet. Offices match like the gazetteer's names
(folded, with a case ending on the last word: "Dışişleri Bakanı'nın", "министринин"); a bare "Bakan" or
"министр" is a weaker proposal than "Dışişleri Bakanı". A name's case ending is left out: after an
apostrophe ("Fidan'ın") or, for a Cyrillic surname, an ending after -ов/-ев/-ин ("Жапаровдун").
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass

from curator.core.suggest.phrases import CYRILLIC_LANGUAGES, FoldedWords, PhraseTrie
from curator.core.suggest.suffixes import stem_candidates
from curator.core.text.tokenization import language_code

TITLES: Mapping[str, tuple[str, ...]] = {
    "tr": (
        "Cumhurbaşkanı", "Cumhurbaşkanı Yardımcısı", "Başbakan", "Başbakan Yardımcısı", "Devlet Başkanı",
        "Dışişleri Bakanı", "Dışişleri Bakan Yardımcısı", "Dışişleri ve Ticaret Bakanı", "Savunma Bakanı",
        "Milli Savunma Bakanı", "İçişleri Bakanı", "Ekonomi Bakanı", "Bakan", "Bakan Yardımcısı",
        "Genel Sekreter", "Genel Sekreteri", "Genel Sekreter Yardımcısı", "Dönem Başkanı", "Büyükelçi",
        "Meclis Başkanı", "Sözcü", "Sözcüsü", "Genelkurmay Başkanı", "Milletvekili", "Daire Başkanı",
        "Bakanlar Kurulu Başkanı", "Bakanlar Kurulu Başkan Yardımcısı", "Başkan", "Başkan Yardımcısı",
    ),
    "ky": (
        "президент", "премьер-министр", "вице-премьер-министр", "министр", "тышкы иштер министри",
        "коргоо министри", "башкы катчы", "төрага", "элчи", "депутат", "спикер", "мамлекет башчысы",
    ),
    "kk": (
        "президент", "премьер-министр", "министр", "сыртқы істер министрі", "қорғаныс министрі", "бас хатшы",
        "төраға", "елші", "депутат", "мемлекет басшысы",
    ),
    "ru": (
        "президент", "премьер-министр", "вице-премьер", "министр", "министр иностранных дел",
        "министр обороны", "генеральный секретарь", "генсек", "председатель", "посол", "спикер", "глава МИД",
    ),
    "en": (
        "President", "Vice President", "Prime Minister", "Deputy Prime Minister", "Foreign Minister",
        "Minister of Foreign Affairs", "Defence Minister", "Defense Minister", "Minister",
        "Secretary General", "Secretary-General", "Ambassador", "Chairman", "Speaker",
    ),
}  # fmt: skip
TITLE_SCORE = 0.7
BARE_TITLE_SCORE = 0.5  # one word ("Bakan", "министр"): an office, but often not the one a reader means
NAME_SCORE = 0.6
MAX_NAME_WORDS = 3
# Surname endings a Cyrillic case ending may follow ("Жапаров-дун", "Путин-ге", "Казакбаева-нын").
_SURNAME_ENDINGS = ("ов", "ев", "ёв", "ин", "ова", "ева", "ина", "бек", "бай", "уулу", "кызы", "улы", "қызы")
_NAME_GAPS = frozenset({" ", "-"})
# Third person possessive endings (folded) of an office before its holder's name ("Кытайдын төрагасы Си
# Цзиньпин"); other case endings ("Bakanı'nın") end the phrase.
_POSSESSIVE = frozenset({"i", "u", "si", "su", "ы", "и", "у", "ү", "сы", "си", "су", "сү", "і", "сі"})


@dataclass(frozen=True, slots=True)
class TitleHit:
    start: int
    end: int
    title: str
    score: float


@dataclass(frozen=True, slots=True)
class NameHit:
    """Capitalised words after an office: text[start:end] is probably the person holding it."""

    start: int
    end: int
    title: str
    suffix: str = ""  # the case ending after the name, folded, as `GazetteerHit.suffix`


class TitleLexicon:
    """The offices of every language in one trie (the words rarely collide across languages)."""

    def __init__(self) -> None:
        self._trie: PhraseTrie[str] = PhraseTrie()
        for phrases in TITLES.values():
            for phrase in phrases:
                self._trie.add(phrase, phrase)

    def find(
        self, words: FoldedWords, language: str, taken: Collection[tuple[int, int]]
    ) -> tuple[list[TitleHit], list[NameHit]]:
        """Offices and the names after them; nothing overlapping a range in `taken` (gazetteer hits)."""
        occupied = bytearray(len(words.text))
        for start, end in taken:
            occupied[start:end] = b"\x01" * (end - start)
        titles: list[TitleHit] = []
        names: list[NameHit] = []
        for match in self._trie.find(words, language):
            if occupied.find(1, match.start, match.end) >= 0:
                continue
            title = match.payloads[0]
            score = TITLE_SCORE if match.last_word > match.first_word else BARE_TITLE_SCORE
            word_end = words.original(words.starts[match.last_word], words.ends[match.last_word])[1]
            # "төрагасы", "Kurul Başkanı": the office of someone, kept whole, and the holder may follow.
            end = word_end if match.suffix in _POSSESSIVE else match.end
            titles.append(TitleHit(match.start, end, title, score))
            if end == word_end:
                name = self._name_after(words, match.last_word + 1, language, title, occupied)
                if name is not None:
                    names.append(name)
        return titles, names

    def _name_after(
        self, words: FoldedWords, first: int, language: str, title: str, occupied: bytearray
    ) -> NameHit | None:
        """The capitalised words from word `first` on (the person holding `title`), if any: up to
        `MAX_NAME_WORDS`, none already proposed, the last one the word that carries a case ending."""
        text = words.text
        code = language_code(language)
        cyrillic_language = code if code in CYRILLIC_LANGUAGES else CYRILLIC_LANGUAGES[0]
        start = end = -1
        suffix = ""
        for index in range(first, min(first + MAX_NAME_WORDS, len(words.words))):
            word_start, word_end = words.original(words.starts[index], words.ends[index])
            written = text[word_start:word_end]
            gap_allowed = words.gap(index) in (" " if index == first else _NAME_GAPS)
            if not (_looks_like_name(written) and gap_allowed) or occupied.find(1, word_start, word_end) >= 0:
                break
            start, end = (word_start if start < 0 else start), word_end
            if "\u0400" <= written[0] <= "\u04ff":
                lengths = stem_candidates(written, cyrillic_language)
                stems = [length for length in lengths if written[:length].endswith(_SURNAME_ENDINGS)]
                if stems:  # "Жапаровдун": the surname, and the name ends with its case ending
                    end, suffix = word_start + min(stems), written[min(stems) :].lower()
                    break
            if index + 1 < len(words.words) and words.gap(index + 1) == "'":
                suffix = words.words[index + 1]  # "Fidan'ı": the apostrophe ends the name
                break
        return NameHit(start, end, title, suffix) if start >= 0 else None


def _looks_like_name(word: str) -> bool:
    """A capitalised word with small letters after the capital ("Fidan", "Жапаров"; not "KGAÖ", "ve")."""
    return word[:1].isupper() and any(char.islower() for char in word[1:])
