"""Zip archives (.zip): each member imported as if it were a file `archive.zip/member.txt`.

An archive is expanded into its members when the import is planned (`expand_archives`), so every
member is one item of the import like a file in a folder: one line of progress, one transaction, one
line in the report if it fails, read by the parser its extension picks. Before anything is read the
central directory is checked against the zip limits (zip_limits.py): a zip bomb, too many members or
too much data refuse the whole archive in one error naming it and the member, without inflating a
byte. A member named with an absolute path or `..`, or that is a symbolic link (its data is the target's
path), is refused and reported on its own; the others go in.
"""

from __future__ import annotations

import re
import tempfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from curator.core.importers.base import CancelCheck, ImportProblem, ParsedFile, Parser
from curator.core.importers.format import ImportFormat
from curator.core.importers.report import FileProblem
from curator.core.importers.sources import ChooseParser, ImportPlan, PlannedFile
from curator.core.importers.zip_limits import check_zip, extract_member, not_a_file, open_zip, unsafe_name

ARCHIVE_EXTENSIONS = (".zip",)
# macOS's resource-fork folder: never documents, like hidden files in a folder.
IGNORED_FOLDERS = frozenset({"__MACOSX"})
_UNSAFE_FILE_CHARS = re.compile(r"[^\w.\- ]")
FILE_NAME_MAX_CHARS = 120


def parse_archive(_path: Path, _is_cancelled: CancelCheck) -> ParsedFile:
    """Only a marker for the registry: import_paths expands an archive into its members (see above)."""
    raise ImportProblem("a zip archive is imported member by member (expand_archives), not parsed whole")


def _member_path(archive: Path, name: str) -> Path:
    return Path(f"{archive}/{name}")


def _file_name(member: str) -> str:
    """The member's own name, made safe for the temporary folder; the parsers report it as the source."""
    name = _UNSAFE_FILE_CHARS.sub("_", PurePosixPath(member).name).strip(". ") or "member"
    if len(name) > FILE_NAME_MAX_CHARS:
        suffix = PurePosixPath(name).suffix[:16]
        name = name[: FILE_NAME_MAX_CHARS - len(suffix)] + suffix
    return name


@dataclass(frozen=True, slots=True, eq=False)
class _MemberParser:
    """Parses one member: checks the archive again (it may have changed), extracts, parses the copy."""

    archive: Path
    member: str
    parse: Parser

    def __call__(self, path: Path, is_cancelled: CancelCheck) -> ParsedFile:
        with tempfile.TemporaryDirectory(prefix="curator-zip-") as folder:
            copy = Path(folder) / _file_name(self.member)
            with open_zip(self.archive, "zip archive") as archive:
                check_zip(archive)
                try:
                    info = archive.getinfo(self.member)
                except KeyError as error:
                    raise ImportProblem("no longer in the archive") from error
                extract_member(archive, info, copy)
            parsed = self.parse(copy, is_cancelled)
        for document in parsed.documents:
            meta = dict(document.meta)
            if meta.get("path") == str(copy):
                meta["path"] = str(path)
            meta["archive"] = str(self.archive)
            meta["member"] = self.member
            document.meta = meta
        return parsed


def _hidden(name: PurePosixPath) -> bool:
    return any(part.startswith(".") or part in IGNORED_FOLDERS for part in name.parts)


def _expand(archive_path: Path, plan: ImportPlan, choose: ChooseParser) -> None:
    try:
        with open_zip(archive_path, "zip archive") as archive:
            members = check_zip(archive)
    except ImportProblem as problem:
        plan.problems.append(FileProblem(archive_path, str(problem)))
        return
    for info in sorted(members, key=lambda info: info.filename):
        if info.is_dir():
            continue
        unsafe = unsafe_name(info.filename)
        reason = f"unsafe name ({unsafe})" if unsafe is not None else not_a_file(info)
        if reason is not None:
            # Reported on the archive: as a path, "/etc/x" joined to it would lose its leading slash.
            plan.problems.append(FileProblem(archive_path, f"member {info.filename} refused: {reason}"))
            continue
        path = _member_path(archive_path, info.filename)
        name = PurePosixPath(info.filename.replace("\\", "/"))
        if _hidden(name):
            continue
        parse = choose(Path(name.name))
        if parse is None:
            plan.skipped.append(path)
        elif parse is parse_archive:
            plan.problems.append(
                FileProblem(path, "an archive inside an archive is not imported (unpack it)")
            )
        else:
            plan.files.append(PlannedFile(path, _MemberParser(archive_path, info.filename, parse)))


def expand_archives(plan: ImportPlan, choose: ChooseParser) -> ImportPlan:
    """The plan with every planned archive replaced by its members, each parsed by `choose`'s parser."""
    if not any(planned.parse is parse_archive for planned in plan.files):
        return plan
    expanded = ImportPlan(
        problems=list(plan.problems), skipped=list(plan.skipped), own_skipped=list(plan.own_skipped)
    )
    for planned in plan.files:
        if planned.parse is parse_archive:
            _expand(planned.path, expanded, choose)
        else:
            expanded.files.append(planned)
    return expanded


# An archive is expanded when planned: each member is read by the parser of its own extension.
IMPORTER = ImportFormat("zip", "zip archives, member by member", ARCHIVE_EXTENSIONS, parse_archive)
