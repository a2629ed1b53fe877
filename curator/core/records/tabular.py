"""Clean records as flat CSV rows: one column per field, lists joined by "|", position by position.

The list columns of a party group line up: item i of `actors`, `actor_texts`, `actor_ids`,
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
from curator.core.records.model import CleanEvent, Party

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
