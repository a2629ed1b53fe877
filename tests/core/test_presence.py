"""Who has which document open (the documents list shows it), and on a server the notices that tell
other windows about a committed change at once, on both engines."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from curator.core import services
from curator.core.history_queries import history_count
from curator.core.queries import changes_since
from curator.core.services import presence
from curator.core.storage import Project, notifications
from curator.core.storage.models import Presence, utcnow
from curator.core.storage.notifications import Listener, Notice, parse, payload
from tests.helpers.engines import ENGINES, open_again, open_on, open_shared

TEXT = "KGAÖ Dışişleri Bakanları toplantısı Bişkek'te yapıldı."


def two_documents(project: Project) -> None:
    with project.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text=t, language="tr") for t in (TEXT, "İkinci belge.")],
            annotator_id=None,
            source="test",
        )


@pytest.fixture(params=ENGINES)
def team(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Project, Project]]:
    alice = open_on(request, tmp_path, "alice", "bob")
    two_documents(alice)
    bob = open_again(alice, "bob")
    yield alice, bob
    bob.close()
    alice.close()


@pytest.fixture
def server_team(tmp_path: Path, server_database: Callable[..., str]) -> Iterator[tuple[Project, Project]]:
    alice, bob = open_shared("postgresql", tmp_path, server_database, ("alice", "bob"))
    two_documents(alice)
    yield alice, bob
    bob.close()
    alice.close()


def test_a_window_that_opens_a_document_is_seen_by_the_others(team: tuple[Project, Project]) -> None:
    alice, bob = team
    presence.here(alice, "alice-window", 1)
    assert presence.open_elsewhere(bob, "bob-window") == {1: ["alice"]}
    assert presence.open_elsewhere(alice, "alice-window") == {}  # not one's own window
    presence.here(alice, "alice-window", 2)  # she moved on: one row per window
    presence.here(bob, "bob-window", 2)
    assert presence.open_elsewhere(bob, "bob-window") == {2: ["alice"]}
    assert presence.open_elsewhere(alice, "alice-second-window") == {2: ["alice", "bob"]}
    presence.leave(alice, "alice-window")
    assert presence.open_elsewhere(bob, "bob-window") == {}


def test_a_crashed_windows_presence_fades_after_its_heartbeats_stop(team: tuple[Project, Project]) -> None:
    alice, bob = team
    presence.here(alice, "alice-window", 1)
    with alice.write() as session:  # what a kill -9 leaves: a row nobody refreshes
        old = utcnow() - presence.STALE_AFTER - timedelta(seconds=1)
        session.execute(update(Presence).values(seen_at=old))
    assert presence.open_elsewhere(bob, "bob-window") == {}


def test_presence_is_not_a_change_of_the_corpus(team: tuple[Project, Project]) -> None:
    """No history entry, no document version: nothing to undo, merge or copy."""
    alice, bob = team
    versions = changes_since.document_versions(bob, [1, 2])
    presence.here(alice, "alice-window", 1)
    presence.leave(alice, "alice-window")
    assert history_count(bob) == 0
    assert changes_since.document_versions(bob, [1, 2]) == versions


def test_a_payload_too_big_for_postgresql_says_look_at_everything() -> None:
    assert parse(payload("change", [3, 1])) == Notice("change", frozenset({1, 3}))
    assert parse(payload("change", range(5000))) == Notice("change", None)
    assert parse("not json") == Notice("change", None)


def test_a_server_window_hears_of_a_committed_change_with_its_documents(
    server_team: tuple[Project, Project],
) -> None:
    """A project file has no notices (its windows poll PRAGMA data_version); a server tells at once."""
    alice, bob = server_team
    listener = Listener(bob.engine.raw_connection())
    try:
        services.add_span(alice, 1, 0, 4, "ORG")
        assert listener.wait(5.0) == [Notice("change", frozenset({1}))]
        with pytest.raises(RuntimeError):  # rolled back: nobody hears of it
            with alice.write() as session:
                notifications.notify(session, "change", [2])
                raise RuntimeError("the action failed")
        presence.here(alice, "alice-window", 2)
        assert listener.wait(5.0) == [Notice("presence", frozenset({2}))]
    finally:
        listener.close()
