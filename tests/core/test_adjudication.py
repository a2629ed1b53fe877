"""Adjudication through the core: two annotators' layers compared, a reviewer's decisions copied into
gold with provenance, "neither" kept from coming back, undo, and the corpus-wide "accept what agrees"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from curator.core import services
from curator.core.adjudication import Kind, disagreements
from curator.core.domain import GOLD_LAYER, AnnotationError
from curator.core.services import adjudication, changes, review
from curator.core.storage import Project
from curator.core.storage.models import Annotator, Event, EventArgument, Label, Span
from tests.helpers.engines import ENGINES, open_again, open_on

TEXT = "KGAÖ Dışişleri Bakanları toplantısı Bişkek'te yapıldı."
# KGAÖ 0-4, Dışişleri Bakanları 5-24, toplantısı 25-35, Bişkek 36-42 (Bişkek'te 36-45), yapıldı 46-53


@pytest.fixture(autouse=True)
def no_role_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(review.ROLE_ENVIRONMENT, raising=False)


def _layer(
    council: Project, name: str, spans: list[tuple[int, int, str]], place: tuple[int, int, str] | None
) -> None:
    """One annotator's work: spans, and a MEETING on "toplantısı" whose participant is KGAÖ."""
    project = open_again(council, name)
    ids = {(s, e, label): services.add_span(project, 1, s, e, label).span.id for s, e, label in spans}
    event = services.create_event(project, 1, "MEETING", trigger=(25, 35)).event
    services.add_argument(project, event.id, "PARTICIPANT", span_id=ids[(0, 4, "ORG")])
    if place is not None:
        services.add_argument(project, event.id, "PLACE", span_id=ids[place])
    project.close()


@pytest.fixture(params=ENGINES)
def council(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    """The project with the one council document, opened by the reviewer-to-be."""
    project = open_on(request, tmp_path, "rita", "ana", "bek", "cem")
    with project.write() as session:
        services.add_documents(
            session, [services.NewDocument(text=TEXT, title="Konsey", language="tr")], annotator_id=None,
            source="t",
        )  # fmt: skip
    yield project
    project.close()


@pytest.fixture
def teams(council: Project) -> Project:
    _layer(council, "ana", [(0, 4, "ORG"), (5, 24, "TITLE"), (36, 42, "GPE"), (46, 53, "MISC")], None)
    _layer(council, "bek", [(0, 4, "ORG"), (5, 24, "ORG"), (36, 45, "GPE")], None)
    return council


@pytest.fixture
def reviewer(teams: Project) -> Project:
    review.set_role(teams, "reviewer")
    return teams


def _gold(project: Project) -> list[tuple[int, int, str, str, list[str]]]:
    with project.read() as session:
        rows = session.execute(
            select(Span.start, Span.end, Label.name, Span.status, Span.agreed_by)
            .join(Label, Label.id == Span.label_id)
            .join(Annotator, Annotator.id == Span.annotator_id)
            .where(Annotator.name == GOLD_LAYER)
            .order_by(Span.start, Span.end, Label.name)
        ).all()
    return [(s, e, label, status, list(agreed)) for s, e, label, status, agreed in rows]


def test_the_layers_compare_into_agreed_units_and_kinds_of_disagreement(reviewer: Project) -> None:
    comparison = disagreements(reviewer, 1)
    assert comparison.layers == ("ana", "bek")
    assert [u.key for u in comparison.agreed] == [(0, 4, "ORG")]
    [meeting] = comparison.agreed_events
    assert (meeting.start, meeting.end, meeting.type) == (25, 35, "MEETING")
    found = [(d.what, d.kind, d.start, d.end) for d in comparison.disagreements]
    assert found == [
        ("span", Kind.LABEL, 5, 24), ("span", Kind.BOUNDARY, 36, 45), ("span", Kind.MISSING, 46, 53),
    ]  # fmt: skip
    boundary = comparison.disagreements[1]
    assert {name: [u.key for u in units] for name, units in boundary.versions.items()} == {
        "ana": [(36, 42, "GPE")], "bek": [(36, 45, "GPE")],
    }  # fmt: skip
    assert not any(d.resolved for d in comparison.disagreements)


def test_an_annotator_may_not_write_gold(teams: Project) -> None:
    project = open_again(teams, "ana")
    try:
        with pytest.raises(AnnotationError, match="needs the reviewer role"):
            adjudication.accept_agreed(project, 1)
        assert _gold(project) == []
    finally:
        project.close()


def test_decisions_go_to_gold_with_provenance_and_do_not_come_back(reviewer: Project) -> None:
    agreed = adjudication.accept_agreed(reviewer, 1)
    assert _gold(reviewer) == [
        (0, 4, "ORG", "accepted", ["ana", "bek"]),
        (25, 35, "MEETING", "accepted", ["ana", "bek"]),
    ]
    with reviewer.read() as session:
        [event] = session.execute(select(Event).join(Annotator, Annotator.id == Event.annotator_id)
                                  .where(Annotator.name == GOLD_LAYER)).scalars().all()  # fmt: skip
        [argument] = session.execute(
            select(EventArgument).where(EventArgument.event_id == event.id)
        ).scalars()
        filler = session.get(Span, argument.span_id)
        assert (argument.role, filler.start, filler.end, filler.annotator_id) == (
            "PARTICIPANT",
            0,
            4,
            session.execute(select(Annotator.id).where(Annotator.name == GOLD_LAYER)).scalar(),
        )
        assert event.agreed_by == ["ana", "bek"]
    label, boundary, missing = disagreements(reviewer, 1).disagreements
    adjudication.resolve(reviewer, 1, label.id, "bek")
    adjudication.resolve(reviewer, 1, boundary.id, adjudication.BOTH)
    neither = adjudication.resolve(reviewer, 1, missing.id, adjudication.NEITHER)
    assert _gold(reviewer) == [
        (0, 4, "ORG", "accepted", ["ana", "bek"]),
        (5, 24, "ORG", "accepted", ["bek"]),
        (25, 35, "MEETING", "accepted", ["ana", "bek"]),
        (36, 42, "GPE", "accepted", ["ana"]),
        (36, 45, "GPE", "accepted", ["bek"]),
        (46, 53, "MISC", "rejected", ["ana"]),
    ]
    assert disagreements(reviewer, 1).open == ()
    changes.revert(reviewer, neither.change)
    assert [d.id for d in disagreements(reviewer, 1).open] == [missing.id]
    changes.revert(reviewer, agreed.change)
    assert (0, 4, "ORG", "accepted", ["ana", "bek"]) not in _gold(reviewer)


def test_a_choice_that_is_no_layer_is_refused(reviewer: Project) -> None:
    first = disagreements(reviewer, 1).disagreements[0]
    with pytest.raises(AnnotationError, match="not a layer here"):
        adjudication.resolve(reviewer, 1, first.id, "cem")
    with pytest.raises(AnnotationError, match="no disagreement"):
        adjudication.resolve(reviewer, 1, "span:0-1", "ana")


def test_accepting_agreement_everywhere_is_one_step_and_cancelling_keeps_nothing(reviewer: Project) -> None:
    with pytest.raises(adjudication.AdjudicationCancelled):
        adjudication.accept_agreed_everywhere(reviewer, is_cancelled=lambda: True)
    assert _gold(reviewer) == []
    seen: list[tuple[int, int]] = []
    result = adjudication.accept_agreed_everywhere(
        reviewer, progress=lambda done, total: seen.append((done, total))
    )
    assert (result.documents, result.spans, seen) == (1, 2, [(1, 1)])
    assert [row[:3] for row in _gold(reviewer)] == [(0, 4, "ORG"), (25, 35, "MEETING")]
    again = adjudication.accept_agreed_everywhere(reviewer)
    assert again.spans == 0 and not again.change
    changes.revert(reviewer, result.change)
    assert _gold(reviewer) == []


@pytest.fixture
def events(council: Project) -> Project:
    """Both tag the same spans and the MEETING; only ana gives it a PLACE."""
    review.set_role(council, "reviewer")
    _layer(council, "ana", [(0, 4, "ORG"), (36, 42, "GPE")], (36, 42, "GPE"))
    _layer(council, "bek", [(0, 4, "ORG"), (36, 42, "GPE")], None)
    return council


def test_events_that_differ_in_their_arguments_are_one_decision(events: Project) -> None:
    project = events
    comparison = disagreements(project, 1)
    assert [u.key for u in comparison.agreed] == [(0, 4, "ORG"), (36, 42, "GPE")]
    assert comparison.agreed_events == ()
    [event] = comparison.disagreements
    assert (event.what, event.kind, event.start, event.end) == ("event", Kind.ARGUMENTS, 25, 35)
    roles = {name: sorted(f.role for f in units[0].arguments) for name, units in event.versions.items()}
    assert roles == {"ana": ["PARTICIPANT", "PLACE"], "bek": ["PARTICIPANT"]}
    adjudication.resolve(project, 1, event.id, "ana")
    assert _gold(project) == [
        (0, 4, "ORG", "accepted", ["ana"]), (25, 35, "MEETING", "accepted", ["ana"]),
        (36, 42, "GPE", "accepted", ["ana"]),
    ]  # fmt: skip
    with project.read() as session:
        [gold_event] = session.execute(
            select(Event)
            .join(Annotator, Annotator.id == Event.annotator_id)
            .where(Annotator.name == GOLD_LAYER)
        ).scalars().all()  # fmt: skip
        fillers = session.execute(
            select(EventArgument.role, Span.start, Span.annotator_id)
            .join(Span, Span.id == EventArgument.span_id)
            .where(EventArgument.event_id == gold_event.id)
            .order_by(EventArgument.position)
        ).all()
    assert [(role, start) for role, start, _ in fillers] == [("PARTICIPANT", 0), ("PLACE", 36)]
    assert {layer for _, _, layer in fillers} == {gold_event.annotator_id}
    assert gold_event.agreed_by == ["ana"]
    assert disagreements(project, 1).open == ()


def test_three_layers_another_label_and_boundary_and_one_layer_without_a_version(teams: Project) -> None:
    _layer(teams, "cem", [(0, 4, "ORG"), (36, 45, "LOC")], None)
    project = teams
    comparison = disagreements(project, 1)
    assert comparison.layers == ("ana", "bek", "cem")
    assert [u.key for u in comparison.agreed] == [(0, 4, "ORG")]
    place = comparison.find("span:36-45")
    assert place is not None and place.kind == Kind.LABEL_BOUNDARY
    assert {name: [u.key for u in units] for name, units in place.versions.items()} == {
        "ana": [(36, 42, "GPE")], "bek": [(36, 45, "GPE")], "cem": [(36, 45, "LOC")],
    }  # fmt: skip
    title = comparison.find("span:5-24")
    assert title is not None and title.versions["cem"] == ()
    only_two = disagreements(project, 1, ["ana", "cem"])
    assert [(d.kind, d.start, d.end) for d in only_two.disagreements] == [
        (Kind.MISSING, 5, 24), (Kind.LABEL_BOUNDARY, 36, 45), (Kind.MISSING, 46, 53),
    ]  # fmt: skip
    with pytest.raises(AnnotationError, match="no annotator layer named dan"):
        disagreements(project, 1, ["ana", "dan"])
