"""`curator events`: corpus-wide event work. `consolidate` groups the mentions of different documents
that report the same real-world event (see `curator.core.records.consolidate`), keeping the groups a
user confirmed, split or joined; `list` prints the groups. Each run is one transaction (undoable in the
window's history like any other step)."""

from __future__ import annotations

import argparse
import sys

from curator.cli.common import open_project
from curator.cli.output import echo, echo_json

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser("events", help="corpus events: group reports of one event across documents")
    actions = parser.add_subparsers(dest="events_command", metavar="ACTION", required=True)
    consolidate = actions.add_parser(
        "consolidate",
        help="propose groups of event mentions that report the same real-world event (confirmed, split and "
        "joined groups are kept)",
    )
    consolidate.add_argument(
        "--near-duplicates",
        action="store_true",
        help="also search near-duplicate documents and count them as evidence (slower on large corpora)",
    )
    consolidate.add_argument(
        "--threshold", type=float, metavar="F", help="least pair score to group two mentions (default 0.5)"
    )
    consolidate.add_argument("--json", action="store_true", help="print JSON")
    consolidate.set_defaults(handler=run_consolidate)
    listing = actions.add_parser("list", help="list the event groups with their mentions")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)


def run_consolidate(args: argparse.Namespace) -> int:
    from curator.core.records.consolidate import THRESHOLD
    from curator.core.services import event_groups

    threshold = THRESHOLD if args.threshold is None else args.threshold
    if not 0 < threshold <= 2:
        echo(f"error: --threshold must be above 0 and at most 2, not {threshold}", file=sys.stderr)
        return EXIT_USAGE
    with open_project(args) as project:
        done = event_groups.consolidate(project, near_duplicates=args.near_duplicates, threshold=threshold)
    if args.json:
        echo_json(done.to_json())
        return EXIT_OK
    echo(
        f"{done.proposed} proposed group(s) of {done.mentions} mention(s) from {done.mentions_read} read"
        f" ({done.new} new, {done.removed} earlier proposal(s) replaced)"
    )
    echo(f"kept {done.kept_confirmed} confirmed group(s) and {done.kept_user} split or joined by a user")
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    from curator.core.records.consolidate import event_id_of
    from curator.core.records.consolidate_read import group_views

    with open_project(args) as project:
        views = group_views(project)
    rows = [
        {
            "group": view.group.id,
            "status": view.group.status,
            "origin": view.group.origin,
            "event_type": view.first.event_type if view.first else None,
            "date": view.first.date if view.first else None,
            "mentions": [
                {
                    "event_id": event_id_of(record),
                    "doc_id": record.doc_id,
                    "date": record.date,
                    "language": record.language,
                    "trigger": record.trigger_text,
                }
                for record in view.records
            ],
        }  # fmt: skip
        for view in views
    ]
    if args.json:
        echo_json(rows)
        return EXIT_OK
    if not rows:
        echo("no event groups (run: curator events consolidate)")
    for row in rows:
        mentions = row["mentions"]
        documents = ", ".join(str(m["doc_id"]) for m in mentions)
        echo(
            f"#{row['group']} {row['status']:<9} {row['event_type'] or '?'} {row['date'] or 'no date'}: "
            f"{len(mentions)} mention(s) in documents {documents}"
        )
    return EXIT_OK
