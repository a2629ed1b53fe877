"""`curator boilerplate`: detect boilerplate in every document and across the corpus, then accept or
reject proposals by kind. Detection only adds proposals (a region already decided is never proposed
again); `--accept`/`--reject` decide every proposal of a kind, each as one transaction."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from curator.cli.common import open_project
from curator.cli.output import echo, echo_json
from curator.core.boilerplate import KINDS

if TYPE_CHECKING:
    from curator.core.storage import Project

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
PREVIEW = 60


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "boilerplate",
        help="propose boilerplate (captions, tickers, comment boxes, PDF line joins…), accept or reject it",
        epilog="kinds: " + "; ".join(f"{kind}: {meaning}" for kind, meaning in KINDS.items()),
    )
    choices = [*KINDS, "all"]
    parser.add_argument("--accept", action="append", default=[], choices=choices, metavar="KIND|all",
                        help="accept every proposal of this kind (repeatable)")  # fmt: skip
    parser.add_argument("--reject", action="append", default=[], choices=choices, metavar="KIND|all",
                        help="reject every proposal of this kind (repeatable)")  # fmt: skip
    parser.add_argument("--document", type=int, metavar="ID", help="only this document")
    parser.add_argument(
        "--min-documents", type=int, default=3, metavar="N",
        help="propose lines found in at least N documents of the project (default 3)",
    )  # fmt: skip
    parser.add_argument(
        "--remove-spans", action="store_true",
        help="accepting may remove annotated spans inside the regions (refused otherwise)",
    )  # fmt: skip
    parser.add_argument("--list", action="store_true", help="list the regions still proposed")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from curator.core import queries
    from curator.core.services import exclusions

    if args.min_documents < 2:
        echo("error: --min-documents must be at least 2", file=sys.stderr)
        return EXIT_USAGE
    with open_project(args) as project:
        if args.document is not None and queries.get_document_summary(project, args.document) is None:
            echo(f"error: document {args.document} does not exist", file=sys.stderr)
            return EXIT_FAILED
        ids = [args.document] if args.document is not None else None
        proposed = exclusions.propose(project, ids, min_documents=args.min_documents)
        decided: list[dict] = []
        for decision, kinds in ((exclusions.ACCEPTED, args.accept), (exclusions.REJECTED, args.reject)):
            for kind in kinds:
                try:
                    done = exclusions.decide_kind(
                        project, None if kind == "all" else kind, decision,
                        document_id=args.document, remove_spans=args.remove_spans,
                    )  # fmt: skip
                except exclusions.ExclusionOverlap as overlap:
                    echo(
                        f"error: accepting {kind} would remove {len(overlap.spans)} annotated span(s), e.g. "
                        + ", ".join(
                            f"#{s.document_id} {s.label} {s.start}-{s.end}" for s in overlap.spans[:3]
                        )
                        + f"; {kind} left as it was (add --remove-spans to remove them)",
                        file=sys.stderr,
                    )
                    return EXIT_FAILED
                decided.append(
                    {
                        "kind": kind,
                        "decision": decision,
                        "regions": done.count,
                        "by_kind": done.by_kind,
                        "spans_removed": len(done.removed),
                        "joins_applied": len(done.edits),
                    }
                )
        counts = exclusions.region_counts(project)
        listed = _proposed_regions(project, args.document) if args.list else []
    if args.json:
        report = {
            "proposed": {"regions": len(proposed.region_ids), "documents": proposed.documents,
                         "by_kind": proposed.by_kind},
            "decided": decided,
            "regions": [{"kind": kind, "status": status, "count": count}
                        for (kind, status), count in sorted(counts.items())],
            "proposals": listed,
        }  # fmt: skip
        echo_json(report)
        return EXIT_OK
    by_kind = ", ".join(f"{count} {kind}" for kind, count in sorted(proposed.by_kind.items())) or "none new"
    echo(
        f"detected in {proposed.documents} document(s): "
        f"{len(proposed.region_ids)} new proposal(s) ({by_kind})"
    )
    for item in decided:
        extra = []
        if item["spans_removed"]:
            extra.append(f"{item['spans_removed']} span(s) removed")
        if item["joins_applied"]:
            extra.append(f"{item['joins_applied']} line join(s) applied to the text")
        echo(
            f"{item['decision']} {item['regions']} {item['kind']} region(s)"
            + (f"; {', '.join(extra)}" if extra else "")
        )
    echo(f"{'kind':<14} {'proposed':>9} {'accepted':>9} {'rejected':>9}")
    for kind in KINDS:
        row = [counts.get((kind, status), 0) for status in ("proposed", "accepted", "rejected")]
        if any(row):
            echo(f"{kind:<14} {row[0]:>9} {row[1]:>9} {row[2]:>9}")
    for region in listed:
        echo(f"  #{region['document_id']} {region['start']}-{region['end']} {region['kind']} "
              f"({region['rule']}): {region['text']!r}")  # fmt: skip
    return EXIT_OK


def _proposed_regions(project: Project, document_id: int | None) -> list[dict]:
    from curator.core.services.exclusions import list_proposals

    return [
        {"document_id": region.document_id, "id": region.id, "start": region.start, "end": region.end,
         "kind": region.kind, "rule": region.rule, "replacement": region.replacement, "text": text}
        for region, text in list_proposals(project, document_id, preview=PREVIEW)
    ]  # fmt: skip
