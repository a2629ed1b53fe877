"""The project store: one SQLite file per project, opened with durable settings and migrated on open."""

from curator.core.storage.database import Project, ProjectOpenError, ProjectReadOnlyError, open_project_file

__all__ = ["Project", "ProjectOpenError", "ProjectReadOnlyError", "open_project_file"]
