"""Two people on one project (two `open_project` calls, alice and bob; a file, and a team server where
each is their own role): an undo, a redo or a field edit never acts over the other's later change. It is
refused with who and when, and nothing is written.

Undo steps are replayed the way the window's `ChangeCommand` does it: the versions the action's write left
(`project.versions.last_write`), then `changes.revert` / `changes.apply` of its change with them.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from sqlalchemy import select

from curator.core import queries, services
from curator.core.domain import StaleWriteError
from curator.core.services import changes, entities, exclusions, review, schema_edits, suggestions
from curator.core.storage import Project
from curator.core.storage.models import Document, KnowledgeEntity
from curator.core.suggest import ProposedSpan
from tests.helpers.engines import ENGINES, open_again, open_shared

T = TypeVar("T")
TEXT = "Ahmet Yılmaz Bişkek'te Ali Veli ile görüştü. Toplantı uzun sürdü."
COPY = "Ahmet Yılmaz Bişkek'te Ali Veli ile görüştü. Toplantı çok uzun sürdü."
NEWS = (
    "• 86.5\n  • 90.34\n\nСаясат 0\n\n"
    "Министр Руслан Казакбаев Душанбеде өткөн ЖККУнун кезектеги жыйынына катышты.\n\nПикир\n"
)
REFUSED = re.compile(r"“Görüşme” was changed by bob at \d\d:\d\d since — not undone")
REFUSED_BY_ALICE = re.compile(r"“Görüşme” was changed by alice at \d\d:\d\d since — not undone")


@pytest.fixture(params=ENGINES)
def projects(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Project, Project]]:
    """alice and bob on one project file, or on one team server as their own roles."""
    server_database = request.getfixturevalue("server_database") if request.param == "postgresql" else None
    alice, bob = open_shared(request.param, tmp_path, server_database, ("alice", "bob"))  # type: ignore[arg-type]
    with alice.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text=TEXT, title="Görüşme", language="tr"),
             services.NewDocument(text=COPY, title="Görüşme (kopya)", language="tr"),
             services.NewDocument(text=NEWS, title="Жаңылык", language="ky")],
            annotator_id=None, source="test",
        )  # fmt: skip
    yield alice, bob
    bob.close()
    alice.close()


@pytest.fixture
def alices_windows(projects: tuple[Project, Project]) -> Iterator[tuple[Project, Project]]:
    """alice in two windows: only her own layer is hers to change, so a later change by someone else
    to her spans and events comes from her other window."""
    alice, _bob = projects
    again = open_again(alice, "alice")
    yield alice, again
    again.close()


def at(surface: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def tag(project: Project, surface: str, label: str = "PER", document_id: int = 1) -> int:
    return services.add_span(project, document_id, *at(surface), label).span.id


def done(project: Project, action: Callable[[], T]) -> tuple[T, dict[int, int]]:
    """Run an action and keep what its `ChangeCommand` keeps: the versions its write left."""
    result = action()
    return result, dict(project.versions.last_write)


def version(project: Project, document_id: int = 1) -> int:
    return queries.get_document(project, document_id).version


def surfaces(project: Project, document_id: int = 1) -> list[tuple[str, str, str | None]]:
    text = queries.get_document(project, document_id).text
    return [(text[s.start : s.end], s.label, s.annotator) for s in queries.list_spans(project, document_id)]


def test_undoing_a_tag_never_deletes_the_span_someone_else_tagged_since(alices_windows) -> None:
    alice, again = alices_windows
    added, left = done(alice, lambda: services.add_span(alice, 1, *at("Ahmet Yılmaz"), "PER"))
    alices = added.span.id
    services.delete_spans(again, [alices])
    later = tag(again, "Ali Veli")
    assert later != alices  # ids are never reused
    before = version(alice)
    with pytest.raises(StaleWriteError, match=REFUSED_BY_ALICE):
        changes.revert(alice, added.change, left)
    assert surfaces(alice) == [("Ali Veli", "PER", "alice")]
    assert version(alice) == before  # nothing was written


def test_undoing_a_relabel_never_overwrites_a_later_relabel(alices_windows) -> None:
    alice, again = alices_windows
    span_id = tag(alice, "Bişkek", "LOC")
    relabelled, left = done(alice, lambda: services.relabel_span(alice, span_id, "GPE"))
    services.relabel_span(again, span_id, "ORG")
    with pytest.raises(StaleWriteError, match=REFUSED_BY_ALICE):
        changes.revert(alice, relabelled.change, left)
    assert surfaces(alice) == [("Bişkek", "ORG", "alice")]


def test_a_relabel_from_a_stale_row_is_refused(alices_windows) -> None:
    alice, again = alices_windows
    span_id = tag(alice, "Bişkek", "LOC")
    shown = queries.list_spans(alice, 1)[0]
    services.relabel_span(again, span_id, "ORG")
    with pytest.raises(StaleWriteError, match=r"changed by alice at \d\d:\d\d since — reload it"):
        services.relabel_span(alice, span_id, "GPE", expected=shown)
    assert surfaces(alice) == [("Bişkek", "ORG", "alice")]


def test_undoing_a_delete_after_another_window_tagged_the_same_words_is_refused_not_an_integrity_error(
    projects,
) -> None:
    alice, _bob = projects
    span_id = tag(alice, "Ahmet Yılmaz")
    removal, left = done(alice, lambda: services.delete_spans(alice, [span_id]))
    with open_again(alice, "alice") as second_window:  # alice's layer, another window
        tag(second_window, "Ahmet Yılmaz")
    with pytest.raises(StaleWriteError, match=r"“Görüşme” was changed by alice .* — not undone"):
        changes.revert(alice, removal.change, left)
    with pytest.raises(StaleWriteError, match=r"“Görüşme” was changed by alice .* — not undone"):
        changes.revert(alice, removal.change)  # even without the version check: refused, never raw
    assert surfaces(alice) == [("Ahmet Yılmaz", "PER", "alice")]


def test_the_same_words_in_another_layer_never_clash_with_an_undo(projects) -> None:
    """bob's tag of the same words is his layer's; alice's undo puts hers back beside it."""
    alice, bob = projects
    span_id = tag(alice, "Ahmet Yılmaz")
    removal, _left = done(alice, lambda: services.delete_spans(alice, [span_id]))
    tag(bob, "Ahmet Yılmaz")
    changes.revert(alice, removal.change)
    assert sorted(surfaces(alice)) == [("Ahmet Yılmaz", "PER", "alice"), ("Ahmet Yılmaz", "PER", "bob")]


def test_undoing_a_delete_restores_the_same_ids_when_nobody_else_wrote(projects) -> None:
    alice, bob = projects
    tag(bob, "Ali Veli")  # before alice's steps: never in the way of undoing them
    first = tag(alice, "Ahmet Yılmaz")
    second = tag(alice, "Bişkek", "GPE")
    removal, left = done(alice, lambda: services.delete_spans(alice, [first, second]))
    left = changes.revert(alice, removal.change, left)
    assert [s.id for s in queries.list_spans(alice, 1) if s.annotator == "alice"] == [first, second]
    left = changes.apply(alice, removal.change, left)  # redo, then undo again
    changes.revert(alice, removal.change, left)
    assert surfaces(alice) == [
        ("Ahmet Yılmaz", "PER", "alice"), ("Bişkek", "GPE", "alice"), ("Ali Veli", "PER", "bob"),
    ]  # fmt: skip


def test_a_chain_of_ones_own_steps_undoes_in_order(projects) -> None:
    alice, _bob = projects
    first, first_left = done(alice, lambda: services.add_span(alice, 1, *at("Ahmet Yılmaz"), "PER"))
    second, second_left = done(alice, lambda: services.add_span(alice, 1, *at("Bişkek"), "GPE"))
    changes.revert(alice, second.change, second_left)
    changes.revert(alice, first.change, first_left)
    assert surfaces(alice) == []


def test_an_undo_after_someone_else_wrote_between_two_own_steps_is_refused(projects) -> None:
    alice, bob = projects
    first, first_left = done(alice, lambda: services.add_span(alice, 1, *at("Ahmet Yılmaz"), "PER"))
    tag(bob, "Ali Veli")
    second, second_left = done(alice, lambda: services.add_span(alice, 1, *at("Bişkek"), "GPE"))
    changes.revert(alice, second.change, second_left)  # nothing after it
    with pytest.raises(StaleWriteError, match=REFUSED):
        changes.revert(alice, first.change, first_left)
    assert [s for s, _, _ in surfaces(alice)] == ["Ahmet Yılmaz", "Ali Veli"]


def test_document_info_from_a_stale_version_is_refused(projects) -> None:
    alice, bob = projects
    shown = version(alice)
    services.update_document_info(bob, 1, title="Bob's title", shown_version=version(bob))
    with pytest.raises(StaleWriteError, match=r"“Bob's title” was changed by bob at \d\d:\d\d since"):
        services.update_document_info(alice, 1, title="Alice's title", shown_version=shown)
    assert queries.get_document(alice, 1).title == "Bob's title"


def test_an_event_field_edit_from_a_stale_version_is_refused(alices_windows) -> None:
    alice, again = alices_windows
    event = services.create_event(alice, 1, "MEETING", trigger=at("görüştü")).event
    shown = version(alice)
    services.update_event(again, event.id, realis="planned")
    with pytest.raises(StaleWriteError, match="changed by alice"):
        services.update_event(alice, event.id, realis="negated", shown_version=shown)
    assert queries.list_events(alice, 1)[0].realis == "planned"


def test_undoing_an_event_edit_after_a_later_edit_is_refused(alices_windows) -> None:
    alice, again = alices_windows
    event = services.create_event(alice, 1, "MEETING", trigger=at("görüştü")).event
    edit, left = done(alice, lambda: services.update_event(alice, event.id, realis="planned"))
    services.update_event(again, event.id, date_iso="2022-01-11", date_precision="day")
    with pytest.raises(StaleWriteError, match=REFUSED_BY_ALICE):
        changes.revert(alice, edit.change, left)
    (found,) = queries.list_events(alice, 1)
    assert (found.realis, found.date_iso) == ("planned", "2022-01-11")


def test_undoing_an_accepted_suggestion_after_a_later_edit_is_refused(alices_windows) -> None:
    alice, again = alices_windows
    proposed = ProposedSpan(*at("Ali Veli"), "PER", "rules:test")
    suggestions.store_suggestions(alice, "rules:test", [(1, [proposed])])
    (proposal,) = suggestions.list_suggestions(alice, 1)
    change, left = done(alice, lambda: suggestions.accept_suggestions(alice, [proposal.id]))
    (accepted,) = queries.list_spans(again, 1)
    services.relabel_span(again, accepted.id, "ORG")
    with pytest.raises(StaleWriteError, match=REFUSED_BY_ALICE):
        changes.revert(alice, change.change, left)
    assert surfaces(alice) == [("Ali Veli", "ORG", "alice")]


def test_undoing_a_boilerplate_decision_after_a_later_edit_is_refused(projects) -> None:
    alice, bob = projects
    exclusions.propose(alice, [3], corpus=False)
    region = exclusions.list_proposals(alice, 3)[0][0]
    decision, left = done(alice, lambda: exclusions.decide(alice, [region.id], "rejected"))
    services.add_span(bob, 3, *at("Руслан Казакбаев", NEWS), "PER")
    with pytest.raises(StaleWriteError, match=r"“Жаңылык” was changed by bob .* — not undone"):
        services.revert(alice, decision.change, left)
    assert next(r for r in exclusions.list_regions(alice, 3) if r.id == region.id).status == "rejected"


def test_undoing_a_review_step_after_a_later_edit_is_refused(projects) -> None:
    alice, bob = projects
    tag(alice, "Ahmet Yılmaz")
    step, left = done(alice, lambda: review.review_document(alice, 1, "annotated"))
    tag(bob, "Ali Veli")
    with pytest.raises(StaleWriteError, match=REFUSED):
        changes.revert(alice, step.change, left)
    assert queries.get_document(alice, 1).status == "annotated"


def test_undoing_an_entity_link_after_a_later_link_is_refused(alices_windows) -> None:
    alice, again = alices_windows
    span_id = tag(alice, "Bişkek", "GPE")
    with alice.read() as session:
        first, second = session.execute(select(KnowledgeEntity.id).limit(2)).scalars()
    linked, left = done(alice, lambda: entities.link_spans(alice, [span_id], first))
    entities.link_spans(again, [span_id], second)
    with pytest.raises(StaleWriteError, match=REFUSED_BY_ALICE):
        changes.revert(alice, linked.change, left)
    assert queries.list_spans(alice, 1)[0].entity_id == second


def test_undoing_a_merge_after_a_later_edit_of_the_keeper_is_refused(projects) -> None:
    alice, bob = projects
    services.add_span(alice, 2, *at("Ali Veli", COPY), "PER")
    result, left = done(alice, lambda: services.merge_duplicates(alice, 1, [2]))
    assert surfaces(alice) == [("Ali Veli", "PER", "alice")]
    tag(bob, "Ahmet Yılmaz")
    with pytest.raises(StaleWriteError, match=REFUSED):
        services.revert(alice, result.change, left)
    assert [s for s, _, _ in surfaces(alice)] == ["Ahmet Yılmaz", "Ali Veli"]
    assert queries.get_document(alice, 2).meta.get("duplicate_of") == 1


def test_every_version_bump_records_the_last_writer(projects) -> None:
    alice, bob = projects
    tag(alice, "Ahmet Yılmaz")
    review.review_document(bob, 1, "annotated")
    services.update_document_info(bob, 2, title="Yeni")
    with alice.read() as session:
        rows = dict(session.execute(select(Document.id, Document.changed_by_id).order_by(Document.id)).all())
    assert rows == {1: bob.annotator_id, 2: bob.annotator_id, 3: alice.annotator_id}  # 3: imported by alice


def test_undoing_a_schema_edit_after_another_window_changed_the_label_is_refused(projects) -> None:
    alice, bob = projects
    edited = schema_edits.update_label(alice, "PER", color="#ff0000")
    schema_edits.update_label(bob, "PER", color="#00ff00")
    with pytest.raises(StaleWriteError, match=r"a row of labels was changed elsewhere since"):
        services.revert(alice, edited.change)
    assert next(label.color for label in queries.list_labels(alice) if label.name == "PER") == "#00ff00"
    roles = schema_edits.parse_roles("PARTICIPANT*:PER|ORG")
    roles_set = schema_edits.set_roles(alice, "MEETING", roles)
    schema_edits.set_roles(bob, "MEETING", schema_edits.parse_roles("HOST:PER"))
    with pytest.raises(StaleWriteError, match=r"a row of event_roles was changed elsewhere since"):
        services.revert(alice, roles_set.change)
    assert [role.name for role in queries.list_event_types(alice)[0].roles] == ["HOST"]


def test_linking_a_mention_from_a_stale_version_is_refused(alices_windows) -> None:
    alice, again = alices_windows
    span_id = tag(alice, "Bişkek", "GPE")
    shown = version(alice)
    with alice.read() as session:
        first, second = session.execute(select(KnowledgeEntity.id).limit(2)).scalars()
    entities.link_spans(again, [span_id], second)
    with pytest.raises(StaleWriteError, match=r"“Görüşme” was changed by alice at \d\d:\d\d since — reload"):
        entities.link_spans(alice, [span_id], first, shown_version=shown)
    assert queries.list_spans(alice, 1)[0].entity_id == second


def test_a_background_write_is_not_checked_against_nor_taken_for_the_windows_step(projects) -> None:
    alice, _bob = projects
    _, left = done(alice, lambda: tag(alice, "Ahmet Yılmaz"))
    errors: list[BaseException] = []

    def job() -> None:  # e.g. corpus suggestions storing spans on a worker thread of the same window
        try:
            services.add_span(alice, 3, *at("Руслан Казакбаев", NEWS), "PER")
        except BaseException as error:  # reported by the assertion below
            errors.append(error)

    with alice.versions.expecting({3: 0}, "not undone"):  # would refuse any write of this thread
        worker = threading.Thread(target=job)
        worker.start()
        worker.join()
    assert errors == [] and [s for s, _, _ in surfaces(alice, 3)] == ["Руслан Казакбаев"]
    assert alice.versions.last_write == left  # still the window's own last write


def test_undoing_a_new_label_that_someone_has_tagged_with_since_is_refused(projects) -> None:
    alice, bob = projects
    added, left = done(alice, lambda: schema_edits.add_label(alice, "EVENT_PLACE"))
    tag(bob, "Bişkek", "EVENT_PLACE")
    with pytest.raises(StaleWriteError, match="not undone"):
        changes.revert(alice, added.change, left)
    assert surfaces(alice) == [("Bişkek", "EVENT_PLACE", "bob")]
    assert "EVENT_PLACE" in {label.name for label in queries.list_labels(alice)}
