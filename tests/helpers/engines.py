"""One project shared by several people, on either engine: the parametrised fixtures of the tests that
must hold on a project file and on a team server alike (issue 12)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import make_url

from curator.core.project.setup import open_project
from curator.core.storage import Project

ENGINES = ("sqlite", "postgresql")


def as_user(url: str, user: str) -> str:
    return make_url(url).set(username=user).render_as_string(hide_password=False)


def open_shared(
    engine: str, tmp_path: Path, server_database: Callable[..., str], names: tuple[str, ...]
) -> list[Project]:
    """One project, opened once per name in `names` (on the server, each name is its own role)."""
    if engine == "sqlite":
        path = tmp_path / "shared.curator"  # the one file every test of these fixtures works on
        return [open_project(path, annotator=name) for name in names]
    admin_url = server_database(*names)
    open_project(admin_url, create=True).close()
    return [open_project(as_user(admin_url, name)) for name in names]


def open_again(project: Project, name: str) -> Project:
    """The same project opened once more as `name` (another window): its file, or its server as `name`."""
    url = getattr(project, "url", None)
    if url is not None:
        return open_project(as_user(url, name))
    return open_project(project.path, annotator=name)


def open_on(request: object, tmp_path: Path, name: str, *others: str) -> Project:
    """One person's project on the engine a `params=ENGINES` fixture was given (`request.param`); on the
    server, `others` are roles the test opens it as later (`open_again`)."""
    engine = request.param  # type: ignore[attr-defined]
    server_database = request.getfixturevalue("server_database") if engine == "postgresql" else None  # type: ignore[attr-defined]
    if engine == "sqlite":
        return open_shared(engine, tmp_path, server_database, (name,))[0]  # type: ignore[arg-type]
    admin_url = server_database(name, *others)
    open_project(admin_url, create=True).close()
    return open_project(as_user(admin_url, name))
