"""What a zip file (an archive, or a DOCX, which is one) may declare before any member is read.

A zip bomb is a few hundred kilobytes that inflate to gigabytes. The central directory declares every
member's sizes, and Python's zipfile never inflates a member past its declared size, so checking the
declarations first is enough: a bomb is refused without decompressing a byte of it.
"""

from __future__ import annotations

import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from curator.core.importers.base import ImportProblem

MAX_TOTAL_UNCOMPRESSED = 512 * 1024 * 1024
MAX_RATIO = 100
MAX_MEMBERS = 10_000
# Below this a member cannot be a bomb, and a short run of spaces or zeros legitimately packs well.
RATIO_MIN_BYTES = 1024 * 1024
COPY_CHUNK_BYTES = 1024 * 1024
_READ_ERRORS = (zipfile.BadZipFile, zlib.error, NotImplementedError, RuntimeError, OSError, EOFError)


def open_zip(path: Path, what: str) -> zipfile.ZipFile:
    """The opened zip file, or an ImportProblem saying it is not one (`what`: "zip archive", "DOCX")."""
    try:
        return zipfile.ZipFile(path)
    except zipfile.BadZipFile as error:
        raise ImportProblem(f"damaged {what}: not a readable zip file ({error})") from error
    except OSError as error:
        raise ImportProblem(f"cannot read: {error.strerror or error}") from error


def _ratio_problem(info: zipfile.ZipInfo) -> str | None:
    if info.file_size < RATIO_MIN_BYTES:
        return None
    if info.compress_size == 0 or info.file_size / info.compress_size > MAX_RATIO:
        ratio = "unbounded" if info.compress_size == 0 else f"{info.file_size // info.compress_size}:1"
        return (
            f"member {info.filename} would inflate from {info.compress_size:,} to {info.file_size:,} bytes "
            f"(ratio {ratio}, limit {MAX_RATIO}:1): refused as a zip bomb, nothing read"
        )
    return None


def check_zip(archive: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    """The members, once their count, total size and every compression ratio are within the limits."""
    members = archive.infolist()
    if len(members) > MAX_MEMBERS:
        raise ImportProblem(f"{len(members):,} members, more than the limit of {MAX_MEMBERS:,}")
    for info in members:
        problem = _ratio_problem(info)
        if problem is not None:
            raise ImportProblem(problem)
    total = sum(info.file_size for info in members)
    if total > MAX_TOTAL_UNCOMPRESSED:
        raise ImportProblem(
            f"would inflate to {total:,} bytes, more than the limit of {MAX_TOTAL_UNCOMPRESSED // 2**20} MB"
        )
    return members


def unsafe_name(name: str) -> str | None:
    """Why a member's name could write or point outside the archive (absolute, `..`, drive), or None."""
    posix = name.replace("\\", "/")
    if posix.startswith("/") or (len(posix) > 1 and posix[1] == ":"):
        return "absolute path"
    if ".." in PurePosixPath(posix).parts:
        return 'path with ".."'
    return None


def not_a_file(info: zipfile.ZipInfo) -> str | None:
    """Why a member is not a plain file (a symbolic link, a device), or None.

    A symbolic link is stored as a member whose data is the target's path and whose Unix mode, in the
    high word of external_attr, says S_IFLNK; read as a file it would import "/etc/passwd" as a
    document's text, and an extracting tool would follow it out of the archive. Zips made without Unix
    modes leave the word 0, which is a plain file.
    """
    kind = stat.S_IFMT(info.external_attr >> 16)
    if kind in (0, stat.S_IFREG, stat.S_IFDIR):
        return None
    return "a symbolic link, not a file" if kind == stat.S_IFLNK else "not a regular file"


def _refuse_non_file(info: zipfile.ZipInfo) -> None:
    reason = not_a_file(info)
    if reason is not None:
        raise ImportProblem(f"member {info.filename} refused: {reason}")


def read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    """A checked member's bytes; a member whose data disagrees with its declaration is damaged."""
    _refuse_non_file(info)
    if info.flag_bits & 0x1:
        raise ImportProblem(f"member {info.filename} is encrypted")
    try:
        with archive.open(info) as handle:
            data = handle.read(info.file_size + 1)
    except _READ_ERRORS as error:
        raise ImportProblem(f"damaged member {info.filename} ({error})") from error
    if len(data) != info.file_size:
        raise ImportProblem(f"damaged member {info.filename} (size differs from its declaration)")
    return data


def extract_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, destination: Path) -> None:
    """Copy a checked member to `destination` in chunks, never past its declared size."""
    _refuse_non_file(info)
    if info.flag_bits & 0x1:
        raise ImportProblem("encrypted member (zip passwords are not supported)")
    written = 0
    try:
        with archive.open(info) as source, destination.open("wb") as target:
            while chunk := source.read(COPY_CHUNK_BYTES):
                written += len(chunk)
                if written > info.file_size:
                    break
                target.write(chunk)
    except _READ_ERRORS as error:
        raise ImportProblem(f"damaged member ({error})") from error
    if written != info.file_size:
        raise ImportProblem("damaged member (its size differs from what the archive declares)")
