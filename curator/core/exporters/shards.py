"""One split of a spaCy export as DocBin files, written a shard at a time so memory stays flat.

A `DocBin` keeps every document it is given until `to_disk`, and `to_bytes` then makes one more copy of
all of them: one DocBin per split took 1.23 GB at 100,000 one-sentence tasks. So each split goes into
shards of at most `SHARD_DOCUMENTS` documents and `SHARD_TOKENS` tokens (the token bound keeps a shard
of long articles as small as one of short tasks), each staged to disk as it fills and forgotten.

The layout keeps small exports as they always were: a split that fits in one shard is one file,
`train.spacy`. A larger one is a folder of numbered shards, `train/0001.spacy`, `train/0002.spacy`, ...,
and no `train.spacy`: `spacy train --paths.train corpus/train` reads the folder as one corpus
(spaCy's `Corpus` reads every `.spacy` file under a folder, in sorted name order). An export never
leaves both forms, nor shards of an earlier, larger export, side by side: those are removed (and
reported) once the new files are in place.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Generic, Protocol, TypeVar

from spacy.tokens import DocBin

from curator.core.exporters.atomic import StagedFiles

SUFFIX = ".spacy"
SHARD_DOCUMENTS = 5_000
SHARD_TOKENS = 250_000
SHARDED_NOTE = (
    f"a split of more than {SHARD_DOCUMENTS:,} documents or {SHARD_TOKENS:,} tokens is a folder of "
    "shards (train/0001.spacy, ...): give spacy train the folder (--paths.train OUT/train)"
)


class ShardBin(Protocol):
    """What a shard's documents are collected in (`docbin.TrainingBin`)."""

    token_count: int

    def __len__(self) -> int: ...

    def finish(self) -> DocBin: ...


B = TypeVar("B", bound=ShardBin)


class SplitFiles(Generic[B]):
    """The DocBin files of one split (`name`: train, dev, test) in `out`, written through `staged`."""

    def __init__(self, out: Path, name: str, staged: StagedFiles, new_bin: Callable[[], B]) -> None:
        self._out = out
        self._name = name
        self._staged = staged
        self._new_bin = new_bin
        self._bin = new_bin()
        self._shards: list[Path] = []  # the targets of the shards already staged
        self._written = 0  # documents in them

    @property
    def documents(self) -> int:
        return self._written + len(self._bin)

    def current(self) -> B:
        """The bin the next document goes into; a full one is staged first and a new one begun.

        A bin is full only when a document more arrives, so a split of exactly one shard stays one file.
        """
        current = self._bin
        if len(current) >= SHARD_DOCUMENTS or current.token_count >= SHARD_TOKENS:
            self._stage_shard()
            self._bin = current = self._new_bin()
        return current

    def finish(self) -> list[Path]:
        """Stage what is left; the split's target files: `NAME.spacy`, or the shards in `NAME/`."""
        if not self._shards:
            target = self._out / (self._name + SUFFIX)
            self._bin.finish().to_disk(self._staged.add(target))
            return [target]
        self._stage_shard()
        return list(self._shards)

    def _stage_shard(self) -> None:
        folder = self._out / self._name
        folder.mkdir(exist_ok=True)
        target = folder / f"{len(self._shards) + 1:04d}{SUFFIX}"
        self._bin.finish().to_disk(self._staged.add(target))
        self._shards.append(target)
        self._written += len(self._bin)


def stale_files(out: Path, name: str, targets: list[Path]) -> list[Path]:
    """The files of split `name` an earlier export left in `out` that this one does not write: the
    other layout's (`NAME.spacy` or the shards in `NAME/`), or shards beyond this export's number."""
    kept = set(targets)
    single = out / (name + SUFFIX)
    stale = [single] if single.is_file() and single not in kept else []
    folder = out / name
    if folder.is_dir():
        stale += sorted(path for path in folder.glob("*" + SUFFIX) if path.is_file() and path not in kept)
    return stale


def remove_stale(out: Path, paths: list[Path]) -> None:
    """Remove the stale files, and a shard folder (never `out` itself) they leave empty."""
    for path in paths:
        path.unlink(missing_ok=True)
    for folder in {path.parent for path in paths} - {out}:
        if folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
