"""What a label, event-type or role name may be, wherever it comes from (imports, schema files, dialog).

Names are shown in the palette, menus, tooltips and message boxes, and written into brat, CoNLL and
spaCy files; a name from a file is untrusted text. So a name is short, printable and plain: no
markup characters (a `<i>EVIL</i>` label must not render in italics anywhere) and no control, format,
bidi or line-separator characters (which could break a line, reorder or hide what the user reads).
A plain space is allowed here; the token formats that cannot hold one refuse it when exporting.
"""

from __future__ import annotations

import unicodedata

from curator.core.domain import AnnotationError

MAX_NAME_LENGTH = 64
MARKUP_CHARACTERS = frozenset("<>&\"'")


def name_problem(name: str) -> str | None:
    """Why `name` cannot name a label, event type or role, or None when it can."""
    if not name:
        return "it is empty"
    if len(name) > MAX_NAME_LENGTH:
        return f"it is longer than {MAX_NAME_LENGTH} characters"
    for character in name:
        if character in MARKUP_CHARACTERS:
            return f"it contains the markup character {character!r}"
        category = unicodedata.category(character)
        if category[0] in "CZ" and character != " ":  # control, format (bidi, zero-width), separators
            return f"it contains the character U+{ord(character):04X} ({category})"
    return None


def check_type_name(name: str, what: str = "label") -> str:
    """`name` when it is a valid name; otherwise an `AnnotationError` naming it (escaped) and why."""
    problem = name_problem(name)
    if problem is not None:
        raise AnnotationError(f"{what} {name[:80]!r} is not a valid name: {problem}")
    return name
