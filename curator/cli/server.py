"""`curator server init|add-user|users|upgrade`: set up and keep a PostgreSQL database as a team project.

curator server init postgresql://admin@host:5432/corpus
curator --project postgresql://admin@host:5432/corpus server add-user alice --role annotator
curator --project postgresql://admin@host:5432/corpus server users
curator server upgrade postgresql://admin@host:5432/corpus

`init` runs as the role that will own the tables (one allowed to create roles): the same migrations a
project file gets, the default schema, and the project's three group roles with their grants and
row-level security (curator.core.storage.server_roles). Each person then opens it as their own
PostgreSQL role, which `add-user` creates (or moves to another group). Passwords are typed at a prompt
(`--password-prompt`) or not set at all (the server trusts ~/.pgpass, peer or certificate logins): never
on the command line, where other users of the machine can read them. `upgrade` migrates an older server
after a backup (curator.core.storage.server_upgrade).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from curator.cli.output import echo
from curator.core.domain import CuratorError

EXIT_OK, EXIT_FAILED = 0, 1
URL_HELP = "postgresql://ROLE@HOST:PORT/DATABASE"


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("server", help="set up a project on a PostgreSQL server for a team")
    actions = parser.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="create the project's tables, default schema and roles in an empty database"
    )
    init.add_argument("url", metavar="URL", help=URL_HELP)
    init.set_defaults(handler=run_init)
    add_user = actions.add_parser(
        "add-user", help="let a person (a PostgreSQL login role) work on the --project server in a role"
    )
    add_user.add_argument("name", metavar="NAME", help="their PostgreSQL role name (created if missing)")
    add_user.add_argument("--role", required=True, choices=("annotator", "reviewer", "admin"))
    add_user.add_argument(
        "--password-prompt", action="store_true", help="ask for their password (else none is set)"
    )
    add_user.set_defaults(handler=run_add_user)
    users = actions.add_parser("users", help="who works on the --project server, in which role")
    users.set_defaults(handler=run_users)
    upgrade = actions.add_parser(
        "upgrade", help="back up the server, then bring its schema to this Curator's (admins only)"
    )
    upgrade.add_argument("url", metavar="URL", help=URL_HELP)
    upgrade.set_defaults(handler=run_upgrade)


def _server_url(value: str | None) -> str:
    from curator.core.project.location import resolve_project
    from curator.core.storage.server import is_server_url

    chosen = resolve_project(value)
    if not is_server_url(chosen):
        raise CuratorError(f"{chosen}: not a PostgreSQL URL; give the server with --project {URL_HELP}")
    return str(chosen)


def run_init(args: argparse.Namespace) -> int:
    from curator.core.project.setup import open_project
    from curator.core.storage.server import is_server_url, server_label

    if not is_server_url(args.url):
        echo(f"error: {args.url}: not a PostgreSQL URL ({URL_HELP})", file=sys.stderr)
        return EXIT_FAILED
    try:
        with open_project(args.url, create=True) as project:
            revision = project.schema_revision()
    except CuratorError as error:
        echo(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    echo(f"{server_label(args.url)}: a Curator project (schema {revision})")
    echo(f"add each person with: curator --project {server_label(args.url)} server add-user NAME --role ROLE")
    echo(f"they open it as their own PostgreSQL role: curator --project {URL_HELP}")
    return EXIT_OK


def _new_password(name: str) -> str:
    password = getpass.getpass(f"password for {name}: ")
    if not password:
        raise CuratorError("no password given; nothing was changed")
    if getpass.getpass(f"password for {name} again: ") != password:
        raise CuratorError("the two passwords differ; nothing was changed")
    return password


def run_add_user(args: argparse.Namespace) -> int:
    from curator.core.project.setup import open_project
    from curator.core.storage import server_users

    url = _server_url(args.project)
    password = _new_password(args.name) if args.password_prompt else None
    with open_project(url, create=False) as project, project.write() as session:
        previous = server_users.add_user(session.connection(), args.name, args.role, password=password)
    if previous is None:
        echo(f"{args.name} is now a user of {project.label} as {args.role}")
    elif previous == args.role:
        echo(f"{args.name} was {args.role} already")
    else:
        echo(f"{args.name}: {previous} → {args.role}")
    if password is None:
        echo(
            "no password was set: they log in as the server allows (~/.pgpass, peer or a password set before)"
        )
    return EXIT_OK


def run_users(args: argparse.Namespace) -> int:
    from curator.core.project.setup import open_project
    from curator.core.storage import server_users

    with open_project(_server_url(args.project), create=False) as project, project.read() as session:
        users = server_users.list_users(session.connection())
    width = max([len(user.name) for user in users] + [4])
    echo(f"{'NAME':<{width}}  {'ROLE':<9}  LAST CHANGE")
    for user in users:
        when = user.last_change.strftime("%Y-%m-%d %H:%M") if user.last_change else "never"
        echo(f"{user.name:<{width}}  {user.role:<9}  {when}")
    return EXIT_OK


def run_upgrade(args: argparse.Namespace) -> int:
    from curator.core.project.setup import open_project
    from curator.core.storage.server import is_server_url, server_label
    from curator.core.storage.server_upgrade import upgrade_server

    if not is_server_url(args.url):
        raise CuratorError(f"{args.url}: not a PostgreSQL URL ({URL_HELP})")
    done = upgrade_server(args.url)
    open_project(args.url, create=False).close()  # the parts of the default schema the new Curator adds
    label = server_label(args.url)
    if done.backup is None:
        echo(f"{label}: schema {done.after} is this Curator's already; roles and policies renewed")
        return EXIT_OK
    how = (
        "pg_dump, restore with pg_restore"
        if done.backup_kind == "pg_dump"
        else "no pg_dump found: a copy of every table"
    )
    echo(f"{label}: backed up to {done.backup} ({how})")
    echo(f"{label}: schema {done.before} → {done.after}")
    return EXIT_OK
