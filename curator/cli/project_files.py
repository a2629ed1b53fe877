"""`curator copy`, `curator split` and `curator merge`: a whole project from a file to a server (or back),
one project file per annotator to hand out, and the files merged back; either side may be a server.

curator copy lab.curator postgresql://admin@host:5432/corpus
curator --project P split --annotators a,b,c --out team/
curator --project P merge team/a.curator team/b.curator --conflicts newest
curator --project postgresql://admin@host/corpus merge laptop2.curator --dry-run --json
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from curator.cli.common import open_project
from curator.cli.output import echo, echo_json

EXIT_OK, EXIT_FAILED, EXIT_INTERRUPTED = 0, 1, 130


PROGRESS_SECONDS = 1.0


def add_parser(commands: argparse._SubParsersAction) -> None:
    copy = commands.add_parser(
        "copy",
        help="copy a whole project, history included, between a file and a server (either way)",
        description="SOURCE and TARGET are project files or postgresql:// URLs. The target must be empty: "
        "a new file, or an empty database, which gets the source's schema. Ids are kept. Afterwards the "
        "row counts and a checksum of every table are compared; on any failure (or Ctrl-C) the target is "
        "left as it was.",
    )
    copy.add_argument("source", metavar="SOURCE", help="project file or postgresql://ROLE@HOST:PORT/DB")
    copy.add_argument("target", metavar="TARGET", help="a new file, or an empty database's URL")
    copy.add_argument("--json", action="store_true", help="print JSON")
    copy.set_defaults(handler=run_copy)

    split = commands.add_parser(
        "split",
        help="write one project file per annotator with the documents assigned to them",
        description="Each file holds the whole schema, the annotator's assigned documents with every layer "
        "on them, and their assignments; documents assigned to nobody go into no file. The project may be "
        "a team server (--project postgresql://…): the files are cut from one copy of it, to take on a "
        "trip. Merge the files back with `curator merge`.",
    )
    split.add_argument("--annotators", required=True, metavar="A,B,C", help="comma-separated annotator names")
    split.add_argument("--out", type=Path, default=Path("."), metavar="DIR", help="folder (default: here)")
    split.add_argument("--json", action="store_true", help="print JSON")
    split.set_defaults(handler=run_split)

    merge = commands.add_parser(
        "merge",
        help="merge other projects (e.g. split files, annotated offline) into this project",
        description="Documents are matched by content, each annotator's layer is brought in under their "
        "name, history entries by id. A layer both sides changed since they last met is a conflict, "
        "resolved by --conflicts. Either side may be a team server. A backup is taken first (of a server: "
        "a verified copy in its backups folder on this machine); a merge is not undone by Undo.",
    )
    merge.add_argument("files", nargs="+", type=_location, metavar="OTHER",
                       help="project files or postgresql:// URLs")  # fmt: skip
    merge.add_argument(
        "--conflicts",
        choices=["keep-both", "newest"],
        default="keep-both",
        help="keep-both: theirs goes to a layer NAME@FILE (default); newest: the later edit wins",
    )
    merge.add_argument("--dry-run", action="store_true", help="report what would change; write nothing")
    merge.add_argument("--json", action="store_true", help="print JSON")
    merge.set_defaults(handler=run_merge)


def _location(value: str) -> str | Path:
    from curator.core.storage.server import is_server_url

    return value if is_server_url(value) else Path(value)


class _CopyProgress:
    """Where a long copy is, on stderr, at most once a second (a small project says nothing)."""

    def __init__(self) -> None:
        self.started = time.monotonic()
        self.said = self.started

    def __call__(self, table: str, done: int, total: int) -> None:
        now = time.monotonic()
        if now - self.said >= PROGRESS_SECONDS:
            self.said = now
            echo(f"copying {table}: {done} of {total} rows ({now - self.started:.0f} s)", file=sys.stderr)


def run_copy(args: argparse.Namespace) -> int:
    from curator.core.services.project_copy import copy_project

    try:
        report = copy_project(_location(args.source), _location(args.target), progress=_CopyProgress())
    except KeyboardInterrupt:
        echo("interrupted: nothing was copied, the target is as it was", file=sys.stderr)
        return EXIT_INTERRUPTED
    if args.json:
        echo_json(report.to_dict())
    else:
        for line in report.lines():
            echo(line)
    return EXIT_OK


def run_split(args: argparse.Namespace) -> int:
    from curator.core.services.project_merge import split_project

    names = [name for name in args.annotators.split(",") if name.strip()]
    with open_project(args) as project:
        report = split_project(project, names, args.out)
    if args.json:
        echo_json(report.to_dict())
        return EXIT_OK
    for file in report.files:
        echo(f"{file.annotator}: {file.documents} documents → {file.path}")
    if report.unassigned:
        echo(f"{report.unassigned} documents are assigned to nobody and went into no file")
    return EXIT_OK


def run_merge(args: argparse.Namespace) -> int:
    from curator.core.domain import CuratorError
    from curator.core.services.project_merge import merge_project

    reports = []
    failed = False
    with open_project(args) as project:
        for path in args.files:
            try:
                reports.append(merge_project(project, path, conflicts=args.conflicts, dry_run=args.dry_run))
            except CuratorError as error:
                failed = True
                echo(f"error: {error}", file=sys.stderr)
    if args.json:
        echo_json([report.to_dict() for report in reports] if len(args.files) > 1 else
                  (reports[0].to_dict() if reports else {}))  # fmt: skip
    else:
        for report in reports:
            for line in report.lines():
                echo(line)
    return EXIT_FAILED if failed else EXIT_OK
