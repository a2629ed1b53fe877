"""Which event mentions in different documents report the same real-world event: blocking, scoring and
clustering, on plain values (no database), so the service, the benchmark and the tests share one rule.

A mention is one accepted event of one document, read as its clean record (`mention_of`): its type family
(the PLOVER category when the type has one, else the type itself, so "protest" and "demonstration" coded as
the same PLOVER PROTEST are compatible), its realis, its date as the first and last day it may mean (a
month or a year covers every day in it; relative dates are already resolved against the publication
date), the canonical entities of its parties and its place (KB ids, so "Жапаров" and "Caparov" are one
key), and its document.

1. Blocking: two mentions are compared only when they share the type family and a party or the place
   (a pair sharing neither can never reach the threshold below, so nothing is lost), and within a block
   only when their dates lie within a day of each other (or one is undated).
2. Scoring (`pair_score`): None when the two cannot be one event (one document, non-overlapping dates,
   realis that contradict each other, parties named on both sides with no one in common); else a
   weighted sum of date agreement (a shared day counts more than a shared month), party overlap
   (Jaccard over KB ids, less when each side names someone the other does not), the same place (two
   different canonical places count against), and a bonus when the two documents are near-duplicates.
3. Clustering: pairs from the best score down join their clusters when no pair across them is
   incompatible, no document would be in the group twice, and the clusters agree on average.

A month or a year is narrowed by the publication date: an actual event reported "in December" on the
17th happened by the 17th, a planned one is after it.

Planned and actual reports of one event are compatible when the planned report was published no later
than the actual event ("the summit will be held on 5 May" before 5 May, "was held" after); a planned
report published after the actual date describes another occasion.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import combinations

from curator.core.dates import normalize_date
from curator.core.knowledge.base import fold_for_matching
from curator.core.records.model import CleanEvent, reference_date

PLANNED, ACTUAL = "planned", "actual"
THRESHOLD = 0.5
"""The least pair score for two mentions to be proposed as one event."""
WEIGHTS = {
    "date": 0.35,
    "parties": 0.45,
    "other_party": -0.2,
    "place": 0.2,
    "other_place": -0.25,
    "duplicate": 0.1,
}
"""Parties weigh most: two reports of one day's events differ by who took part, rarely by the date."""
DAY_SLACK = timedelta(days=1)
"""A day-precise date may be one day off between reports: "yesterday" in a paper dated the next morning."""
AVERAGE_SHARE = 0.7
"""Two clusters join when their mean cross-pair score is at least this share of THRESHOLD: a report that
names fewer parties still joins the group its best match is in, a chain of weak links does not."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One event mention as consolidation sees it (see the module docstring)."""

    event_id: int
    doc_id: int
    family: str
    realis: str
    start: date | None
    end: date | None
    precision: str | None
    published: date | None
    parties: frozenset[str]
    place: str | None


def _party_key(entity_id: int | None, text: str) -> str:
    """The KB id when the mention is linked (any script), else its folded text (weaker, one script)."""
    return f"e:{entity_id}" if entity_id is not None else f"t:{fold_for_matching(text)}"


def event_id_of(record: CleanEvent) -> int:
    """The stored event id inside a record id ("corpus:3:17" → 17)."""
    return int(record.id.rsplit(":", 1)[1])


def mention_of(record: CleanEvent) -> Mention:
    """A clean record as a mention: its date range, party and place keys."""
    published = reference_date(record.pub_date)
    start = end = None
    if record.date:
        found = normalize_date(record.date, reference=published)
        if found is not None:
            start, end = _within_report(found.start, found.end, record.realis, published)
    parties = frozenset(_party_key(party.entity_id, party.text) for party in record.parties)
    location = record.location
    place = _party_key(location.entity_id, location.text) if location is not None else None
    return Mention(
        event_id=event_id_of(record),
        doc_id=record.doc_id,
        family=record.plover_type or record.event_type,
        realis=record.realis,
        start=start,
        end=end,
        precision=record.date_precision,
        published=published,
        parties=parties,
        place=place,
    )


def _within_report(start: date, end: date, realis: str, published: date | None) -> tuple[date, date]:
    """A coarse date narrowed by when the report appeared: what happened ("in December", written on the
    17th) was by then, what is planned is still ahead; a date the report contradicts stays as written."""
    if published is None:
        return start, end
    if realis == ACTUAL and start <= published < end:
        return start, published
    if realis == PLANNED and start < published <= end:
        return published, end
    return start, end


def _gap(first: Mention, second: Mention) -> timedelta:
    """Days between the two date ranges (zero when they overlap)."""
    assert first.start and first.end and second.start and second.end
    if first.end < second.start:
        return second.start - first.end
    if second.end < first.start:
        return first.start - second.end
    return timedelta(0)


def _date_score(first: Mention, second: Mention) -> float | None:
    """1 for the same day, less for a day apart or a shared month or year; None when they cannot meet."""
    if first.start is None or second.start is None:
        return 0.0
    gap = _gap(first, second)
    single_days = first.start == first.end and second.start == second.end
    if single_days:
        return 1.0 if gap == timedelta(0) else 0.6 if gap <= DAY_SLACK else None
    return 0.5 if gap == timedelta(0) else None


def _realis_compatible(first: Mention, second: Mention) -> bool:
    if first.realis == second.realis:
        return True
    if {first.realis, second.realis} != {PLANNED, ACTUAL}:
        return False
    planned, actual = (first, second) if first.realis == PLANNED else (second, first)
    if planned.published is None or actual.end is None:
        return True
    return planned.published <= actual.end + DAY_SLACK


def _jaccard(first: frozenset[str], second: frozenset[str]) -> float:
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def pair_score(first: Mention, second: Mention, duplicates: Mapping[int, int] | None = None) -> float | None:
    """How likely the two mentions report one event (0..1.1), or None when they cannot."""
    if first.doc_id == second.doc_id or first.family != second.family:
        return None
    if not _realis_compatible(first, second):
        return None
    dated = _date_score(first, second)
    if dated is None:
        return None
    overlap = _jaccard(first.parties, second.parties)
    if first.parties and second.parties and not overlap:
        return None  # both name who took part, and no one is in both: two meetings in one city that day
    score = WEIGHTS["date"] * dated + WEIGHTS["parties"] * overlap
    if first.parties - second.parties and second.parties - first.parties:
        score += WEIGHTS[
            "other_party"
        ]  # each names someone the other does not: Aliyev met Erdoğan, or Rahmon
    if first.place is not None and second.place is not None:
        if first.place == second.place:
            score += WEIGHTS["place"]
        elif first.place.startswith("e:") and second.place.startswith("e:"):
            score += WEIGHTS["other_place"]  # two known places: a city and its country would differ too
    if duplicates:
        cluster = duplicates.get(first.doc_id)
        if cluster is not None and cluster == duplicates.get(second.doc_id):
            score += WEIGHTS["duplicate"]
    return score


def _blocks(mentions: Sequence[Mention]) -> list[list[int]]:
    """Indices of mentions sharing a type family and a party or the place."""
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        keys = set(mention.parties)
        if mention.place is not None:
            keys.add(mention.place)
        for key in keys:
            blocks[(mention.family, key)].append(index)
    return [members for members in blocks.values() if len(members) > 1]


def _block_pairs(mentions: Sequence[Mention], block: list[int]) -> Iterable[tuple[int, int]]:
    """Pairs of a block whose dates can meet: dated ones by a sliding window, undated ones with all."""
    undated = [index for index in block if mentions[index].start is None]
    dated = sorted((index for index in block if mentions[index].start is not None),
                   key=lambda index: mentions[index].start or date.min)  # fmt: skip
    for position, index in enumerate(dated):
        last = mentions[index].end
        assert last is not None
        for other in dated[position + 1 :]:
            start = mentions[other].start
            assert start is not None
            if start > last + DAY_SLACK:
                break
            yield index, other
    for index in undated:
        for other in block:
            if other != index and (mentions[other].start is not None or other > index):
                yield index, other


def candidate_pairs(
    mentions: Sequence[Mention], duplicates: Mapping[int, int] | None = None
) -> dict[tuple[int, int], float | None]:
    """The score of every pair blocking lets through, keyed by (lower index, higher index)."""
    scores: dict[tuple[int, int], float | None] = {}
    for block in _blocks(mentions):
        for first, second in _block_pairs(mentions, block):
            key = (min(first, second), max(first, second))
            if key not in scores:
                scores[key] = pair_score(mentions[key[0]], mentions[key[1]], duplicates)
    return scores


@dataclass(frozen=True, slots=True)
class ProposedGroup:
    """Mentions proposed as one event, and each one's best score with another member."""

    event_ids: tuple[int, ...]
    scores: tuple[float, ...]


def cluster(
    mentions: Sequence[Mention],
    duplicates: Mapping[int, int] | None = None,
    *,
    threshold: float = THRESHOLD,
) -> list[ProposedGroup]:
    """Groups of two or more mentions, by their lowest event id; a mention in no group is left out."""
    scores = candidate_pairs(mentions, duplicates)

    def score_of(first: int, second: int) -> float | None:
        key = (min(first, second), max(first, second))
        if key not in scores:
            scores[key] = pair_score(mentions[key[0]], mentions[key[1]], duplicates)
        return scores[key]

    owner = list(range(len(mentions)))
    members: dict[int, list[int]] = {index: [index] for index in range(len(mentions))}
    ranked = sorted(
        ((score, pair) for pair, score in scores.items() if score is not None and score >= threshold),
        key=lambda item: (-item[0], item[1]),
    )
    for _score, (first, second) in ranked:
        left, right = owner[first], owner[second]
        if left == right:
            continue
        if {mentions[i].doc_id for i in members[left]} & {mentions[i].doc_id for i in members[right]}:
            continue
        cross = [score_of(i, j) for i in members[left] for j in members[right]]
        if any(value is None for value in cross):
            continue
        if sum(value or 0.0 for value in cross) / len(cross) < threshold * AVERAGE_SHARE:
            continue
        for index in members[right]:
            owner[index] = left
        members[left].extend(members.pop(right))
    groups = []
    for indices in members.values():
        if len(indices) < 2:
            continue
        indices.sort(key=lambda index: mentions[index].event_id)
        best = [max((score_of(i, j) or 0.0) for j in indices if j != i) for i in indices]
        groups.append(ProposedGroup(tuple(mentions[i].event_id for i in indices), tuple(best)))
    groups.sort(key=lambda group: group.event_ids[0])
    return groups


def pairs_of(groups: Iterable[Iterable[int]]) -> set[tuple[int, int]]:
    """Every unordered pair of ids that share a group (for pairwise precision and recall)."""
    return {(min(a, b), max(a, b)) for group in groups for a, b in combinations(sorted(set(group)), 2)}
