"""The recent-projects list and where the user last was in each project, kept in the user's Qt settings.

The place (document, cursor, first visible character) is the user's, not the project's: two annotators
on one shared file each come back to their own document, and opening a project read-only (damaged, or
a reviewer's copy) still remembers it. So it lives in QSettings keyed by the project's path, never in
the project file, which a mere look must not write to."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings

KEY = "recent_projects"
SERVERS = "recent_servers"
PLACES = "last_place"
LIMIT = 10


@dataclass(frozen=True)
class Place:
    """Where the user was: a document and, in code points, the cursor and the first visible character."""

    document_id: int
    cursor: int = 0
    top: int = 0


def recent_projects() -> list[Path]:
    value = QSettings().value(KEY, [])
    items = [value] if isinstance(value, str) else list(value or [])
    return [Path(item) for item in items if item]


def remember_project(path: Path) -> None:
    resolved = str(Path(path).resolve())
    items = [str(p) for p in recent_projects() if str(p) != resolved]
    QSettings().setValue(KEY, [resolved, *items][:LIMIT])


def recent_servers() -> list[str]:
    """Server projects opened before, newest first, as `server_label` shows them (never a password)."""
    value = QSettings().value(SERVERS, [])
    items = [value] if isinstance(value, str) else list(value or [])
    return [str(item) for item in items if item]


def remember_server(label: str) -> None:
    items = [item for item in recent_servers() if item != label]
    QSettings().setValue(SERVERS, [label, *items][:LIMIT])


def _place_key(path: Path) -> str:
    """A settings key per project file: a digest, since QSettings would read the path's `/` as groups."""
    digest = hashlib.sha256(str(Path(path).resolve()).encode()).hexdigest()[:24]
    return f"{PLACES}/{digest}"


def remember_place(path: Path, place: Place) -> None:
    value = {"path": str(Path(path).resolve()), "document": place.document_id}
    value |= {"cursor": place.cursor, "top": place.top}
    QSettings().setValue(_place_key(path), json.dumps(value))


def last_place(path: Path) -> Place | None:
    """The place remembered for this project file, or None (never opened, or settings from elsewhere)."""
    try:
        value = json.loads(str(QSettings().value(_place_key(path), "")))
        return Place(int(value["document"]), max(0, int(value["cursor"])), max(0, int(value["top"])))
    except (ValueError, KeyError, TypeError):
        return None
