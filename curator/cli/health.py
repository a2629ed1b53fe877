"""`curator check`, `curator backup` and `curator restore`: is the project damaged, and getting work back.

`check` exits 0 when the project is healthy and 1 when it is damaged or cannot be opened, and says what
is damaged either way; a file SQLite cannot read, or a server that cannot be reached, is a message,
never a traceback. On a team server it runs the server's own check (`core.project.server_health`).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from curator.cli.common import open_project
from curator.cli.output import echo, echo_json, echo_lines
from curator.core.domain import CuratorError
from curator.core.project.location import resolve_project

EXIT_OK = 0
EXIT_DAMAGED = 1


def add_parser(commands: argparse._SubParsersAction) -> None:
    check = commands.add_parser(
        "check", help="check the project in full (integrity, foreign keys, every row, content hashes)"
    )
    check.add_argument("--json", action="store_true", help="print JSON")
    check.set_defaults(handler=run_check)

    backup = commands.add_parser("backup", help="write a backup of the project now (the last K are kept)")
    backup.add_argument(
        "--keep", type=int, metavar="K", help="keep the last K backups from now on (saved with the project)"
    )
    backup.set_defaults(handler=run_backup)

    restore = commands.add_parser(
        "restore", help="check a backup and write it to a new project file (never over an existing one)"
    )
    restore.add_argument("backup", type=Path, metavar="BACKUP")
    restore.add_argument("new_file", type=Path, metavar="NEW_FILE")
    restore.set_defaults(handler=run_restore)


def run_check(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DBAPIError

    from curator.core.project.health import check_project

    location = resolve_project(args.project)
    try:
        with open_project(args) as project:
            report = check_project(project)
    except (CuratorError, DBAPIError) as error:
        return _refused(location, error, as_json=args.json)
    if args.json:
        echo_json(report.to_dict())
    else:
        echo_lines(report.lines())
    return EXIT_OK if report.ok else EXIT_DAMAGED


def _refused(location: Path | str, error: Exception, *, as_json: bool) -> int:
    """The project could not even be opened: that is the finding (a server named without its password)."""
    from sqlalchemy.exc import DBAPIError

    from curator.core.storage.server import server_label

    message = str(getattr(error, "orig", None) or error) if isinstance(error, DBAPIError) else str(error)
    if as_json:
        shown = server_label(location) if isinstance(location, str) else str(location)
        report = {"path": shown, "ok": False, "opened": False,
                  "problems": [{"check": "open", "message": message}]}  # fmt: skip
        echo_json(report)
    else:
        echo(f"error: {message}", file=sys.stderr)
    return EXIT_DAMAGED


def run_backup(args: argparse.Namespace) -> int:
    from curator.core.storage.backups import backups_folder, set_backup_keep, write_backup
    from curator.core.storage.server import ServerProject

    with open_project(args) as project:
        if isinstance(project, ServerProject):  # refused, with what backs a server up instead
            project.backup(backups_folder(project.path))
        if args.keep is not None:
            set_backup_keep(project, args.keep)
        info = write_backup(project)
    echo(f"backup written: {info.path} ({info.documents} documents, {info.spans} spans, {info.size} bytes)")
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    from curator.core.project.health import restore_backup

    result = restore_backup(args.backup, args.new_file)
    echo(
        f"restored {result.backup} to {result.target}: {result.documents} documents, {result.spans} spans"
        f" (open it with: curator --project {result.target})"
    )
    return EXIT_OK
