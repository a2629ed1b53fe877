"""The history: every committed change is one entry (who, when, what), undo and redo are entries too,
a text edit is stored without the document text twice, and one old entry can be reverted when nothing
later depends on it — otherwise the refusal names the entry that blocks it."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from curator.core import queries, services
from curator.core.domain import CuratorError, StaleWriteError
from curator.core.history_queries import HistoryFilter, history_count, history_json, history_page
from curator.core.services import changes, history
from curator.core.services.text_edits import edit_text
from curator.core.storage import Project
from curator.core.storage.models import HistoryEntry, utcnow
from tests.helpers.engines import ENGINES, open_again, open_on

TEXT = "Mevlüt Çavuşoğlu Bişkek'te Ceyhun Bayramov ile görüştü. " * 20
OTHER = "Sadyr Japarov Ankara'da konuştu."


@pytest.fixture(params=ENGINES)
def project(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Project]:
    project = open_on(request, tmp_path, "alice", "bob")
    with project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text=TEXT, language="tr"), services.NewDocument(text=OTHER, language="tr")],
            annotator_id=None,
            source="test",
        )
    yield project
    project.close()


def at(surface: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(surface)
    return start, start + len(surface)


def entries(project: Project, **where: object) -> list[tuple[str, str, str | None]]:
    """Oldest first: (kind, text, annotator)."""
    page = history_page(project, HistoryFilter(**where))  # type: ignore[arg-type]
    return [(r.kind, r.text, r.annotator) for r in reversed(page)]


def span_ids(project: Project, document_id: int = 1) -> list[int]:
    return [s.id for s in queries.list_spans(project, document_id)]


def test_every_step_is_one_entry_with_who_and_what(project: Project) -> None:
    tagged = services.add_span(project, 1, *at("Bişkek"), "LOC")
    services.relabel_span(project, tagged.span.id, "ORG")
    services.relabel_span(project, tagged.span.id, "ORG")  # nothing changed: not logged
    services.delete_spans(project, [tagged.span.id])
    assert entries(project) == [
        ("span.add", "Tag “Bişkek” as LOC", "alice"),
        ("span.relabel", "Relabel “Bişkek” LOC → ORG", "alice"),
        ("span.delete", "Delete “Bişkek” (ORG)", "alice"),
    ]
    assert tagged.change.entries and len(tagged.change.entries[0]) == 32  # a uuid4 hex: merges match on it


def test_undo_and_redo_are_entries_pointing_at_what_they_took_back(project: Project) -> None:
    tagged = services.add_span(project, 1, *at("Bişkek"), "LOC")
    left = changes.revert(project, tagged.change, tagged.change.versions)
    changes.apply(project, tagged.change, left)
    page = list(reversed(history_page(project)))
    assert [r.kind for r in page] == ["span.add", "undo", "redo"]
    assert page[1].reverts_id == page[0].id and page[2].reverts_id == page[1].id
    assert page[1].text == "Undo: Tag “Bişkek” as LOC"
    assert len(span_ids(project)) == 1


def test_a_text_edit_is_stored_without_the_text_and_read_back_whole(project: Project) -> None:
    for n in range(30):  # the document's list of text edits grows with each: its entry must not
        edit = edit_text(project, 1, 100 + n, 101 + n, "x")
    stored = history_json(project, history_page(project)[0].id)
    assert stored is not None and TEXT[:200] not in stored and len(stored) < 700
    with project.read() as session:
        entry_id = max(session.execute(select(HistoryEntry.id)).scalars())
        assert history.entry_change(session, entry_id).to_json() == edit.change.to_json()


def test_an_old_entry_reverts_while_later_work_stays(project: Project) -> None:
    first = services.add_span(project, 1, *at("Bişkek"), "LOC")
    services.add_span(project, 1, *at("Ceyhun Bayramov"), "PER")
    services.add_span(project, 2, *at("Ankara", OTHER), "LOC")
    [first_entry] = [r.id for r in history_page(project) if r.text == "Tag “Bişkek” as LOC"]
    reverted = history.revert_entry(project, first_entry)
    assert first.span.id not in span_ids(project) and len(span_ids(project)) == 1
    assert history_page(project)[0].kind == "revert" and history_page(project)[0].reverts_id == first_entry
    changes.revert(project, reverted, reverted.versions)  # the window's Ctrl+Z of the revert
    assert first.span.id in span_ids(project)


def test_a_later_event_on_the_span_blocks_and_is_named(project: Project) -> None:
    tagged = services.add_span(project, 1, *at("Çavuşoğlu"), "PER")
    event = services.create_event(project, 1, "MEETING", trigger=at("görüştü"))
    services.add_argument(project, event.event.id, "PARTICIPANT", span_id=tagged.span.id)
    page = history_page(project)
    tag_entry, argument_entry = page[-1].id, page[0].id
    with pytest.raises(
        StaleWriteError, match=rf"blocked by #{argument_entry} .* by alice at .*revert that first"
    ):
        history.revert_entry(project, tag_entry)
    assert tagged.span.id in span_ids(project)  # refused: nothing written
    history.revert_entry(project, argument_entry)
    history.revert_entry(project, tag_entry)
    assert tagged.span.id not in span_ids(project)
    assert all(a.span_id != tagged.span.id for e in queries.list_events(project, 1) for a in e.arguments)


def test_a_relation_and_a_relabel_block_too(project: Project) -> None:
    head = services.add_span(project, 1, *at("Çavuşoğlu"), "PER")
    child = services.add_span(project, 1, *at("Bişkek"), "GPE")
    services.add_relation(project, "REPRESENTS", head.span.id, child.span.id)
    services.relabel_span(project, child.span.id, "ORG")
    page = history_page(project)
    by_text = {r.text: r.id for r in page}
    with pytest.raises(StaleWriteError, match=f"blocked by #{page[1].id} "):
        history.revert_entry(project, by_text["Tag “Çavuşoğlu” as PER"])
    with pytest.raises(StaleWriteError, match=f"blocked by #{page[0].id} 'Relabel"):
        history.revert_entry(project, by_text["Tag “Bişkek” as GPE"])


def test_reverting_a_deletion_puts_back_the_event_it_took(project: Project) -> None:
    trigger = services.create_event(project, 1, "MEETING", trigger=at("görüştü")).event.trigger_span_id
    services.delete_spans(project, [trigger])
    services.add_span(project, 2, *at("Ankara", OTHER), "LOC")
    deletion = [r.id for r in history_page(project) if r.kind == "span.delete"][0]
    history.revert_entry(project, deletion)
    assert [e.trigger_span_id for e in queries.list_events(project, 1)] == [trigger]


def test_after_a_text_edit_later_work_in_the_document_blocks_it(project: Project) -> None:
    edit_text(project, 1, *at("Bişkek"), "Bishkek")
    services.add_span(project, 1, 0, 6, "PER")
    page = history_page(project)
    with pytest.raises(StaleWriteError, match=f"blocked by #{page[0].id} "):
        history.revert_entry(project, page[1].id)
    history.revert_entry(project, page[0].id)
    history.revert_entry(project, page[1].id)
    assert queries.get_document(project, 1).text == TEXT


def test_entries_filter_by_document_annotator_and_date_and_page(project: Project, tmp_path: Path) -> None:
    for surface in ("Bişkek", "Ceyhun", "Bayramov"):
        services.add_span(project, 1, *at(surface), "LOC")
    services.add_span(project, 2, *at("Ankara", OTHER), "LOC")
    with open_again(project, "bob") as bob:
        services.add_span(bob, 2, *at("Sadyr", OTHER), "PER")
    assert history_count(project, HistoryFilter(document_id=1)) == 3
    assert entries(project, annotator="bob") == [("span.add", "Tag “Sadyr” as PER", "bob")]
    assert history_count(project, HistoryFilter(since=utcnow() + timedelta(minutes=1))) == 0
    first, second = (history_page(project, offset=o, limit=3) for o in (0, 3))
    assert [len(first), len(second)] == [3, 2] and first[-1].id > second[0].id


def test_stored_changes_are_self_contained_json(project: Project) -> None:
    services.add_span(project, 1, *at("Bişkek"), "LOC")
    stored = history_json(project, history_page(project)[0].id)
    assert stored is not None
    assert changes.Change.from_json(json.loads(stored)).rows("spans")[0]["start"] == TEXT.index("Bişkek")


def test_an_import_is_an_entry_listing_its_documents_not_their_text(project: Project, tmp_path: Path) -> None:
    from curator.core.importers import import_paths

    source = tmp_path / "haberler.txt"
    source.write_text("Astana zirvesi yapıldı.", encoding="utf-8")
    import_paths(project, [source])
    [entry] = history_page(project)
    assert (entry.kind, entry.text) == ("document.import", "Import haberler.txt")
    stored = history_json(project, entry.id)
    assert stored is not None and "Astana" not in stored
    assert history_count(project, HistoryFilter(document_id=3)) == 1
    with pytest.raises(CuratorError, match="changed nothing to revert"):
        history.revert_entry(project, entry.id)
