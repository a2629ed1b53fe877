"""Join records of the same real-world event reported by several documents, conservatively.

Two records are the same event only when nothing in them could tell them apart: the same event type and
realis, the same single day (not a month, a year or a range), and the same canonical entities in each of
the actor, recipient and participant roles, where every party is linked to a canonical entity (a party
known only by its text could be anyone). A missed merge costs a duplicate row; a wrong merge silently
loses an event, so anything less certain stays apart.

The merged record is the earliest one (by document, then event), with every report in `sources`.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import replace

from curator.core.records.model import CleanEvent, Party

DAY = "day"


def _linked(parties: Sequence[Party]) -> frozenset[int] | None:
    ids = [party.entity_id for party in parties]
    if any(entity_id is None for entity_id in ids):
        return None
    return frozenset(entity_id for entity_id in ids if entity_id is not None)


def merge_key(record: CleanEvent) -> Hashable | None:
    """What identifies the record's real-world event, or None when it must stay a record of its own."""
    if record.date is None or record.date_precision != DAY or "/" in record.date or not record.parties:
        return None
    roles = tuple(_linked(parties) for parties in (record.actors, record.recipients, record.participants))
    if any(linked is None for linked in roles):
        return None
    return (record.event_type, record.realis, record.date, roles)


def merge(records: Sequence[CleanEvent]) -> CleanEvent:
    """One record for reports of the same event: the first, with the sources of all."""
    first = min(records, key=lambda record: (record.doc_id, record.trigger_start, record.id))
    sources = sorted(
        (source for record in records for source in record.sources),
        key=lambda source: (source.doc_id, source.record_id),
    )
    return replace(first, sources=tuple(sources))
