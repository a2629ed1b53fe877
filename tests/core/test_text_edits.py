"""Fixing the text of an annotated document keeps every annotation on its characters; undo is exact."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from curator.core import queries, services
from curator.core.domain import AnnotationError
from curator.core.services.changes import apply, revert
from curator.core.services.text_edits import edit_text, spans_lost_by_edit
from curator.core.storage import Project
from curator.core.storage.models import Document, Event, EventArgument, Span
from tests.helpers.engines import ENGINES, open_on

TEXT = "Bakan Ruslan Kazakbayev Bişkke'te KGAÖ toplantısına katıldı. Ayrıca video konferans yapıldı."


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Project:
    project = open_on(request, tmp_path, "tester")
    with project.write() as session:
        services.add_documents(session, [services.NewDocument(text=TEXT)], annotator_id=None, source="t")
    yield project
    project.close()


def tag(project: Project, surface: str, label: str) -> int:
    start = TEXT.index(surface)
    return services.add_span(project, 1, start, start + len(surface), label).span.id


def surfaces(project: Project) -> list[tuple[str, str]]:
    text = queries.get_document(project, 1).text
    return [(text[s.start : s.end], s.label) for s in queries.list_spans(project, 1)]


def state(project: Project) -> tuple:
    with project.read() as session:
        document = session.get(Document, 1)
        rows = {
            model.__tablename__: [
                dict(r._mapping)
                for r in session.execute(select(model.__table__).order_by(model.__table__.c.id))
            ]
            for model in (Span, Event, EventArgument)
        }
        return document.text, document.content_hash, document.meta, rows


def test_a_typo_fix_keeps_every_span_on_its_characters_and_undo_is_exact(project: Project) -> None:
    tag(project, "Ruslan Kazakbayev", "PER")
    tag(project, "Bişkke", "GPE")
    tag(project, "KGAÖ", "ORG")
    person = tag(project, "Kazakbayev", "MISC")
    start = TEXT.index("toplantısına")
    event = services.create_event(project, 1, "MEETING", trigger=(start, start + len("toplantısına"))).event
    services.add_argument(project, event.id, "PARTICIPANT", span_id=person)
    before = state(project)

    typo = TEXT.index("Bişkke")
    edit = edit_text(project, 1, typo, typo + len("Bişkke"), "Bişkek")  # same length
    inserted = edit_text(project, 1, 0, 0, "Kırgızistan Dışişleri ")  # an insertion before everything
    assert surfaces(project) == [
        ("Ruslan Kazakbayev", "PER"), ("Kazakbayev", "MISC"), ("Bişkek", "GPE"), ("KGAÖ", "ORG"),
        ("toplantısına", "MEETING"),
    ]  # fmt: skip
    assert queries.list_events(project, 1)[0].arguments[0].span_id == person
    revert(project, inserted.change)
    revert(project, edit.change)
    assert state(project) == before


def test_a_span_inside_a_deleted_stretch_is_listed_first_then_removed_and_restored(project: Project) -> None:
    tag(project, "video", "MISC")
    tag(project, "KGAÖ", "ORG")
    before = state(project)
    start, end = TEXT.index(" Ayrıca"), len(TEXT) - 1
    lost = spans_lost_by_edit(project, 1, start, end, "")
    assert [s.label for s in lost] == ["MISC"]
    edit = edit_text(project, 1, start, end, "")
    assert surfaces(project) == [("KGAÖ", "ORG")]
    assert queries.get_document(project, 1).text.endswith("katıldı..")
    revert(project, edit.change)
    assert state(project) == before


def test_spans_across_an_edit_keep_the_text_it_did_not_touch(project: Project) -> None:
    tag(project, "Kazakbayev Bişkke", "PER")  # contains the edit: follows it
    tag(project, "Ruslan Kazakbayev", "MISC")  # overlaps the edit's left side: clipped
    typo = TEXT.index("bayev Bişkke")
    edit_text(project, 1, typo, typo + len("bayev Bişkke"), "bayev Bişkek")
    assert surfaces(project) == [("Ruslan Kazak", "MISC"), ("Kazakbayev Bişkek", "PER")]
    with pytest.raises(AnnotationError, match="past the text"):
        edit_text(project, 1, 0, 10_000, "x")


def test_an_insertion_before_repeated_names_moves_them_past_each_other_and_undo_redo_too(
    project: Project,
) -> None:
    text = "Bişkek Bişkek toplantısı yapıldı."
    with project.write() as session:
        services.add_documents(session, [services.NewDocument(text=text)], annotator_id=None, source="t")
    services.add_span(project, 2, 0, 6, "GPE")
    services.add_span(project, 2, 7, 13, "GPE")  # where the first one lands after the insertion
    edit = edit_text(project, 2, 0, 0, "Merkez ")
    spans = [(s.start, s.end) for s in queries.list_spans(project, 2)]
    assert spans == [(7, 13), (14, 20)]
    revert(project, edit.change)
    assert [(s.start, s.end) for s in queries.list_spans(project, 2)] == [(0, 6), (7, 13)]
    apply(project, edit.change)
    assert [(s.start, s.end) for s in queries.list_spans(project, 2)] == spans
