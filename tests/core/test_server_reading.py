"""The quick read-only path of `curator stats` on a team server (storage.server_snapshot), against a real
PostgreSQL: it counts what the full open counts, as the connected role, writes nothing, loads no
SQLAlchemy, and hands every server the full open would refuse or change to it, which says why."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from curator.cli.main import main
from curator.core import services
from curator.core.counts import layer_counts, project_counts
from curator.core.importers import import_paths
from curator.core.layers import spans_per_layer
from curator.core.project.reading import open_for_reading
from curator.core.project.setup import open_project
from curator.core.queries import project_stats
from tests.helpers.engines import as_user
from tests.test_startup_imports import DATABASE, NEVER_AT_START, _cli, _modules


@pytest.fixture
def server(server_database: Callable[..., str], tmp_path: Path) -> str:
    """A team project (boss its admin, alice an annotator) with two documents and a span in each of
    boss's and alice's layers."""
    url = server_database("boss")
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("ALTER ROLE boss CREATEROLE")
    assert main(["server", "init", url]) == 0
    assert main(["--project", url, "server", "add-user", "alice", "--role", "annotator"]) == 0
    (tmp_path / "a.txt").write_text("Ahmet Yılmaz Bişkek'te görüştü.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Moscow and Astana met today.", encoding="utf-8")
    with open_project(as_user(url, "boss")) as boss:
        import_paths(boss, [tmp_path / "a.txt", tmp_path / "b.txt"])
        services.add_span(boss, 1, 0, 12, "PER")
    with open_project(as_user(url, "alice")) as alice:
        services.add_span(alice, 2, 0, 6, "GPE")
    return url


def _full_open_counts(url: str) -> dict:
    with open_project(url) as project:
        return project_stats(project) | {"layers": spans_per_layer(project)}


def test_a_server_snapshot_counts_what_the_open_project_counts_as_each_role(server: str) -> None:
    for user in ("boss", "alice"):
        url = as_user(server, user)
        snapshot = open_for_reading(url)
        assert snapshot is not None
        with snapshot:
            read = project_counts(snapshot) | {"layers": layer_counts(snapshot)}
        assert read == _full_open_counts(url)
        assert read["documents"] == 2 and read["layers"] == {"alice": 1, "boss": 1}
        assert read["labels"]["PER"] == 1 and read["labels"]["GPE"] == 1


def test_a_server_snapshot_writes_nothing(server: str) -> None:
    snapshot = open_for_reading(as_user(server, "boss"))
    assert snapshot is not None
    with snapshot, pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
        snapshot.execute("DELETE FROM spans")
    assert _full_open_counts(server)["spans"] == 2


def test_a_server_the_full_open_would_refuse_is_left_to_it(
    server: str, server_database: Callable[..., str], capsys: pytest.CaptureFixture[str]
) -> None:
    alice = as_user(server, "alice")
    snapshot = open_for_reading(alice, "alice")
    assert snapshot is not None
    snapshot.close()
    assert open_for_reading(alice, "boss") is None  # the full open: "you are connected as alice"
    assert open_for_reading(server_database()) is None  # no project on the database yet
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute("CREATE ROLE stats_outsider LOGIN")  # in none of the project's groups
    assert open_for_reading(as_user(server, "stats_outsider")) is None
    capsys.readouterr()
    assert main(["--project", as_user(server, "stats_outsider"), "stats"]) == 1
    assert "stats_outsider is not a user of this project" in capsys.readouterr().err
    unreachable = server.replace(server.split("@", 1)[1].split("/", 1)[0], "127.0.0.1:9")
    assert open_for_reading(unreachable) is None
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0009'")
    assert open_for_reading(alice) is None
    assert main(["--project", alice, "stats"]) == 1
    assert "an admin upgrades it with: curator server upgrade URL" in capsys.readouterr().err


def test_stats_on_a_server_loads_no_orm_nlp_or_alembic(server: str) -> None:
    loaded, said = _modules(_cli("--project", as_user(server, "alice"), "stats"))
    assert "documents: 2" in said and "  alice        1" in said
    assert set(loaded["top"]).isdisjoint(NEVER_AT_START + DATABASE)
    assert loaded["format_code"] == []
