"""What the subcommands share: opening the project that --project names (or the default one).

Every subcommand opens it through `open_project`, so each says the same notes and refuses a missing
project the same way; `curator.cli.main` and the subcommand modules import this, never each other.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from curator.cli.output import echo
from curator.core.project.location import resolve_project

if TYPE_CHECKING:
    from curator.core.storage import Project


def open_project(args: argparse.Namespace, *, create: bool = False) -> Project:
    """The project; only `import` (and the window) may create one that does not exist yet. What opening
    did on its own (a killed import's documents removed) is said once, as a note.

    The core is imported here rather than at the top so that `curator --help` loads no database code.
    """
    from curator.core.project.setup import open_user_project

    annotator = getattr(args, "annotator", None)
    project = open_user_project(resolve_project(args.project), create=create, annotator=annotator)
    for note in project.notes:
        echo(f"note: {note}", file=sys.stderr)
    return project
