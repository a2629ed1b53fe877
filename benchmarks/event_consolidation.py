"""Quality of cross-document event consolidation on a synthetic multilingual news corpus.

Run: `.venv/bin/python benchmarks/event_consolidation.py [--events 300] [--seed 13]`.

Each synthetic real-world event (a meeting, phone call, agreement, exercise, protest or criticism between
two of 16 leaders, in one of 12 cities, on a day of 2024) is reported 1–5 times, each report in Turkish,
Kyrgyz, Russian or English with that language's wording and script ("Sadır Caparov", "Садыр Жапаров",
"Sadyr Japarov"), its own publication date and its own way of giving the date: absolute ("5 Mayıs 2024",
"5-майда", "5 мая 2024 года", "May 5, 2024"), year-less, relative to the publication date ("dün", "кечээ",
"вчера", "yesterday", "bugün", "today"), or only the month. Some reports announce the event beforehand
(realis planned, "görüşecek", "проведут"), some give a surname only, and one document in six also reports
a second, unrelated event (with its full date). Hard negatives are planted: one event in six is a
follow-up of an earlier one (same parties and type, two to six days later, often another city).

The corpus is built through the application's own paths: a JSONL file imported with `import_paths`, spans
tagged with `add_span`, linked to the project's canonical entities by a knowledge-base alias lookup
(`build_alias_index`/`lookup`, any script), events and their arguments made with `create_event` and
`add_argument`, the date left to the TIME argument (read against the publication date by the export
path). Then `event_groups.consolidate` runs and the stored groups are scored against the planted truth:
pairwise precision, recall and F1, and B-cubed precision, recall and F1.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from curator.core import services
from curator.core.importers import import_paths
from curator.core.knowledge.base import KnowledgeEntity, build_alias_index, lookup
from curator.core.project.setup import open_project
from curator.core.records.consolidate import pairs_of
from curator.core.records.consolidate_read import stored_groups
from curator.core.services import event_groups
from curator.core.services.entities import create_entity, link_spans
from curator.core.storage import Project

LANGUAGES = ("tr", "ky", "ru", "en")
LATIN = ("tr", "en")

# (key, Turkish, English, Russian, Kyrgyz) surface forms; surnames alone are aliases too.
PEOPLE = (
    ("Sadyr Japarov", "Sadır Caparov", "Sadyr Japarov", "Садыр Жапаров", "Садыр Жапаров"),
    (
        "Recep Tayyip Erdoğan",
        "Recep Tayyip Erdoğan",
        "Recep Tayyip Erdogan",
        "Реджеп Тайип Эрдоган",
        "Режеп Тайып Эрдоган",
    ),
    (
        "Kassym-Jomart Tokayev",
        "Kasım Cömert Tokayev",
        "Kassym-Jomart Tokayev",
        "Касым-Жомарт Токаев",
        "Касым-Жомарт Токаев",
    ),
    ("Shavkat Mirziyoyev", "Şevket Mirziyoyev", "Shavkat Mirziyoyev", "Шавкат Мирзиёев", "Шавкат Мирзиёев"),
    ("Ilham Aliyev", "İlham Aliyev", "Ilham Aliyev", "Ильхам Алиев", "Ильхам Алиев"),
    ("Vladimir Putin", "Vladimir Putin", "Vladimir Putin", "Владимир Путин", "Владимир Путин"),
    ("Emomali Rahmon", "İmamali Rahman", "Emomali Rahmon", "Эмомали Рахмон", "Эмомали Рахмон"),
    (
        "Serdar Berdimuhamedov",
        "Serdar Berdimuhamedov",
        "Serdar Berdimuhamedov",
        "Сердар Бердымухамедов",
        "Сердар Бердимухамедов",
    ),
    ("Akylbek Japarov", "Akılbek Caparov", "Akylbek Japarov", "Акылбек Жапаров", "Акылбек Жапаров"),
    ("Hakan Fidan", "Hakan Fidan", "Hakan Fidan", "Хакан Фидан", "Хакан Фидан"),
    ("Sergey Lavrov", "Sergey Lavrov", "Sergei Lavrov", "Сергей Лавров", "Сергей Лавров"),
    ("Jeenbek Kulubaev", "Ceenbek Kulubayev", "Jeenbek Kulubaev", "Жээнбек Кулубаев", "Жээнбек Кулубаев"),
    (
        "Kubanychbek Omuraliev",
        "Kubanıçbek Ömüraliyev",
        "Kubanychbek Omuraliev",
        "Кубанычбек Омуралиев",
        "Кубанычбек Өмүралиев",
    ),
    ("Mukhtar Tileuberdi", "Muhtar Tileuberdi", "Mukhtar Tileuberdi", "Мухтар Тлеуберди", "Мухтар Тлеуберди"),
    ("Bakhtiyor Saidov", "Bahtiyar Saidov", "Bakhtiyor Saidov", "Бахтиёр Саидов", "Бахтиёр Саидов"),
    ("Jeyhun Bayramov", "Ceyhun Bayramov", "Jeyhun Bayramov", "Джейхун Байрамов", "Жейхун Байрамов"),
)
PLACES = (
    ("Bishkek", "Bişkek", "Bishkek", "Бишкек", "Бишкек"),
    ("Ankara", "Ankara", "Ankara", "Анкара", "Анкара"),
    ("Astana", "Astana", "Astana", "Астана", "Астана"),
    ("Tashkent", "Taşkent", "Tashkent", "Ташкент", "Ташкент"),
    ("Baku", "Bakü", "Baku", "Баку", "Баку"),
    ("Moscow", "Moskova", "Moscow", "Москва", "Москва"),
    ("Dushanbe", "Duşanbe", "Dushanbe", "Душанбе", "Душанбе"),
    ("Ashgabat", "Aşkabat", "Ashgabat", "Ашхабад", "Ашхабад"),
    ("Istanbul", "İstanbul", "Istanbul", "Стамбул", "Стамбул"),
    ("Osh", "Oş", "Osh", "Ош", "Ош"),
    ("Samarkand", "Semerkant", "Samarkand", "Самарканд", "Самарканд"),
    ("Almaty", "Almatı", "Almaty", "Алматы", "Алматы"),
)  # fmt: skip
COLUMN = {"tr": 1, "en": 2, "ru": 3, "ky": 4}
SURNAMES = Counter(form.split()[-1] for row in PEOPLE for form in set(row[1:]))
"""A surname two people share ("Japarov") is never written alone: the alias would be ambiguous."""

# Per type: its roles (symmetric parties or actor → recipient), whether it has a place, and per language
# the actual and the planned sentence with {A} {B} {P} {D} and the trigger word (which must occur once).
TEMPLATES: dict[str, tuple[tuple[str, str], bool, dict[str, tuple[tuple[str, str], tuple[str, str]]]]] = {
    "MEETING": (("PARTICIPANT", "PARTICIPANT"), True, {
        "tr": (("{A} ile {B}, {D} {P} kentinde bir araya geldi.", "bir araya geldi"),
               ("{A} ile {B}, {D} {P} kentinde görüşecek.", "görüşecek")),
        "en": (("{A} met {B} in {P} {D}.", "met"), ("{A} will meet {B} in {P} on {D}.", "will meet")),
        "ru": (("{A} и {B} провели переговоры в городе {P} {D}.", "провели переговоры"),
               ("{A} и {B} проведут переговоры в городе {P} {D}.", "проведут переговоры")),
        "ky": (("{A} менен {B} {D} {P} шаарында жолугушту.", "жолугушту"),
               ("{A} менен {B} {D} {P} шаарында жолугушат.", "жолугушат")),
    }),
    "PHONE_CALL": (("PARTICIPANT", "PARTICIPANT"), False, {
        "tr": (("{A}, {D} {B} ile telefonda görüştü.", "telefonda görüştü"),
               ("{A}, {D} {B} ile telefonda görüşecek.", "telefonda görüşecek")),
        "en": (("{A} spoke by phone with {B} {D}.", "spoke by phone"),
               ("{A} will speak by phone with {B} on {D}.", "will speak by phone")),
        "ru": (("{A} {D} провел телефонный разговор с {B}.", "телефонный разговор"),
               ("{A} {D} проведет телефонный разговор с {B}.", "телефонный разговор")),
        "ky": (("{A} {D} {B} менен телефон аркылуу сүйлөштү.", "сүйлөштү"),
               ("{A} {D} {B} менен телефон аркылуу сүйлөшөт.", "сүйлөшөт")),
    }),
    "AGREEMENT": (("PARTICIPANT", "PARTICIPANT"), True, {
        "tr": (("{A} ve {B}, {D} {P} kentinde bir anlaşma imzaladı.", "imzaladı"),
               ("{A} ve {B}, {D} {P} kentinde bir anlaşma imzalayacak.", "imzalayacak")),
        "en": (("{A} and {B} signed an agreement in {P} {D}.", "signed"),
               ("{A} and {B} will sign an agreement in {P} on {D}.", "will sign")),
        "ru": (("{A} и {B} подписали соглашение в городе {P} {D}.", "подписали"),
               ("{A} и {B} подпишут соглашение в городе {P} {D}.", "подпишут")),
        "ky": (("{A} менен {B} {D} {P} шаарында келишимге кол коюшту.", "кол коюшту"),
               ("{A} менен {B} {D} {P} шаарында келишимге кол коюшат.", "кол коюшат")),
    }),
    "EXERCISE": (("PARTICIPANT", "PARTICIPANT"), True, {
        "tr": (("{A} ve {B} güçleri {D} {P} yakınlarında ortak tatbikat yaptı.", "tatbikat"),
               ("{A} ve {B} güçleri {D} {P} yakınlarında ortak tatbikat yapacak.", "tatbikat")),
        "en": (("Forces of {A} and {B} held joint exercises near {P} {D}.", "exercises"),
               ("Forces of {A} and {B} will hold joint exercises near {P} on {D}.", "exercises")),
        "ru": (("Силы {A} и {B} провели совместные учения под городом {P} {D}.", "учения"),
               ("Силы {A} и {B} проведут совместные учения под городом {P} {D}.", "учения")),
        "ky": (("{A} менен {B} {D} {P} шаарынын жанында биргелешкен машыгуу өткөрүштү.", "машыгуу"),
               ("{A} менен {B} {D} {P} шаарынын жанында биргелешкен машыгуу өткөрүшөт.", "машыгуу")),
    }),
    "PROTEST": (("ACTOR", "RECIPIENT"), True, {
        "tr": (("{A} destekçileri {D} {P} kentinde {B} aleyhine protesto düzenledi.", "protesto"),
               ("{A} destekçileri {D} {P} kentinde {B} aleyhine protesto düzenleyecek.", "protesto")),
        "en": (("Supporters of {A} protested against {B} in {P} {D}.", "protested"),
               ("Supporters of {A} will protest against {B} in {P} on {D}.", "will protest")),
        "ru": (("Сторонники {A} вышли на протест против {B} в городе {P} {D}.", "протест"),
               ("Сторонники {A} выйдут на протест против {B} в городе {P} {D}.", "протест")),
        "ky": (("{A} тараптары {D} {P} шаарында {B} каршы нааразылык акциясын өткөрүштү.", "нааразылык"),
               ("{A} тараптары {D} {P} шаарында {B} каршы нааразылык акциясын өткөрүшөт.", "нааразылык")),
    }),
    "STATEMENT_CRITICISM": (("ACTOR", "RECIPIENT"), False, {
        "tr": (("{A}, {D} {B} yönetimini sert bir dille eleştirdi.", "eleştirdi"),
               ("{A}, {D} {B} yönetimini eleştiren bir açıklama yapacak.", "eleştiren")),
        "en": (("{A} sharply criticised {B} {D}.", "criticised"),
               ("{A} is expected to criticise {B} on {D}.", "criticise")),
        "ru": (("{A} {D} резко раскритиковал {B}.", "раскритиковал"),
               ("{A} {D} выступит с критикой {B}.", "критикой")),
        "ky": (("{A} {D} {B} катуу сынга алды.", "сынга алды"),
               ("{A} {D} {B} сынга алат.", "сынга алат")),
    }),
}  # fmt: skip

MONTHS = {
    "tr": (
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "ru": (
        "января",
        "февраля",
        "марта",
        "апреля",
        "мая",
        "июня",
        "июля",
        "августа",
        "сентября",
        "октября",
        "ноября",
        "декабря",
    ),
    "ky": (
        "январь",
        "февраль",
        "март",
        "апрель",
        "май",
        "июнь",
        "июль",
        "август",
        "сентябрь",
        "октябрь",
        "ноябрь",
        "декабрь",
    ),
}
MONTH_ONLY = {
    "tr": (
        "Ocak",
        "Şubat",
        "Mart",
        "Nisan",
        "Mayıs",
        "Haziran",
        "Temmuz",
        "Ağustos",
        "Eylül",
        "Ekim",
        "Kasım",
        "Aralık",
    ),
    "en": MONTHS["en"],
    "ru": (
        "январе",
        "феврале",
        "марте",
        "апреле",
        "мае",
        "июне",
        "июле",
        "августе",
        "сентябре",
        "октябре",
        "ноябре",
        "декабре",
    ),
    "ky": MONTHS["ky"],
}
RELATIVE = {"tr": {0: "bugün", 1: "dün"}, "en": {0: "today", 1: "yesterday"},
            "ru": {0: "сегодня", 1: "вчера"}, "ky": {0: "бүгүн", 1: "кечээ"}}  # fmt: skip
PUBLICATIONS = {"tr": ("AA", "TRT Haber"), "en": ("Reuters", "AKIpress"), "ru": ("ТАСС", "24.kg"),
                "ky": ("Kabar", "Азаттык")}  # fmt: skip


def absolute(day: date, language: str, *, year: bool = True) -> str:
    month = MONTHS[language][day.month - 1]
    if language == "tr":
        return f"{day.day} {month} {day.year}" if year else f"{day.day} {month}"
    if language == "en":
        return f"{month} {day.day}, {day.year}" if year else f"{month} {day.day}"
    if language == "ru":
        return f"{day.day} {month} {day.year} года" if year else f"{day.day} {month}"
    return f"{day.year}-жылдын {day.day}-{month}" if year else f"{day.day}-{month}"


def month_only(day: date, language: str) -> str:
    month = MONTH_ONLY[language][day.month - 1]
    return {"tr": f"{month} {day.year}", "en": f"{month} {day.year}", "ru": f"в {month} {day.year} года",
            "ky": f"{day.year}-жылдын {month} айында"}[language]  # fmt: skip


@dataclass
class RealEvent:
    number: int
    type: str
    parties: tuple[int, int]
    place: int
    day: date


@dataclass
class Report:
    """One sentence reporting one real event, and where its pieces are in the sentence."""

    truth: int
    type: str
    sentence: str
    trigger: str
    names: tuple[str, ...]  # surfaces of the parties it names, in role order
    roles: tuple[str, ...]
    place: str | None
    date_text: str
    realis: str


@dataclass
class Corpus:
    """The planted truth: each stored event id with the real event it reports."""

    truth: dict[int, int] = field(default_factory=dict)
    documents: int = 0

    def clusters(self) -> list[list[int]]:
        by_event: dict[int, list[int]] = {}
        for event_id, real in self.truth.items():
            by_event.setdefault(real, []).append(event_id)
        return list(by_event.values())


def plan_events(rng: random.Random, count: int) -> list[RealEvent]:
    events: list[RealEvent] = []
    for number in range(count):
        if events and rng.random() < 1 / 6:  # a follow-up: same parties and type, a few days later
            earlier = rng.choice(events)
            day = earlier.day + timedelta(days=rng.randint(2, 6))
            events.append(RealEvent(number, earlier.type, earlier.parties, rng.randrange(len(PLACES)), day))
            continue
        first, second = rng.sample(range(len(PEOPLE)), 2)
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(360))
        events.append(
            RealEvent(number, rng.choice(list(TEMPLATES)), (first, second), rng.randrange(len(PLACES)), day)
        )
    return events


def write_report(
    rng: random.Random, event: RealEvent, language: str, published: date | None = None
) -> tuple[Report, date]:
    """One report of `event` in `language`; with `published` given (a second story in an article of that
    day) it says the full date, planned when the event is still ahead."""
    roles, has_place, wording = TEMPLATES[event.type]
    planned = rng.random() < 0.15 if published is None else event.day > published
    (actual_text, actual_trigger), (planned_text, planned_trigger) = wording[language]
    text, trigger = (planned_text, planned_trigger) if planned else (actual_text, actual_trigger)
    if published is not None:
        date_text = absolute(event.day, language)
    elif planned:
        published = event.day - timedelta(days=rng.randint(1, 10))
        date_text = absolute(event.day, language, year=rng.random() < 0.5)
    else:
        published = event.day + timedelta(days=rng.choice((0, 1, 1, 2, 3)))
        gap = (published - event.day).days
        choice = rng.random()
        if gap in RELATIVE[language] and choice < 0.5:
            date_text = RELATIVE[language][gap]
        elif choice < 0.6:
            date_text = month_only(event.day, language)
        elif choice < 0.8:
            date_text = absolute(event.day, language, year=False)
        else:
            date_text = absolute(event.day, language)
    column = COLUMN[language]
    first, second = (PEOPLE[party][column] for party in event.parties)
    surname = first.split()[-1]
    if rng.random() < 0.3 and SURNAMES[surname] == 1:  # surname only: an alias of the canonical entity
        first = surname
    place = PLACES[event.place][column] if has_place else ""
    sentence = text.format(A=first, B=second, P=place, D=date_text)
    return (
        Report(event.number, event.type, sentence, trigger, (first, second), roles, place or None, date_text,
               "planned" if planned else "actual"),
        published,
    )  # fmt: skip


def knowledge_base() -> list[KnowledgeEntity]:
    """The canonical people and places with every surface form (and surname) as aliases."""
    entities = []
    for kind, rows in (("PER", PEOPLE), ("GPE", PLACES)):
        for row in rows:
            forms = set(row[1:]) | ({form.split()[-1] for form in row[1:]} if kind == "PER" else set())
            aliases = tuple(sorted(forms - {row[0]}))
            entities.append(KnowledgeEntity(row[0], row[0], kind, None, aliases, None, ""))
    return entities


def build_corpus(project: Project, events: int, seed: int, workdir: Path) -> Corpus:
    """Import and annotate the reports of `events` planted real events; returns the planted truth."""
    rng = random.Random(seed)
    planned = plan_events(rng, events)
    documents: list[tuple[dict, list[Report]]] = []
    for event in planned:
        for _ in range(rng.randint(1, 5)):
            language = rng.choice(LANGUAGES)
            report, published = write_report(rng, event, language)
            reports = [report]
            if rng.random() < 1 / 6:  # a second, unrelated event in the same article
                other = rng.choice([e for e in planned if e.number != event.number])
                reports.append(write_report(rng, other, language, published)[0])
            number = len(documents) + 1
            meta = {
                "title": f"{language} report {number}",
                "lang": language,
                "pub_date": published.isoformat(),
                "publication": rng.choice(PUBLICATIONS[language]),
                "url": f"https://news.example/{language}/{number}",
            }
            documents.append((meta, reports))
    source = workdir / "reports.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for meta, reports in documents:
            text = article(meta, reports)
            handle.write(json.dumps({"text": text, "meta": meta}, ensure_ascii=False) + "\n")
    imported = import_paths(project, [source])
    assert imported.documents_added == len(documents), imported
    index = build_alias_index(knowledge_base())
    entity_ids = {
        entity.id: create_entity(project, entity.name, entity.type, aliases=list(entity.aliases)).entity.id
        for entity in knowledge_base()
    }
    corpus = Corpus(documents=len(documents))
    for document_id, (_meta, reports) in enumerate(documents, start=1):
        text = article(_meta, reports)
        offset = text.index(reports[0].sentence)
        for report in reports:
            event_id = annotate(project, document_id, text, offset, report, index, entity_ids)
            corpus.truth[event_id] = report.truth
            offset += len(report.sentence) + 1
    return corpus


def article(meta: Mapping[str, str], reports: Iterable[Report]) -> str:
    """A document: a header line (its outlet and number, so copies of one wording stay two articles)."""
    header = f"{meta.get('publication', 'news')} · {meta['url'].rsplit('/', 1)[-1]}"
    return header + "\n" + " ".join(report.sentence for report in reports)


def annotate(
    project: Project,
    document_id: int,
    text: str,
    offset: int,
    report: Report,
    index: Mapping[str, tuple[KnowledgeEntity, ...]],
    entity_ids: Mapping[str, int],
) -> int:
    """Tag one report's names, place and date, link them through the KB, and make its event."""
    end = offset + len(report.sentence)

    def find(surface: str, after: int) -> int:
        """Where `surface` starts as whole words in this report's sentence, from `after` on."""
        match = re.compile(rf"(?<!\w){re.escape(surface)}(?!\w)").search(text, after, end)
        assert match is not None, (surface, text[offset:end])
        return match.start()

    def tag(surface: str, label: str, after: int = offset) -> int:
        start = find(surface, after)
        return services.add_span(project, document_id, start, start + len(surface), label).span.id

    def link(span_id: int, surface: str, kind: str) -> None:
        found = [entity for entity in lookup(index, surface) if entity.type == kind]
        if found:
            link_spans(project, [span_id], entity_ids[found[0].id])

    start = find(report.trigger, offset)
    trigger = (start, start + len(report.trigger))
    event_id = services.create_event(
        project, document_id, report.type, trigger=trigger, realis=report.realis
    ).event.id
    after = offset
    for surface, role in zip(report.names, report.roles, strict=True):
        span_id = tag(surface, "PER", after)
        after = find(surface, after) + len(surface)
        link(span_id, surface, "PER")
        services.add_argument(project, event_id, role, span_id=span_id)
    if report.place is not None:
        place = tag(report.place, "GPE")
        link(place, report.place, "GPE")
        services.add_argument(project, event_id, "PLACE", span_id=place)
    services.add_argument(project, event_id, "TIME", span_id=tag(report.date_text, "DATE"))
    return event_id


def scores(truth: Iterable[Iterable[int]], predicted: Iterable[Iterable[int]]) -> dict[str, float]:
    """Pairwise and B-cubed precision, recall and F1 of `predicted` clusters against `truth`."""
    true_clusters = [set(c) for c in truth]
    predicted_clusters = [set(c) for c in predicted]
    true_of = {m: i for i, c in enumerate(true_clusters) for m in c}
    predicted_of = {m: i for i, c in enumerate(predicted_clusters) for m in c}
    for mention in true_of:
        if mention not in predicted_of:
            predicted_clusters.append({mention})
            predicted_of[mention] = len(predicted_clusters) - 1
    true_pairs, predicted_pairs = pairs_of(true_clusters), pairs_of(predicted_clusters)
    hits = len(true_pairs & predicted_pairs)
    precision = hits / len(predicted_pairs) if predicted_pairs else 1.0
    recall = hits / len(true_pairs) if true_pairs else 1.0
    b_precision = b_recall = 0.0
    for mention in true_of:
        mine, theirs = predicted_clusters[predicted_of[mention]], true_clusters[true_of[mention]]
        shared = len(mine & theirs)
        b_precision += shared / len(mine)
        b_recall += shared / len(theirs)
    b_precision /= len(true_of)
    b_recall /= len(true_of)
    return {
        "pairwise_precision": precision, "pairwise_recall": recall, "pairwise_f1": f1(precision, recall),
        "bcubed_precision": b_precision, "bcubed_recall": b_recall, "bcubed_f1": f1(b_precision, b_recall),
    }  # fmt: skip


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--events", type=int, default=300)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        project = open_project(workdir / "events.curator", create=True, annotator="bench")
        started = time.perf_counter()
        corpus = build_corpus(project, args.events, args.seed, workdir)
        built = time.perf_counter() - started
        started = time.perf_counter()
        done = event_groups.consolidate(project)
        consolidated = time.perf_counter() - started
        predicted = [group.event_ids for group in stored_groups(project).values()]
        project.close()
    result = scores(corpus.clusters(), predicted)
    mentions = len(corpus.truth)
    print(
        f"{args.events} real events, {mentions} mentions in {corpus.documents} documents (seed {args.seed})"
    )
    print(f"built in {built:.1f} s; consolidated in {consolidated:.2f} s", end=": ")
    print(f"{done.proposed} groups of {done.mentions} mentions")
    for name, value in result.items():
        print(f"{name:<20} {value:.3f}")


if __name__ == "__main__":
    main()
