"""The filters a corpus query may carry: `lang:tr status:approved label:ORG Bişkek`.

A word of the form `lang:CODE`, `status:STATUS` or `label:NAME` anywhere in the query is a filter and is
taken out of the text searched for; the same filter given twice means either (`lang:tr lang:az`).
`label:` keeps the hits that already carry that tag (in the searching annotator's layer), `label:none`
the hits that carry none: that is how a user finds the untagged mentions left to tag.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from curator.core.domain import CuratorError, DocumentStatus
from curator.core.search.matching import Pattern
from curator.core.text.language_codes import language_code

_FILTER = re.compile(r"^(lang|language|status|label):(\S+)$", re.IGNORECASE)
_NAMES = {"language": "lang"}  # the documents list's filter box accepts both spellings too
NO_LABEL = "none"
STATUSES = tuple(status.value for status in DocumentStatus)


@dataclass(frozen=True, slots=True)
class CorpusQuery:
    pattern: Pattern
    languages: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    labels: tuple[str, ...] = field(default=())


def parse_query(text: str, *, regex: bool = False, whole_word: bool = False) -> CorpusQuery:
    """Split the filters from the searched text; an unknown status is refused with the known ones."""
    words: list[str] = []
    filters: dict[str, list[str]] = {"lang": [], "status": [], "label": []}
    for word in text.split(" "):
        found = _FILTER.match(word)
        if found is None:
            words.append(word)
            continue
        name, value = _NAMES.get(found.group(1).lower(), found.group(1).lower()), found.group(2)
        if name == "lang":
            value = language_code(value)
        elif name == "status":
            value = value.lower().replace("-", "_")
            if value not in STATUSES:
                raise CuratorError(f"unknown status {found.group(2)!r}: use one of {', '.join(STATUSES)}")
        filters[name].append(value)
    searched = " ".join(words).strip()
    return CorpusQuery(
        Pattern(searched, regex=regex, whole_word=whole_word),
        tuple(filters["lang"]),
        tuple(filters["status"]),
        tuple(filters["label"]),
    )
