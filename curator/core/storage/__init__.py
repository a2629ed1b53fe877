"""The project store: one SQLite file per project, opened with durable settings and migrated on open."""

from curator.core.storage.database import Project, ProjectOpenError, open_project

__all__ = ["Project", "ProjectOpenError", "open_project"]
