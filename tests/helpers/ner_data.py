"""Small labelled sets for training tests: Turkish news sentences, and Kyrgyz ones with sub-token names.

Each sentence is built from labelled pieces, so its spans are exact by construction. Names are split in
two disjoint halves: the first trains, the second appears only in held-out sentences, so a model must
learn contexts and suffixes, not strings.
"""

from __future__ import annotations

import random

from curator.core import services
from curator.core.storage import Project

# Each half mixes names of the default knowledge base (which the rules know) with names it lacks.
PEOPLE = [
    "Ahmet Yılmaz", "Mehmet Kaya", "Mevlüt Çavuşoğlu", "Ayşe Demir", "Fatma Şahin", "Sadır Caparov",
    "Ali Çelik", "Zeynep Yıldız", "Murat Aydın", "Vladimir Putin", "Elif Öztürk", "Hasan Arslan",
    "Emine Doğan", "Kemal Kılıç",
    "Selin Aslan", "Burak Çetin", "Ruslan Kazakbayev", "Derya Kara", "Okan Koç", "Emomali Rahmon",
    "Sevgi Kurt", "Cem Özkan", "Esra Şimşek", "Kasım Cömert Tokayev", "Tolga Polat", "Gül Özcan",
    "Onur Korkmaz", "Deniz Çakır",
]  # fmt: skip
PLACES = [
    "Bişkek", "İzmir", "Bursa", "Moskova", "Konya", "Adana", "Taşkent", "Trabzon", "Erzurum", "Samsun",
    "Ankara", "Denizli", "Malatya", "Bakü", "Kayseri", "Eskişehir", "Almatı", "Sivas", "Manisa", "Erivan",
]  # fmt: skip
SUFFIX = {"loc": ["'da", "'de", "'ta", "'te"], "abl": ["'dan", "'den"], "gen": ["'nın", "'nin", "'un"]}
TEMPLATES = [
    [("Bakan ", None), ("P", "PER"), (", ", None), ("L", "GPE"), ("loc", None), (" açıklama yaptı.", None)],
    [("P", "PER"), (" dün ", None), ("L", "GPE"), ("abl", None), (" döndü.", None)],
    [("Vali ", None), ("P", "PER"), (" ile görüşen heyet ", None), ("L", "GPE"), ("loc", None),
     (" kaldı.", None)],
    [("Toplantı ", None), ("L", "GPE"), ("loc", None), (" yapıldı ve ", None), ("P", "PER"),
     (" konuştu.", None)],
    [("Yeni yol projesi bu yıl tamamlanacak.", None)],
]  # fmt: skip

KYRGYZ_LOCATIVE = {"Бишкек": "те", "Москва": "да", "Душанбе": "де", "Астана": "да", "Ташкент": "те"}
KYRGYZ_GENITIVE = {"ЖККУ": "нун", "ШКУ": "нун", "КМШ": "нын", "ЕАЭБ": "нин", "БУУ": "нун", "ЕККУ": "нун"}


def sentence(rng: random.Random, people: list[str], places: list[str]) -> tuple[str, list[tuple]]:
    text, spans = "", []
    for piece, label in rng.choice(TEMPLATES):
        if label == "PER":
            piece = rng.choice(people)
        elif label == "GPE":
            piece = rng.choice(places)
        elif piece in SUFFIX:
            piece = rng.choice(SUFFIX[piece])
        if label:
            spans.append((len(text), len(text) + len(piece), label))
        text += piece
    return text, spans


def turkish_documents(count: int, seed: int, *, held_out: bool) -> list[services.NewDocument]:
    """`count` documents of four sentences (one per line); held-out ones use the other half of the names."""
    rng = random.Random(seed)
    half = len(PEOPLE) // 2, len(PLACES) // 2
    people = PEOPLE[half[0] :] if held_out else PEOPLE[: half[0]]
    places = PLACES[half[1] :] if held_out else PLACES[: half[1]]
    documents = []
    for number in range(count):
        text, spans = "", []
        for line in range(4):
            sentence_text, sentence_spans = sentence(rng, people, places)
            spans += [services.NewSpan(len(text) + s, len(text) + e, label) for s, e, label in sentence_spans]
            text += sentence_text + ("\n" if line < 3 else "")
        documents.append(services.NewDocument(text=text, title=f"haber {number}", language="tr", spans=spans))
    return documents


def kyrgyz_documents(count: int, seed: int) -> list[services.NewDocument]:
    """Sentences like "ЖККУнун жыйыны Бишкекте өттү." with ORG on the acronym alone and GPE on the stem."""
    rng = random.Random(seed)
    documents = []
    for number in range(count):
        org = rng.choice(list(KYRGYZ_GENITIVE))
        place = rng.choice(list(KYRGYZ_LOCATIVE))
        text = f"{org}{KYRGYZ_GENITIVE[org]} жыйыны {place}{KYRGYZ_LOCATIVE[place]} өттү."
        start = text.index(place, len(org))
        spans = [services.NewSpan(0, len(org), "ORG"), services.NewSpan(start, start + len(place), "GPE")]
        documents.append(services.NewDocument(text=text, title=f"кабар {number}", language="ky", spans=spans))
    return documents


def add(project: Project, documents: list[services.NewDocument]) -> None:
    with project.write() as session:
        services.add_documents(session, documents, annotator_id=project.annotator_id, source="test")
