"""`curator link`: link every unlinked mention whose text names exactly one canonical entity.

The rule is the one a hand tag gets in the window (`curator.core.services.span_links`): folded,
suffix-stripped text equal to a name or alias of one entity of a compatible type. Ambiguous mentions are
counted and a few shown, never chosen; `--dry-run` counts without writing.
"""

from __future__ import annotations

import argparse

from curator.cli.common import open_project
from curator.cli.output import echo, echo_json

EXIT_OK = 0


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "link",
        help="link every unlinked mention that names exactly one canonical entity (one undoable step)",
    )
    parser.add_argument("--dry-run", action="store_true", help="count what would be linked, write nothing")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from curator.core.services.span_links import link_corpus

    with open_project(args) as project:
        result = link_corpus(project, dry_run=args.dry_run)
    if args.json:
        echo_json(result.to_json())
        return EXIT_OK
    verb = "would link" if result.dry_run else "linked"
    echo(
        f"{verb} {result.linked} mention{'s' if result.linked != 1 else ''}; {result.ambiguous} ambiguous, "
        f"{result.no_match} without a match"
        + (f", {result.read_only} in approved documents left alone (reopen them)" if result.read_only else "")
    )
    for text, label, names in result.examples:
        echo(f"  ambiguous: {text!r} [{label}] could be {', '.join(names)}")
    return EXIT_OK
