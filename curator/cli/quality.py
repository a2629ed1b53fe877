"""`curator quality`: what people did with each suggester's suggestions."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from curator.cli.common import open_project
from curator.cli.output import echo, echo_json
from curator.core.domain import SuggestionStatus

if TYPE_CHECKING:
    from curator.core.services.suggestions import QualityRow


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "quality", help="per suggester: suggestions accepted, corrected, rejected and still pending"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def _line(name: str, row: QualityRow) -> str:
    share = f"{row.acceptance:.0%}" if row.acceptance is not None else "-"
    return f"{name:<32} {row.accepted:>8} {row.corrected:>9} {row.rejected:>8} {row.pending:>8} {share:>10}"


def run(args: argparse.Namespace) -> int:
    from curator.core.services.suggestions import quality_by_source, quality_counts

    with open_project(args) as project:
        rows = quality_counts(project)
    sources = quality_by_source(rows)
    if args.json:
        report = {"sources": [r.to_dict() for r in sources], "labels": [r.to_dict() for r in rows]}
        echo_json(report)
        return 0
    if not rows:
        echo("no suggestions yet (run `curator suggest`)")
        return 0
    header = (*(status.value for status in SuggestionStatus), "acceptance")
    echo(f"{'suggester / label':<32} " + " ".join(f"{name:>{max(8, len(name))}}" for name in header))
    for source in sources:
        echo(_line(source.source, source))
        for row in rows:
            if row.source == source.source:
                echo(_line(f"  {row.label}", row))
    return 0
