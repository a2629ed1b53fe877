"""`curator agreement`: how far the annotators' layers agree, or where one annotator differs from gold.

curator --project P agreement [--label L] [--document ID ...] [--annotators a,b] [--json | --csv]
curator --project P agreement --against gold --annotator NAME [--json]

Exit status: 0 with a report; 1 when no document has two of the compared layers (there is nothing to
score, and a script should not read an empty table as perfect agreement), or on an error.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from typing import TYPE_CHECKING, Any

from curator.cli.common import open_project
from curator.cli.output import echo, echo_json, echo_lines

if TYPE_CHECKING:
    from curator.core.agreement import AgreementReport, Feedback
    from curator.core.agreement.matching import MatchCounts

EXIT_OK, EXIT_FAILED = 0, 1


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "agreement",
        help="inter-annotator agreement (span F1, κ, α, αU, events), or one annotator against gold",
        description="Scores pooled over every document two or more of the compared layers are on.",
    )
    parser.add_argument("--label", help="only spans of this label")
    parser.add_argument("--document", type=int, action="append", metavar="ID", help="only this document")
    parser.add_argument("--annotators", metavar="A,B", help="the layers to compare (default: all but gold)")
    parser.add_argument("--against", metavar="LAYER", help="compare --annotator's layer with this one (gold)")
    parser.add_argument(
        "--annotator", dest="of_annotator", metavar="NAME", help="with --against: whose layer (default: you)"
    )
    formats = parser.add_mutually_exclusive_group()
    formats.add_argument("--json", action="store_true", help="print JSON")
    formats.add_argument("--csv", action="store_true", help="print the tables as CSV")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from curator.core.agreement import compute_agreement, feedback

    project = open_project(args)
    try:
        if args.against:
            name = args.of_annotator or project.annotator_name
            result = feedback(project, name, gold=args.against)
            return _print_feedback(result, args)
        names = [n.strip() for n in args.annotators.split(",") if n.strip()] if args.annotators else None
        report = compute_agreement(project, names, label=args.label, document_ids=args.document)
    finally:
        project.close()
    if args.json:
        echo_json(report_json(report))
    elif args.csv:
        _print_csv(report)
    else:
        _print_report(report)
    if not report.comparable:
        echo("no document has two of the compared layers: nothing to compare", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def _number(value: float | None) -> str:
    return "-" if value is None else f"{value:.4f}"


def _counts(counts: MatchCounts) -> dict[str, Any]:
    return {
        "first": counts.first, "second": counts.second, "exact": counts.exact, "overlap": counts.overlap,
        "boundary": counts.boundary, "label": counts.relabelled,
        "f1_exact": counts.f1_exact, "f1_overlap": counts.f1_overlap,
    }  # fmt: skip


def report_json(report: AgreementReport) -> dict[str, Any]:
    return {
        "annotators": report.annotators,
        "documents": report.documents,
        "complete_documents": report.complete_documents,
        "tokens": report.tokens,
        "fleiss_kappa": report.fleiss_kappa,
        "alpha": report.alpha,
        "alpha_unitizing": report.alpha_unitizing,
        "skipped": [{"document_id": s.document_id, "reason": s.reason} for s in report.skipped],
        "pairs": [
            {"first": p.first, "second": p.second, "documents": p.documents, "tokens": p.tokens,
             "kappa": p.kappa, "alpha_unitizing": p.alpha_unitizing, **_counts(p.spans)}
            for p in report.pairs
        ],
        "labels": [{"label": row.label, "alpha_unitizing": row.alpha_unitizing, **_counts(row.spans)}
                   for row in report.labels],
        "events": [{"first": e.first, "second": e.second, "event_type": e.event_type, "role": e.role,
                    **_counts(e.counts)} for e in report.events],
    }  # fmt: skip


def _print_report(report: AgreementReport) -> None:
    who = ", ".join(report.annotators)
    echo(
        f"layers: {who}; {report.documents} documents with two or more, {report.complete_documents} with all"
    )
    for skipped in report.skipped:
        echo(f"  skipped #{skipped.document_id}: {skipped.reason}")
    if not report.comparable:
        return
    echo(
        f"all raters: Fleiss κ {_number(report.fleiss_kappa)}, Krippendorff α {_number(report.alpha)} "
        f"({report.tokens} tokens), αU {_number(report.alpha_unitizing)}"
    )
    echo()
    echo(f"{'pair':<24} {'docs':>5} {'F1 exact':>9} {'F1 overlap':>11} {'boundary':>9} {'κ':>7} {'αU':>7}")
    for p in report.pairs:
        echo(
            f"{p.first + ' / ' + p.second:<24} {p.documents:>5} {_number(p.spans.f1_exact):>9} "
            f"{_number(p.spans.f1_overlap):>11} {p.spans.boundary:>9} {_number(p.kappa):>7} "
            f"{_number(p.alpha_unitizing):>7}"
        )
    echo()
    echo(f"{'label':<16} {'spans':>6} {'F1 exact':>9} {'F1 overlap':>11} {'boundary':>9} {'αU':>7}")
    for row in report.labels:
        spans = row.spans.first + row.spans.second
        echo(
            f"{row.label:<16} {spans:>6} {_number(row.spans.f1_exact):>9} "
            f"{_number(row.spans.f1_overlap):>11} {row.spans.boundary:>9} {_number(row.alpha_unitizing):>7}"
        )
    if report.events:
        echo()
        echo(f"{'pair':<24} {'event type / role':<28} {'units':>6} {'F1 exact':>9} {'F1 overlap':>11}")
        for e in report.events:
            what = e.event_type if e.role is None else f"  {e.event_type} / {e.role}"
            echo(
                f"{e.first + ' / ' + e.second:<24} {what:<28} {e.counts.first + e.counts.second:>6} "
                f"{_number(e.counts.f1_exact):>9} {_number(e.counts.f1_overlap):>11}"
            )


def _print_csv(report: AgreementReport) -> None:
    """One table: a `table` column says which (pair, label, event) each row belongs to."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    columns = ["first", "second", "exact", "overlap", "boundary", "label", "f1_exact", "f1_overlap"]
    writer.writerow(["table", "a", "b", "c", "kappa", "alpha_unitizing", *columns])
    for p in report.pairs:
        counts = _counts(p.spans)
        writer.writerow(
            ["pair", p.first, p.second, "", p.kappa, p.alpha_unitizing, *(counts[c] for c in columns)]
        )
    for row in report.labels:
        counts = _counts(row.spans)
        writer.writerow(["label", row.label, "", "", "", row.alpha_unitizing, *(counts[c] for c in columns)])
    for e in report.events:
        counts = _counts(e.counts)
        writer.writerow(
            [
                "event",
                f"{e.first}/{e.second}",
                e.event_type,
                e.role or "",
                "",
                "",
                *(counts[c] for c in columns),
            ]
        )
    writer.writerow(
        ["all", "fleiss_kappa", report.fleiss_kappa, "alpha", report.alpha, report.alpha_unitizing]
    )
    echo_lines(buffer.getvalue().splitlines())


def _print_feedback(result: Feedback, args: argparse.Namespace) -> int:
    if args.json:
        echo_json(
            {
                "annotator": result.annotator, "documents": result.documents, "agreed": result.agreed,
                "confusion": [{"gold": g, "theirs": t, "count": n}
                              for (g, t), n in sorted(result.confusion.items())],
                "disagreements": [
                    {"document_id": d.document_id, "start": d.start, "end": d.end, "gold_label": d.gold_label,
                     "their_label": d.their_label, "kind": d.kind}
                    for d in result.disagreements
                ],
            }
        )  # fmt: skip
    else:
        echo(
            f"{result.annotator} against {args.against}: {result.documents} documents, "
            f"{result.agreed} agreed, {len(result.disagreements)} disagreements"
        )
        rows = sorted({g for g, _ in result.confusion})
        columns = sorted({t for _, t in result.confusion})
        corner = "gold \\ theirs"
        echo(f"{corner:<14}" + "".join(f"{c:>10}" for c in columns))
        for row in rows:
            echo(f"{row:<14}" + "".join(f"{result.confusion.get((row, c), 0):>10}" for c in columns))
        for d in result.disagreements:
            echo(
                f"  #{d.document_id} {d.start}-{d.end} {d.kind}: "
                f"gold {d.gold_label or '-'}, theirs {d.their_label or '-'}"
            )
    if result.documents == 0:
        echo(f"no document has both {args.against}'s and {result.annotator}'s layers", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK
