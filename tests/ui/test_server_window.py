"""The window on a team server: File → Open Server Project…, the password prompt, the recent servers,
another person's tag and presence showing up at once, a server that restarts under the window, and an
unreachable server at start with the last project file offered instead."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog

from curator.core import queries, services
from curator.core.project.setup import open_project
from curator.core.services import presence
from curator.core.storage import Project
from curator.core.storage.server import ServerPasswordError
from curator.ui import app, messages, role_gate, server_login
from curator.ui.document_list_model import OPEN_BY_COLUMN
from curator.ui.main_window import MainWindow
from curator.ui.recent_projects import recent_servers, remember_project
from tests.helpers.engines import as_user
from tests.helpers.pg_cluster import Cluster
from tests.ui.conftest import TURKISH, fill
from tests.ui.test_two_windows import open_window, tag_by_key


@pytest.fixture
def server_url(server_database: Callable[..., str]) -> str:
    """A team project with the TURKISH document; alice and bob are roles on it."""
    admin_url = server_database("alice", "bob")
    with open_project(admin_url, create=True) as admin:
        fill(admin, [TURKISH])
    return admin_url


@pytest.fixture
def bob(server_url: str) -> Iterator[Project]:
    project = open_project(as_user(server_url, "bob"))
    yield project
    project.close()


@pytest.fixture
def alice_window(qtbot, server_url: str) -> MainWindow:
    return open_window(qtbot, open_project(as_user(server_url, "alice")))


def choose_in_dialog(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    """The user types `url` into File → Open Server Project… and presses Open."""

    def exec_(dialog: server_login.OpenServerDialog) -> int:
        dialog.url.setEditText(url)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(server_login.OpenServerDialog, "exec", exec_)


def test_open_server_project_from_the_file_menu_works_as_the_role_and_keeps_no_password(
    qtbot, window: MainWindow, server_url: str, bob: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    with_password = as_user(server_url, "alice").replace("alice@", "alice:s3cret@")
    choose_in_dialog(monkeypatch, with_password)
    window.registry["project.open_server"].trigger()
    qtbot.waitUntil(lambda: window.project.is_server, timeout=15_000)
    assert window.project.annotator_name == "alice"
    title = window.windowTitle()
    assert "127.0.0.1" in title and "alice" in title and "s3cret" not in title
    assert recent_servers()[0] == window.project.label and "s3cret" not in window.project.label
    settings = QSettings()
    assert not any("s3cret" in str(settings.value(key)) for key in settings.allKeys())

    window.documents.table.selectRow(0)
    qtbot.waitUntil(lambda: window.controller.document is not None)
    tag_by_key(qtbot, window, "KGAÖ", Qt.Key.Key_2)
    assert [(s.label, s.annotator) for s in queries.list_spans(bob, 1)] == [("ORG", "alice")]


def test_a_server_that_wants_a_password_is_asked_for_one_and_the_typed_one_is_used(
    qtbot, window: MainWindow, server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = as_user(server_url, "alice")
    tried: list[str | None] = []
    real_open = server_login.open_user_project

    def server_wants_one(location: str, *, password: str | None = None) -> Project:
        tried.append(password)
        if password != "s3cret":
            raise ServerPasswordError(f"{location}: the server wants a password")
        return real_open(location, password=password)

    asked: list[str] = []
    answers = iter(["wrong", "s3cret"])
    monkeypatch.setattr(server_login, "open_user_project", server_wants_one)
    monkeypatch.setattr(
        server_login, "ask_password", lambda _parent, reason: asked.append(reason) or next(answers)
    )
    choose_in_dialog(monkeypatch, url)
    window.registry["project.open_server"].trigger()
    qtbot.waitUntil(lambda: window.project.is_server, timeout=15_000)
    assert tried == [None, "wrong", "s3cret"] and len(asked) == 2
    assert window.project.annotator_name == "alice"


def test_cancelling_the_password_prompt_keeps_the_project_that_was_open(
    qtbot, window: MainWindow, server_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = window.project

    def refuse(location: str, *, password: str | None = None) -> Project:
        raise ServerPasswordError(f"{location}: the server wants a password")

    monkeypatch.setattr(server_login, "open_user_project", refuse)
    monkeypatch.setattr(server_login, "ask_password", lambda _parent, _reason: None)
    choose_in_dialog(monkeypatch, as_user(server_url, "alice"))
    window.registry["project.open_server"].trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage().startswith("Not opened"), timeout=15_000)
    assert window.project is before and not before.closed


def test_another_persons_tag_and_open_document_show_up_at_once(
    qtbot, alice_window: MainWindow, bob: Project
) -> None:
    """Faster than the 5 s safety poll: the server's notice wakes the window."""
    window = alice_window
    window.controller.show_layers(frozenset({window.project.annotator_id, bob.annotator_id}))
    services.add_span(bob, 1, 0, 4, "ORG")
    qtbot.waitUntil(lambda: [s.label for s in window.controller.spans] == ["ORG"], timeout=3000)
    assert window.statusBar().currentMessage().startswith("Updated: bob changed")

    presence.here(bob, "bobs-window", 1)
    model = window.documents.model
    qtbot.waitUntil(lambda: model.open_by(1) == ["bob"], timeout=3000)
    assert model.index(0, OPEN_BY_COLUMN).data() == "bob"
    assert not window.documents.table.isColumnHidden(OPEN_BY_COLUMN)
    presence.leave(bob, "bobs-window")
    qtbot.waitUntil(lambda: model.open_by(1) == [], timeout=3000)


def test_a_server_restart_under_the_window_is_said_and_the_next_key_is_saved(
    qtbot, alice_window: MainWindow, bob: Project, pg_cluster: Cluster
) -> None:
    window = alice_window
    said: list[str] = []
    shown = window.message
    window.message = lambda text, *args: (said.append(text), shown(text, *args))  # type: ignore[method-assign]
    pg_cluster.restart()
    qtbot.waitUntil(lambda: any(t.startswith("Lost the connection") for t in said), timeout=10_000)
    qtbot.waitUntil(lambda: any(t.startswith("Connected to") for t in said), timeout=15_000)
    window.documents.table.selectRow(0)
    tag_by_key(qtbot, window, "Bişkek", Qt.Key.Key_3)
    assert [(s.label, s.annotator) for s in queries.list_spans(bob, 1)] == [("GPE", "alice")]


def test_an_unreachable_server_at_start_says_why_and_offers_the_last_project_file(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("CURATOR_ANNOTATOR", "alice")  # who she is on the file (no first-start prompt)
    last = tmp_path / "mine.curator"
    open_project(last, annotator="alice").close()
    remember_project(last)
    asked: list[str] = []
    monkeypatch.setattr(
        messages, "question", lambda _p, _t, text, *a, **k: asked.append(text) or messages.Button.Yes
    )
    url = "postgresql://alice:s3cret@127.0.0.1:1/corpus"
    with pytest.raises(Exception) as failure:
        app._open_at_start(url, None)
    project = app._offer_last_file(failure.value, url)
    assert project is not None and project.path == last.resolve()
    project.close()
    assert (
        "127.0.0.1:1/corpus" in asked[0] and "cannot connect" in asked[0] and str(last.resolve()) in asked[0]
    )
    assert "s3cret" not in asked[0]


def test_an_annotator_sees_what_their_role_may_not_do_greyed_out_and_still_tags(
    qtbot, server_database: Callable[..., str]
) -> None:
    admin_url = server_database("carol", role="annotator")
    with open_project(admin_url, create=True) as admin:
        fill(admin, [TURKISH])
    window = open_window(qtbot, open_project(as_user(admin_url, "carol")))
    for action_id in ("documents.import", "schema.edit", "project.assign", "review.approve"):
        action = window.registry[action_id]
        assert not action.isEnabled(), action_id
        assert "not for your role (annotator)" in action.toolTip()
    assert window.registry["review.annotated"].isEnabled()
    window.documents.table.selectRow(0)
    qtbot.waitUntil(lambda: window.controller.document is not None)
    tag_by_key(qtbot, window, "KGAÖ", Qt.Key.Key_2)
    assert [(s.label, s.annotator) for s in queries.list_spans(window.project, 1)] == [("ORG", "carol")]


def test_a_project_file_greys_out_nothing(window: MainWindow) -> None:
    assert all(window.registry[action_id].isEnabled() for action_id in role_gate.NEEDS)
