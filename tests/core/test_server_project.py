"""A project on a real PostgreSQL server (the throwaway cluster of tests/conftest.py): the same
migrations as a file, the connected role as the annotator, refusals that say what to do, and the CLI on
a `postgresql://` URL through its entry point."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable

import psycopg
import pytest
from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from curator.cli.main import main
from curator.core import queries, services
from curator.core.domain import StaleWriteError
from curator.core.project.setup import open_project
from curator.core.storage import ProjectOpenError
from curator.core.storage.migrate import head_revision
from curator.core.storage.server import ServerProject, server_label
from curator.core.storage.versions import expect_versions
from tests.core.test_migrations import assert_models_match
from tests.helpers.engines import as_user


def _driver(url: str) -> str:
    return url.replace("postgresql://", "postgresql+psycopg://", 1)


def test_the_migrations_build_the_models_schema_on_postgresql(server_database: Callable[..., str]) -> None:
    url = server_database()
    open_project(url, create=True).close()
    assert_models_match(create_engine(_driver(url), poolclass=NullPool))


def test_the_annotator_is_the_connected_role_and_cannot_be_named_otherwise(
    server_database: Callable[..., str],
) -> None:
    url = server_database("alice")
    open_project(url, create=True).close()
    with open_project(as_user(url, "alice")) as project:
        assert isinstance(project, ServerProject)
        assert project.annotator_name == "alice"
    with pytest.raises(ProjectOpenError, match="connected as alice; on a server the annotator is the role"):
        open_project(as_user(url, "alice"), annotator="bob")


def test_an_empty_database_is_not_made_a_project_by_opening_it(server_database: Callable[..., str]) -> None:
    url = server_database()
    with pytest.raises(ProjectOpenError, match="no Curator project on this database"):
        open_project(url, create=False)


def test_a_server_of_a_newer_schema_is_refused(server_database: Callable[..., str]) -> None:
    url = server_database()
    open_project(url, create=True).close()
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(
        ProjectOpenError, match=f"newer Curator \\(schema 9999\\); upgrade Curator.*{head_revision()}"
    ):
        open_project(url)


def test_an_unreachable_server_is_a_message_with_the_url_and_never_the_password(pg_cluster) -> None:
    url = f"postgresql://alice:secret@127.0.0.1:{pg_cluster.port + 1}/nowhere"
    with pytest.raises(ProjectOpenError) as refused:
        open_project(url)
    message = str(refused.value)
    assert "cannot connect to the server" in message and "127.0.0.1" in message
    assert "secret" not in message and "secret" not in server_label(url)


def test_the_cli_imports_and_counts_on_a_server_url(
    server_database: Callable[..., str], capsys: pytest.CaptureFixture[str], tmp_path
) -> None:
    url = server_database("alice")
    open_project(url, create=True).close()
    (tmp_path / "a.txt").write_text("Дипломат Бишкекте жыйынга катышты.", encoding="utf-8")
    alice = as_user(url, "alice")
    assert main(["--project", alice, "import", str(tmp_path / "a.txt")]) == 0
    capsys.readouterr()
    assert main(["--project", alice, "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 1


def test_a_compare_and_set_on_the_server_lets_only_one_of_two_concurrent_writers_through(
    server_database: Callable[..., str],
) -> None:
    """Both saw version 1; the row lock of the check makes the second wait, then see version 2."""
    url = server_database("alice", "bob")
    open_project(url, create=True).close()
    alice, bob = open_project(as_user(url, "alice")), open_project(as_user(url, "bob"))
    try:
        with alice.write() as session:
            services.add_documents(
                session, [services.NewDocument(text="Toplantı Ankara'da.", title="T", language="tr")],
                annotator_id=None, source="test",
            )  # fmt: skip
        [document] = queries.list_documents(alice)
        document_id = document.id
        version = queries.get_document(alice, document_id).version
        outcomes: dict[str, str] = {}
        entered = threading.Event()

        def write(project, name: str, hold: float) -> None:
            try:
                with project.write() as session:
                    expect_versions(session, {document_id: version})
                    entered.set()
                    services.stale.bump_documents(session, [document_id])
                    time.sleep(hold)
                outcomes[name] = "saved"
            except StaleWriteError as error:
                outcomes[name] = str(error)

        first = threading.Thread(target=write, args=(alice, "alice", 0.5))
        first.start()
        entered.wait(5)
        write(bob, "bob", 0)
        first.join()
        assert outcomes["alice"] == "saved"
        assert outcomes["bob"].startswith("“T” was changed by alice")
        assert queries.get_document(bob, document_id).version == version + 1
    finally:
        alice.close()
        bob.close()


def test_server_init_makes_an_empty_database_a_project_once(
    server_database: Callable[..., str], capsys: pytest.CaptureFixture[str]
) -> None:
    url = server_database("alice")
    assert main(["server", "init", url]) == 0
    assert f"a Curator project (schema {head_revision()})" in capsys.readouterr().out
    assert main(["server", "init", url]) == 0  # again: nothing to do, nothing lost
    with open_project(as_user(url, "alice")) as project:
        assert [label.name for label in queries.list_labels(project)][:1] == ["PER"]
    assert main(["server", "init", "/tmp/not-a-server.curator"]) == 1
    assert "not a PostgreSQL URL" in capsys.readouterr().err
