"""Writing export files so that a failure never leaves a half file or spoils an earlier export.

Each output is written under a hidden temporary name in its own folder (so the final rename stays on one
file system and is atomic), flushed to disk with fsync, and only then renamed over the target with
`os.replace`; the folder is fsynced so the rename itself survives a power loss. Until `commit()`, the
targets are untouched; on any error or cancellation the temporary files are removed.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from types import TracebackType

from curator.core.domain import CuratorError

_TEMP_SUFFIX = ".part"


def check_file_target(out: Path) -> None:
    """Refuse an output file that cannot be written: a missing folder, or a folder in its place."""
    if out.is_dir():
        raise CuratorError(f"{out}: is a folder; this format writes one file, give a file name")
    if not out.parent.is_dir():
        raise CuratorError(f"{out}: the folder {out.parent} does not exist")


def check_directory_target(out: Path) -> None:
    """Refuse an output folder that cannot be made: a file in its place, or a missing parent folder."""
    if out.exists() and not out.is_dir():
        raise CuratorError(f"{out}: is a file; this format writes a folder of files, give a folder name")
    if not out.parent.is_dir():
        raise CuratorError(f"{out}: the folder {out.parent} does not exist")


def is_temporary(path: Path) -> bool:
    """Whether `path` is one of our in-progress files (tests and cleanup look for leftovers)."""
    return path.name.startswith(".") and path.name.endswith(_TEMP_SUFFIX)


class StagedFiles:
    """Output files written under temporary names and renamed into place together by `commit()`.

    Use as a context manager: leaving the block without `commit()` (an error, a cancellation) deletes
    the temporary files and leaves every target as it was.
    """

    def __init__(self) -> None:
        self._staged: list[tuple[Path, Path]] = []

    def add(self, target: Path) -> Path:
        """Create and return an empty temporary file next to `target`, to be written by the caller."""
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(6)}{_TEMP_SUFFIX}")
        # os.open with 0o666 lets the umask decide the permissions, as for any file the user creates.
        os.close(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
        self._staged.append((temporary, target))
        return temporary

    def commit(self) -> None:
        """Flush every temporary file to disk, then rename each over its target."""
        for temporary, _ in self._staged:
            _fsync_file(temporary)
        for temporary, target in self._staged:
            os.replace(temporary, target)
        for folder in {target.parent for _, target in self._staged}:
            _fsync_folder(folder)
        self._staged.clear()

    def discard(self) -> None:
        for temporary, _ in self._staged:
            try:
                temporary.unlink(missing_ok=True)
            except OSError:
                pass  # best effort: the original error matters more than a leftover temporary file
        self._staged.clear()

    def __enter__(self) -> StagedFiles:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.discard()


def _fsync_file(path: Path) -> None:
    descriptor = os.open(path, os.O_RDWR)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _fsync_folder(folder: Path) -> None:
    """Make a rename durable. Windows cannot open a folder for fsync; there the rename is enough."""
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
