"""`curator train`: a spaCy model per language from the project's accepted spans, or a learning curve.

`--dev PATH` is a labelled file in any import format (read as `curator evaluate --data` reads one, never
stored in the project): a corpus's own dev split, so early stopping and the reported scores use it and
every project paragraph trains. `--max-seconds N` stops training N seconds after the command began
(reading --dev and the project's data included, saving the model not) and keeps the best model so far.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

from curator.cli.common import open_project
from curator.cli.output import echo, echo_json, echo_lines
from curator.core.domain import CuratorError

EXIT_OK = 0


def add_parser(commands: argparse._SubParsersAction) -> None:
    train = commands.add_parser(
        "train",
        help="train a spaCy model per language from the accepted entity spans; print held-out scores",
        description="Documents with accepted entity spans, or marked annotated/approved, are cut into "
        "paragraphs; a seeded share is held out (half to stop training early, half to score it). The model "
        "is saved beside the project (<project>.models/<version>/) and listed with its scores.",
    )
    train.add_argument("--lang", metavar="L", help="only this language (default: every language with data)")
    train.add_argument("--seed", type=int, default=0, help="seed of the held-out split and of training")
    train.add_argument(
        "--max-epochs", type=_positive(int), default=30, help="at most this many passes (default 30)"
    )
    train.add_argument(
        "--max-seconds",
        type=_positive(float),
        metavar="N",
        help="stop training a language N seconds after it began (the first one: after the command began) and "
        "keep the best model so far (default: no limit)",
    )
    train.add_argument(
        "--patience",
        type=_positive(int),
        default=1600,
        metavar="UPDATES",
        help="stop when dev F1 has not improved for this many updates (default 1600, as spacy train)",
    )
    train.add_argument(
        "--dev",
        type=Path,
        metavar="PATH",
        help="a labelled file (any import format) to stop early on and score on, e.g. the corpus's own "
        "dev split; then every project paragraph trains (default: a seeded share of the project)",
    )
    train.add_argument(
        "--dev-format",
        default="auto",
        metavar="FORMAT",
        help="the import format of --dev (default: auto, by extension and content)",
    )
    train.add_argument(
        "--learning-curve",
        action="store_true",
        help="F1 on the same held-out data after training on 25/50/75/100%% of the training documents "
        "(nothing is saved)",
    )
    train.add_argument("--activate", action="store_true", help="make the new model the one that suggests")
    train.add_argument(
        "--layer",
        default="default",
        help="whose annotations to train on: gold, an annotator's name or all; default: gold where a "
        "document has it, else its single annotator's layer (documents with several layers and no gold "
        "are left out and counted)",
    )
    train.add_argument("--json", action="store_true", help="print JSON")
    train.set_defaults(handler=run)


def _positive(kind: Callable[[str], float]) -> Callable[[str], float]:
    """An argparse type: a number above zero, refused with its reason otherwise."""

    def parse(text: str) -> float:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
        if value <= 0:
            raise argparse.ArgumentTypeError(f"{text} must be above zero")
        return value

    parse.__name__ = kind.__name__
    return parse


def _progress(language: str) -> Callable[[int, int], None]:
    shown = [-1]

    def report(done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        if percent // 10 != shown[0] and sys.stderr.isatty():
            shown[0] = percent // 10
            echo(f"training {language}: {percent}%", file=sys.stderr)

    return report


def run(args: argparse.Namespace) -> int:
    began = time.perf_counter()
    from curator.core.nlp.scoring import format_scores
    from curator.core.nlp.training import (
        TrainingOptions,
        dev_units,
        learning_curve,
        train_model,
        trainable_languages,
    )
    from curator.core.services.trained_models import set_active_model
    from curator.core.text.tokenization import language_code

    options = TrainingOptions(
        seed=args.seed,
        max_epochs=args.max_epochs,
        max_seconds=args.max_seconds,
        patience=args.patience,
        layer=args.layer,
    )
    if args.dev is not None and args.learning_curve:
        raise CuratorError(
            "--dev is not used with --learning-curve (it scores on the project's held-out share)"
        )
    with open_project(args) as project:
        available = trainable_languages(project, args.layer)
        if args.lang:
            languages = [language_code(args.lang)]
        elif available:
            languages = sorted(available)
        else:
            raise CuratorError(
                f"{project.path}: nothing to train on; annotate documents (accepted entity spans) first"
            )
        reports: list[dict] = []
        lines: list[str] = []
        for language in languages:
            if args.learning_curve:
                points = learning_curve(project, language, options=options, progress=_progress(language))
                reports.append(
                    {
                        "language": language,
                        "learning_curve": [
                            {
                                "fraction": p.fraction,
                                "train_documents": p.train_documents,
                                "train_paragraphs": p.train_units,
                                "train_spans": p.train_spans,
                                "seconds": round(p.seconds, 1),
                                **p.scores.to_dict(),
                            }
                            for p in points
                        ],
                    }
                )
                lines.append(f"learning curve, {language} (F1 on the same held-out paragraphs):")
                lines.append(f"{'share':>6} {'documents':>9} {'paragraphs':>10} {'spans':>6} {'F1':>6}")
                lines += [
                    f"{p.fraction:6.0%} {p.train_documents:9d} {p.train_units:10d} {p.train_spans:6d} "
                    f"{p.scores.f1:6.3f}"
                    for p in points
                ]
                continue
            dev = None if args.dev is None else dev_units(args.dev, args.dev_format, language)
            result = train_model(
                project,
                language,
                options,
                progress=_progress(language),
                dev=dev,
                started=began if language == languages[0] else time.perf_counter(),
            )
            if args.activate:
                set_active_model(project, language, result.version)
            reports.append(
                {
                    "version": result.version,
                    "language": language,
                    "path": result.path,
                    "components": result.components,
                    "train_documents": result.train_documents,
                    "train_paragraphs": result.train_units,
                    "train_spans": result.train_spans,
                    "heldout_documents": result.heldout_documents,
                    "test_paragraphs": result.test_units,
                    "split": result.split_by,
                    "epochs": round(result.epochs, 2),
                    "steps": result.steps,
                    "stopped_by": result.stopped_by,
                    "dev": None if args.dev is None else str(args.dev),
                    "dev_f1": round(result.dev_f1, 4),
                    "seconds": round(result.seconds, 1),
                    "active": args.activate,
                    "layer": args.layer,
                    "layers_left_out": [
                        {"document_id": i, "title": title, "reason": reason}
                        for i, title, reason in result.layers_left_out
                    ],
                    **result.scores.to_dict(),
                    "curve": [
                        {
                            "seconds": round(p.seconds, 1),
                            "step": p.step,
                            "epoch": round(p.epoch, 2),
                            "dev_f1": round(p.dev_f1, 4),
                            "loss": round(p.loss, 2),
                        }
                        for p in result.curve
                    ],
                }
            )
            lines.append(
                f"model {result.version} ({', '.join(result.components)}) saved in {result.path}"
                + (" and made active" if args.activate else "")
            )
            scored = (
                f"{result.test_units} paragraphs of {args.dev} scored"
                if args.dev is not None
                else f"{result.test_units} held-out paragraphs scored (split by {result.split_by})"
            )
            lines.append(
                f"data: {result.train_documents} documents, {result.train_units} paragraphs, "
                f"{result.train_spans} spans for training; {scored}; {result.seconds:.1f} s, "
                f"{result.steps} updates, best at epoch {result.epochs:.1f}, stopped by {result.stopped_by}"
            )
            if result.layers_left_out:
                lines.append(
                    f"left out {len(result.layers_left_out)} documents by layer "
                    f"(e.g. #{result.layers_left_out[0][0]}: {result.layers_left_out[0][2]})"
                )
            lines += format_scores(result.scores)
    if args.json:
        echo_json(reports)
    else:
        echo_lines(list(lines))
    return EXIT_OK
