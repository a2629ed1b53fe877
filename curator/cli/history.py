"""`curator history`: list the project's changes (who, when, what), newest first, and revert one.

curator --project P history                         (the last 50 entries)
curator --project P history --document 3 --annotator bob --since 2026-12-01 --json
curator --project P history --revert 123            (take back entry #123 if nothing later needs it)
"""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from curator.cli.common import open_project
from curator.cli.output import echo, echo_json
from curator.core.domain import CuratorError

if TYPE_CHECKING:
    from curator.core.storage import Project

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "history",
        help="list the project's changes (who, when, what), or revert one with --revert ID",
        description="Entries newest first. Times are UTC.",
    )
    parser.add_argument("--document", type=int, metavar="ID", help="only changes to this document")
    parser.add_argument(  # its own dest: the global --annotator (whose session) must survive the subcommand
        "--annotator", dest="by_annotator", metavar="NAME", help="only changes by this annotator"
    )
    parser.add_argument("--since", type=_since, metavar="DATE", help="only changes from DATE (ISO, UTC) on")
    parser.add_argument("--limit", type=int, default=50, metavar="N", help="at most N entries (default 50)")
    parser.add_argument("--revert", type=int, metavar="ID", help="revert entry ID (a new entry)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def _since(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not an ISO date such as 2026-12-01 or 2026-12-01T10:30"
        ) from None
    return moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)


def run(args: argparse.Namespace) -> int:
    if args.limit < 1:
        echo("error: --limit must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    with open_project(args) as project:
        if args.revert is not None:
            return _revert(project, args)
        return _list(project, args)


def _revert(project: Project, args: argparse.Namespace) -> int:
    from curator.core.services.history import revert_entry

    try:
        change = revert_entry(project, args.revert)
    except CuratorError as error:
        echo(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    if args.json:
        echo_json({"reverted": args.revert, "text": change.text, "documents": sorted(change.documents)})
    else:
        echo(f"{change.text} — saved.")
    return EXIT_OK


def _list(project: Project, args: argparse.Namespace) -> int:
    from curator.core.history_queries import HistoryFilter, history_page

    where = HistoryFilter(document_id=args.document, annotator=args.by_annotator, since=args.since)
    page = history_page(project, where, limit=args.limit)
    if args.json:
        echo_json(
            [
                {"id": r.id, "uid": r.uid, "at": r.created_at.isoformat(timespec="seconds"),
                 "by": r.annotator, "kind": r.kind, "text": r.text, "reverts": r.reverts_id}
                for r in page
            ]
        )  # fmt: skip
        return EXIT_OK
    if not page:
        narrowed = args.document or args.by_annotator or args.since
        echo("no changes recorded" + (" that match" if narrowed else ""))
    for r in page:
        reverts = f" (reverts #{r.reverts_id})" if r.reverts_id is not None else ""
        echo(f"#{r.id}  {r.created_at:%Y-%m-%d %H:%M:%S}  {r.annotator or '?'}  {r.text}{reverts}")
    return EXIT_OK
