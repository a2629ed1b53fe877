"""The user's preferences: one JSON file in the platform's config folder, shared by every project.

Preferences are the person's, not the project's (a project file travels between annotators), so they live
beside the user's other settings (`platformdirs.user_config_path("curator")`, or `$CURATOR_CONFIG_DIR`).
The file is read leniently and written atomically:
- a value that is missing or of the wrong kind takes its default, and the user is told which;
- a file that is not JSON at all is moved aside (kept for the curious, never silently overwritten) and
  the defaults are used, with a message saying where the old file went;
- keys this version does not know are kept and written back, so a newer Curator's settings survive a
  session in an older one (and an upgrade keeps every setting an older one wrote).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass, field, fields
from datetime import datetime
from pathlib import Path
from typing import Any

import platformdirs

FILE_NAME = "settings.json"
ENVIRONMENT = "CURATOR_CONFIG_DIR"
THEMES = ("system", "light", "dark")
MIN_FONT_POINTS, MAX_FONT_POINTS = 6.0, 48.0
MIN_BACKUP_MINUTES, MAX_BACKUP_MINUTES = 1, 24 * 60
MIN_LINE_SPACING, MAX_LINE_SPACING = 100, 250  # percent of a line's own height
_COLOR = re.compile(r"#[0-9a-fA-F]{6}")
# "system", or a language code ("en", "tr", "pt-BR"): which codes have a catalogue is the UI's to know
# (curator/ui/i18n.py falls back to English for one it has none of), so only the form is checked here.
_LANGUAGE = re.compile(r"system|[a-z]{2,3}(-[A-Za-z0-9]{2,8})*")


@dataclass(slots=True)
class Preferences:
    """Every setting with its default. `text_font_family` "" and `text_font_points` 0 mean the system's."""

    text_font_family: str = ""
    text_font_points: float = 0.0
    line_spacing: int = 100  # percent of a line's height: room between the lines of the document text
    theme: str = "system"
    interface_language: str = "system"  # "system" (follow the system's language) or a language code
    annotator: str = ""
    auto_suggest: bool = False
    label_tags: bool = True  # each span's label drawn after it (View → Label Tags)
    backup_minutes: int = 10
    label_colors: dict[str, str] = field(default_factory=dict)  # label name -> "#rrggbb", over the project's
    shortcuts: dict[str, list[str]] = field(default_factory=dict)  # action id -> key sequences, over defaults
    unknown: dict[str, Any] = field(default_factory=dict)  # a newer version's keys, written back as they were


@dataclass(frozen=True, slots=True)
class Loaded:
    preferences: Preferences
    problems: tuple[str, ...] = ()  # what was reset, for the user to read


def config_folder() -> Path:
    override = os.environ.get(ENVIRONMENT)
    return Path(override) if override else platformdirs.user_config_path("curator")


def settings_path() -> Path:
    return config_folder() / FILE_NAME


def load_preferences(path: Path | None = None) -> Loaded:
    """The preferences in `path` (default: the user's file); defaults when there is none yet."""
    path = path or settings_path()
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Loaded(Preferences())
    except OSError as error:
        return Loaded(
            Preferences(), (f"{path}: cannot be read ({error.strerror or error}); using the defaults",)
        )
    try:
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
    except ValueError as error:
        aside = _move_aside(path)
        where = f"it was moved to {aside}" if aside else "it is left as it is"
        return Loaded(Preferences(), (f"{path} was broken ({error}); the defaults are used and {where}",))
    return _from_dict(data)


def save_preferences(preferences: Preferences, path: Path | None = None) -> Path:
    """Write atomically (a temporary file renamed over the old one): a crash leaves one whole file."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    data = {**preferences.unknown, **{k: v for k, v in asdict(preferences).items() if k != "unknown"}}
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(temporary, path)
    return path


def _move_aside(path: Path) -> Path | None:
    aside = path.with_name(f"{path.name}.broken-{datetime.now():%Y%m%d-%H%M%S}")
    try:
        os.replace(path, aside)
    except OSError:
        return None
    return aside


def _from_dict(data: dict[str, Any]) -> Loaded:
    known = {f.name for f in fields(Preferences)} - {"unknown"}
    preferences = Preferences(unknown={k: v for k, v in data.items() if k not in known})
    problems: list[str] = []
    for name in sorted(known & data.keys()):
        value = _checked(name, data[name])
        if value is None:
            problems.append(f"the setting {name!r} had a value Curator cannot use ({data[name]!r}); reset")
        else:
            setattr(preferences, name, value)
    return Loaded(preferences, tuple(problems))


def _checked(name: str, value: Any) -> Any:
    """`value` as the setting `name` holds it, or None when it is not one it can hold."""
    if name in ("text_font_family", "annotator"):
        return value.strip() if isinstance(value, str) else None
    if name == "text_font_points":
        ok = isinstance(value, int | float) and not isinstance(value, bool)
        return float(value) if ok and (value == 0 or MIN_FONT_POINTS <= value <= MAX_FONT_POINTS) else None
    if name == "theme":
        return value if value in THEMES else None
    if name == "interface_language":
        return value if isinstance(value, str) and _LANGUAGE.fullmatch(value) else None
    if name in ("auto_suggest", "label_tags"):
        return value if isinstance(value, bool) else None
    if name == "line_spacing":
        ok = isinstance(value, int) and not isinstance(value, bool)
        return value if ok and MIN_LINE_SPACING <= value <= MAX_LINE_SPACING else None
    if name == "backup_minutes":
        ok = isinstance(value, int) and not isinstance(value, bool)
        return value if ok and MIN_BACKUP_MINUTES <= value <= MAX_BACKUP_MINUTES else None
    if name == "label_colors":
        ok = isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, str) and _COLOR.fullmatch(v) for k, v in value.items()
        )
        return dict(value) if ok else None
    if name == "shortcuts":
        ok = isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, list) and all(isinstance(key, str) for key in v)
            for k, v in value.items()
        )
        return {k: list(v) for k, v in value.items()} if ok else None
    raise AssertionError(f"no check for the setting {name}")
