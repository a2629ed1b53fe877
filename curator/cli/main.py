"""`curator` entry point. Thin: parse, call one core function, print its report, set the exit code."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from curator import __version__
from curator.cli.common import open_project
from curator.cli.output import echo, echo_json, echo_json_array
from curator.core import formats
from curator.core.domain import CuratorError, DocumentStatus
from curator.core.project.location import resolve_project

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="curator",
        description="Annotate and curate multilingual news: entities, events and training data.",
    )
    parser.add_argument("--version", action="version", version=f"curator {__version__}")
    parser.add_argument(
        "--project",
        metavar="PATH",
        help="project file (default: $CURATOR_PROJECT, else the default project in the user data folder)",
    )
    parser.add_argument(
        "--annotator",
        metavar="NAME",
        help="whose layer to read and write (default: $CURATOR_ANNOTATOR, else your login name)",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = commands.add_parser("gui", help="open the annotation window (the default command)")
    gui.add_argument(
        "--quit-after",
        type=_seconds,
        metavar="SECONDS",
        help="close the window after SECONDS (a smoke test of an installation, e.g. a packaged build)",
    )
    gui.set_defaults(handler=_run_gui)

    # The format names and options come from `formats`: the registries load spaCy, trafilatura and the
    # ORM (2.5 s), which only an import or export needs.
    importer = commands.add_parser(
        "import",
        help="import documents and existing annotations",
        epilog="formats: auto (by extension and content); "
        + "; ".join(f"{name}: {f.description}" for name, f in formats.IMPORT_FORMATS.items()),
    )
    importer.add_argument("--format", default="auto", choices=["auto", *formats.IMPORT_FORMATS])
    importer.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="files or folders (recursive)")
    _add_import_options(importer)
    importer.set_defaults(handler=_run_import)

    exporter = commands.add_parser(
        "export",
        help="export training data, exchange formats or clean event records",
        epilog="formats: " + "; ".join(_format_help(e) for e in formats.EXPORT_FORMAT_NAMES),
    )
    exporter.add_argument("--format", required=True, choices=list(formats.EXPORT_FORMATS))
    exporter.add_argument(
        "--out", required=True, type=Path, metavar="PATH", help="a file, or a folder (spacy, brat)"
    )
    exporter.add_argument(
        "--status",
        default=None,
        help="only documents with this status (e.g. approved), or any; event records default to annotated "
        "and approved documents",
    )
    _add_export_options(exporter)
    exporter.set_defaults(handler=_run_export)

    stats = commands.add_parser("stats", help="count documents, spans by label and documents by status")
    stats.add_argument("--json", action="store_true", help="print JSON")
    stats.add_argument("--html", type=Path, metavar="PATH", help="also write the dashboard as an HTML report")
    stats.set_defaults(handler=_run_stats)

    duplicates = commands.add_parser(
        "duplicates", help="list groups of duplicate documents, or merge a group into one document"
    )
    duplicates.add_argument(
        "--threshold", type=float, default=0.8, help="least word 5-gram Jaccard similarity (default 0.8)"
    )
    duplicates.add_argument(
        "--merge",
        nargs="+",
        type=int,
        metavar="ID",
        help="KEEP_ID OTHER_ID...: carry the others' spans to KEEP_ID and mark them as its duplicates",
    )
    duplicates.add_argument(
        "--keep-separate",
        nargs="+",
        type=int,
        metavar="ID",
        help="ID ID...: different stories after all; never propose them as duplicates of each other again",
    )
    duplicates.add_argument("--json", action="store_true", help="print JSON")
    duplicates.set_defaults(handler=_run_duplicates)

    from curator.cli import (
        agreement,
        assign,
        boilerplate,
        evaluate,
        events,
        health,
        link,
        project_files,
        quality,
        review,
        search,
        server,
        suggest,
        train,
    )
    from curator.cli import history as history_cli

    review.add_parser(commands)
    agreement.add_parser(commands)
    assign.add_parser(commands)
    train.add_parser(commands)
    evaluate.add_parser(commands)
    suggest.add_parser(commands)
    quality.add_parser(commands)
    boilerplate.add_parser(commands)
    health.add_parser(commands)
    link.add_parser(commands)
    project_files.add_parser(commands)
    history_cli.add_parser(commands)
    server.add_parser(commands)
    search.add_parser(commands)
    events.add_parser(commands)
    return parser


def _seconds(value: str) -> float:
    seconds = float(value)
    if not seconds >= 0:  # also refuses "nan"
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of seconds")
    return seconds


def _run_gui(args: argparse.Namespace) -> int:
    chosen = resolve_project(args.project)
    from curator.ui.app import run_app

    # `curator` without a command opens the window too, without the gui command's options.
    return run_app(chosen, annotator=args.annotator, quit_after=getattr(args, "quit_after", None))


def _add_import_options(importer: argparse.ArgumentParser) -> None:
    """One argument per option the import formats declare, grouped by the formats that read them."""
    groups: dict[tuple[str, ...], argparse._ArgumentGroup] = {}
    for option, readers in formats.import_options():
        if readers not in groups:
            columns = option.field in formats.COLUMN_FIELDS
            groups[readers] = importer.add_argument_group(
                f"options of {', '.join(readers)}",
                "name a column of the header (or a field of the records); by default the text column is "
                "found by its name or as the longest"
                if columns
                else None,
            )
        groups[readers].add_argument(
            option.flag, dest=option.field, metavar=option.metavar, type=option.convert, help=option.help
        )


def _run_import(args: argparse.Namespace) -> int:
    from curator.core.importers import import_paths
    from curator.core.importers.options import options_from

    chosen = {option.field: getattr(args, option.field) for option, _ in formats.import_options()}
    options = options_from(chosen)
    with open_project(args, create=True) as project:
        report = import_paths(project, args.paths, fmt=args.format, options=options)
    for line in report.lines():
        echo(line, file=sys.stderr if line.startswith("error") else sys.stdout)
    return EXIT_OK if report.ok else EXIT_FAILED


def _format_help(exporter: formats.ExportFormatName) -> str:
    flags = ", ".join(option.flag for option in exporter.options)
    return f"{exporter.name}: {exporter.description}" + (f" (options: {flags})" if flags else "")


def _add_export_options(exporter: argparse.ArgumentParser) -> None:
    """One argument per option the export formats declare; its help names the formats that read it.
    Not given, an option is None here and takes its declared default in `_export_options`."""
    for option, readers in formats.export_options():
        where = f"({', '.join(readers)})"
        if option.kind == "flag":
            exporter.add_argument(
                option.flag, dest=option.name, action="store_true", help=f"{option.help} {where}"
            )
            continue
        convert = {"float": float, "int": int, "choice": str.upper, "text": str}[option.kind]
        exporter.add_argument(
            option.flag,
            dest=option.name,
            type=convert,
            choices=(option.choices or None) if option.kind == "choice" else None,
            metavar={"float": "F", "int": "N", "text": option.name.upper()}.get(option.kind),
            help=f"{option.help} {where}" + ("" if option.kind == "text" else f"; default {option.default}"),
        )


def _export_options(args: argparse.Namespace) -> tuple[dict[str, object], list[str]]:
    """The options for `export_project`, and the problems (a number out of range) and notes (an option
    the chosen format does not read) to print."""
    read = {option.name for option in formats.EXPORT_FORMATS[args.format].options}
    values: dict[str, object] = {}
    problems: list[str] = []
    notes: list[str] = []
    for option, _readers in formats.export_options():
        given = getattr(args, option.name)
        if given is None or given is False:
            values[option.name] = option.default
            continue
        values[option.name] = given
        if option.name not in read:
            notes.append(f"note: {option.flag} ignored: format {args.format} does not read it")
        problem = option.problem(given)
        if problem is not None:
            problems.append(f"error: {problem}")
    return values, problems + notes


def _run_export(args: argparse.Namespace) -> int:
    from curator.core.exporters import export_project

    options, said = _export_options(args)
    for line in said:
        echo(line, file=sys.stderr)
    if any(line.startswith("error") for line in said):
        return EXIT_USAGE
    with open_project(args) as project:
        report = export_project(project, args.format, args.out, status=args.status, **options)
    for line in report.lines():
        echo(line)
    return EXIT_OK


def _run_stats(args: argparse.Namespace) -> int:
    stats = _counted_without_opening(args) if args.html is None else None
    if stats is None:
        from curator.core.layers import spans_per_layer
        from curator.core.queries import project_stats

        with open_project(args) as project:
            stats = project_stats(project) | {"layers": spans_per_layer(project)}
            if args.html is not None:
                from curator.core.statistics import write_project_report

                write_project_report(project, args.html)
                echo(f"report: {args.html}", file=sys.stderr)
    if args.json:
        echo_json(stats)
        return EXIT_OK
    echo(f"documents: {stats['documents']}")
    echo(f"spans: {stats['spans']}")
    echo("spans by label:")
    for label, count in stats["labels"].items():
        echo(f"  {label:<12} {count}")
    echo("spans by layer:")
    for layer, count in stats["layers"].items():
        echo(f"  {layer:<12} {count}")
    # Every workflow status, in order (the enum's, as `services.review.STATUS_ORDER`), zeros too.
    echo("documents by status:")
    for status, count in ({s.value: 0 for s in DocumentStatus} | stats["statuses"]).items():
        echo(f"  {status:<12} {count}")
    return EXIT_OK


def _counted_without_opening(args: argparse.Namespace) -> dict | None:
    """The counts from a read-only snapshot, without SQLAlchemy (0.1 s where opening takes 1 s); None
    when the project must be opened the full way (to migrate, repair, seed, refuse)."""
    from curator.core.counts import layer_counts, project_counts
    from curator.core.project.reading import open_for_reading

    snapshot = open_for_reading(args.project, args.annotator)
    if snapshot is None:
        return None
    with snapshot:
        try:
            return project_counts(snapshot) | {"layers": layer_counts(snapshot)}
        except snapshot.errors:  # e.g. a table the role may not read: the full open says so
            return None


def _run_duplicates(args: argparse.Namespace) -> int:
    if args.merge is not None:
        return _run_merge(args)
    if args.keep_separate is not None:
        from curator.core.services.duplicate_decisions import keep_separate

        with open_project(args) as project:
            kept = keep_separate(project, args.keep_separate)
        echo(f"kept {', '.join(f'#{i}' for i in kept.document_ids)} separate")
        return EXIT_OK
    from curator.core.text.duplicates import find_duplicate_groups

    with open_project(args) as project:
        groups = find_duplicate_groups(project, threshold=args.threshold)
    if args.json:
        echo_json_array(group.to_dict() for group in groups)
        return EXIT_OK
    if not groups:
        echo("no duplicates")
    for number, group in enumerate(groups, 1):
        echo(f"group {number} ({group.kind}, {len(group.members)} documents), keep #{group.keeper_id}")
        for member in group.members:
            mark = "  (keep)" if member.id == group.keeper_id else ""
            echo(f"  #{member.id} {member.title!r}: {member.span_count} spans, {member.length} chars{mark}")
        for pair in group.pairs:
            echo(
                f"  #{pair.first_id} ~ #{pair.second_id}: "
                f"jaccard {pair.jaccard:.2f}, containment {pair.containment:.2f}"
            )
    return EXIT_OK


def _run_merge(args: argparse.Namespace) -> int:
    from curator.core.services import merge_duplicates

    if len(args.merge) < 2:
        echo("error: --merge needs KEEP_ID and at least one OTHER_ID", file=sys.stderr)
        return EXIT_USAGE
    keep_id, *other_ids = args.merge
    with open_project(args) as project:
        result = merge_duplicates(project, keep_id, other_ids)
    if args.json:
        report = {
            "keep_id": result.keep_id,
            "merged_ids": list(result.other_ids),
            "added_span_ids": list(result.added_span_ids),
            "skipped": result.skipped,
            "unmapped": [
                {"document_id": u.document_id, "span_id": u.span_id, "start": u.start, "end": u.end,
                 "label": u.label, "text": u.text}
                for u in result.unmapped
            ],
        }  # fmt: skip
        echo_json(report)
        return EXIT_OK
    others = ", ".join(f"#{i}" for i in result.other_ids)
    echo(
        f"merged {others} into #{result.keep_id}: {len(result.added_span_ids)} spans carried, "
        f"{result.skipped} already there, {len(result.unmapped)} could not be placed"
    )
    for u in result.unmapped:
        echo(f"  not placed: #{u.document_id} {u.label} {u.start}-{u.end} {u.text!r} (stays there)")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", _run_gui)
    try:
        return handler(args)
    except BrokenPipeError:  # `curator stats | head`: the reader left; not an error of ours
        sys.stdout = open(os.devnull, "w")  # silences the flush at exit
        return EXIT_OK
    except CuratorError as error:
        echo(f"error: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        echo("interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug, or SQLite's words that slipped through: one line, not a traceback
        return _report_unexpected(error, args)


def _report_unexpected(error: Exception, args: argparse.Namespace) -> int:
    """Damage SQLite reported outside a project read is an `error:` line like any refused file; anything
    else is one line naming the project and the log, which keeps the traceback."""
    from curator.core.project import errorlog
    from curator.core.storage.damage import damage_error
    from curator.core.storage.server import server_label

    command = args.command or "gui"
    chosen = resolve_project(args.project)
    if isinstance(chosen, str):  # a server: no file to name, nor damage of one
        echo(
            f"curator: internal error ({errorlog.describe(error)}) while running '{command}' on"
            f" {server_label(chosen)}",
            file=sys.stderr,
        )
        return EXIT_FAILED
    project = chosen
    damaged = damage_error(error, project)
    if damaged is not None:
        echo(f"error: {damaged}", file=sys.stderr)
        return EXIT_FAILED
    log = errorlog.record_exception(error, f"curator {command}", project)
    details = f"details in {log}" if log is not None else "the error log could not be written"
    what = f"internal error ({errorlog.describe(error)}) while running '{command}' on {project}"
    echo(f"curator: {what}; {details}", file=sys.stderr)
    return EXIT_FAILED


if __name__ == "__main__":
    raise SystemExit(main())
