"""Clean records as flat CSV rows, in one of two layouts.

The lean layout (the default) has only the columns the exported event types use (`lean_columns`): a
project without PLOVER mappings has no PLOVER columns, one whose types have no RECIPIENT role no
recipients, and so on. Each party group is one column holding a JSON array of objects, one per party,
with only the fields it has: {"name": "Sadyr Japarov", "text": "Caparov", "id": 166, "type": "PER"}, an
unlinked party {"name": "Ak Suu", "text": "Ak Suu", "type": "LOC"} (`name` is the canonical name when
linked, else the text). Other arguments are a JSON array too; an empty group is [].

The full layout (`--layout full`, `EVENT_COLUMNS`) is every field, lists joined by "|", position by
position. The list columns of a party group line up: item i of `actors`, `actor_texts`, `actor_ids`,
`actor_wikidata` and `actor_types` is the same actor, and an empty item means "none" (an actor not linked
to a canonical entity has an empty id). `actors` holds display names (the canonical name when linked,
else the text as written). An argument that is an event has its event record id in the `*_ids` column.
A "|" inside a value is written as "¦" so splitting on "|" always gives the list back. Nested values
(attributes) are JSON text.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence

from curator.core.records.entities import CanonicalEntityRecord
from curator.core.records.loading import TypeInUse
from curator.core.records.model import (
    ACTOR_ROLES,
    LOCATION_ROLES,
    PARTICIPANT_ROLES,
    RECIPIENT_ROLES,
    TIME_ROLE,
    CleanEvent,
    Party,
    SourceRef,
)

SEPARATOR = "|"
SEPARATOR_STANDIN = "¦"
_GROUPS = (("actor", "actors"), ("recipient", "recipients"), ("participant", "participants"))


def _group_columns(singular: str, plural: str) -> list[str]:
    columns = [plural, f"{singular}_texts", f"{singular}_ids", f"{singular}_wikidata", f"{singular}_types"]
    if singular == "participant":  # participants come from several roles (PERSON, ORGANIZATION, ...)
        columns.append("participant_roles")
    return columns


EVENT_COLUMNS: tuple[str, ...] = (
    "id", "doc_id", "source_publication", "source_url", "source_title", "pub_date", "language",
    "event_type", "plover_type", "plover_mode", "ace_type", "realis",
    "date", "date_raw", "date_precision", "date_source",
    *(column for singular, plural in _GROUPS for column in _group_columns(singular, plural)),
    "location", "location_name", "location_id", "location_wikidata", "other_arguments",
    "trigger", "trigger_start", "trigger_end", "evidence", "evidence_start", "evidence_end",
    "context", "attributes", "note", "annotator", "layer", "review_status", "schema_version",
    "source_count", "source_doc_ids", "source_record_ids", "source_urls",
    "source_publications", "source_dates", "event_group", "mentions", "confirmed",
)  # fmt: skip

ENTITY_COLUMNS: tuple[str, ...] = (
    "id", "key", "name", "type", "subtype", "aliases", "wikidata", "mention_count", "document_count",
)  # fmt: skip


def cell(value: object) -> str:
    """A scalar as CSV text: None is empty."""
    return "" if value is None else str(value)


def joined(values: Iterable[object]) -> str:
    return SEPARATOR.join(cell(value).replace(SEPARATOR, SEPARATOR_STANDIN) for value in values)


def split_list(text: str) -> list[str]:
    """A list column back as a list (the inverse of `joined` for values without "|")."""
    return text.split(SEPARATOR) if text else []


def _party_id(party: Party) -> object:
    return party.event_id if party.event_id is not None else party.entity_id


def _group(parties: Sequence[Party], with_roles: bool) -> list[str]:
    cells = [
        joined(party.display_name for party in parties),
        joined(party.text for party in parties),
        joined(_party_id(party) for party in parties),
        joined(party.wikidata for party in parties),
        joined(party.type for party in parties),
    ]
    if with_roles:
        cells.append(joined(party.role for party in parties))
    return cells


def event_row(record: CleanEvent) -> list[str]:
    """The CSV row of a record, in the order of EVENT_COLUMNS."""
    location = record.location
    groups = (record.actors, record.recipients, record.participants)
    row = [
        record.id, cell(record.doc_id), cell(record.source.publication), cell(record.source.url),
        record.source.title, cell(record.pub_date), record.language,
        record.event_type, cell(record.plover_type), cell(record.plover_mode), cell(record.ace_type),
        record.realis, cell(record.date), cell(record.date_raw), cell(record.date_precision),
        cell(record.date_source),
        *(value for (singular, _), parties in zip(_GROUPS, groups, strict=True)
          for value in _group(parties, singular == "participant")),
        location.text if location else "", cell(location.name) if location else "",
        cell(_party_id(location)) if location else "", cell(location.wikidata) if location else "",
        joined(f"{party.role}:{party.text}" for party in record.other_arguments),
        record.trigger_text, cell(record.trigger_start), cell(record.trigger_end),
        record.evidence, cell(record.evidence_start), cell(record.evidence_end),
        joined(record.context),
        json.dumps(record.attributes, ensure_ascii=False, sort_keys=True) if record.attributes else "",
        record.note, cell(record.annotator), cell(record.layer), record.review_status,
        cell(record.schema_version),
        cell(len(record.sources)), joined(source.doc_id for source in record.sources),
        joined(source.record_id for source in record.sources),
        joined(source.url for source in record.sources),
        joined(source.publication for source in record.sources),
        joined(source.pub_date for source in record.sources),
        cell(record.event_group), cell(record.mentions),
        "" if record.confirmed is None else str(record.confirmed).lower(),
    ]  # fmt: skip
    assert len(row) == len(EVENT_COLUMNS)
    return row


def entity_row(record: CanonicalEntityRecord) -> list[str]:
    """The CSV row of a canonical entity, in the order of ENTITY_COLUMNS (its documents are JSONL-only)."""
    return [
        cell(record.id), record.key, record.name, record.type, cell(record.subtype), joined(record.aliases),
        cell(record.wikidata), cell(record.mention_count), cell(record.document_count),
    ]  # fmt: skip


# --- the lean layout ---------------------------------------------------------------------------------

LAYOUTS = ("lean", "full")
LEAN_ORDER: tuple[str, ...] = (
    "id", "doc_id", "source_publication", "source_url", "source_title", "pub_date", "language",
    "event_type", "plover_type", "plover_mode", "ace_type", "realis", "date", "date_raw", "date_precision",
    "actors", "recipients", "participants", "location", "location_name", "location_id", "location_wikidata",
    "other_arguments", "trigger", "evidence", "annotator", "review_status", "layer", "sources",
    "event_group", "mentions", "confirmed",
)  # fmt: skip
_GROUPED = ACTOR_ROLES | RECIPIENT_ROLES | PARTICIPANT_ROLES | {*LOCATION_ROLES, TIME_ROLE}


def lean_columns(
    types: Sequence[TypeInUse], *, merged: bool, layers: bool, grouped: bool = False
) -> tuple[str, ...]:
    """The lean layout's columns for these event types; `merged`: the export merges duplicate reports
    (a `sources` column), `layers`: it gives every layer apart (a `layer` column), `grouped`: it writes
    corpus events (`sources` and the `event_group`, `mentions` and `confirmed` columns)."""
    roles = frozenset().union(*(use.roles for use in types))
    wanted = {
        "plover_type": any(use.plover for use in types),
        "plover_mode": any(use.plover for use in types),
        "ace_type": any(use.ace for use in types),
        "date_raw": TIME_ROLE in roles,
        "actors": bool(roles & ACTOR_ROLES),
        "recipients": bool(roles & RECIPIENT_ROLES),
        "participants": bool(roles & PARTICIPANT_ROLES),
        "other_arguments": bool(roles - _GROUPED),
        "layer": layers,
        "sources": merged or grouped,
        "event_group": grouped,
        "mentions": grouped,
        "confirmed": grouped,
    }
    located = bool(roles & set(LOCATION_ROLES))
    for column in ("location", "location_name", "location_id", "location_wikidata"):
        wanted[column] = located
    return tuple(column for column in LEAN_ORDER if wanted.get(column, True))


def _party_object(party: Party, with_role: bool) -> dict[str, object]:
    fields: dict[str, object] = {"name": party.display_name, "text": party.text}
    if with_role:
        fields["role"] = party.role
    fields |= {"id": _party_id(party), "wikidata": party.wikidata, "type": party.type}
    return {key: value for key, value in fields.items() if value not in (None, "")}


def _source_object(source: SourceRef) -> dict[str, object]:
    """A report of the event as JSON, without the fields it lacks (publication, url, dates, evidence)."""
    return {key: value for key, value in source.to_json().items() if value not in (None, "")}


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def lean_row(record: CleanEvent, columns: Sequence[str]) -> list[str]:
    """The CSV row of a record in the lean layout, in the order of `columns` (from `lean_columns`)."""
    location = record.location
    values: dict[str, str] = {
        "id": record.id, "doc_id": cell(record.doc_id), "source_publication": cell(record.source.publication),
        "source_url": cell(record.source.url), "source_title": record.source.title,
        "pub_date": cell(record.pub_date), "language": record.language, "event_type": record.event_type,
        "plover_type": cell(record.plover_type), "plover_mode": cell(record.plover_mode),
        "ace_type": cell(record.ace_type), "realis": record.realis, "date": cell(record.date),
        "date_raw": cell(record.date_raw), "date_precision": cell(record.date_precision),
        "actors": _json([_party_object(party, False) for party in record.actors]),
        "recipients": _json([_party_object(party, False) for party in record.recipients]),
        "participants": _json([_party_object(party, True) for party in record.participants]),
        "location": location.text if location else "",
        "location_name": cell(location.name) if location else "",
        "location_id": cell(_party_id(location)) if location else "",
        "location_wikidata": cell(location.wikidata) if location else "",
        "other_arguments": _json([_party_object(party, True) for party in record.other_arguments]),
        "trigger": record.trigger_text, "evidence": record.evidence, "annotator": cell(record.annotator),
        "review_status": record.review_status, "layer": cell(record.layer),
        "sources": _json([_source_object(source) for source in record.sources]),
        "event_group": cell(record.event_group), "mentions": cell(record.mentions),
        "confirmed": "" if record.confirmed is None else str(record.confirmed).lower(),
    }  # fmt: skip
    return [values[column] for column in columns]
