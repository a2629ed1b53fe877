"""`curator evaluate`: score a trained model (or the rules) against a labelled file or the approved
documents: precision, recall and F1 per label and micro, by exact character offsets."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from curator.cli.common import open_project
from curator.cli.output import echo, echo_json, echo_lines
from curator.core.domain import CuratorError

EXIT_OK = 0
EVALUATION_FORMATS = ("conll", "jsonl", "brat", "doccano", "auto")


def add_parser(commands: argparse._SubParsersAction) -> None:
    evaluate = commands.add_parser(
        "evaluate", help="score a model or the rules against a labelled file or the approved documents"
    )
    evaluate.add_argument(
        "--model",
        metavar="VERSION|rules",
        help="a trained model's version (see `curator train`) or 'rules'; default: the active model",
    )
    source = evaluate.add_mutually_exclusive_group(required=True)
    source.add_argument("--data", type=Path, metavar="PATH", help="a labelled file or folder")
    source.add_argument("--approved", action="store_true", help="the project's approved documents")
    evaluate.add_argument("--format", default="auto", choices=EVALUATION_FORMATS, help="format of --data")
    evaluate.add_argument("--lang", metavar="L", help="the language of the --data documents (CoNLL has none)")
    evaluate.add_argument(
        "--layer",
        default="default",
        help="with --approved, whose annotations to score against: gold or an annotator's name; default: "
        "gold where a document has it, else its single annotator's layer",
    )
    evaluate.add_argument("--json", action="store_true", help="print JSON")
    evaluate.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from curator.core.layers import LayerChoice
    from curator.core.nlp.evaluation import evaluate_approved, evaluate_file, event_labels, named_suggester
    from curator.core.nlp.scoring import format_scores

    left_out: list[tuple[int, str, str]] = []
    with open_project(args) as project:
        suggester = named_suggester(project, args.model, args.lang if args.data is not None else None)
        if args.approved:
            evaluation = evaluate_approved(project, suggester, LayerChoice.parse(args.layer), left_out)
        else:
            evaluation = evaluate_file(suggester, args.data, args.format, args.lang, event_labels(project))
    against = "the approved documents" if args.approved else str(args.data)
    if not evaluation.scores.micro.support:
        raise CuratorError(f"{against}: no labelled spans to score against")
    if left_out:
        first_id, _title, reason = left_out[0]
        said = f"left out {len(left_out)} approved documents by layer (e.g. #{first_id}: {reason})"
        echo(said, file=sys.stderr)
    if args.json:
        echo_json(evaluation.to_dict())
        return EXIT_OK
    echo(f"{evaluation.source} on {against} ({evaluation.documents} documents):")
    echo_lines(list(format_scores(evaluation.scores)))
    return EXIT_OK
