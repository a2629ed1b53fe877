"""`curator server init URL`: make an empty PostgreSQL database a Curator project for a team.

curator server init postgresql://admin@host:5432/corpus

Run as the role that will own the tables. It builds the schema with the same migrations a project file
gets, adds the default labels and event types, and prints the URL to give annotators (without any
password). Each person then opens it as their own PostgreSQL role: `curator --project URL ...`.
"""

from __future__ import annotations

import argparse
import sys

from curator.cli.output import echo
from curator.core.domain import CuratorError

EXIT_OK, EXIT_FAILED = 0, 1


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("server", help="set up a project on a PostgreSQL server for a team")
    actions = parser.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    init = actions.add_parser(
        "init", help="create the project's tables and default schema in an empty database"
    )
    init.add_argument("url", metavar="URL", help="postgresql://ROLE@HOST:PORT/DATABASE")
    init.set_defaults(handler=run_init)


def run_init(args: argparse.Namespace) -> int:
    from curator.core.project.setup import open_project
    from curator.core.storage.server import is_server_url, server_label

    if not is_server_url(args.url):
        echo(
            f"error: {args.url}: not a PostgreSQL URL (postgresql://ROLE@HOST:PORT/DATABASE)", file=sys.stderr
        )
        return EXIT_FAILED
    try:
        with open_project(args.url, create=True) as project:
            revision = project.schema_revision()
    except CuratorError as error:
        echo(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    echo(f"{server_label(args.url)}: a Curator project (schema {revision})")
    echo(
        "annotators open it as their own PostgreSQL role: curator --project postgresql://ROLE@HOST:PORT/DATABASE"
    )
    return EXIT_OK
