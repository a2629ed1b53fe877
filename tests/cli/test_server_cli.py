"""`curator server add-user`, `users` and `upgrade` through the CLI's entry point, on a real server."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

import psycopg
import pytest

from curator.cli.main import main
from curator.core import services
from curator.core.project.setup import open_project
from curator.core.storage import server_upgrade
from curator.core.storage.migrate import head_revision
from tests.helpers.engines import as_user
from tests.helpers.pg_cluster import Cluster, find_bindir


@pytest.fixture
def server(server_database: Callable[..., str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A team project with one document, made by `curator server init`; boss is its admin."""
    url = server_database("boss")
    with psycopg.connect(
        url, autocommit=True
    ) as connection:  # who runs init may create roles, as on a real server
        connection.execute("ALTER ROLE boss CREATEROLE")
    assert main(["server", "init", url]) == 0
    (tmp_path / "a.txt").write_text("Ahmet Yılmaz Bişkek'te görüştü.", encoding="utf-8")
    assert main(["--project", url, "import", str(tmp_path / "a.txt")]) == 0
    capsys.readouterr()
    return url


def _users(url: str, capsys: pytest.CaptureFixture[str]) -> list[list[str]]:
    assert main(["--project", url, "server", "users"]) == 0
    return [line.split(None, 2) for line in capsys.readouterr().out.splitlines()[1:]]


def test_add_user_makes_people_of_each_role_and_moves_them_to_another(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    boss = as_user(server, "boss")
    assert main(["--project", boss, "server", "add-user", "alice", "--role", "annotator"]) == 0
    assert "alice is now a user of postgresql://boss@127.0.0.1" in capsys.readouterr().out
    assert main(["--project", boss, "server", "add-user", "rita", "--role", "reviewer"]) == 0
    with open_project(as_user(server, "alice")) as alice:
        services.add_span(alice, 1, 0, 5, "PER")
    capsys.readouterr()
    users = _users(boss, capsys)
    assert [user[:2] for user in users] == [["alice", "annotator"], ["boss", "admin"], ["rita", "reviewer"]]
    assert users[0][2][:2] == "20" and users[2][2] == "never"  # alice's last change is a date

    assert main(["--project", boss, "server", "add-user", "alice", "--role", "reviewer"]) == 0
    assert "alice: annotator → reviewer" in capsys.readouterr().out
    assert [user[:2] for user in _users(boss, capsys)][0] == ["alice", "reviewer"]
    assert main(["--project", as_user(server, "alice"), "server", "add-user", "bob", "--role", "admin"]) == 1
    assert "only an admin adds users; alice is reviewer" in capsys.readouterr().err
    assert main(["--project", boss, "server", "add-user", "carol", "--role", "admin"]) == 0
    assert (
        main(["--project", as_user(server, "carol"), "server", "add-user", "bob", "--role", "annotator"]) == 1
    )
    assert (
        "carol may not create roles; a superuser of the server allows it with: ALTER ROLE carol CREATEROLE"
        in (capsys.readouterr().err)
    )


def test_a_password_is_only_typed_at_a_prompt_and_stored_as_a_verifier(
    server: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(SystemExit):  # there is no option that takes a password
        main(["--project", server, "server", "add-user", "alice", "--role", "annotator", "--password", "x"])
    assert "unrecognized arguments: x" in capsys.readouterr().err
    typed = iter(["s3cret-pw", "s3cret-pw", "one", "other"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(typed))
    command = ["--project", server, "server", "add-user", "alice", "--role", "annotator", "--password-prompt"]
    assert main(command) == 0
    with psycopg.connect(server) as connection:
        [stored] = connection.execute("SELECT rolpassword FROM pg_authid WHERE rolname = 'alice'").fetchone()
    assert stored.startswith("SCRAM-SHA-256$") and "s3cret-pw" not in stored
    capsys.readouterr()
    assert main(command) == 1
    assert "the two passwords differ; nothing was changed" in capsys.readouterr().err


def test_add_user_needs_a_server(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p.curator"
    assert main(["--project", str(project), "server", "add-user", "alice", "--role", "annotator"]) == 1
    assert "not a PostgreSQL URL; give the server with --project" in capsys.readouterr().err
    assert not project.exists()


def _make_older(url: str) -> None:
    """The server as Curator made it before schema 0010: at 0009, without the tables later revisions add
    (0010 only adds the roles; 0011 the corpus-event tables)."""
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute("DROP TABLE event_group_members, event_groups")
        connection.execute("UPDATE alembic_version SET version_num = '0009'")


def test_an_older_server_is_upgraded_by_an_admin_after_a_pg_dump(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--project", server, "server", "add-user", "alice", "--role", "annotator"]) == 0
    _make_older(server)
    alice, boss = as_user(server, "alice"), as_user(server, "boss")
    capsys.readouterr()
    assert main(["--project", alice, "stats"]) == 1
    assert "an admin upgrades it with: curator server upgrade URL" in capsys.readouterr().err
    assert main(["server", "upgrade", alice]) == 1
    assert "only an admin upgrades the server; alice is not one" in capsys.readouterr().err

    assert main(["server", "upgrade", boss]) == 0
    out = capsys.readouterr().out
    assert f"schema 0009 → {head_revision()}" in out and "(pg_dump, restore with pg_restore)" in out
    backup = Path(out.split("backed up to ", 1)[1].split(" (", 1)[0])
    assert backup.parent == server_upgrade.backup_folder() and backup.suffix == ".dump"
    bindir = find_bindir()
    assert bindir is not None
    listing = subprocess.run(
        [str(bindir / "pg_restore"), "--list", str(backup)], capture_output=True, text=True, check=True
    ).stdout
    assert "TABLE public spans" in listing and "TABLE DATA public documents" in listing
    assert main(["--project", alice, "stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 1
    assert main(["server", "upgrade", boss]) == 0
    assert "is this Curator's already; roles and policies renewed" in capsys.readouterr().out


def test_without_pg_dump_the_upgrade_copies_every_table_first(
    server: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _make_older(server)
    monkeypatch.setattr(server_upgrade, "find_pg_dump", lambda: None)
    assert main(["server", "upgrade", as_user(server, "boss")]) == 0
    out = capsys.readouterr().out
    assert "no pg_dump found: a copy of every table" in out
    folder = Path(out.split("backed up to ", 1)[1].split(" (", 1)[0])
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["schema"] == "0009" and manifest["tables"]["documents"] == 1
    assert "Bişkek" in (folder / "documents.copy").read_text(encoding="utf-8")


def test_a_failed_backup_migrates_nothing(
    server: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _make_older(server)
    failing = tmp_path / "pg_dump"
    failing.write_text("#!/bin/sh\necho 'pg_dump: error: server version mismatch' >&2\nexit 1\n")
    failing.chmod(0o755)
    monkeypatch.setattr(server_upgrade, "find_pg_dump", lambda: failing)
    assert main(["server", "upgrade", as_user(server, "boss")]) == 1
    assert "pg_dump failed, nothing was migrated (pg_dump: error: server version mismatch)" in (
        capsys.readouterr().err
    )
    with psycopg.connect(server) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0009",)


def test_the_owner_of_a_database_who_may_create_roles_sets_up_the_team(
    pg_cluster: Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    """Not a superuser: the database's owner with CREATEROLE, as a DBA would hand it out."""
    with psycopg.connect(pg_cluster.url(), autocommit=True) as connection:
        connection.execute("CREATE ROLE owner_lead LOGIN CREATEROLE")
        connection.execute('CREATE DATABASE "curator_owned" OWNER owner_lead')
    lead = pg_cluster.url("curator_owned", user="owner_lead")
    assert main(["server", "init", lead]) == 0
    assert main(["--project", lead, "server", "add-user", "alice", "--role", "annotator"]) == 0
    capsys.readouterr()
    assert [user[:2] for user in _users(lead, capsys)] == [["alice", "annotator"], ["owner_lead", "admin"]]
    with open_project(as_user(lead, "alice")) as alice:
        assert services.add_span(alice, *_first_document(lead), "PER").span.annotator == "alice"
    assert main(["--project", as_user(lead, "alice"), "stats"]) == 0


def _first_document(url: str) -> tuple[int, int, int]:
    """(id, 0, 5) of a document the admin adds: the annotator may not add documents."""
    with open_project(url) as lead, lead.write() as session:
        services.add_documents(
            session,
            [services.NewDocument(text="Ahmet Yılmaz geldi.", title="d")],
            annotator_id=None,
            source="t",
        )
    with psycopg.connect(url) as connection:
        [document_id] = connection.execute("SELECT min(id) FROM documents").fetchone()
    return int(document_id), 0, 5


def test_init_by_a_role_that_may_not_create_roles_leaves_the_database_empty(
    pg_cluster: Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    with psycopg.connect(pg_cluster.url(), autocommit=True) as connection:
        connection.execute("CREATE ROLE plain_owner LOGIN")
        connection.execute('CREATE DATABASE "curator_plain" OWNER plain_owner')
    url = pg_cluster.url("curator_plain", user="plain_owner")
    assert main(["server", "init", url]) == 1
    assert "plain_owner may not create roles, and the project needs its own (curator_plain_annotator," in (
        capsys.readouterr().err
    )
    with psycopg.connect(url) as connection:
        assert connection.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone() == (0,)


def test_add_user_refuses_reserved_names_and_the_projects_groups(
    server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, said in (
        ("gold", "'gold' is reserved"),
        (f"{server.rsplit('/', 1)[1]}_admin", "is one of this project's group roles, not a person"),
        (" alice", "may not be empty or begin or end with a space"),
    ):
        assert main(["--project", server, "server", "add-user", name, "--role", "admin"]) == 1
        assert said in capsys.readouterr().err
    assert [user[0] for user in _users(server, capsys)] == ["boss"]


def test_init_refuses_a_login_role_of_a_groups_name(
    pg_cluster: Cluster, capsys: pytest.CaptureFixture[str]
) -> None:
    with psycopg.connect(pg_cluster.url(), autocommit=True) as connection:
        connection.execute("CREATE ROLE curator_clash_reviewer LOGIN")
        connection.execute('CREATE DATABASE "curator_clash"')
    assert main(["server", "init", pg_cluster.url("curator_clash")]) == 1
    assert "a login role named curator_clash_reviewer exists already" in capsys.readouterr().err
    with psycopg.connect(pg_cluster.url("curator_clash")) as connection:  # refused before any migration ran
        assert connection.execute(
            "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
        ).fetchone() == (0,)
