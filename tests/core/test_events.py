"""Events, arguments and relations through the core services, as the window and importers use them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from curator.core import queries, services
from curator.core.domain import AnnotationError
from curator.core.project.setup import open_project
from curator.core.services import changes
from curator.core.services.events import event_problems
from curator.core.services.relations import relation_problems
from curator.core.storage import Project
from curator.core.storage.models import Event, EventArgument, Relation, Span
from tests.helpers.engines import ENGINES, open_on

TEXT = (
    "Türk Devletleri Teşkilatı Dışişleri Bakanları Konseyi, 11 Ocak 2022 tarihinde olağanüstü bir "
    "video konferans toplantısı gerçekleştirdi. Toplantıya Mevlüt Çavuşoğlu ve Ceyhun Bayramov katıldı."
)


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Project:
    project = open_on(request, tmp_path, "tester")
    with project.write() as session:
        services.add_documents(
            session, [services.NewDocument(text=TEXT, language="tr")], annotator_id=None, source="test"
        )
    yield project
    project.close()


def tag(project: Project, surface: str, label: str) -> int:
    start = TEXT.index(surface)
    return services.add_span(project, 1, start, start + len(surface), label).span.id


def table_state(project: Project) -> dict[str, list[dict]]:
    with project.read() as session:
        return {
            model.__tablename__: [
                dict(row._mapping)
                for row in session.execute(select(model.__table__).order_by(model.__table__.c.id))
            ]
            for model in (Span, Event, EventArgument, Relation)
        }


def meeting(project: Project) -> int:
    start = TEXT.index("toplantısı")
    created = services.create_event(project, 1, "MEETING", trigger=(start, start + len("toplantısı")))
    return created.event.id


def test_an_event_with_three_arguments(project: Project) -> None:
    organisation = tag(project, "Türk Devletleri Teşkilatı", "ORG")
    minister = tag(project, "Mevlüt Çavuşoğlu", "PER")
    date = tag(project, "11 Ocak 2022", "DATE")
    event_id = meeting(project)
    for role, span_id in (("PARTICIPANT", organisation), ("PARTICIPANT", minister), ("TIME", date)):
        services.add_argument(project, event_id, role, span_id=span_id)
    [event] = queries.list_events(project, 1)
    assert event.type == "MEETING"
    assert TEXT[event.trigger_start : event.trigger_end] == "toplantısı"
    assert [(a.role, a.span_id) for a in event.arguments] == [
        ("PARTICIPANT", organisation), ("PARTICIPANT", minister), ("TIME", date)
    ]  # fmt: skip
    with project.read() as session:
        assert event_problems(session, event) == []
    summary = queries.get_document_summary(project, 1)
    assert summary is not None and summary.span_count == 4  # the trigger is a span too


def test_role_constraints_are_reported_not_refused(project: Project) -> None:
    date = tag(project, "11 Ocak 2022", "DATE")
    other_date = tag(project, "video", "MISC")
    event_id = meeting(project)
    services.add_argument(project, event_id, "PARTICIPANT", span_id=date)
    services.add_argument(project, event_id, "TIME", span_id=date)
    services.add_argument(project, event_id, "TIME", span_id=other_date)
    services.add_argument(project, event_id, "WEAPON", span_id=other_date)
    [event] = queries.list_events(project, 1)
    with project.read() as session:
        problems = event_problems(session, event)
    assert "PARTICIPANT takes PER/ORG/GPE, not DATE" in problems
    assert "TIME takes DATE, not MISC" in problems
    assert "TIME is filled 2 times but does not repeat" in problems
    assert "MEETING has no role WEAPON" in problems


def test_events_can_be_arguments_of_events_but_not_of_themselves(project: Project) -> None:
    first = meeting(project)
    start = TEXT.index("gerçekleştirdi")
    second = services.create_event(project, 1, "PLANNED", trigger=(start, start + len("gerçekleştirdi")))
    services.add_argument(project, second.event.id, "PARTICIPANT", argument_event_id=first)
    with pytest.raises(AnnotationError, match="own argument"):
        services.add_argument(project, first, "PARTICIPANT", argument_event_id=first)
    with pytest.raises(AnnotationError, match="unknown event type"):
        services.create_event(project, 1, "PER", trigger=(0, 4))


def test_deleting_a_span_takes_its_events_and_arguments_and_undo_restores_all(project: Project) -> None:
    minister = tag(project, "Mevlüt Çavuşoğlu", "PER")
    colleague = tag(project, "Ceyhun Bayramov", "PER")
    event_id = meeting(project)
    services.add_argument(project, event_id, "PARTICIPANT", span_id=minister)
    services.add_argument(project, event_id, "PARTICIPANT", span_id=colleague)
    services.add_relation(project, "REPRESENTS", minister, colleague)
    before = table_state(project)

    trigger = queries.list_events(project, 1)[0].trigger_span_id
    removal = services.delete_spans(project, [trigger, minister])
    assert removal.events_removed == 1 and removal.relations_removed == 1
    assert queries.list_events(project, 1) == []
    assert queries.list_relations(project, 1) == []

    changes.revert(project, removal.change)
    assert table_state(project) == before


def test_deleting_an_event_keeps_the_entities_and_undo_restores_it(project: Project) -> None:
    minister = tag(project, "Mevlüt Çavuşoğlu", "PER")
    event_id = meeting(project)
    services.add_argument(project, event_id, "PARTICIPANT", span_id=minister)
    before = table_state(project)
    change = services.delete_events(project, [event_id])
    assert [s.label for s in queries.list_spans(project, 1)] == ["PER"]  # the trigger went with the event
    changes.revert(project, change)
    assert table_state(project) == before


def test_editing_an_event_returns_before_and_after(project: Project) -> None:
    event_id = meeting(project)
    before, after = services.update_event(
        project,
        event_id,
        realis="planned",
        date_iso="2022-01-11",
        date_precision="day",
        date_raw="11 Ocak 2022",
    )
    assert (before.realis, after.realis) == ("actual", "planned")
    assert after.date_iso == "2022-01-11"
    services.update_event(project, event_id, updated_at=None, realis=before.realis, date_iso=None)
    assert queries.list_events(project, 1)[0].realis == "actual"
    with pytest.raises(AnnotationError, match="realis"):
        services.update_event(project, event_id, realis="maybe")
    with pytest.raises(AnnotationError, match="cannot edit"):
        services.update_event(project, event_id, document_id=2)


def test_relations_check_their_labels_and_undo(project: Project) -> None:
    minister = tag(project, "Mevlüt Çavuşoğlu", "PER")
    title = tag(project, "Dışişleri Bakanları", "TITLE")
    relation = services.add_relation(project, "HOLDS_TITLE", minister, title).relation
    wrong = services.add_relation(project, "HOLDS_TITLE", title, minister).relation
    with project.read() as session:
        assert relation_problems(session, relation) == []
        assert relation_problems(session, wrong) == [
            "HOLDS_TITLE starts at PER, not TITLE",
            "HOLDS_TITLE points to TITLE, not PER",
        ]
    with pytest.raises(AnnotationError, match="exists already"):
        services.add_relation(project, "HOLDS_TITLE", minister, title)
    before = table_state(project)
    change = services.delete_relations(project, [wrong.id])
    assert [r.id for r in queries.list_relations(project, 1)] == [relation.id]
    changes.revert(project, change)
    assert table_state(project) == before


def test_removing_an_argument_and_putting_it_back(project: Project) -> None:
    minister = tag(project, "Mevlüt Çavuşoğlu", "PER")
    event_id = meeting(project)
    argument = services.add_argument(project, event_id, "PARTICIPANT", span_id=minister).argument
    before = table_state(project)
    change = services.remove_arguments(project, [argument.id])
    assert queries.list_events(project, 1)[0].arguments == ()
    changes.revert(project, change)
    assert table_state(project) == before


def test_linking_every_identical_mention_is_one_undoable_sweep(tmp_path: Path) -> None:
    from curator.core.services import entities

    project = open_project(tmp_path / "kb.curator")
    texts = ["KGAÖ toplandı. KGAÖ açıkladı.", "Bişkek'te KGAÖ zirvesi.", "ЖККУнун жыйыны."]
    with project.write() as session:
        services.add_documents(
            session, [services.NewDocument(text=t) for t in texts], annotator_id=None, source="t"
        )
    spans = [
        services.add_span(project, 1, 0, 4, "ORG").span.id,
        services.add_span(project, 1, 15, 19, "ORG").span.id,
        services.add_span(project, 2, 10, 14, "ORG").span.id,
        services.add_span(project, 2, 0, 6, "GPE").span.id,
        services.add_span(project, 3, 0, 4, "ORG").span.id,
    ]
    csto = entities.create_entity(project, "CSTO", "ORG", aliases=["KGAÖ", "ЖККУ"], wikidata="Q177313").entity
    linked_all = entities.link_identical_mentions(project, spans[0], csto.id)
    previous = linked_all.previous
    assert sorted(previous) == spans[:3] and set(previous.values()) == {None}
    linked = {s.id: s.entity_id for d in (1, 2, 3) for s in queries.list_spans(project, d)}
    assert [linked[s] for s in spans] == [csto.id, csto.id, csto.id, None, None]
    changes.revert(project, linked_all.change)
    assert {s.entity_id for d in (1, 2) for s in queries.list_spans(project, d)} == {None}
    with pytest.raises(AnnotationError, match="Wikidata"):
        entities.create_entity(project, "X", "ORG", wikidata="177313")
    project.close()
