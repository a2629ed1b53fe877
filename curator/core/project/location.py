"""Which project file a command or the window works on, and the default project's first start."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

DEFAULT_PROJECT_NAME = "default.curator"


def default_project_path() -> Path:
    return user_data_path("curator", appauthor=False) / DEFAULT_PROJECT_NAME


def resolve_project(option: str | os.PathLike[str] | None) -> Path | str:
    """Like `resolve_project_path`, but a `postgresql://` URL (option or environment) stays a URL."""
    chosen = str(option) if option else os.environ.get("CURATOR_PROJECT", "")
    if chosen.startswith(("postgresql://", "postgres://", "postgresql+psycopg://")):
        return chosen
    return resolve_project_path(option)


def resolve_project_path(option: str | os.PathLike[str] | None) -> Path:
    """`--project` wins over `CURATOR_PROJECT`, which wins over the default project."""
    if option:
        return Path(option).expanduser()
    from_environment = os.environ.get("CURATOR_PROJECT")
    if from_environment:
        return Path(from_environment).expanduser()
    return default_project_path()
