"""The train/dev/test split of a training export: by near-duplicate group, stratified by language, seeded.

Two copies of one story (an agency text re-published, a re-crawl) on both sides of a split let a model
score on what it memorised, so the unit of the split is a group of near-duplicates, never a document:

- a group is what the duplicate search finds (`find_duplicate_groups`, which honours "Keep separate"),
  joined with the copies a merge marked `duplicate_of` (they stay in the project and are exported);
  a document without copies is a group of its own;
- a group's language is the one most of its members have (ties: its lowest id's), and each language's
  groups are split in the requested ratios on their own, so a small language is in dev and test too;
- within a language the groups are taken in a seeded random order (`random.Random(f"{seed}/{language}")`:
  the same on every machine and Python run) and each goes to the split furthest below its target count
  of documents, so proportions hold up to one group;
- over the whole corpus, a split asked for (fraction above zero) is never empty and train never is,
  as long as there are enough groups: a group is moved from the largest split when needed.

The plan is made before the documents are streamed, from the same documents (ids and languages only).
"""

from __future__ import annotations

import json
import random
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlmodel import col

from curator.core.layers import LayerChoice
from curator.core.queries import iter_export_languages
from curator.core.storage import Project
from curator.core.storage.models import Document
from curator.core.text.duplicates import find_duplicate_groups

TRAIN, DEV, TEST = "train", "dev", "test"
SPLITS = (TRAIN, DEV, TEST)


@dataclass(frozen=True, slots=True)
class SplitPlan:
    """Which split each document id goes to, and how many near-duplicate groups held more than one."""

    split_of: Mapping[int, str]
    copies_kept_together: int = 0  # groups of two or more exported documents
    documents_in_groups: int = 0
    by_language: dict[str, dict[str, int]] = field(default_factory=dict)  # language -> split -> documents

    def of(self, document_id: int) -> str:
        """A document added while exporting (not planned) goes to train: it was never held out."""
        return self.split_of.get(document_id, TRAIN)


def duplicate_groups(project: Project, ids: Iterable[int]) -> dict[int, int]:
    """Each of `ids` with its group's key (the lowest id of its near-duplicate group among all documents).

    Union of the duplicate search's groups and the merges' `duplicate_of` marks, so a merged copy stays
    with the document it was merged into.
    """
    wanted = set(ids)
    parent: dict[int, int] = {}

    def find(item: int) -> int:
        root = item
        while parent.get(root, root) != root:
            root = parent[root]
        while item != root:
            parent[item], item = root, parent.get(item, item)
        return root

    def union(first: int, second: int) -> None:
        a, b = find(first), find(second)
        if a != b:
            parent[max(a, b)] = min(a, b)

    for group in find_duplicate_groups(project):
        first, *others = group.document_ids
        for other in others:
            union(first, other)
    duplicate_of = col(Document.meta)["duplicate_of"].as_string()
    with project.read() as session:
        merged = session.execute(
            select(col(Document.id), duplicate_of).where(duplicate_of.is_not(None))
        ).all()
    for document_id, kept in merged:
        kept_id = json.loads(kept) if isinstance(kept, str) else kept
        if isinstance(kept_id, int):
            union(document_id, kept_id)
    return {document_id: find(document_id) for document_id in wanted}


def plan_split(
    documents: Mapping[int, str],
    groups: Mapping[int, int],
    dev_fraction: float,
    test_fraction: float,
    seed: int,
) -> SplitPlan:
    """The split of `documents` (id -> language) with `groups` (id -> group key; missing: its own)."""
    members: dict[int, list[int]] = defaultdict(list)
    for document_id in sorted(documents):
        members[groups.get(document_id, document_id)].append(document_id)
    by_language: dict[str, list[int]] = defaultdict(list)
    for key, ids in members.items():
        if len(ids) == 1:  # most groups: no count to make (a Counter each was a tenth of a spaCy export)
            by_language[documents[ids[0]]].append(key)
            continue
        languages = Counter(documents[i] for i in ids)
        top = max(languages.values())
        by_language[next(documents[i] for i in ids if languages[documents[i]] == top)].append(key)
    fractions = {TRAIN: 1 - dev_fraction - test_fraction, DEV: dev_fraction, TEST: test_fraction}
    assigned: dict[str, list[int]] = {name: [] for name in SPLITS}
    for language in sorted(by_language):
        keys = sorted(by_language[language])
        random.Random(f"{seed}/{language}").shuffle(keys)
        total = sum(len(members[key]) for key in keys)
        counts = dict.fromkeys(SPLITS, 0)
        targets = [(name, total * fractions[name]) for name in SPLITS]
        for key in keys:
            # Furthest below target; on a tie the earlier of train, dev, test.
            name, gap = TRAIN, targets[0][1] - counts[TRAIN]
            for other, target in targets[1:]:
                if target - counts[other] > gap:
                    name, gap = other, target - counts[other]
            if fractions[name] <= 0:
                name = TRAIN
            counts[name] += len(members[key])
            assigned[name].append(key)
    _fill_empty(assigned, fractions, random.Random(seed))
    split_of = {i: name for name, keys in assigned.items() for key in keys for i in members[key]}
    counted: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(SPLITS, 0))
    for document_id, language in documents.items():
        counted[language][split_of[document_id]] += 1
    together = [ids for ids in members.values() if len(ids) > 1]
    return SplitPlan(split_of, len(together), sum(map(len, together)), dict(sorted(counted.items())))


def _fill_empty(assigned: dict[str, list[int]], fractions: dict[str, float], rng: random.Random) -> None:
    """Give each wanted split (train, and dev/test with a fraction above zero) a group if it has none,
    taken (seeded) from the split with the most groups, while that one keeps at least one."""
    for name in SPLITS:
        if assigned[name] or (name != TRAIN and fractions[name] <= 0):
            continue
        donor = max(SPLITS, key=lambda s: len(assigned[s]))
        if len(assigned[donor]) < 2:
            return
        keys = assigned[donor]
        assigned[name].append(keys.pop(rng.randrange(len(keys))))


def plan_export_split(
    project: Project,
    *,
    status: str | None,
    worked_on_only: bool,
    layer: LayerChoice,
    dev_fraction: float,
    test_fraction: float,
    seed: int,
    by_document: bool = False,
) -> SplitPlan:
    """The plan for the documents an export with these options streams (read once more, ids and
    languages only kept). `by_document` skips the duplicate search: each document is its own group."""
    documents = dict(
        iter_export_languages(project, status=status, worked_on_only=worked_on_only, layer=layer)
    )
    if dev_fraction <= 0 and test_fraction <= 0:
        return SplitPlan(dict.fromkeys(documents, TRAIN), by_language=_all_train(documents))
    groups = {} if by_document else duplicate_groups(project, documents)
    return plan_split(documents, groups, dev_fraction, test_fraction, seed)


def _all_train(documents: Mapping[int, str]) -> dict[str, dict[str, int]]:
    counted = Counter(documents.values())
    return {language: {TRAIN: count, DEV: 0, TEST: 0} for language, count in sorted(counted.items())}
