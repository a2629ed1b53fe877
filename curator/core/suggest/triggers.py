"""Event triggers by lexicon, per language, with a first guess at their arguments.

The lexicon lists, for each default event type, the words that state it in Turkish (typed with or
without Turkish letters: the words are folded), Kyrgyz, Kazakh, Russian and English. A word ending in
"*" matches any continuation, which is how one entry covers an inflected family ("toplantı*":
toplantı, toplantısına, toplantıda; "жыйын*": жыйыны, жыйынына); several words must follow each other
("kabul et*", "телефонн* разговор*"). A trigger span covers the whole word(s): the trigger is the word
that states the event, suffixes included.

Argument guesses are what a reviewer confirms or corrects, so they are simple and explainable, made in
the trigger's sentence from the mentions the other rules found: the first PER/ORG/GPE of the sentence
is the ACTOR, the others are participants or recipients (nearest first), the nearest office (TITLE) a
POSITION; a PLACE is a GPE/LOC/FAC in the locative case ("Bişkek'te", "Душанбеде", "в Москве", "in
Baku") or a LOC/FAC, a DESTINATION one in the dative, an ORIGIN one in the ablative; the time is the
nearest DATE in the sentence, else the document's publication date (as the event's date, with no span).
Role names come from the project's schema, so a renamed or custom event type keeps working as long as
its roles allow the right labels.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from curator.core.dates import NormalizedDate
from curator.core.records.sentences import SentenceIndex
from curator.core.suggest import ProposedArgument
from curator.core.suggest.phrases import FoldedWords, PhraseMatch, PhraseTrie
from curator.core.text.tokenization import language_code

LANGUAGES = ("tr", "ky", "kk", "ru", "en")

# event type -> language -> phrases ("*" = any continuation of that word).
LEXICON: Mapping[str, Mapping[str, tuple[str, ...]]] = {
    "MEETING": {
        "tr": ("toplantı*", "zirve*", "görüşme*", "görüştü*", "görüşecek*", "görüşüp", "görüşen*",
               "bir araya gel*", "müzakere*", "istişare*", "oturum*"),
        "ky": ("жыйын*", "жолугуш*", "жолукт*", "сүйлөшүү*", "сүйлөшт*", "кездеш*", "саммит*", "отурум*",
               "кеңешме*", "сессия*"),
        "kk": ("кездесу*", "кездесті*", "жиын*", "отырыс*", "саммит*", "келіссөз*", "сессия*"),
        "ru": ("встреч*", "встретил*", "саммит*", "заседани*", "переговор*", "совещани*", "сесси*"),
        "en": ("meeting*", "summit*", "talks", "met", "meets", "session*"),
    },
    "VISIT": {
        "tr": ("ziyaret*",),
        "ky": ("сапар*", "визит*"),
        "kk": ("сапар*", "визит*"),
        "ru": ("визит*", "посетил*", "посещени*"),
        "en": ("visit*",),
    },
    "PHONE_CALL": {
        "tr": ("telefon görüşme*", "telefonda görüş*", "telefonla görüş*"),
        "ky": ("телефон аркылуу сүйлөш*", "телефондук сүйлөшүү*", "телефондон сүйлөш*"),
        "kk": ("телефон арқылы сөйлес*", "телефонмен сөйлес*"),
        "ru": ("телефонн* разговор*", "телефонн* переговор*", "по телефону"),
        "en": ("phone call*", "telephone call*", "phone conversation*", "telephone conversation*"),
    },
    "AGREEMENT": {
        "tr": ("kabul et*", "kabul ed*", "imzala*", "onayla*", "benimse*"),
        "ky": ("кабыл ал*", "кол кой*", "кол кою*", "жактыр*", "бекит*", "макулдаш*"),
        "kk": ("қабылда*", "қол қой*", "бекіт*", "мақұлда*"),
        "ru": ("подписал*", "подписан*", "принят*", "утвердил*", "утвержд*", "одобрил*", "одобрен*"),
        "en": ("signed", "signing", "adopted", "adopts", "approved", "approves", "ratified"),
    },
    "PLANNED": {
        "tr": ("yapılaca*", "planlan*", "gerçekleştirilece*", "düzenlenece*"),
        "ky": ("өтөт", "өтүүчү", "өткөрүлөт", "өткөрүлүүчү", "пландаштыр*"),
        "kk": ("өтеді", "өтпек", "жоспарлан*"),
        "ru": ("пройдет", "пройдёт", "состоится", "запланирован*", "планиру*"),
        "en": ("will be held", "will hold", "scheduled", "planned"),
    },
    "EXERCISE": {
        "tr": ("tatbikat*",),
        "ky": ("аскердик окуу*", "аскерий окуу*", "машыгуу*", "окуу-машыгуу*",
               "аскердик окуу-машыгуу*"),
        "kk": ("жаттығу*", "әскери оқу*"),
        "ru": ("учени*", "маневр*"),
        "en": ("exercise*", "drills"),
    },
    "DEPLOYMENT": {
        "tr": ("konuşlan*", "gönderdi*", "gönderil*", "gönderme*", "sevk et*", "sevk ed*"),
        "ky": ("жөнөт*", "жайгаштыр*"),
        "kk": ("жіберді*", "жіберіл*", "орналастыр*"),
        "ru": ("развертыван*", "развернул*", "развернут*", "направил*", "отправил*", "переброс*",
               "ввод войск*"),
        "en": ("deploy*", "dispatch*", "sent troops"),
    },
    "REQUEST": {
        "tr": ("talep*", "taleb*", "rica*", "istedi*"),
        "ky": ("өтүнүч*", "сурады*", "сураныч*", "кайрыл*", "суроо-талап*"),
        "kk": ("өтініш*", "өтінді*", "сұрады*"),
        "ru": ("просьб*", "попросил*", "запрос*", "обратил*"),
        "en": ("request*", "asked for", "appeal*"),
    },
    "APPOINTMENT": {
        "tr": ("atandı*", "atanan*", "atanma*", "ataması*", "atadı*", "görevine başla*"),
        "ky": ("дайындал*", "дайындады*", "шайлан*"),
        "kk": ("тағайындал*", "тағайындады*", "сайлан*"),
        "ru": ("назначен*", "назначил*", "избран*"),
        "en": ("appointed", "appoints", "elected"),
    },
    "RESIGNATION": {
        "tr": ("istifa*", "görevden alın*", "görevinden ayrıl*"),
        "ky": ("кызматтан кет*", "кызматынан кет*", "кызматтан бошот*", "кызматынан бошот*", "отставка*"),
        "kk": ("қызметтен кет*", "қызметінен кет*", "отставка*", "босатыл*"),
        "ru": ("отставк*", "освобожден*", "уволен*", "покинул пост"),
        "en": ("resign*", "stepped down", "dismissed"),
    },
    "STATEMENT_CRITICISM": {
        "tr": ("eleştir*", "kınadı*", "kınama*", "kınan*", "kınıyor*", "suçla*"),
        "ky": ("сынга ал*", "сындады*", "айыпта*"),
        "kk": ("сынға ал*", "айыпта*"),
        "ru": ("раскритикова*", "критикова*", "осудил*", "осуждени*", "обвинил*"),
        "en": ("criticis*", "criticiz*", "condemn*", "accused"),
    },
    "ATTACK": {
        "tr": ("saldırı*", "saldırd*", "saldıran*", "çatışma*", "bombala*"),
        "ky": ("кол салуу*", "кагылыш*", "атышуу*", "жаңжал*", "чабуул жаса*"),
        "kk": ("шабуыл*", "қақтығыс*"),
        "ru": ("нападени*", "атак*", "атаковал*", "столкновени*", "обстрел*"),
        "en": ("attack*", "clash*", "shelling*", "bombing*"),
    },
    "PROTEST": {
        "tr": ("protesto*", "miting*", "gösteri yürüyüş*"),
        "ky": ("митинг*", "нааразылык*", "нааразычылык*"),
        "kk": ("митинг*", "наразылық*"),
        "ru": ("митинг*", "протест*", "демонстраци*"),
        "en": ("protest*", "demonstration*", "rally", "rallies"),
    },
}  # fmt: skip

# "X'u kabul etti" / "Xди кабыл алды": receiving someone is a meeting, not an adoption.
RECEIVING = frozenset({"kabul et*", "kabul ed*", "кабыл ал*", "қабылда*"})
ACCUSATIVE = frozenset(
    {"i", "u", "yi", "yu"}  # folded Turkish: ı/i, u/ü
    | {c + v for c in "ндт" for v in "ыиуүі"}
)
SCORE = 0.6
AMBIGUOUS_SCORE = 0.45

# What may stand between a received person and "kabul etti": the case ending, nothing else.
_SUFFIX_GAP = re.compile(r"['\u2019\u02bc`]?[^\W\d_]*\s+")


def _turkic(*shapes: str) -> frozenset[str]:
    """Cyrillic endings from shapes like "Д+V" (D: д, т, нд; V: the low vowels of Kyrgyz and Kazakh)."""
    consonants = {"D": ("д", "т", "нд"), "G": ("г", "к", "н", "ғ", "қ"), "N": ("д", "т", "н", "нд")}
    endings: set[str] = set()
    for shape in shapes:
        head, tail = shape.split("+")
        for consonant in consonants[head]:
            endings.update(consonant + vowel + tail for vowel in "аеоөә")
    return frozenset(endings)


@dataclass(frozen=True, slots=True)
class CaseRule:
    """How a language marks a place as where (locative), where to (dative) or where from (ablative):
    folded case endings after the name ("Bişkek'te", "Душанбеде"), or a preposition before it."""

    endings: frozenset[str]
    preposition: re.Pattern[str]


# Role name -> the case its place stands in. A PLACE that carries no case may still be a LOC or FAC.
PLACE_CASES: Mapping[str, CaseRule] = {
    "PLACE": CaseRule(
        frozenset({"da", "de", "ta", "te", "nda", "nde", "daki", "deki", "taki", "teki", "ndaki", "ndeki"})
        | _turkic("D+", "D+гы", "D+ги", "D+гу", "D+гү", "D+ғы", "D+гі"),
        re.compile(r"(?:^|[\s(])(?:в|во|на|in|at)\s+$", re.IGNORECASE),
    ),
    "DESTINATION": CaseRule(
        frozenset({"a", "e", "ya", "ye", "na", "ne"}) | _turkic("G+"),
        re.compile(r"(?:^|[\s(])(?:в|во|to|into)\s+$", re.IGNORECASE),
    ),
    "ORIGIN": CaseRule(
        frozenset({"dan", "den", "tan", "ten", "ndan", "nden"}) | _turkic("N+н"),
        re.compile(r"(?:^|[\s(])(?:из|от|from)\s+$", re.IGNORECASE),
    ),
}
# A dateline opens a sentence without being part of it: "BISKEK (AA) - ", "Бишкек, 19.05.21. /Кабар/. ".
_DATELINE = re.compile(r"[^\W\d_][^\n()]{0,40}?\s*\([^()\n]{1,30}\)\s*[-\u2013\u2014]\s*")
PARTICIPANT_LABELS = ("PER", "ORG", "GPE")
# Mentions that may fill the other roles: participants, and an office for a POSITION.
ARGUMENT_LABELS = (*PARTICIPANT_LABELS, "TITLE")
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
ACTOR_ROLES = frozenset({"ACTOR"})
MAX_REPEATED = 6
# Participants further than this from the trigger (in characters) are left for the reviewer to add.
MAX_DISTANCE = 250


@dataclass(frozen=True, slots=True)
class RoleSpec:
    """An argument role of an event type, as the project's schema has it."""

    name: str
    labels: tuple[str, ...]
    repeatable: bool = False


@dataclass(frozen=True, slots=True)
class Mention:
    """A span another rule proposed, as a candidate argument: `suffix` is the case ending cut off."""

    start: int
    end: int
    label: str
    entity_key: str | None = None
    suffix: str = ""
    date: NormalizedDate | None = None


@dataclass(frozen=True, slots=True)
class TriggerHit:
    start: int
    end: int
    event_type: str
    phrase: str
    score: float
    arguments: tuple[ProposedArgument, ...]
    date_iso: str | None
    date_precision: str | None


@dataclass(frozen=True, slots=True)
class _Entry:
    event_type: str
    phrase: str


class TriggerLexicon:
    """The lexicon entries of the project's event types, one trie per language (and one for any)."""

    def __init__(self, event_roles: Mapping[str, Sequence[RoleSpec]]) -> None:
        self.event_roles = {name: tuple(roles) for name, roles in event_roles.items()}
        self._tries: dict[str, PhraseTrie[_Entry]] = {}
        any_language: PhraseTrie[_Entry] = PhraseTrie()
        for event_type, by_language in LEXICON.items():
            if event_type not in self.event_roles:
                continue
            for language, phrases in by_language.items():
                trie = self._tries.setdefault(language, PhraseTrie())
                for phrase in phrases:
                    trie.add(phrase, _Entry(event_type, phrase))
                    any_language.add(phrase, _Entry(event_type, phrase))
        self._any = any_language

    def _trie(self, language: str) -> PhraseTrie[_Entry]:
        return self._tries.get(language_code(language), self._any)

    def find(
        self,
        words: FoldedWords,
        language: str,
        mentions: Sequence[Mention],
        sentences: SentenceIndex,
        pub_date: NormalizedDate | None,
    ) -> list[TriggerHit]:
        """The triggers of a text with their argument guesses; `mentions` must be sorted by start."""
        text = words.text
        starts = [mention.start for mention in mentions]
        hits: list[TriggerHit] = []
        for match in self._trie(language).find(words, language):
            end = match.end
            entry = match.payloads[0]
            event_type, score = entry.event_type, SCORE
            if entry.phrase in RECEIVING:
                event_type, score = self._receiving(match, entry, mentions, starts, text)
            if event_type not in self.event_roles:
                continue
            sentence = sentences.around(match.start, end)
            dateline = _DATELINE.match(text, sentence[0], match.start)
            if dateline is not None:
                sentence = (dateline.end(), sentence[1])
            sentence = _unglued(sentence, words.glued, match.start, end)
            first = bisect_left(starts, sentence[0])
            last = bisect_left(starts, sentence[1], first)
            nearby = [
                mention
                for mention in mentions[first:last]
                if mention.end <= sentence[1] and (mention.end <= match.start or mention.start >= end)
            ]
            arguments, date = guess_arguments(text, match.start, end, self.event_roles[event_type], nearby)
            chosen_date = date or pub_date
            hits.append(
                TriggerHit(
                    match.start, end, event_type, entry.phrase, score, arguments,
                    chosen_date.iso if chosen_date else None, chosen_date.precision if chosen_date else None,
                )
            )  # fmt: skip
        return hits

    def _receiving(
        self,
        match: PhraseMatch[_Entry],
        entry: _Entry,
        mentions: Sequence[Mention],
        starts: list[int],
        text: str,
    ) -> tuple[str, float]:
        """A person in the accusative right before "kabul etti" was received: a MEETING, not an AGREEMENT."""
        index = bisect_left(starts, match.start) - 1
        while index >= 0 and mentions[index].end > match.start:
            index -= 1
        if index >= 0 and "MEETING" in self.event_roles:
            last = mentions[index]
            adjacent = _SUFFIX_GAP.fullmatch(text[last.end : match.start])
            if adjacent and last.label == "PER" and last.suffix in ACCUSATIVE:
                return "MEETING", SCORE
        return entry.event_type, AMBIGUOUS_SCORE


def _unglued(sentence: tuple[int, int], glued: list[int], start: int, end: int) -> tuple[int, int]:
    """The part of a sentence between the glued joins around a trigger: a byline glued to a title
    ("...kabul ettiNazir Aliyev") is not part of the title's sentence."""
    before = bisect_right(glued, start) - 1
    after = bisect_left(glued, end)
    first = max(sentence[0], glued[before]) if before >= 0 else sentence[0]
    last = min(sentence[1], glued[after]) if after < len(glued) else sentence[1]
    return first, last


def _in_case(text: str, mention: Mention, rule: CaseRule) -> bool:
    if mention.suffix in rule.endings:
        return True
    return bool(rule.preposition.search(text[max(0, mention.start - 6) : mention.start]))


def _distance(mention: Mention, start: int, end: int) -> int:
    return mention.start - end if mention.start >= end else start - mention.end


def guess_arguments(
    text: str, start: int, end: int, roles: Sequence[RoleSpec], nearby: Sequence[Mention]
) -> tuple[tuple[ProposedArgument, ...], NormalizedDate | None]:
    """Arguments for a trigger at text[start:end] from the mentions of its sentence, and the date found.

    Each mention fills at most one role; a non-repeatable role gets one mention.
    """
    used: set[tuple[int, int]] = set()
    arguments: list[ProposedArgument] = []
    date: NormalizedDate | None = None

    def take(role: RoleSpec, mention: Mention) -> None:
        used.add((mention.start, mention.end))
        arguments.append(ProposedArgument(role.name, mention.start, mention.end, mention.label))

    by_distance = sorted(nearby, key=lambda mention: (_distance(mention, start, end), mention.start))
    time_role = next((role for role in roles if "DATE" in role.labels), None)
    if time_role is not None:
        dated = next((mention for mention in by_distance if mention.label == "DATE"), None)
        if dated is not None:
            take(time_role, dated)
            date = dated.date
    place_roles = [role for role in roles if role.name in PLACE_CASES]
    for role in place_roles:
        allowed = [
            mention for mention in by_distance if mention.label in role.labels and mention.label != "DATE"
        ]
        place = next(
            (mention for mention in allowed if _in_case(text, mention, PLACE_CASES[role.name])), None
        )
        if place is None and role.name == "PLACE":
            place = next((mention for mention in allowed if mention.label in PLACE_LABELS - {"GPE"}), None)
        if place is not None and (place.start, place.end) not in used:
            take(role, place)
    handled = {time_role, *place_roles}
    others = [role for role in roles if role not in handled and set(role.labels) & set(ARGUMENT_LABELS)]
    seen_keys: set[str] = set()
    candidates: list[Mention] = []
    for mention in by_distance:
        if mention.label not in ARGUMENT_LABELS or _distance(mention, start, end) > MAX_DISTANCE:
            continue
        if mention.entity_key is not None:
            if mention.entity_key in seen_keys:
                continue
            seen_keys.add(mention.entity_key)
        candidates.append(mention)
    for role in sorted(others, key=lambda role: (role.repeatable, role.name not in ACTOR_ROLES)):
        free = [
            mention
            for mention in candidates
            if mention.label in role.labels and (mention.start, mention.end) not in used
        ]
        if not free:
            continue
        if role.repeatable:
            for mention in free[:MAX_REPEATED]:
                take(role, mention)
        elif role.name in ACTOR_ROLES:
            take(role, min(free, key=lambda mention: mention.start))
        else:
            take(role, free[0])
    arguments.sort(key=lambda argument: (argument.start, argument.role))
    return tuple(arguments), date
