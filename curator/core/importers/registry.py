"""The import formats, one line each, and everything read from their declarations.

`IMPORTERS` lists each format module's `IMPORTER`; the `--format` names, which format an "auto" import
takes a file for (`detect`), which parser a file gets (`plan_paths`), which files take column options
and the command-line options themselves (`declared_options`) are all derived here, never listed again.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Sequence, Set
from pathlib import Path
from typing import cast

from curator.core.importers import (
    archive,
    brackets,
    brat,
    conll,
    doccano,
    docx,
    html,
    jsonl,
    pdf,
    records,
    table,
    text_file,
)
from curator.core.importers.base import ImportProblem, OptionParser, Parser
from curator.core.importers.format import ImportFormat
from curator.core.importers.options import COLUMN_OPTIONS, ImportOption, ImportOptions
from curator.core.importers.sources import ChooseParser, ImportPlan, plan_import
from curator.core.storage import Project
from curator.core.storage.own_files import OwnFiles

IMPORTERS: tuple[ImportFormat, ...] = (
    text_file.IMPORTER,
    jsonl.IMPORTER,
    doccano.IMPORTER,
    conll.IMPORTER,
    brat.IMPORTER,
    html.IMPORTER,
    pdf.IMPORTER,
    docx.IMPORTER,
    archive.IMPORTER,
    table.IMPORTER,
    records.IMPORTER,
    brackets.IMPORTER,
)
FORMATS: dict[str, ImportFormat] = {importer.name: importer for importer in IMPORTERS}
IMPORT_FORMATS: tuple[str, ...] = tuple(FORMATS)
AUTO = "auto"


def detect(path: Path, *, sniff: bool = True) -> ImportFormat | None:
    """The format an auto import reads `path` as, None when no format takes its extension.

    Among the auto formats of its extension the first whose sniff accepts the file wins, else the first
    without a sniff. `sniff=False` decides by the extension alone (an archive's members are not on disk).
    """
    candidates = [importer for importer in IMPORTERS if importer.auto and importer.has_extension(path)]
    if sniff:
        for importer in candidates:
            if importer.sniff is not None and importer.sniff(path):
                return importer
    return next((importer for importer in candidates if importer.sniff is None), None)


def auto_parser(path: Path) -> Parser | None:
    detected = detect(path)
    return detected.detected_parse if detected is not None else None


def _member_parser(path: Path) -> Parser | None:
    detected = detect(path, sniff=False)
    return detected.detected_parse if detected is not None else None


def auto_extensions() -> tuple[str, ...]:
    """Every extension an auto import reads, in registry order (for "unknown file type" messages)."""
    return tuple(dict.fromkeys(ext for importer in IMPORTERS if importer.auto for ext in importer.extensions))


def mapping_format(path: Path) -> ImportFormat | None:
    """The format that reads `path` with column options, when it is one (the window maps it first)."""
    for importer in IMPORTERS:
        if _reads(importer, COLUMN_FIELDS) and importer.has_extension(path):
            if importer.sniff is None or importer.sniff(path):
                return importer
    return None


def declared_options() -> list[tuple[ImportOption, tuple[str, ...]]]:
    """Each option some format reads (once, in declaration order) with the names of those formats."""
    readers: dict[str, list[str]] = {}
    options: dict[str, ImportOption] = {}
    for importer in IMPORTERS:
        for option in importer.options:
            options.setdefault(option.field, option)
            readers.setdefault(option.field, []).append(importer.name)
    return [(option, tuple(readers[field])) for field, option in options.items()]


COLUMN_FIELDS = frozenset(option.field for option in COLUMN_OPTIONS)


def chosen_fields(options: ImportOptions) -> set[str]:
    """The options the user set (None is "not chosen")."""
    return {item.name for item in dataclasses.fields(options) if getattr(options, item.name) is not None}


def _reads(importer: ImportFormat, chosen: Set[str]) -> bool:
    return any(option.field in chosen for option in importer.options)


def unused_options_note(options: ImportOptions) -> str:
    """Why the chosen options did nothing: the formats that read them ("csv and records")."""
    chosen = chosen_fields(options)
    names = [importer.name for importer in IMPORTERS if _reads(importer, chosen)]
    readers = " and ".join([", ".join(names[:-1]), names[-1]] if len(names) > 1 else names)
    flags = [option.flag for importer in IMPORTERS for option in importer.options if option.field in chosen]
    what = "column options" if chosen <= COLUMN_FIELDS else ", ".join(dict.fromkeys(flags))
    return f"{what} ignored: only the {readers} formats read them"


def format_named(fmt: str) -> ImportFormat:
    chosen = FORMATS.get(fmt)
    if chosen is None:
        raise ImportProblem(f"unknown import format {fmt!r}; one of: {AUTO}, {', '.join(IMPORT_FORMATS)}")
    return chosen


def plan_paths(paths: Sequence[Path], fmt: str, project: Project) -> ImportPlan:
    """The files an import of `paths` reads and the parser of each, archives expanded into members.

    "auto" plans with the auto format that plans itself (brat: a `.txt` beside an `.ann` is half of a
    pair), handing it every other file to detect; a named format reads every file the user named with
    it, and in folders the files with its extensions (brat: its pairs). The project's own files are
    skipped unread: a closed descriptor would drop the project's locks.
    """
    chosen = None if fmt == AUTO else format_named(fmt)
    own = OwnFiles(project.path)
    if chosen is None:
        planner = next(importer.plan for importer in IMPORTERS if importer.auto and importer.plan is not None)
        known = " ".join(auto_extensions())
        plan = planner(paths, brat.OtherFiles(auto_parser, auto_parser, known), own=own)
    else:
        if chosen.plan is not None:
            plan = chosen.plan(paths, own=own)
        else:
            plan = plan_import(
                paths,
                for_named_file=_always(chosen.parse),
                for_folder_file=functools.partial(_if_read_in_folder, chosen),
                known=" ".join((*chosen.extensions, *chosen.named_extensions)),
                own=own,
            )
    return archive.expand_archives(plan, _member_parser)


def _always(parse: Parser) -> ChooseParser:
    return lambda _path: parse


def _if_read_in_folder(chosen: ImportFormat, path: Path) -> Parser | None:
    return chosen.parse if chosen.reads_in_folder(path) else None


def bind_options(plan: ImportPlan, options: ImportOptions | None) -> bool:
    """Bind `options` to the planned files whose format reads them; True when any does."""
    if options is None:
        return False
    chosen = chosen_fields(options)
    readers = {
        parse
        for importer in IMPORTERS
        if _reads(importer, chosen)
        for parse in (importer.parse, importer.detected_parse)
    }
    bound = False
    for index, planned in enumerate(plan.files):
        if planned.parse in readers:
            parse = functools.partial(cast(OptionParser, planned.parse), options=options)
            plan.files[index] = dataclasses.replace(planned, parse=parse)
            bound = True
    return bound
