"""The one change record of events, relations and entities: every step's `Change` survives its JSON form,
and undo, redo and undo again bring every table back exactly, through `changes.revert` / `changes.apply`
as the window's `ChangeCommand` calls them."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from curator.core import queries, services
from curator.core.domain import StaleWriteError
from curator.core.project.setup import open_project
from curator.core.services import changes, entities, suggestions
from curator.core.services.changes import TABLES, Change
from curator.core.storage import Project
from curator.core.suggest import ProposedSpan
from tests.helpers.engines import ENGINES, open_on

TEXT = (
    "Türk Devletleri Teşkilatı Dışişleri Bakanları Konseyi, 11 Ocak 2022 tarihinde olağanüstü bir "
    "video konferans toplantısı gerçekleştirdi. Toplantıya Mevlüt Çavuşoğlu ve Ceyhun Bayramov katıldı."
)
UNTOUCHED = "Mevlüt Çavuşoğlu Bişkek'te konuştu."


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    project = open_on(request, tmp_path, "tester")
    with project.write() as session:
        services.add_documents(
            session,
            [
                services.NewDocument(text=TEXT, language="tr"),
                services.NewDocument(text=UNTOUCHED, language="tr"),
            ],
            annotator_id=None,
            source="test",
        )
    yield project
    project.close()


def at(surface: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def tag(project: Project, surface: str, label: str, document_id: int = 1) -> int:
    text = TEXT if document_id == 1 else UNTOUCHED
    return services.add_span(project, document_id, *at(surface, text), label).span.id


def everything(project: Project) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table; of a document, all but its version (which only moves forward)."""
    with project.read() as session:
        state = {
            name: [
                dict(row._mapping)
                for row in session.execute(select(table).order_by(*table.primary_key.columns))
            ]
            for name, table in TABLES.items()
        }
    for row in state["documents"]:
        row.pop("version")
    return state


def meeting(project: Project) -> int:
    return services.create_event(project, 1, "MEETING", trigger=at("toplantısı")).event.id


def entity(project: Project) -> int:
    return entities.create_entity(project, "Mevlüt Çavuşoğlu", "PER").entity.id


# Each step sets up what it needs, then returns the action whose change is replayed.
Step = Callable[[Project], Callable[[], Change]]


def create_event_on_new_trigger(project: Project) -> Callable[[], Change]:
    return lambda: services.create_event(project, 2, "VISIT", trigger=at("konuştu", UNTOUCHED)).change


def create_event_on_existing_span(project: Project) -> Callable[[], Change]:
    trigger = services.create_event(project, 1, "MEETING", trigger=at("toplantısı")).event.trigger_span_id
    return lambda: services.create_event(project, 1, "MEETING", trigger_span_id=trigger).change


def add_argument(project: Project) -> Callable[[], Change]:
    minister, event_id = tag(project, "Mevlüt Çavuşoğlu", "PER"), meeting(project)
    return lambda: services.add_argument(project, event_id, "PARTICIPANT", span_id=minister).change


def remove_argument(project: Project) -> Callable[[], Change]:
    minister, event_id = tag(project, "Mevlüt Çavuşoğlu", "PER"), meeting(project)
    argument = services.add_argument(project, event_id, "PARTICIPANT", span_id=minister).argument
    return lambda: services.remove_arguments(project, [argument.id])


def delete_event(project: Project) -> Callable[[], Change]:
    minister, event_id = tag(project, "Mevlüt Çavuşoğlu", "PER"), meeting(project)
    services.add_argument(project, event_id, "PARTICIPANT", span_id=minister)
    return lambda: services.delete_events(project, [event_id])


def update_event(project: Project) -> Callable[[], Change]:
    event_id = meeting(project)
    return lambda: services.update_event(
        project, event_id, realis="planned", date_iso="2022-01-11", date_precision="day",
        attributes={"context": ["diplomacy", "security"]},
    ).change  # fmt: skip


def add_relation(project: Project) -> Callable[[], Change]:
    minister, title = tag(project, "Mevlüt Çavuşoğlu", "PER"), tag(project, "Dışişleri Bakanları", "TITLE")
    return lambda: services.add_relation(project, "HOLDS_TITLE", minister, title).change


def delete_relation(project: Project) -> Callable[[], Change]:
    minister, title = tag(project, "Mevlüt Çavuşoğlu", "PER"), tag(project, "Dışişleri Bakanları", "TITLE")
    relation = services.add_relation(project, "HOLDS_TITLE", minister, title).relation
    return lambda: services.delete_relations(project, [relation.id])


def create_entity_with_its_mention(project: Project) -> Callable[[], Change]:
    minister = tag(project, "Mevlüt Çavuşoğlu", "PER")
    return lambda: (
        entities.create_entity(
            project, "Mevlüt Çavuşoğlu", "PER", aliases=["Mevlut Cavusoglu"], mentions=[minister]
        ).change
    )


def link_mention(project: Project) -> Callable[[], Change]:
    minister, person = tag(project, "Mevlüt Çavuşoğlu", "PER"), entity(project)
    return lambda: entities.link_spans(project, [minister], person).change


def unlink_mention(project: Project) -> Callable[[], Change]:
    minister, person = tag(project, "Mevlüt Çavuşoğlu", "PER"), entity(project)
    entities.link_spans(project, [minister], person)
    return lambda: entities.link_spans(project, [minister], None).change


def link_every_identical_mention(project: Project) -> Callable[[], Change]:
    minister, person = tag(project, "Mevlüt Çavuşoğlu", "PER"), entity(project)
    tag(project, "Mevlüt Çavuşoğlu", "PER", document_id=2)
    return lambda: entities.link_identical_mentions(project, minister, person).change


def delete_entity_with_mentions_and_suggestions(project: Project) -> Callable[[], Change]:
    person = entities.create_entity(project, "Mevlüt Çavuşoğlu", "PER", aliases=["Çavuşoğlu"])
    entities.link_spans(project, [tag(project, "Mevlüt Çavuşoğlu", "PER")], person.entity.id)
    hit = ProposedSpan(
        *at("Mevlüt Çavuşoğlu", UNTOUCHED), "PER", "rules:gazetteer", entity_key=person.entity.key
    )
    suggestions.store_suggestions(project, "rules:gazetteer", [(2, [hit])])
    assert [s.entity_id for s in suggestions.list_suggestions(project, 2)] == [person.entity.id]
    return lambda: entities.delete_entity(project, person.entity.id)


STEPS: list[Step] = [
    create_event_on_new_trigger, create_event_on_existing_span, add_argument, remove_argument, delete_event,
    update_event, add_relation, delete_relation, create_entity_with_its_mention, link_mention,
    unlink_mention, link_every_identical_mention, delete_entity_with_mentions_and_suggestions,
]  # fmt: skip


@pytest.mark.parametrize("step", STEPS, ids=lambda step: step.__name__)
def test_a_change_survives_its_json_form(project: Project, step: Step) -> None:
    change = step(project)()
    assert change
    stored = json.dumps(change.to_json())
    assert Change.from_json(json.loads(stored)) == change


@pytest.mark.parametrize("step", STEPS, ids=lambda step: step.__name__)
def test_undo_redo_undo_restores_every_table_exactly(project: Project, step: Step) -> None:
    action = step(project)
    before = everything(project)
    change = Change.from_json(json.loads(json.dumps(action().to_json())))  # as the history will keep it
    after = everything(project)
    assert after != before
    left = changes.revert(project, change, project.versions.last_write)
    assert everything(project) == before
    left = changes.apply(project, change, left)
    assert everything(project) == after
    changes.revert(project, change, left)
    assert everything(project) == before


def test_a_new_documents_first_event_moves_it_to_in_progress_and_undo_moves_it_back(project: Project) -> None:
    created = services.create_event(project, 2, "VISIT", trigger=at("konuştu", UNTOUCHED))
    assert [(s.document_id, s.before, s.after) for s in created.change.statuses] == [
        (2, "new", "in_progress")
    ]
    changes.revert(project, created.change, project.versions.last_write)
    assert queries.get_document(project, 2).status == "new"


def test_filling_a_role_records_the_events_new_updated_at(project: Project) -> None:
    minister, event_id = tag(project, "Mevlüt Çavuşoğlu", "PER"), meeting(project)
    (touched,) = services.add_argument(project, event_id, "PARTICIPANT", span_id=minister).change.updates(
        "events"
    )
    assert touched.id == event_id and set(touched.before) == {"updated_at"}
    assert touched.after["updated_at"] > touched.before["updated_at"]


def test_an_argument_and_the_date_it_brings_undo_as_one_step(project: Project) -> None:
    date, event_id = tag(project, "11 Ocak 2022", "DATE"), meeting(project)
    before = everything(project)
    argument = services.add_argument(project, event_id, "TIME", span_id=date)
    dated = services.update_event(project, event_id, date_iso="2022-01-11", date_precision="day")
    both = argument.change.then(dated.change)
    left = changes.revert(project, both, project.versions.last_write)
    assert everything(project) == before
    changes.apply(project, both, left)
    (event,) = queries.list_events(project, 1)
    assert (event.date_iso, [a.span_id for a in event.arguments]) == ("2022-01-11", [date])


def test_undoing_a_new_entity_is_refused_once_another_mention_links_to_it(tmp_path: Path) -> None:
    path = tmp_path / "shared.curator"
    alice = open_project(path, annotator="alice")
    with alice.write() as session:
        services.add_documents(
            session, [services.NewDocument(text=TEXT), services.NewDocument(text=UNTOUCHED)],
            annotator_id=None, source="test",
        )  # fmt: skip
    bob = open_project(path, annotator="bob")
    try:
        created = entities.create_entity(
            alice, "Mevlüt Çavuşoğlu", "PER", mentions=[tag(alice, "Mevlüt Çavuşoğlu", "PER")]
        )
        left = dict(alice.versions.last_write)
        bobs = tag(bob, "Mevlüt Çavuşoğlu", "PER", document_id=2)
        entities.link_spans(bob, [bobs], created.entity.id)
        with pytest.raises(
            StaleWriteError, match="points at the kb_entities row this step removes — not undone"
        ):
            changes.revert(alice, created.change, left)
        assert queries.list_spans(alice, 2)[0].entity_id == created.entity.id
        assert queries.list_spans(alice, 1)[0].entity_id == created.entity.id  # nothing was written
    finally:
        bob.close()
        alice.close()
