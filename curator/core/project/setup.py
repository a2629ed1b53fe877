"""Opening a project as Curator uses it: the file, with the default schema; the default project is born
with the sample corpus in it.

Storage opens, checks and migrates the file and knows nothing of the schema's defaults; this is the one
place above both that puts them together, so the window, the command line and the tests open a project
the same way.
"""

from __future__ import annotations

from pathlib import Path

from curator.core.project.location import default_project_path
from curator.core.project.resources import SAMPLE_DOCS_DIR
from curator.core.schema.defaults import seed_default_schema
from curator.core.storage import Project, open_project_file
from curator.core.storage.server import is_server_url, open_server_project


def open_project(
    path: str | Path, *, create: bool = True, annotator: str | None = None, password: str | None = None
) -> Project:
    """Open (or create) the project at `path` and add the parts of the default schema it has never had.

    Seeding runs on every open, not only on creation: a project made before a part of the default schema
    existed (relation types, attributes, the knowledge base) gets it the next time it is opened. A project
    opened read-only (a check found damage) is left as it is. `password` is a server's, typed into the
    window (a file has none).
    """
    if is_server_url(path):
        project: Project = open_server_project(
            str(path), create=create, annotator=annotator, password=password
        )
    else:
        project = open_project_file(path, create=create, annotator=annotator)
    if project.read_only_reason is not None:
        return project
    try:
        seed_default_schema(project)
    except Exception:
        project.close()
        raise
    return project


def open_user_project(
    path: Path | str, *, create: bool = True, annotator: str | None = None, password: str | None = None
) -> Project:
    """Open `path`, creating it if needed (and allowed); a new default project gets `sample_docs/`.

    `annotator` is whose layer the session works in (None: $CURATOR_ANNOTATOR, else the login name).
    The default project is always created on first use; another missing path is created only when
    `create` is set, so a mistyped --project for `stats` or `export` is an error, not a new empty file.
    """
    if is_server_url(path):  # a server project is created by `curator server init`, never by opening it
        return open_project(path, create=False, annotator=annotator, password=password)
    path = Path(path)
    is_new_default = not path.exists() and path == default_project_path()
    project = open_project(path, create=create or is_new_default, annotator=annotator)
    if is_new_default and SAMPLE_DOCS_DIR.is_dir():
        from curator.core.importers import import_paths

        import_paths(project, [SAMPLE_DOCS_DIR])
    return project
