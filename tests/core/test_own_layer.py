"""Each annotator changes only their own layer: another's spans, events, arguments and relations can be
seen but not changed or built on, and nothing is written when a step is refused. A reviewer may change
the gold layer."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from curator.core import queries, services
from curator.core.domain import GOLD_LAYER, AnnotationError, AnnotatorRole
from curator.core.services import entities, review, spans
from curator.core.storage import Project
from curator.core.storage.models import Annotator, KnowledgeEntity
from tests.helpers.engines import ENGINES, open_shared

TEXT = "Ahmet Yılmaz Bişkek'te Ali Veli ile görüştü. Toplantı uzun sürdü."
NOT_HERS = re.escape("Bişkek (LOC) is in alice's layer; you can see it but not change it")


@pytest.fixture(params=ENGINES)
def team(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Project, Project]]:
    server_database = request.getfixturevalue("server_database") if request.param == "postgresql" else None
    alice, bob = open_shared(request.param, tmp_path, server_database, ("alice", "bob"))  # type: ignore[arg-type]
    with alice.write() as session:
        services.add_documents(
            session, [services.NewDocument(text=TEXT, title="Görüşme", language="tr")],
            annotator_id=None, source="test",
        )  # fmt: skip
    yield alice, bob
    bob.close()
    alice.close()


def at(surface: str) -> tuple[int, int]:
    start = TEXT.index(surface)
    return start, start + len(surface)


def tag(project: Project, surface: str, label: str) -> int:
    return services.add_span(project, 1, *at(surface), label).span.id


def rows(project: Project) -> tuple:
    return (
        [(s.id, s.label, s.entity_id) for s in queries.list_spans(project, 1)],
        [(e.id, e.realis, e.arguments) for e in queries.list_events(project, 1)],
        [r.id for r in queries.list_relations(project, 1)],
        queries.get_document(project, 1).version,
    )


def test_another_annotators_span_can_be_seen_but_not_relabelled_deleted_or_linked(team) -> None:
    alice, bob = team
    bishkek = tag(alice, "Bişkek", "LOC")
    before = rows(alice)
    with pytest.raises(AnnotationError, match=NOT_HERS):
        services.relabel_span(bob, bishkek, "GPE")
    with pytest.raises(AnnotationError, match=NOT_HERS):
        services.delete_spans(bob, [bishkek])
    with bob.read() as session:
        entity_id = session.execute(select(KnowledgeEntity.id).limit(1)).scalar_one()
    with pytest.raises(AnnotationError, match=NOT_HERS):
        entities.link_spans(bob, [bishkek], entity_id)
    with pytest.raises(AnnotationError, match=NOT_HERS):
        entities.link_identical_mentions(bob, bishkek, entity_id)
    assert rows(alice) == before
    assert [s.label for s in queries.list_spans(bob, 1)] == ["LOC"]  # seen


def test_another_annotators_event_and_its_arguments_are_not_changed(team) -> None:
    alice, bob = team
    person = tag(alice, "Ali Veli", "PER")
    event = services.create_event(alice, 1, "MEETING", trigger=at("görüştü")).event
    argument = services.add_argument(alice, event.id, "PARTICIPANT", span_id=person).argument
    before = rows(alice)
    refused = re.escape(
        "the MEETING event on “görüştü” is in alice's layer; you can see it but not change it"
    )
    with pytest.raises(AnnotationError, match=refused):
        services.update_event(bob, event.id, realis="planned")
    with pytest.raises(AnnotationError, match=refused):
        services.delete_events(bob, [event.id])
    with pytest.raises(AnnotationError, match=refused):
        services.remove_arguments(bob, [argument.id])
    bobs_person = tag(bob, "Ahmet Yılmaz", "PER")
    with pytest.raises(AnnotationError, match=refused):
        services.add_argument(bob, event.id, "PARTICIPANT", span_id=bobs_person)
    assert rows(alice)[1:3] == before[1:3]


def test_nothing_is_built_on_another_annotators_spans(team) -> None:
    alice, bob = team
    minister = tag(alice, "Ahmet Yılmaz", "PER")
    alices_trigger = tag(alice, "görüştü", "MEETING")
    title = tag(bob, "Ali Veli", "TITLE")
    with pytest.raises(AnnotationError, match="Ahmet Yılmaz \\(PER\\) is in alice's layer; .* not use it"):
        services.add_relation(bob, "HOLDS_TITLE", minister, title)
    with pytest.raises(AnnotationError, match="görüştü \\(MEETING\\) is in alice's layer; .* not use it"):
        services.create_event(bob, 1, "MEETING", trigger_span_id=alices_trigger)
    bobs_event = services.create_event(bob, 1, "MEETING", trigger=at("görüştü")).event  # his own trigger
    with pytest.raises(AnnotationError, match="not use it"):
        services.add_argument(bob, bobs_event.id, "PARTICIPANT", span_id=minister)
    assert queries.list_relations(alice, 1) == []
    assert [e.id for e in queries.list_events(alice, 1)] == [bobs_event.id]


def test_another_annotators_relation_is_not_deleted(team) -> None:
    alice, bob = team
    relation = services.add_relation(
        alice, "HOLDS_TITLE", tag(alice, "Ahmet Yılmaz", "PER"), tag(alice, "Ali Veli", "TITLE")
    ).relation
    with pytest.raises(AnnotationError, match="the HOLDS_TITLE relation is in alice's layer"):
        services.delete_relations(bob, [relation.id])
    assert [r.id for r in queries.list_relations(alice, 1)] == [relation.id]


def gold_span(project: Project, surface: str, label: str) -> int:
    with project.write() as session:
        gold = session.execute(select(Annotator).where(Annotator.name == GOLD_LAYER)).scalar_one_or_none()
        if gold is None:
            gold = Annotator(name=GOLD_LAYER, role=AnnotatorRole.GOLD)
            session.add(gold)
            session.flush()
        added = spans.insert_span(
            session, project, 1, *at(surface), label, layer=gold.id, agreed_by=["alice"]
        )
    return added.span.id


def test_a_reviewer_may_change_the_gold_layer_an_annotator_may_not(team) -> None:
    alice, bob = team
    adjudicated = gold_span(alice, "Bişkek", "LOC")
    with pytest.raises(AnnotationError, match="Bişkek \\(LOC\\) is in gold's layer"):
        services.relabel_span(bob, adjudicated, "GPE")
    review.set_role(bob, "reviewer")
    services.relabel_span(bob, adjudicated, "GPE")
    alices = tag(alice, "Ali Veli", "PER")
    with pytest.raises(AnnotationError, match="Ali Veli \\(PER\\) is in alice's layer"):
        services.delete_spans(bob, [alices])  # a reviewer still leaves annotators' layers alone
    assert sorted((s.label, s.annotator) for s in queries.list_spans(alice, 1)) == [
        ("GPE", "gold"),
        ("PER", "alice"),
    ]


def test_the_same_words_tagged_in_two_layers_are_each_their_owners(team) -> None:
    alice, bob = team
    hers, his = tag(alice, "Bişkek", "LOC"), tag(bob, "Bişkek", "LOC")
    services.relabel_span(bob, his, "GPE")
    services.delete_spans(alice, [hers])
    assert [(s.label, s.annotator) for s in queries.list_spans(alice, 1)] == [("GPE", "bob")]
