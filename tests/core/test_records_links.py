"""Records of hand-tagged events: canonical names and ids for every party and the location, evidence
that quotes the headline without the byline the extraction glued to it, and the two CSV layouts.

Seed 002 (an AA report in ASCII-typed Turkish) is imported from its file, tagged through the service the
label keys call (`suggestions.tag`), and exported; the CSV is read back with the csv module.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col

from curator.cli.main import main
from curator.core import services
from curator.core.exporters import export_project
from curator.core.importers import import_paths
from curator.core.project.resources import SAMPLE_DOCS_DIR
from curator.core.queries import get_document
from curator.core.records.sentences import SentenceIndex
from curator.core.records.tabular import EVENT_COLUMNS
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
        services.set_document_status(project, 1, "annotated")  # records come from finished documents
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
    export_project(seed.project, "events-csv", out, layout="full")
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


def export_cli(seed: Seed002, out: Path, *options: str) -> tuple[list[str], list[dict[str, str]]]:
    """Export through the entry point, as a user would, and read the file back with the csv module."""
    seed.project.close()
    location = getattr(seed.project, "url", None) or str(seed.project.path)
    assert main(["--project", location, "export", "--format", "events-csv", "--out", str(out), *options]) == 0
    with out.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or ()), list(reader)


def test_the_lean_csv_has_the_columns_the_event_types_use_and_parties_as_json(
    seed: Seed002, tmp_path: Path
) -> None:
    seed.visit(
        seed.body,
        actor=seed.tag("Tasmagambetov", "PER", seed.body),
        recipient=seed.tag("Kirgizistan Cumhurbaskani", "ORG", seed.body),  # no such entity: unlinked
        place=seed.tag("BISKEK", "GPE", 0),
    )
    tasmagambetov = seed.entity("per_imangali_tasmagambetov")

    header, [row] = export_cli(seed, tmp_path / "lean.csv")

    # VISIT has ACTOR, RECIPIENT, PLACE and TIME roles and PLOVER and ACE mappings: no participants, no
    # other arguments, no offsets, merge sources or layer columns.
    assert header == [
        "id", "doc_id", "source_publication", "source_url", "source_title", "pub_date", "language",
        "event_type", "plover_type", "plover_mode", "ace_type", "realis", "date", "date_raw",
        "date_precision", "actors", "recipients", "location", "location_name", "location_id",
        "location_wikidata", "trigger", "evidence", "annotator", "review_status",
    ]  # fmt: skip
    assert json.loads(row["actors"]) == [
        {"name": tasmagambetov[0], "text": "Tasmagambetov", "id": int(tasmagambetov[1]), "type": "PER"}
    ]
    # unlinked: the text is its name, and no empty id or Wikidata placeholder
    assert json.loads(row["recipients"]) == [
        {"name": "Kirgizistan Cumhurbaskani", "text": "Kirgizistan Cumhurbaskani", "type": "ORG"}
    ]
    assert (row["location_name"], row["plover_mode"]) == ("Bishkek", "visit")


def test_layout_full_writes_every_column_as_before(seed: Seed002, tmp_path: Path) -> None:
    seed.visit(seed.body, actor=seed.tag("Tasmagambetov", "PER", seed.body))

    header, [row] = export_cli(seed, tmp_path / "full.csv", "--layout", "full")

    assert header == list(EVENT_COLUMNS)
    assert (row["actor_texts"], row["recipients"], row["participant_roles"]) == ("Tasmagambetov", "", "")


def test_an_unknown_layout_is_a_one_line_error(
    seed: Seed002, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seed.project.close()
    location = getattr(seed.project, "url", None) or str(seed.project.path)
    out = tmp_path / "x.csv"
    code = main(
        ["--project", location, "export", "--format", "events-csv", "--out", str(out), "--layout", "wide"]
    )
    assert code != 0 and not out.exists()
    assert capsys.readouterr().err.strip() == "error: unknown CSV layout 'wide'; one of lean, full"
