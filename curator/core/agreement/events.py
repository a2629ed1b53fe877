"""Event agreement between two layers: triggers as units, then the role fillers of matched triggers.

A trigger is (event type, trigger span); two layers' triggers match exactly (same type and span) or by
overlap (same type, overlapping spans). For each overlap-matched pair of events, each role's fillers
are matched like spans (exact: same span and label; overlap: same label, overlapping), so an argument
is judged only where both annotators saw the same event. Counts are kept per event type and per
(event type, role).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from curator.core.agreement.layers import LayerEvent
from curator.core.agreement.matching import MatchCounts, match_units


@dataclass(slots=True)
class EventCounts:
    triggers: dict[str, MatchCounts] = field(default_factory=dict)
    roles: dict[tuple[str, str], MatchCounts] = field(default_factory=dict)

    def add(self, other: EventCounts) -> None:
        for key, counts in other.triggers.items():
            self.triggers.setdefault(key, MatchCounts()).add(counts)
        for role_key, counts in other.roles.items():
            self.roles.setdefault(role_key, MatchCounts()).add(counts)


def count_events(first: list[LayerEvent], second: list[LayerEvent]) -> EventCounts:
    counts = EventCounts()
    for event in first:
        counts.triggers.setdefault(event.type, MatchCounts()).first += 1
    for event in second:
        counts.triggers.setdefault(event.type, MatchCounts()).second += 1
    matching = match_units(
        [(e.start, e.end, e.type) for e in first], [(e.start, e.end, e.type) for e in second]
    )
    for index, _ in matching.exact:
        entry = counts.triggers[first[index].type]
        entry.exact += 1
        entry.overlap += 1
    for index, _ in matching.overlap:
        entry = counts.triggers[first[index].type]
        entry.overlap += 1
        entry.boundary += 1
    for i, j in [*matching.exact, *matching.overlap]:
        _count_roles(counts, first[i], second[j])
    return counts


def _count_roles(counts: EventCounts, first: LayerEvent, second: LayerEvent) -> None:
    roles = sorted({a.role for a in first.arguments} | {a.role for a in second.arguments})
    for role in roles:
        mine = [(a.start, a.end, a.label) for a in first.arguments if a.role == role]
        theirs = [(a.start, a.end, a.label) for a in second.arguments if a.role == role]
        entry = counts.roles.setdefault((first.type, role), MatchCounts())
        entry.first += len(mine)
        entry.second += len(theirs)
        matching = match_units(mine, theirs)
        entry.exact += len(matching.exact)
        entry.overlap += len(matching.exact) + len(matching.overlap)
        entry.boundary += len(matching.overlap)
