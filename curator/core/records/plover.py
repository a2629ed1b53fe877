"""An event record as a PLOVER event (the JSON of PLOVER-coded data sets such as POLECAT).

Field names follow PLOVER's event record: `id`, `date`, `actor`, `recipient`, `event` (the PLOVER
category), `mode`, `context`, `event_loc`, `event_text` (here the evidence sentence) and `cite_info` (where
the report came from). Curator adds `date_precision`, `language`, `event_type` (the project's own type),
`sources` (every report of a merged record or corpus event), and for a corpus event (`curator events
consolidate`) its `event_group`, `mentions` count and `confirmed` flag (false: a proposal nobody confirmed).

Mapping decisions:
- `actor` is the record's actors followed by its participants: a symmetric event (a meeting, an agreement)
  has no initiator, and PLOVER codes its parties as one compound actor; `recipient` is the recipients.
- Realis becomes context, as PLOVER expects: planned → "future", hypothetical → "hypothetical".
- Records PLOVER cannot hold are skipped with a reason: an event type with no PLOVER category, and a
  negated event (PLOVER codes events that are said to happen, not ones said not to).
"""

from __future__ import annotations

from typing import Any

from curator.core.records.model import CleanEvent, Party

REALIS_CONTEXT = {"planned": "future", "hypothetical": "hypothetical"}
NEGATED = "negated"


def skip_reason(record: CleanEvent) -> str | None:
    """Why the record has no PLOVER form, or None when it has one."""
    if not record.plover_type:
        return f"event type {record.event_type} has no PLOVER category"
    if record.realis == NEGATED:
        return "negated: PLOVER codes only events that are said to happen"
    return None


def _actor(party: Party) -> dict[str, Any]:
    return {
        "text": party.text,
        "name": party.display_name,
        "wikidata": party.wikidata,
        "entity_id": party.entity_id,
        "type": party.type,
        "event_id": party.event_id,
    }


def plover_event(record: CleanEvent) -> dict[str, Any]:
    """The PLOVER event JSON of a record that has one (see `skip_reason`)."""
    context = list(record.context)
    extra = REALIS_CONTEXT.get(record.realis)
    if extra is not None and extra not in context:
        context.append(extra)
    location = record.location
    return {
        "id": record.id,
        "date": record.date,
        "date_precision": record.date_precision,
        "actor": [_actor(party) for party in (*record.actors, *record.participants)],
        "recipient": [_actor(party) for party in record.recipients],
        "event": record.plover_type,
        "mode": record.plover_mode or "",
        "context": context,
        "event_loc": _actor(location) if location is not None else None,
        "event_text": record.evidence,
        "cite_info": {
            "source": record.source.publication,
            "url": record.source.url,
            "pub_date": record.pub_date,
            "title": record.source.title,
            "doc_id": record.doc_id,
        },
        "language": record.language,
        "event_type": record.event_type,
        "sources": [source.to_json() for source in record.sources],
        "mentions": record.mentions,
        "event_group": record.event_group,
        "confirmed": record.confirmed,
    }
