"""What an importer module declares about itself: one `IMPORTER = ImportFormat(...)`.

The registry (registry.py) lists them; the `--format` choices, auto-detection, the command line's
options and the window's column mapping are all read from these declarations, so a new format is one
module with one `IMPORTER` and one line in the registry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from curator.core.importers.base import Parser
from curator.core.importers.options import ImportOption
from curator.core.importers.sources import ImportPlan

# Looks into a file (never trusting it) and says whether it is of the format; False when unreadable.
Sniff = Callable[[Path], bool]
# A format whose unit is not one file plans the import itself: plan(paths, others, own=OwnFiles).
Planner = Callable[..., ImportPlan]


@dataclass(frozen=True, slots=True)
class ImportFormat:
    """One import format.

    `extensions` are the files auto-detection considers and a named format reads in folders;
    `named_extensions` are read in folders only when the format is named (many BIO corpora use .txt).
    Among the formats of an extension, auto-detection takes the first whose `sniff` accepts the file,
    else the first without a sniff; `auto=False` leaves the format to be named (or offered by the
    window's column mapping, which does use its sniff). `auto_parse` is what an auto import reads the
    file with when that differs from `parse`. `options` are the `ImportOptions` fields it reads.
    """

    name: str
    description: str
    extensions: tuple[str, ...]
    parse: Parser
    sniff: Sniff | None = None
    options: tuple[ImportOption, ...] = ()
    named_extensions: tuple[str, ...] = ()
    auto: bool = True
    auto_parse: Parser | None = None
    plan: Planner | None = None

    def reads_in_folder(self, path: Path) -> bool:
        """True for a file met in a folder that this format, named by the user, reads."""
        return path.suffix.lower() in (*self.extensions, *self.named_extensions)

    def has_extension(self, path: Path) -> bool:
        return path.suffix.lower() in self.extensions

    @property
    def detected_parse(self) -> Parser:
        return self.auto_parse if self.auto_parse is not None else self.parse
