"""`curator review`: move documents through the review workflow, show their review history, set a role.

curator --project P review 3 --annotated
curator --project P review 3 4 --approve --role reviewer
curator --project P review 3 --return "Bayramov is a PER too" --role reviewer
curator --project P review 3 --reopen
curator --project P review 3            (status and history)
curator --project P review --set-role reviewer
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from curator.cli.common import open_project
from curator.cli.output import echo, echo_json
from curator.core.domain import CuratorError

if TYPE_CHECKING:
    from curator.core.storage import Project

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
# The steps that are per annotator on an assigned document, and their function in core.services.assignments.
QUEUE_ACTIONS = {"annotated": "mark_annotated", "reopen": "reopen"}


def add_parser(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "review",
        help="mark documents annotated, approve, return with a comment, reopen; show review history",
        description="Without an action, print each document's status and review history.",
    )
    parser.add_argument("documents", nargs="*", type=int, metavar="DOC", help="document ids")
    actions = parser.add_mutually_exclusive_group()
    actions.add_argument("--annotated", action="store_true", help="the annotator is done with it")
    actions.add_argument("--approve", action="store_true", help="approve it (reviewer); it becomes read-only")
    actions.add_argument(
        "--return", dest="return_comment", metavar="COMMENT", help="return it to the annotator (reviewer)"
    )
    actions.add_argument("--reopen", action="store_true", help="back to in progress (reviewer if approved)")
    actions.add_argument(
        "--set-role",
        choices=["annotator", "reviewer"],
        help="record your role in the project (you are $CURATOR_ANNOTATOR, else your login name)",
    )
    parser.add_argument(
        "--role",
        choices=["annotator", "reviewer"],
        help="act in this role for this command (default: $CURATOR_ROLE, else your role in the project)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)


def _action(args: argparse.Namespace) -> tuple[str | None, str]:
    if args.annotated:
        return "annotated", ""
    if args.approve:
        return "approve", ""
    if args.return_comment is not None:
        return "return", args.return_comment
    if args.reopen:
        return "reopen", ""
    return None, ""


def run(args: argparse.Namespace) -> int:
    if args.set_role is not None:
        if args.documents:
            echo("error: --set-role takes no document ids", file=sys.stderr)
            return EXIT_USAGE
        return _set_role(args)
    if not args.documents:
        echo("error: name at least one document id (see `curator review --help`)", file=sys.stderr)
        return EXIT_USAGE
    action, comment = _action(args)
    with open_project(args) as project:
        if action is None:
            return _show(project, args)
        return _apply(project, args, action, comment)


def _set_role(args: argparse.Namespace) -> int:
    from curator.core.services.review import set_role

    with open_project(args) as project:
        previous = set_role(project, args.set_role)
        echo(f"{project.annotator_name}: {previous} → {args.set_role}")
    return EXIT_OK


def _apply(project: Project, args: argparse.Namespace, action: str, comment: str) -> int:
    from curator.core.services import assignments
    from curator.core.services.review import STATUS_WORDS, review_document

    failed = False
    results = []
    name = project.annotator_name
    for document_id in args.documents:
        try:
            if action in QUEUE_ACTIONS:  # per annotator where it is assigned (core.services.assignments)
                queued = getattr(assignments, QUEUE_ACTIONS[action])(project, document_id, role=args.role)
                previous, status, waiting = queued.previous_status, queued.document_status, queued.waiting
                said = queued.summary(name) if queued.assigned else ""
            else:
                step = review_document(project, document_id, action, comment=comment, role=args.role)
                previous, status, waiting, said = step.previous_status, step.status, (), ""
                comment = step.comment
        except CuratorError as error:
            failed = True
            echo(f"error: {error}", file=sys.stderr)
            results.append({"document_id": document_id, "error": str(error)})
            continue
        results.append(
            {"document_id": document_id, "previous_status": previous, "status": status, "comment": comment,
             "by": name, "waiting": list(waiting)}
        )  # fmt: skip
        if not args.json:
            before, after = STATUS_WORDS[previous], STATUS_WORDS[status]
            said = said or (f"document {document_id}: {before} → {after} (by {name})")
            echo(said + (f": {comment}" if comment else ""))
    if args.json:
        echo_json(results)
    return EXIT_FAILED if failed else EXIT_OK


def _show(project: Project, args: argparse.Namespace) -> int:
    from curator.core.queries import get_document_summary
    from curator.core.services.review import STATUS_WORDS, review_history

    shown = []
    failed = False
    for document_id in args.documents:
        summary = get_document_summary(project, document_id)
        if summary is None:
            echo(f"error: document {document_id} does not exist", file=sys.stderr)
            failed = True
            continue
        history = [
            {"what": entry.what, "status": entry.status, "comment": entry.comment, "by": entry.annotator,
             "at": entry.created_at.isoformat(timespec="seconds")}
            for entry in review_history(project, document_id)
        ]  # fmt: skip
        shown.append({"document_id": document_id, "title": summary.title, "status": summary.status,
                      "history": history})  # fmt: skip
        if not args.json:
            words = STATUS_WORDS.get(summary.status, summary.status)
            echo(f"document {document_id} “{summary.title}”: {words}")
            for item in history:
                said = f": {item['comment']}" if item["comment"] else ""
                echo(f"  {item['at']}  {item['what']} by {item['by']}{said}")
    if args.json:
        echo_json(shown)
    return EXIT_FAILED if failed else EXIT_OK
