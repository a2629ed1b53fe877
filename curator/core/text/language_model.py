"""py3langid's model limited to Curator's languages, kept in the user's cache folder ready to load.

The package ships its model for 97 languages LZMA-compressed; decompressing it takes about a second in
every process before the first document's language is known (1.3 s of a cold 10,000-task import). The
model limited to our five languages is written once, uncompressed (40 MB, nearly all of it the byte
automaton), beside the search indexes and read back in a tenth of that (0.08 s of CPU instead of 0.85).
Its name holds the package's version and the model file's size and time, so an upgraded package makes
a new one; one that cannot be read is made again, and a cache folder that cannot be written only costs
the slow load.
"""

from __future__ import annotations

import contextlib
import importlib.metadata
import os
import tempfile
import zipfile
from array import array
from pathlib import Path
from typing import Any

import numpy as np
from platformdirs import user_cache_path


def load_identifier(languages: tuple[str, ...]) -> Any:
    """py3langid's LanguageIdentifier restricted to `languages`, from the cache when it is there."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    cached = _cache_path(MODEL_DIR / MODEL_FILE, languages)
    try:
        with np.load(cached, allow_pickle=False) as data:
            return LanguageIdentifier(
                data["ptc"], data["pc"], data["classes"].tolist(), _as_array(data["nextmove"]),
                data["output"].tolist(), tk_row=_as_array(data["row"]),
            )  # fmt: skip
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        pass
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(languages))
    with contextlib.suppress(OSError):
        _write(cached, identifier)
    return identifier


def _cache_path(model: Path, languages: tuple[str, ...]) -> Path:
    stat = model.stat()
    version = importlib.metadata.version("py3langid")
    name = f"py3langid-{version}-{stat.st_size}-{stat.st_mtime_ns}-{'-'.join(languages)}.npz"
    return user_cache_path("curator", appauthor=False) / "language" / name


def _write(path: Path, identifier: Any) -> None:
    """Write the restricted model whole or not at all (a temporary file renamed into place)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            np.savez(
                out,
                ptc=np.asarray(identifier.nb_ptc),
                pc=np.asarray(identifier.nb_pc),
                classes=np.array(identifier.nb_classes),
                nextmove=np.frombuffer(identifier.tk_nextmove, dtype=f"u{identifier.tk_nextmove.itemsize}"),
                row=np.frombuffer(identifier.tk_row, dtype=f"u{identifier.tk_row.itemsize}"),
                output=np.asarray(identifier.tk_output, dtype=np.int32),
            )
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _as_array(values: np.ndarray) -> array:
    """The stdlib array py3langid walks its automaton with (as its own loader makes it)."""
    out = array({2: "H", 4: "I", 8: "L"}[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).data.cast("B"))
    return out
