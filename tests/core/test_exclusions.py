"""Exclusion regions: proposing is idempotent, decisions are one transaction each and undo is exact."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from curator.core import queries, services
from curator.core.domain import AnnotationError
from curator.core.services.changes import apply, revert
from curator.core.services.exclusions import (
    ExclusionOverlap,
    decide,
    decide_kind,
    list_regions,
    propose,
    spans_in_regions,
)
from curator.core.services.text_edits import edit_text
from curator.core.storage import Project
from curator.core.storage.models import Document, Event, EventArgument, ExclusionRegion, Span
from tests.helpers.engines import ENGINES, open_on

NEWS = (
    "• 86.5\n  • 90.34\n\nСаясат 0\n\n"
    "Министр Руслан Казакбаев Душанбеде өткөн ЖККУнун кезектеги жыйынына катышты.\n\nПикир\n"
)
PDF = (
    "Bakan Ruslan Kazakbayev, video konferans tarzında KGAÖ Dışişleri Bakanları Konseyi'nin olağan \n"
    "toplantısına katıldı ve Kırgız Cumhuriyeti'ne sağlanan destekten dolayı teşekkür etti, ayrıca \n"
    "Bişkek'te yapılacak zirveyi duyurdu ve ortak bildirinin taslağını değerlendirmeye sundu, \n"
    "bakanlar koordi-\nnasyonun önemini vurguladılar.\n"
)
OTHER = "Başka bir haber: Bişkek'te toplantı yapıldı.\n\nYorumlar\n"


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    project = open_on(request, tmp_path, "tester")
    with project.write() as session:
        services.add_documents(
            session,
            [
                services.NewDocument(text=t, title=f"d{n}", language="tr")
                for n, t in enumerate((NEWS, PDF, OTHER))
            ],
            annotator_id=project.annotator_id,
            source="test",
        )
    yield project
    project.close()


@pytest.fixture(params=ENGINES)
def empty(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    project = open_on(request, tmp_path, "tester")
    yield project
    project.close()


def tag(project: Project, document_id: int, surface: str, label: str, occurrence: int = 0) -> int:
    text = queries.get_document(project, document_id).text
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(surface, start + 1)
    return services.add_span(project, document_id, start, start + len(surface), label).span.id


def state(project: Project) -> tuple:
    """Every row an action can touch, whole (documents without their change counter)."""
    with project.read() as session:
        return tuple(
            sorted(
                tuple(sorted((k, v) for k, v in row._mapping.items() if k != "version"))
                for row in session.execute(select(model.__table__))
            )
            for model in (Document, Span, Event, EventArgument, ExclusionRegion)
        )


def surfaces(project: Project, document_id: int) -> list[tuple[str, str]]:
    text = queries.get_document(project, document_id).text
    return [(text[s.start : s.end], s.label) for s in queries.list_spans(project, document_id)]


def region(project: Project, document_id: int, kind: str) -> int:
    return next(r.id for r in list_regions(project, document_id) if r.kind == kind)


def test_proposing_twice_adds_nothing_and_a_rejected_region_never_returns(project: Project) -> None:
    first = propose(project)
    assert first.by_kind == {"ticker": 1, "section_tag": 1, "comment_box": 2, "line_join": 4}
    assert propose(project).region_ids == ()
    ticker = region(project, 1, "ticker")
    decide(project, [ticker], "rejected")
    assert propose(project).region_ids == ()
    assert [(r.kind, r.status) for r in list_regions(project, 1)][0] == ("ticker", "rejected")
    revert(project, first.change)
    assert [r.id for r in list_regions(project, 1)] == []


def test_accepting_over_a_span_asks_first_then_removes_it_and_undo_brings_everything_back(
    project: Project,
) -> None:
    propose(project)
    ticker = tag(project, 1, "86.5", "MISC")
    person = tag(project, 1, "Руслан Казакбаев", "PER")
    trigger = queries.get_document(project, 1).text.index("жыйынына")
    event = services.create_event(project, 1, "MEETING", trigger=(trigger, trigger + len("жыйынына"))).event
    services.add_argument(project, event.id, "PARTICIPANT", span_id=person)
    before = state(project)
    regions = [region(project, 1, "ticker"), region(project, 1, "section_tag")]
    assert [s.id for s in spans_in_regions(project, regions)] == [ticker]
    with pytest.raises(ExclusionOverlap) as refused:
        decide(project, regions, "accepted")
    assert [s.id for s in refused.value.spans] == [ticker]
    assert state(project) == before

    decision = decide(project, regions, "accepted", remove_spans=True)
    assert decision.count == 2 and decision.by_kind == {"ticker": 1, "section_tag": 1}
    assert surfaces(project, 1) == [("Руслан Казакбаев", "PER"), ("жыйынына", "MEETING")]
    revert(project, decision.change)
    assert state(project) == before
    apply(project, decision.change)
    assert surfaces(project, 1) == [("Руслан Казакбаев", "PER"), ("жыйынына", "MEETING")]
    revert(project, decision.change)
    assert state(project) == before


def test_tagging_inside_an_accepted_exclusion_is_refused_until_it_is_rejected(project: Project) -> None:
    propose(project)
    section = region(project, 1, "section_tag")
    decide(project, [section], "accepted")
    with pytest.raises(AnnotationError, match="excluded as boilerplate \\(section tag"):
        tag(project, 1, "Саясат", "ORG")
    with pytest.raises(AnnotationError, match="excluded"):
        trigger = queries.get_document(project, 1).text.index("Саясат")
        services.create_event(project, 1, "MEETING", trigger=(trigger, trigger + 6))
    decide(project, [section], "rejected")
    tag(project, 1, "Саясат", "ORG")
    assert surfaces(project, 1) == [("Саясат", "ORG")]


def test_accepting_line_joins_edits_the_text_keeps_every_span_and_undo_is_exact(project: Project) -> None:
    propose(project)
    spans = [
        tag(project, 2, "Ruslan Kazakbayev", "PER"),
        tag(project, 2, "KGAÖ", "ORG"),
        tag(project, 2, "Kırgız Cumhuriyeti", "GPE"),
        tag(project, 2, "Bişkek", "GPE"),
        tag(project, 2, "koordi-\nnasyonun", "MISC"),
    ]
    assert len(spans) == 5
    before_surfaces = surfaces(project, 2)
    before = state(project)
    decision = decide_kind(project, "line_join", "accepted", document_id=2)
    assert decision.count == 4 and len(decision.edits) == 4 and decision.changed_text
    text = queries.get_document(project, 2).text
    assert "\n" not in text.strip()
    assert "olağan toplantısına" in text and "bakanlar koordinasyonun önemini" in text
    assert [s for s, _ in surfaces(project, 2)] == [
        "Ruslan Kazakbayev", "KGAÖ", "Kırgız Cumhuriyeti", "Bişkek", "koordinasyonun",
    ]  # fmt: skip
    assert all(r.status == "accepted" for r in list_regions(project, 2))
    with pytest.raises(AnnotationError, match="line join has changed the text"):
        decide(project, [decision.region_ids[0]], "rejected")
    revert(project, decision.change)
    assert state(project) == before and surfaces(project, 2) == before_surfaces


def test_accepting_a_kind_in_the_whole_corpus_is_one_step(project: Project) -> None:
    propose(project)
    before = state(project)
    decision = decide_kind(project, "comment_box", "accepted")
    assert decision.count == 2 and {
        r.status for d in (1, 3) for r in list_regions(project, d) if r.kind == "comment_box"
    } == {"accepted"}
    assert decide_kind(project, "comment_box", "accepted").count == 0
    revert(project, decision.change)
    assert state(project) == before
    everything = decide_kind(project, None, "rejected")
    assert everything.by_kind == {"ticker": 1, "section_tag": 1, "comment_box": 2, "line_join": 4}
    revert(project, everything.change)
    assert state(project) == before


def test_a_text_fix_moves_the_regions_after_it_and_undo_puts_them_back(project: Project) -> None:
    propose(project)
    before = [(r.id, r.start, r.end) for r in list_regions(project, 1)]
    text = queries.get_document(project, 1).text
    at = text.index("Руслан")
    edit = edit_text(project, 1, at, at, "Кыргыз Республикасынын тышкы иштер министри ")
    moved = {r.id: (r.start, r.end) for r in list_regions(project, 1)}
    new_text = queries.get_document(project, 1).text
    for region_id, start, end in before:
        assert new_text[slice(*moved[region_id])] == text[start:end]
    gone = edit_text(project, 1, 0, text.index("Министр") + 44, "")  # deletes the ticker and section tag
    assert {r.kind for r in list_regions(project, 1)} == {"comment_box"}
    revert(project, gone.change)
    revert(project, edit.change)
    assert [(r.id, r.start, r.end) for r in list_regions(project, 1)] == before


def test_merging_a_duplicate_never_carries_a_span_into_excluded_text(empty: Project) -> None:
    text = "Министр Руслан Казакбаев жыйынга катышты.\n\nПикир\n"
    with empty.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text=text), services.NewDocument(text=text + "\n")],
            annotator_id=None,
            source="test",
        )
    propose(empty, [1])
    decide_kind(empty, "comment_box", "accepted", document_id=1)
    tag(empty, 2, "Руслан Казакбаев", "PER")
    tag(empty, 2, "Пикир", "MISC")
    result = services.merge_duplicates(empty, 1, [2])
    assert surfaces(empty, 1) == [("Руслан Казакбаев", "PER")]
    assert [(u.label, u.text) for u in result.unmapped] == [("MISC", "Пикир")]


def test_a_line_with_an_accepted_join_in_it_can_still_be_proposed_later(project: Project) -> None:
    caption = "Фото: Кабар агенттигинин сүрөт\nархивинен алынды"  # wrapped, the break proposed for joining
    own = (
        "Өзүнчө узун макала: министр Бишкекте жыйынга катышып, кеңири сөз сүйлөдү жана суроолорго жооп берди."
    )
    with project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text=f"{own} {n}\n\n{caption}\n") for n in range(3)],
            annotator_id=None,
            source="test",
        )
    propose(project, [4], corpus=False)
    assert [r.kind for r in list_regions(project, 4)] == ["line_join"]
    decide_kind(project, "line_join", "accepted", document_id=4)
    for document_id in (5, 6):
        propose(project, [document_id], corpus=False)
        decide_kind(project, "line_join", "accepted", document_id=document_id)
    added = propose(project, [4])
    assert added.by_kind == {"repeated_line": 1}
    text = queries.get_document(project, 4).text
    line = next(r for r in list_regions(project, 4) if r.kind == "repeated_line")
    assert text[line.start : line.end] == "Фото: Кабар агенттигинин сүрөт архивинен алынды\n"


def test_an_approved_document_is_read_only_for_boilerplate_decisions_too(project: Project) -> None:
    from curator.core.services.review import review_document

    propose(project)
    review_document(project, 3, "annotated", role="reviewer")
    review_document(project, 3, "approve", role="reviewer")
    with pytest.raises(AnnotationError, match="approved; reopen it to edit"):
        decide(project, [region(project, 3, "comment_box")], "accepted")
    decision = decide_kind(project, "comment_box", "accepted")  # the corpus: the approved one is left out
    assert decision.count == 1
    assert (statuses_of(project, 1, "comment_box"), statuses_of(project, 3, "comment_box")) == (
        ["accepted"],
        ["proposed"],
    )


def statuses_of(project: Project, document_id: int, kind: str) -> list[str]:
    return [r.status for r in list_regions(project, document_id) if r.kind == kind]
