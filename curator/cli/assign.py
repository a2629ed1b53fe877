"""`curator assign`: hand the documents out to annotators, with an overlap for agreement; show the queues.

curator --project P assign --annotators a,b,c --overlap 0.2 --seed 7
curator --project P assign --annotators a,b --where "lang:ky date:2021"
curator --project P assign --annotators a,b,c --overlap 0.1 --per-overlap 3 --dry-run
curator --project P assign --show [--json]
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from curator.cli.common import open_project
from curator.cli.output import echo, echo_json
from curator.core.domain import CuratorError

if TYPE_CHECKING:
    from curator.core.services.assignments import AssignmentPlan

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "assign",
        help="assign documents to annotators (a seeded fraction to two or more); show each one's queue",
        description=(
            "Each selected document goes to one annotator, a seeded fraction (--overlap) to --per-overlap "
            "of them. Documents an annotator started or finished stay theirs; the same arguments and seed "
            "give the same assignment again."
        ),
    )
    parser.add_argument("--annotators", metavar="A,B,C", help="comma-separated names (new ones are added)")
    parser.add_argument("--overlap", type=float, default=0.0, help="fraction given to several (0 to 1)")
    parser.add_argument(
        "--per-overlap", type=int, default=2, metavar="K", help="annotators per overlap document"
    )
    parser.add_argument("--seed", type=int, default=None, help="shuffle seed (default 0)")
    parser.add_argument(
        "--where", default="", metavar="QUERY", help="documents filter, e.g. 'lang:ky status:new'"
    )
    parser.add_argument("--dry-run", action="store_true", help="print what it would do, write nothing")
    parser.add_argument("--show", action="store_true", help="print each annotator's queue instead")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.show:
        if args.annotators:
            echo("error: --show takes no --annotators", file=sys.stderr)
            return EXIT_USAGE
        return _show(args)
    if not args.annotators:
        echo("error: name the annotators: --annotators a,b,c (or --show the queues)", file=sys.stderr)
        return EXIT_USAGE
    from curator.core.services import assignments

    names = args.annotators.split(",")
    with open_project(args) as project:
        try:
            if args.dry_run:
                plan = assignments.plan_assignment(
                    project, names, args.overlap, args.seed, args.where, args.per_overlap
                )
            else:
                plan = assignments.assign(
                    project, names, args.overlap, args.seed, args.where, args.per_overlap
                ).plan
        except CuratorError as error:
            echo(f"error: {error}", file=sys.stderr)
            return EXIT_FAILED
    _print_plan(plan, args)
    return EXIT_OK


def _print_plan(plan: AssignmentPlan, args: argparse.Namespace) -> None:
    if args.json:
        echo_json(
            {"documents": plan.documents, "annotators": plan.counts, "overlap": plan.overlap,
             "added": plan.added, "moved": plan.moved, "kept": plan.kept, "unchanged": plan.unchanged,
             "new_annotators": list(plan.new_annotators), "dry_run": args.dry_run}
        )  # fmt: skip
        return
    width = max(len(name) for name in plan.counts)
    for name, count in plan.counts.items():
        echo(f"{name:<{width}}  {count} documents")
    echo(f"overlap: {plan.overlap} documents with two or more annotators")
    echo(("would do: " if args.dry_run else "") + plan.summary())


def _show(args: argparse.Namespace) -> int:
    from curator.core.services import assignments

    with open_project(args) as project:
        found = assignments.queues(project)
    if args.json:
        echo_json(
            [{"annotator": queue.annotator, "assigned": queue.total, "done": len(queue.done),
              "todo": len(queue.todo), "todo_documents": list(queue.todo), "done_documents": list(queue.done)}
             for queue in found]
        )  # fmt: skip
        return EXIT_OK
    if not found:
        echo("no document is assigned (curator assign --annotators a,b,c)")
        return EXIT_OK
    width = max(len(queue.annotator) for queue in found)
    for queue in found:
        following = f", next: document {queue.todo[0]}" if queue.todo else ""
        echo(f"{queue.annotator:<{width}}  {queue.total} assigned, {len(queue.done)} done, "
             f"{len(queue.todo)} to do{following}")  # fmt: skip
    return EXIT_OK
