"""Lines repeated across many documents of a corpus: a site's captions, taglines and widgets.

Counted in one streaming pass (each line once per document, by a short hash), then proposed in a second
pass. A document whose text would be mostly proposed is left alone: it is a duplicate of another
document (the same story from two agencies, a re-crawl), which is the duplicate finder's business.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable

from curator.core.boilerplate.detect import Proposal, ends_sentence, repeated_key, split_lines

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
    """The lines of `text` that at least `min_documents` documents contain, one region per line.

    Hard-wrapped prose is left alone even when it recurs (a quoted paragraph): a repeated line that a
    sentence runs into or out of from a line that is not repeated, or a run of repeated lines in which
    a sentence goes on in lowercase on the next line, is article text, not furniture."""
    split = split_lines(text)
    texts = [line.text.strip() for line in split]
    repeated = [lines.count(line.text) >= min_documents for line in split]
    prose = [False] * len(split)
    index = 0
    while index < len(split):  # runs of consecutive repeated lines
        if not repeated[index]:
            index += 1
            continue
        last = index
        while last + 1 < len(split) and repeated[last + 1] and texts[last + 1]:
            last += 1
        flows = any(not ends_sentence(texts[i]) and texts[i + 1][:1].islower() for i in range(index, last))
        for i in range(index, last + 1):
            prose[i] = flows
        index = last + 1
    found = []
    for index, line in enumerate(split):
        if not repeated[index] or prose[index]:
            continue
        before = texts[index - 1] if index else ""
        after = texts[index + 1] if index + 1 < len(split) else ""
        if before and not repeated[index - 1] and not ends_sentence(before):
            continue
        if after and not repeated[index + 1] and not ends_sentence(texts[index]):
            continue
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
