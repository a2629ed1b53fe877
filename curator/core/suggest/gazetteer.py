"""The gazetteer: every name and alias of the knowledge base, found in a text with its suffix cut off.

"Bişkek'te", "BİŞKEK'TE" and the ASCII-typed "Biskek'te" all give the span "Bişkek"/"BİŞKEK"/"Biskek"
for the entity gpe_bishkek; "ЖККУнун" gives "ЖККУ" for org_csto, "Душанбеде" gives "Душанбе". A Russian name
declines, every word of it ("в Москве", "Республике Казахстан", "Шанхайской организации
сотрудничества"): it is matched through its stems and its span is the whole inflected words.
Matching is case- and diacritic-insensitive (see `curator.core.knowledge.base.fold_for_matching`) with
two exceptions that keep ordinary words out: an alias written all in capitals (an acronym: "AA", "КР",
"ТИМ", "BM") matches only capitals, and a capitalised alias found in lower case ("кабар" is Kyrgyz for
"news", "Kabar" an agency) is proposed with a low score. The longest match wins ("Kırgızistan Dışişleri
Bakanlığı" over "Kırgızistan").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from curator.core.knowledge.base import alias_key
from curator.core.suggest.phrases import FoldedWords, PhraseMatch, PhraseTrie
from curator.core.text.tokenization import language_code

SCORE = 0.9
STEM_PENALTY = 0.05
LOWER_CASE_SCORE = 0.5
AMBIGUOUS_FACTOR = 0.7
# Russian nouns drop these letters before a case ending: Москва → Москве, Россия → России, Беларусь → -и;
# adjectives drop two: Российская → Российской, Шанхайская → Шанхайской.
_RUSSIAN_DROPPED = "аяйь"
_RUSSIAN_ADJECTIVE_ENDINGS = ("ая", "яя", "ий", "ый", "ой", "ое", "ее")
_MIN_DECLINED_STEM = 3


def _declension_stem(word: str) -> str:
    """What a Russian word keeps before its case ending ("Федерация" → "Федераци"), or the word itself."""
    if len(word) > _MIN_DECLINED_STEM + 2 and word.lower().endswith(_RUSSIAN_ADJECTIVE_ENDINGS):
        return word[:-2]
    if len(word) > _MIN_DECLINED_STEM and word[-1].lower() in _RUSSIAN_DROPPED:
        return word[:-1]
    return word


@dataclass(frozen=True, slots=True)
class GazetteerEntity:
    """A canonical entity as the gazetteer needs it: `key` is kb_entities.key, `label` the entity type."""

    key: str
    name: str
    label: str
    aliases: tuple[str, ...] = ()

    @property
    def surface_forms(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.name, *self.aliases)))


@dataclass(frozen=True, slots=True)
class _Alias:
    entity: GazetteerEntity
    alias: str
    acronym: bool
    capitalized: bool


@dataclass(frozen=True, slots=True)
class GazetteerHit:
    """One mention: text[start:end] names `entity`; `suffix` is the folded case ending that follows it,
    attached or after an apostrophe ("te" of "Bişkek'te", "нун" of "ЖККУнун"), or ""."""

    start: int
    end: int
    entity: GazetteerEntity
    alias: str
    suffix: str
    score: float


def _letters(text: str) -> str:
    return "".join(char for char in text if char.isalpha())


def _is_cyrillic(text: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in text)


class Gazetteer:
    """Built once from the entities; `find` is then pure and reads a text once."""

    def __init__(self, entities: Iterable[GazetteerEntity]) -> None:
        self._trie: PhraseTrie[_Alias] = PhraseTrie()
        for entity in entities:
            for form in entity.surface_forms:
                self._add(entity, form)

    @property
    def alias_count(self) -> int:
        return self._trie.size

    def _add(self, entity: GazetteerEntity, form: str) -> None:
        letters = _letters(form)
        if not letters:
            return
        alias = _Alias(
            entity,
            form,
            acronym=len(letters) > 1 and letters.isupper(),
            capitalized=letters[0].isupper(),
        )
        self._trie.add(form, alias)
        if _is_cyrillic(form):
            words = form.split()
            stems = [_declension_stem(word) for word in words]
            if stems != words:
                # Every word may decline; a stem that dropped letters needs an ending after it.
                self._trie.add(" ".join(stems), alias, needs_suffix=stems[-1] != words[-1], inflected=True)

    def _accept(self, text: str, match: PhraseMatch[_Alias]) -> PhraseMatch[_Alias] | None:
        """Drop acronyms found in lower case; keep the rest (their score is decided in `find`)."""
        capitals = text[match.start : match.end].isupper()
        kept = tuple(alias for alias in match.payloads if capitals or not alias.acronym)
        if not kept:
            return None
        return PhraseMatch(
            match.start, match.end, kept, match.first_word, match.last_word, match.suffix, match.how
        )

    def find(self, text: str | FoldedWords, language: str) -> list[GazetteerHit]:
        """The mentions in `text` (a string or already folded words), longest first, none overlapping."""
        words = text if isinstance(text, FoldedWords) else FoldedWords.of(text)
        russian = language_code(language) == "ru"
        hits: list[GazetteerHit] = []
        for match in self._trie.find(words, language, lambda found: self._accept(words.text, found)):
            written = words.text[match.start : match.end]
            aliases = match.payloads
            # An alias written as in the text is the best evidence for its entity; then knowledge-base order.
            chosen = next((alias for alias in aliases if alias.alias == written), aliases[0])
            score = SCORE - (STEM_PENALTY if match.how == "stem" else 0.0)
            first_letter = next((char for char in written if char.isalpha()), "")
            if chosen.capitalized and first_letter.islower():
                score = LOWER_CASE_SCORE
            if len({alias.entity.label for alias in aliases}) > 1:
                score *= AMBIGUOUS_FACTOR
            suffix, end = match.suffix, match.end
            if match.how == "stem" and (russian or alias_key(written) != alias_key(chosen.alias)):
                # A Russian ending is part of the word ("в Москве", "Республике Казахстан"), unlike a
                # Turkic case suffix after the whole name ("Москвада" → "Москва").
                end = words.original(words.starts[match.last_word], words.ends[match.last_word])[1]
            following = match.last_word + 1
            if not suffix and following < len(words.words) and words.gap(following) == "'":
                suffix = words.words[following]  # "Bişkek'te": the ending is the word after the apostrophe
            hits.append(GazetteerHit(match.start, end, chosen.entity, chosen.alias, suffix, score))
        return hits
