"""The recent-projects list, kept in the user's Qt settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recent_projects"
LIMIT = 10


def recent_projects() -> list[Path]:
    value = QSettings().value(KEY, [])
    items = [value] if isinstance(value, str) else list(value or [])
    return [Path(item) for item in items if item]


def remember_project(path: Path) -> None:
    resolved = str(Path(path).resolve())
    items = [str(p) for p in recent_projects() if str(p) != resolved]
    QSettings().setValue(KEY, [resolved, *items][:LIMIT])
