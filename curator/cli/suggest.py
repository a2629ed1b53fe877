"""`curator suggest`: run the rules or a trained model over documents and store their suggestions."""

from __future__ import annotations

import argparse
import sys

from curator.cli.common import open_project
from curator.cli.output import echo_json, echo_lines
from curator.core.domain import DocumentFilter


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "suggest",
        help="propose spans with the rules or a trained model (never over human tags or past rejections)",
    )
    parser.add_argument(
        "--suggester",
        default="rules",
        metavar="rules|model[:VERSION]",
        help="rules (default), model (the newest of each language) or model:VERSION",
    )
    parser.add_argument(
        "--where",
        default="",
        metavar="QUERY",
        help="only documents matching a filter, e.g. 'lang:ky status:new'",
    )
    parser.add_argument("documents", nargs="*", type=int, metavar="DOC", help="document ids (default: all)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def _show_progress(done: int, total: int) -> None:
    print(f"\r{done}/{total} documents", end="", file=sys.stderr, flush=True)


def run(args: argparse.Namespace) -> int:
    from curator.core.suggest.runner import run_suggester, select_documents, suggester_factory

    with open_project(args) as project:
        suggester_for = suggester_factory(project, args.suggester)
        documents = select_documents(project, args.documents, DocumentFilter.parse(args.where))
        result = run_suggester(
            project,
            args.suggester,
            suggester_for,
            documents,
            progress=_show_progress if sys.stderr.isatty() else lambda done, total: None,
        )
    if sys.stderr.isatty():
        print(file=sys.stderr)
    if args.json:
        echo_json(result.to_dict())
    else:
        echo_lines(list(result.lines()))
    return 0
