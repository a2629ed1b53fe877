"""Which schema revisions this Curator knows, read from the migration scripts' text without Alembic.

Apart from `migrate` (which needs SQLAlchemy and, to upgrade, Alembic) so that the read-only open of
`curator stats` (storage.snapshot) recognises an up-to-date project with the standard library alone;
tests/core/test_migrate_revisions.py checks this reading against Alembic's own.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSION_TABLE = "alembic_version"
# `revision = "0011"` / `down_revision = None` as script.py.mako writes them (ruff may requote them).
_REVISION_LINE = re.compile(r"^(revision|down_revision)\s*(?::[^=]*)?=\s*(None|'[^']*'|\"[^\"]*\")\s*$", re.M)


@functools.cache
def known_revisions() -> dict[str, str | None]:
    """Each migration's revision and the one it follows, read from the scripts' text."""
    found: dict[str, str | None] = {}
    for script in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        source = script.read_text(encoding="utf-8")
        lines: dict[str, str] = {match[1]: match[2] for match in _REVISION_LINE.finditer(source)}
        if "revision" not in lines:
            continue
        down = lines.get("down_revision", "None")
        found[lines["revision"][1:-1]] = None if down == "None" else down[1:-1]
    return found


def head_revision() -> str:
    """The revision no migration follows: the newest schema this Curator knows."""
    revisions = known_revisions()
    heads = set(revisions) - set(revisions.values())
    assert len(heads) == 1, f"the migrations folder must have one head revision, not {sorted(heads)}"
    return heads.pop()


def is_known_revision(revision: str) -> bool:
    """Whether this Curator has the migration `revision`; a file of an unknown one is from a newer Curator."""
    return revision in known_revisions()
