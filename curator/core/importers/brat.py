"""brat standoff import: folders (or named files) of `NAME.txt` + `NAME.ann`, with brat's annotation.conf.

The unit of a brat import is the pair, not the file: `plan_brat` walks the paths the way brat lays out
a collection, so each pair is one item of the import (one line of progress, one transaction, one line in
the report if it fails), `annotation.conf`, `visual.conf` and `tools.conf` are read or passed over
quietly, a `.txt` without an `.ann` is a document with no annotations (as brat shows it), and an `.ann`
without its `.txt` is an error naming the `.ann`. An "auto" import plans with it too: a `.txt` beside an
`.ann` is half of a brat pair, never a plain text, and every other file goes by its extension.

The annotation.conf that applies is brat's: the first one found from the document's folder upwards,
stopping at the folder the user named. The `.txt` is read as UTF-8 and never normalised (not even its
line ends): the offsets count its characters exactly as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from curator.core.importers.base import CancelCheck, ImportProblem, ParsedFile, read_bytes
from curator.core.importers.brat_ann import parse_ann
from curator.core.importers.brat_store import BratPair, interpret, store_pair
from curator.core.importers.format import ImportFormat
from curator.core.importers.report import FileProblem
from curator.core.importers.sources import ImportPlan, OtherFiles, PlannedFile, visible_entries
from curator.core.schema.brat_conf import AnnotationConf, AnnotationConfError, parse_annotation_conf
from curator.core.storage.own_files import OwnFiles

BRAT_EXTENSIONS = (".ann", ".txt")
CONF_NAME = "annotation.conf"
# brat's configuration files: part of a collection, never documents, never "unknown files".
CONFIG_FILES = frozenset({CONF_NAME, "visual.conf", "tools.conf", "kb_shortcuts.conf"})


@dataclass(slots=True)
class ConfFinder:
    """Finds and reads the annotation.conf of a folder once per import, however many pairs it has."""

    _read: dict[Path, AnnotationConf | ImportProblem] = field(default_factory=dict)

    def find(self, folder: Path, root: Path) -> AnnotationConf | None:
        folders = [folder]
        if root in folder.parents:
            folders.extend(parent for parent in folder.parents if parent == root or root in parent.parents)
        for candidate in folders:
            path = candidate / CONF_NAME
            if path.is_file():
                if path not in self._read:
                    self._read[path] = _read_conf(path)
                found = self._read[path]
                if isinstance(found, ImportProblem):
                    raise found
                return found
        return None


def _read_conf(path: Path) -> AnnotationConf | ImportProblem:
    try:
        return parse_annotation_conf(read_bytes(path).decode("utf-8-sig"))
    except (ImportProblem, AnnotationConfError, UnicodeDecodeError) as error:
        return ImportProblem(f"{path}: {error}")


def _read_text(path: Path) -> str:
    try:
        data = read_bytes(path)
    except ImportProblem as error:
        raise ImportProblem(f"{path.name}: {error}") from error
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportProblem(f"{path.name}: line {line} is not UTF-8 (brat texts are UTF-8)") from error
    if not text.strip():
        raise ImportProblem(f"{path.name}: the text is empty")
    return text


def _read_ann(path: Path) -> str:
    data = read_bytes(path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportProblem(f"line {line}: not UTF-8 text") from error


def parse_pair(text_path: Path, ann_path: Path | None, conf: AnnotationConf | None, root: Path) -> ParsedFile:
    """Read and check a pair whole; the returned file stores itself in the import's transaction.

    `root` is the corpus folder the import walked: the pair remembers its name inside it
    (`sub/PMID-1`) so an export writes the same file names back."""
    text = _read_text(text_path)
    ann = parse_ann(_read_ann(ann_path) if ann_path is not None else "", text)
    parsed = ParsedFile()
    place = text_path.with_suffix("").relative_to(root)
    pair = BratPair(text_path, ann_path, text, ann, interpret(ann, parsed.notes), conf, place.as_posix())
    parsed.store = partial(store_pair, pair=pair, notes=parsed.notes)
    return parsed


@dataclass(frozen=True, slots=True, eq=False)
class _PairParser:
    """The parser of one planned pair (the importer calls it with the pair's report path)."""

    text_path: Path
    ann_path: Path | None
    root: Path
    confs: ConfFinder

    def __call__(self, _path: Path, _is_cancelled: CancelCheck) -> ParsedFile:
        conf = self.confs.find(self.text_path.parent, self.root)
        return parse_pair(self.text_path, self.ann_path, conf, self.root)


def parse_brat(path: Path, _is_cancelled: CancelCheck) -> ParsedFile:
    """One pair named by either of its files, with the annotation.conf of its own folder."""
    text_path = path.with_suffix(".txt")
    ann_path = path.with_suffix(".ann")
    if not text_path.is_file():
        raise ImportProblem(f"no {text_path.name} beside it (brat keeps each text in NAME.txt)")
    confs = ConfFinder()
    return parse_pair(
        text_path, ann_path if ann_path.is_file() else None, confs.find(path.parent, path.parent), path.parent
    )


def _add_other(path: Path, plan: ImportPlan, others: OtherFiles | None, *, named: bool) -> None:
    if others is None:
        if named:
            plan.problems.append(
                FileProblem(path, "not a brat file; importable: NAME.ann with NAME.txt, or .txt")
            )
        else:
            plan.skipped.append(path)
        return
    parse = (others.for_named_file if named else others.for_folder_file)(path)
    if parse is None:
        if named:
            kind = path.suffix.lower() or "no extension"
            plan.problems.append(FileProblem(path, f"unknown file type ({kind}); importable: {others.known}"))
        else:
            plan.skipped.append(path)
    elif plan.first_time(path):
        plan.files.append(PlannedFile(path, parse))


def _add(
    path: Path, root: Path, plan: ImportPlan, confs: ConfFinder, others: OtherFiles | None, *, named: bool
) -> None:
    if path.name in CONFIG_FILES:
        return
    if path.suffix == ".ann":
        text_path, ann_path = path.with_suffix(".txt"), path
        if not text_path.is_file():
            if plan.first_time(path):
                plan.problems.append(
                    FileProblem(path, f"no {text_path.name} beside it (brat keeps each text in NAME.txt)")
                )
            return
    elif path.suffix == ".txt" and (others is None or path.with_suffix(".ann").is_file()):
        text_path, ann_path = path, path.with_suffix(".ann")
        if not ann_path.is_file():
            ann_path = None
    else:
        _add_other(path, plan, others, named=named)
        return
    if plan.first_time(text_path):
        plan.files.append(PlannedFile(ann_path or text_path, _PairParser(text_path, ann_path, root, confs)))


def _walk(folder: Path, root: Path, plan: ImportPlan, confs: ConfFinder, others: OtherFiles | None) -> None:
    for entry in visible_entries(folder, plan):
        if entry.is_dir():
            if plan.first_time(entry):
                _walk(entry, root, plan, confs, others)
        elif entry.is_file():
            _add(entry, root, plan, confs, others, named=False)


def plan_brat(
    paths: Sequence[Path], others: OtherFiles | None = None, *, own: OwnFiles | None = None
) -> ImportPlan:
    """The pairs to import from files and folders (recursively, sorted, hidden entries skipped).

    With `others` (an "auto" import) every file that is not part of a brat pair is planned by those
    choosers, so a folder mixing a brat corpus with JSONL or plain texts imports each the right way.
    """
    plan = ImportPlan(own=own)
    confs = ConfFinder()
    for path in map(Path, paths):
        if plan.is_own(path):
            continue
        if path.is_dir():
            if plan.first_time(path):
                _walk(path, path, plan, confs, others)
        elif path.is_file():
            _add(path, path.parent, plan, confs, others, named=True)
        elif path.exists():
            plan.problems.append(FileProblem(path, "not a regular file or folder"))
        else:
            plan.problems.append(FileProblem(path, "no such file or folder"))
    return plan


def is_brat_file(path: Path) -> bool:
    """An `.ann`, or a `.txt` with its `.ann` beside it (then it is half of a pair, not a plain text)."""
    suffix = path.suffix.lower()
    return suffix == ".ann" or (suffix == ".txt" and path.with_suffix(".ann").is_file())


IMPORTER = ImportFormat(
    "brat",
    "brat standoff: NAME.txt + NAME.ann pairs, with annotation.conf",
    BRAT_EXTENSIONS,
    parse_brat,
    sniff=is_brat_file,
    plan=plan_brat,
)
