"""Who and when: every annotation and every decision a person makes names them and the moment."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from curator.core import queries, services
from curator.core.services import entities, review, suggestions
from curator.core.services.exclusions import decide, list_regions, propose
from curator.core.storage import Project
from curator.core.storage.models import (
    Annotator,
    DocumentReview,
    Event,
    ExclusionRegion,
    KnowledgeEntity,
    Relation,
    Span,
    SuggestionDecision,
)
from curator.core.suggest import ProposedSpan
from tests.helpers.engines import ENGINES, open_on

NEWS = (
    "• 86.5\n  • 90.34\n\nСаясат 0\n\n"
    "Министр Руслан Казакбаев Душанбеде өткөн ЖККУнун кезектеги жыйынына катышты.\n\nПикир\n"
)


@pytest.fixture(params=ENGINES)
def alice(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    project = open_on(request, tmp_path, "alice")
    with project.write() as session:
        services.add_documents(
            session, [services.NewDocument(text=NEWS, title="Жаңылык", language="ky")],
            annotator_id=project.annotator_id, source="test",
        )  # fmt: skip
    yield project
    project.close()


def at(surface: str) -> tuple[int, int]:
    start = NEWS.index(surface)
    return start, start + len(surface)


def tag(project: Project, surface: str, label: str) -> int:
    return services.add_span(project, 1, *at(surface), label).span.id


def who(project: Project, table: type, row_id: int) -> str:
    with project.read() as session:
        owner = session.execute(
            select(Annotator.name).join(table, table.annotator_id == Annotator.id).where(table.id == row_id)
        ).scalar_one()
    return str(owner)


def test_spans_events_arguments_and_relations_name_their_annotator(alice: Project) -> None:
    minister = tag(alice, "Руслан Казакбаев", "PER")
    organisation = tag(alice, "ЖККУнун", "ORG")
    event = services.create_event(alice, 1, "MEETING", trigger=at("жыйынына")).event
    with alice.read() as session:
        created = session.get(Event, event.id)
        assert created is not None
        before = created.updated_at
    services.add_argument(alice, event.id, "PARTICIPANT", span_id=minister)
    relation = services.add_relation(alice, "MEMBER_OF", minister, organisation).relation
    assert {who(alice, Span, s.id) for s in queries.list_spans(alice, 1)} == {"alice"}
    assert who(alice, Event, event.id) == "alice"
    assert who(alice, Relation, relation.id) == "alice"
    with alice.read() as session:
        touched = session.get(Event, event.id)
        assert touched is not None
        assert touched.updated_at > before  # the argument's "when" is its event's updated_at


def test_linking_a_mention_moves_its_updated_at(alice: Project) -> None:
    minister = tag(alice, "Руслан Казакбаев", "PER")
    (before,) = [s.updated_at for s in queries.list_spans(alice, 1)]
    with alice.read() as session:
        entity_id = session.execute(select(KnowledgeEntity.id).limit(1)).scalar_one()
    entities.link_spans(alice, [minister], entity_id)
    (span,) = queries.list_spans(alice, 1)
    assert span.entity_id == entity_id
    assert span.updated_at > before
    assert span.annotator == "alice"


def test_suggestion_decisions_and_review_steps_name_who_decided(alice: Project) -> None:
    suggestions.store_suggestions(
        alice, "rules:test", [(1, [ProposedSpan(*at("Душанбеде"), "LOC", "rules:test")])]
    )
    (proposal,) = suggestions.list_suggestions(alice, 1)
    suggestions.accept_suggestions(alice, [proposal.id])
    step = review.review_document(alice, 1, "annotated")
    with alice.read() as session:
        (decision,) = session.execute(select(SuggestionDecision)).scalars()
        reviewed = session.get(DocumentReview, step.row["id"])
    assert who(alice, SuggestionDecision, int(decision.id or 0)) == "alice"
    assert reviewed is not None and who(alice, DocumentReview, int(reviewed.id or 0)) == "alice"
    assert [s.annotator for s in queries.list_spans(alice, 1)] == ["alice"]  # accepted into her layer


def test_a_boilerplate_region_names_who_decided_it_only_once_decided(alice: Project) -> None:
    propose(alice)
    ticker, *others = (r.id for r in list_regions(alice, 1) if r.kind == "ticker")
    with alice.read() as session:
        assert set(session.execute(select(ExclusionRegion.annotator_id)).scalars()) == {None}
    started = datetime.now(UTC)
    decide(alice, [ticker], "rejected")
    assert who(alice, ExclusionRegion, ticker) == "alice"
    with alice.read() as session:
        region = session.get(ExclusionRegion, ticker)
        assert region is not None
        assert region.updated_at.replace(tzinfo=UTC) >= started.replace(microsecond=0)
        undecided = session.execute(select(ExclusionRegion.annotator_id).where(ExclusionRegion.id != ticker))
        assert set(undecided.scalars()) == {None}
    assert others == []
