"""Records of hand-tagged events: canonical names and ids for every party and the location, and evidence
that quotes the headline without the byline the extraction glued to it.

Seed 002 (an AA report in ASCII-typed Turkish) is imported from its file, tagged through the service the
label keys call (`suggestions.tag`), and exported; the CSV is read back with the csv module.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col

from curator.core import services
from curator.core.exporters import export_project
from curator.core.importers import import_paths
from curator.core.project.resources import SAMPLE_DOCS_DIR
from curator.core.queries import get_document
from curator.core.records.sentences import SentenceIndex
from curator.core.services import suggestions
from curator.core.storage import Project
from curator.core.storage.models import KnowledgeEntity
from tests.helpers.engines import ENGINES, open_on

TITLE = "Kirgizistan Cumhurbaskani Caparov, KGAÖ Genel Sekreteri Tasmagambetov'u kabul etti"
BYLINE = "Nazir Aliyev Tayfur"


class Seed002:
    def __init__(self, project: Project) -> None:
        self.project = project
        [path] = SAMPLE_DOCS_DIR.glob("002_*.txt")
        assert import_paths(project, [path]).documents_added == 1
        self.text = get_document(project, 1).text
        self.body = self.text.index("BISKEK (AA)")

    def tag(self, surface: str, label: str, after: int) -> int:
        start = self.text.index(surface, after)
        [span_id] = suggestions.tag(self.project, 1, start, start + len(surface), label).span_ids
        return span_id

    def visit(self, after: int, **roles: int) -> int:
        start = self.text.index("kabul etti", after)
        event_id = services.create_event(self.project, 1, "VISIT", trigger=(start, start + 10)).event.id
        for role, span_id in roles.items():
            services.add_argument(self.project, event_id, role.upper(), span_id=span_id)
        return event_id

    def entity(self, key: str) -> tuple[str, str, str]:
        """(name, id, wikidata) of a seeded canonical entity, as the CSV writes them."""
        with self.project.read() as session:
            entity = session.execute(
                select(KnowledgeEntity).where(col(KnowledgeEntity.key) == key)
            ).scalar_one()
        return entity.name, str(entity.id), entity.wikidata or ""


@pytest.fixture(params=ENGINES)
def seed(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Seed002]:
    project = open_on(request, tmp_path, "ayse")
    yield Seed002(project)
    project.close()


def rows(seed: Seed002, out: Path) -> list[dict[str, str]]:
    export_project(seed.project, "events-csv", out)
    with out.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_hand_tagged_parties_and_the_location_carry_canonical_names_and_ids(
    seed: Seed002, tmp_path: Path
) -> None:
    seed.visit(
        seed.body,
        actor=seed.tag("Tasmagambetov", "PER", seed.body),  # "Tasmagambetov'u": the key drops the ending
        recipient=seed.tag("Sadir Caparov", "PER", seed.body),
        place=seed.tag("BISKEK", "LOC", 0),  # the knowledge base has Bishkek as a GPE: a place either way
    )

    [row] = rows(seed, tmp_path / "events.csv")

    tasmagambetov = seed.entity("per_imangali_tasmagambetov")
    japarov = seed.entity("per_sadyr_japarov")
    bishkek = seed.entity("gpe_bishkek")
    assert (row["actors"], row["actor_ids"]) == tasmagambetov[:2]
    assert (row["recipients"], row["recipient_ids"]) == japarov[:2]
    assert (row["location"], row["location_name"], row["location_id"], row["location_wikidata"]) == (
        "BISKEK",
        *bishkek,
    )


def test_an_event_in_the_headline_quotes_it_without_the_glued_byline(seed: Seed002, tmp_path: Path) -> None:
    assert seed.text.startswith(TITLE + BYLINE)  # the extraction glued the author's name to the headline
    seed.visit(0)
    seed.visit(seed.body)

    headline, body = rows(seed, tmp_path / "events.csv")

    assert headline["evidence"] == TITLE
    assert body["evidence"].startswith("BISKEK (AA) - Kirgizistan Cumhurbaskani Sadir Caparov")
    assert BYLINE not in body["evidence"] and body["evidence"].endswith("kabul etti.")


def test_a_wrapped_headline_is_one_sentence_and_a_title_cut_from_a_first_sentence_splits_nothing() -> None:
    headline = "KAZAKBAYEV, KGAÖ DIŞİŞLERİ BAKANLARI KONSEYİ'NİN TOPLANTISINA KATILDI"
    text = (
        "KAZAKBAYEV, KGAÖ DIŞİŞLERİ BAKANLARI \nKONSEYİ'NİN TOPLANTISINA KATILDI\n\nBakan toplantıya katıldı."
    )
    index = SentenceIndex(text, headline)
    assert [text[start:end] for start, end in index.spans] == [
        "KAZAKBAYEV, KGAÖ DIŞİŞLERİ BAKANLARI \nKONSEYİ'NİN TOPLANTISINA KATILDI", "Bakan toplantıya katıldı."
    ]  # fmt: skip
    first = "Kolektif Güvenlik Anlaşması Örgütü liderleri Bişkek'te toplandı."
    assert SentenceIndex(first, first[:40]).spans == [(0, len(first))]
