"""Lines repeated across many documents of a corpus: a site's captions, taglines and widgets.

Counted in one streaming pass (each line once per document, by a short hash), then proposed in a second
pass. A document whose text would be mostly proposed is left alone: it is a duplicate of another
document (the same story from two agencies, a re-crawl), which is the duplicate finder's business.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from curator.core.boilerplate.detect import Proposal, repeated_key, split_lines

MOST_OF_A_DOCUMENT = 0.5


def _digest(key: str) -> bytes:
    return hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()


class CorpusLines:
    """How many documents contain each line; feed every document once with `add`."""

    def __init__(self) -> None:
        self.documents: Counter[bytes] = Counter()

    def add(self, text: str) -> None:
        keys = {repeated_key(line.text) for line in split_lines(text)}
        self.documents.update(_digest(key) for key in keys if key is not None)

    def count(self, line: str) -> int:
        key = repeated_key(line)
        return 0 if key is None else self.documents[_digest(key)]


def corpus_proposals(text: str, lines: CorpusLines, min_documents: int) -> list[Proposal]:
    """The lines of `text` that at least `min_documents` documents contain, one region per line."""
    found = []
    for line in split_lines(text):
        if lines.count(line.text) >= min_documents:
            found.append(Proposal(line.start, line.stop, "repeated_line", "repeat.corpus"))
    covered = sum(len(text[p.start : p.end].strip()) for p in found)
    if covered > MOST_OF_A_DOCUMENT * len(text.strip()):
        return []
    return found


def count_lines(texts: Iterable[str]) -> CorpusLines:
    counted = CorpusLines()
    for text in texts:
        counted.add(text)
    return counted
