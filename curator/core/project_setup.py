"""Opening the project a user asked for; the default project is born with the sample corpus in it."""

from __future__ import annotations

from pathlib import Path

from curator.core.project_location import default_project_path
from curator.core.resources import SAMPLE_DOCS_DIR
from curator.core.storage import Project, open_project


def open_user_project(path: Path, *, create: bool = True) -> Project:
    """Open `path`, creating it if needed (and allowed); a new default project gets `sample_docs/`.

    The default project is always created on first use; another missing path is created only when
    `create` is set, so a mistyped --project for `stats` or `export` is an error, not a new empty file.
    """
    is_new_default = not path.exists() and path == default_project_path()
    project = open_project(path, create=create or is_new_default)
    if is_new_default and SAMPLE_DOCS_DIR.is_dir():
        from curator.core.importers import import_paths

        import_paths(project, [SAMPLE_DOCS_DIR])
    return project
