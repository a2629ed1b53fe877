"""A hand tag is linked to the one canonical entity its text names; ambiguity is reported, never chosen.

Everything goes through the services the window and the CLI call (`suggestions.tag`, which the label keys
use, and `span_links.link_corpus`) on a project seeded with the default knowledge base, and is read back
from the database; undo is `changes.revert` of the step's own change record. `spans.add_span`, the plain
insert importers and tests use, links nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import col

from curator.core import services
from curator.core.queries import list_documents
from curator.core.services import changes, suggestions
from curator.core.services.entities import create_entity
from curator.core.services.span_links import link_corpus
from curator.core.services.suggestions.stored import store_suggestions
from curator.core.storage import Project
from curator.core.storage.models import KnowledgeEntity, Span
from curator.core.suggest import ProposedSpan
from tests.helpers.engines import ENGINES, open_on

TEXT = (
    "Cumhurbaşkanı Caparov Bişkek'te KGAÖ'nün toplantısına katıldı. "
    "Kırgızistan'ın heyeti 12 Mart'ta Bişkek'e döndü. Ak Suu köyünde yağmur."
)


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    opened = open_on(request, tmp_path, "ayse")
    with opened.write() as session:
        services.add_documents(
            session, [services.NewDocument(text=TEXT, title="t", language="tr")],
            annotator_id=opened.annotator_id, source="test",
        )  # fmt: skip
    yield opened
    opened.close()


def document_id(project: Project) -> int:
    return list_documents(project)[0].id


def key_of(project: Project, entity_id: int | None) -> str | None:
    if entity_id is None:
        return None
    with project.read() as session:
        return session.execute(
            select(col(KnowledgeEntity.key)).where(col(KnowledgeEntity.id) == entity_id)
        ).scalar_one()


def links(project: Project) -> dict[str, str | None]:
    """Every span's text → the key of the entity it links to."""
    with project.read() as session:
        rows = session.execute(select(col(Span.start), col(Span.end), col(Span.entity_id))).all()
    return {TEXT[start:end]: key_of(project, entity) for start, end, entity in rows}


def tag(project: Project, surface: str, label: str, occurrence: int = 0) -> suggestions.Decided:
    start = -1
    for _ in range(occurrence + 1):
        start = TEXT.index(surface, start + 1)
    return suggestions.tag(project, document_id(project), start, start + len(surface), label)


def test_a_hand_tag_is_linked_to_the_entity_its_folded_suffix_stripped_text_names(project: Project) -> None:
    tag(project, "Bişkek'te", "GPE")  # the case ending after the apostrophe is cut
    tag(project, "Kırgızistan'ın", "LOC")  # a GPE of the knowledge base tagged as a place
    tag(project, "KGAÖ", "ORG")  # an alias in another script than the name ("CSTO")
    decided = tag(project, "Caparov", "PER")

    assert decided.link.linked is not None and decided.link.linked.name == "Sadyr Japarov"
    assert [row["entity_id"] for row in decided.change.rows("spans")] == [decided.link.linked.id]
    assert links(project) == {
        "Bişkek'te": "gpe_bishkek",
        "Kırgızistan'ın": "gpe_kyrgyzstan",
        "KGAÖ": "org_csto",
        "Caparov": "per_sadyr_japarov",
    }


def test_a_label_of_another_type_or_an_unknown_text_stays_unlinked(project: Project) -> None:
    assert tag(project, "Caparov", "ORG").link.linked is None  # a person's name tagged as an organisation
    assert tag(project, "Ak Suu", "LOC").link.linked is None  # no such entity
    assert tag(project, "12 Mart", "DATE").link.linked is None  # dates name no entity
    assert set(links(project).values()) == {None}


def test_undo_removes_the_tag_and_its_link_together_and_redo_brings_both(project: Project) -> None:
    decided = tag(project, "Bişkek'te", "GPE")

    left = changes.revert(project, decided.change, project.versions.last_write)
    assert links(project) == {}
    changes.apply(project, decided.change, left)
    assert links(project) == {"Bişkek'te": "gpe_bishkek"}


def test_several_matching_entities_are_candidates_and_nothing_is_chosen(project: Project) -> None:
    other = create_entity(project, "Bishkek (district)", "LOC", aliases=["Bişkek"]).entity

    decided = tag(project, "Bişkek'te", "GPE")

    assert decided.link.linked is None
    assert {entity.key for entity in decided.link.candidates} == {"gpe_bishkek", other.key}
    assert links(project) == {"Bişkek'te": None}


def test_the_corpus_action_links_every_unambiguous_unlinked_mention_in_one_step(project: Project) -> None:
    document = document_id(project)
    for surface, label in (("Bişkek'e", "GPE"), ("Caparov", "PER"), ("Ak Suu", "LOC"), ("12 Mart", "DATE")):
        start = TEXT.index(surface)
        services.add_span(project, document, start, start + len(surface), label, source="import")
    create_entity(project, "Japarov (footballer)", "PER", aliases=["Caparov"])

    dry = link_corpus(project, dry_run=True)
    assert (dry.linked, dry.ambiguous, dry.no_match) == (1, 1, 1) and not dry.change
    assert set(links(project).values()) == {None}  # a dry run writes nothing

    done = link_corpus(project)
    assert (done.linked, done.ambiguous, done.no_match) == (1, 1, 1)
    assert done.examples == (("Caparov", "PER", ("Sadyr Japarov", "Japarov (footballer)")),)
    assert links(project) == {"Bişkek'e": "gpe_bishkek", "Caparov": None, "Ak Suu": None, "12 Mart": None}
    changes.revert(project, done.change, project.versions.last_write)
    assert set(links(project).values()) == {None}


def test_a_hand_tag_over_a_suggestion_without_an_entity_is_linked_too(project: Project) -> None:
    start = TEXT.index("KGAÖ")
    proposal = ProposedSpan(start, start + 4, "ORG", "model:tr-1", 0.9)  # a model names no entity
    store_suggestions(project, "model:tr-1", [(document_id(project), [proposal])])

    decided = tag(project, "KGAÖ", "ORG")

    assert decided.decisions("accepted") == 1
    assert links(project) == {"KGAÖ": "org_csto"}
