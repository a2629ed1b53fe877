"""The project store: one SQLite file per project, opened with durable settings and migrated on open.

The names below load `database` (SQLAlchemy's ORM and SQLModel, 0.6 s) on first use rather than when
the package is imported, so that a light module of it (`snapshot`, the read-only open of `curator
stats`) can be imported without them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from curator.core.storage.database import (
        Project,
        ProjectOpenError,
        ProjectReadOnlyError,
        open_project_file,
    )

__all__ = ["Project", "ProjectOpenError", "ProjectReadOnlyError", "open_project_file"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from curator.core.storage import database

        return getattr(database, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
