"""Which files an import reads, decided before the first one is parsed so progress has a total.

Folders are walked recursively in sorted order (the import order is the document order users see),
hidden files and folders are skipped (editor backups, `.git`), and a file met twice is read once.
The project's own files (storage/own_files.py) are skipped by name and `stat`, never opened: closing a
descriptor of them would drop the project's SQLite locks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from curator.core.importers.base import Parser
from curator.core.importers.report import FileProblem
from curator.core.storage.own_files import OwnFiles

ChooseParser = Callable[[Path], Parser | None]


@dataclass(frozen=True, slots=True)
class PlannedFile:
    path: Path
    parse: Parser


@dataclass(slots=True)
class ImportPlan:
    files: list[PlannedFile] = field(default_factory=list)
    problems: list[FileProblem] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    own: OwnFiles | None = None
    own_skipped: list[Path] = field(default_factory=list)
    _seen: set[Path] = field(default_factory=set)

    def is_own(self, path: Path) -> bool:
        """True (and noted) when `path` is one of the project's own files, which no import reads."""
        if self.own is None or not self.own.owns(path):
            return False
        self.own_skipped.append(path)
        return True

    def first_time(self, path: Path) -> bool:
        key = path.resolve()
        if key in self._seen:
            return False
        self._seen.add(key)
        return True


@dataclass(frozen=True, slots=True)
class OtherFiles:
    """How an "auto" import reads the files a format that plans itself leaves (brat: those not in a pair):
    the choosers of `plan_import` and the importable extensions for its message."""

    for_named_file: ChooseParser
    for_folder_file: ChooseParser
    known: str


def visible_entries(folder: Path, plan: ImportPlan) -> list[Path]:
    """A folder's entries in name order without hidden ones; an unreadable folder is a reported problem."""
    try:
        entries = sorted(folder.iterdir(), key=lambda entry: entry.name)
    except OSError as error:
        plan.problems.append(FileProblem(folder, f"cannot read folder: {error.strerror or error}"))
        return []
    return [
        entry
        for entry in entries
        if not entry.name.startswith(".") and not plan.is_own(entry) and not is_export_manifest(entry)
    ]


def is_export_manifest(path: Path) -> bool:
    """A manifest an export wrote beside its files (`curator.core.exporters.manifest`): not documents, so
    importing an export's folder leaves it out, as it leaves hidden files."""
    if not path.name.endswith("manifest.json"):
        return False
    try:
        with path.open("rb") as handle:
            return handle.read(len(_MANIFEST_START)) == _MANIFEST_START
    except OSError:
        return False


_MANIFEST_START = b'{\n "curator_version":'  # how `write_manifest` starts every manifest


def _walk(folder: Path, plan: ImportPlan, choose: ChooseParser) -> None:
    for entry in visible_entries(folder, plan):
        if entry.is_dir():
            if plan.first_time(entry):
                _walk(entry, plan, choose)
        elif entry.is_file() and plan.first_time(entry):
            parse = choose(entry)
            if parse is None:
                plan.skipped.append(entry)
            else:
                plan.files.append(PlannedFile(entry, parse))


def plan_import(
    paths: Sequence[Path],
    *,
    for_named_file: ChooseParser,
    for_folder_file: ChooseParser,
    known: str,
    own: OwnFiles | None = None,
) -> ImportPlan:
    """Expand `paths` into the files to parse.

    A file the user named is always attempted (an unknown type is an error: they asked for it); a file
    met in a folder is skipped when its type is unknown, since folders hold other things too.
    `known` lists the importable extensions for that error message. `own` are the files never read.
    """
    plan = ImportPlan(own=own)
    for path in map(Path, paths):
        if plan.is_own(path):
            continue
        if path.is_dir():
            if plan.first_time(path):
                _walk(path, plan, for_folder_file)
        elif path.is_file():
            if not plan.first_time(path):
                continue
            parse = for_named_file(path)
            if parse is None:
                kind = path.suffix.lower() or "no extension"
                plan.problems.append(FileProblem(path, f"unknown file type ({kind}); importable: {known}"))
            else:
                plan.files.append(PlannedFile(path, parse))
        elif path.exists():
            plan.problems.append(FileProblem(path, "not a regular file or folder"))
        else:
            plan.problems.append(FileProblem(path, "no such file or folder"))
    return plan
