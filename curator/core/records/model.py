"""The clean event record: one self-contained row per event, built from a document and its stored events.

An analyst reads records without Curator, so each carries what it needs: who (actors, recipients,
participants, each with the text as written and the canonical entity it links to), what (the event type
with its PLOVER and ACE mappings, realis), when (an ISO 8601 date with its precision), where, the trigger
and the sentence that states the event, and where the record came from (document, source, annotator,
review status, schema version).

Decisions a consumer must know:

- `id` is "<project file stem>:<document id>:<event id>" ("corpus:3:17"): stable while the project file
  keeps its name, readable, and unique across projects with different names.
- Roles map onto parties: ACTOR → actors, RECIPIENT → recipients, PARTICIPANT, PERSON and ORGANIZATION →
  participants (each party keeps its `role`). The first PLACE (else the first DESTINATION) is `location`;
  every other argument (ORIGIN, INSTRUMENT, POSITION, a second place or time, roles the schema does not
  know) is in `other_arguments`, so nothing annotated is lost. An argument that is an event is a party
  whose `event_id` is that event's record id and whose `type` is its event type.
- `date` is the event's own date (`date_iso`) when set; else the text of its first TIME argument read by
  `curator.core.dates.normalize_date` against the document's publication date; else None. `date_source`
  says which ("event", "time_argument", None).
- An event that is not accepted (a suggestion, or a rejected trigger) is no record; an argument whose span
  is not accepted is left out of its record. Both are reported.
- `source.publication` is the document's metadata "publication" (or "publisher", "site", "outlet",
  "source"); empty (None) when the metadata names none. Never the document's source field: that is the
  file or feed it was imported from ("001_....txt"), which an analyst would misread as the outlet.
  `source.url` is its metadata "url" (or "link", "source_url").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from curator.core.dates import normalize_date
from curator.core.queries import ExportDocument
from curator.core.records.issues import RecordIssue
from curator.core.records.loading import StoredArgument, StoredEvent
from curator.core.records.sentences import SentenceIndex
from curator.core.storage import Project
from curator.core.storage.server import ServerProject, project_name

ACTOR_ROLES = frozenset({"ACTOR"})
RECIPIENT_ROLES = frozenset({"RECIPIENT"})
PARTICIPANT_ROLES = frozenset({"PARTICIPANT", "PERSON", "ORGANIZATION"})
LOCATION_ROLES = ("PLACE", "DESTINATION")  # in order of preference
TIME_ROLE = "TIME"
ACCEPTED = "accepted"
PUBLICATION_KEYS = ("publication", "publisher", "site", "outlet", "source")
URL_KEYS = ("url", "link", "source_url")
CONTEXT_ATTRIBUTE = "context"


@dataclass(frozen=True, slots=True)
class RecordContext:
    """What every record of one export shares: the project's name (for ids) and schema revision."""

    project_stem: str
    schema_version: str | None

    @classmethod
    def of(cls, project: Project) -> RecordContext:
        """A file's name; on a team server its database's (the local state path names the user too)."""
        name = project_name(project.url) if isinstance(project, ServerProject) else project.path.stem
        return cls(name, project.schema_revision())


def record_id(project_stem: str, document_id: int, event_id: int) -> str:
    return f"{project_stem}:{document_id}:{event_id}"


@dataclass(frozen=True, slots=True)
class Party:
    """An argument of an event: the text as written (with offsets), its label and its canonical entity."""

    role: str
    text: str
    start: int
    end: int
    type: str
    name: str | None = None
    entity_id: int | None = None
    wikidata: str | None = None
    event_id: str | None = None

    @property
    def display_name(self) -> str:
        """The canonical name when the mention is linked, else the text as written."""
        return self.name or self.text

    def to_json(self) -> dict[str, Any]:
        return {
            "role": self.role,
            "text": self.text,
            "name": self.name,
            "entity_id": self.entity_id,
            "wikidata": self.wikidata,
            "type": self.type,
            "start": self.start,
            "end": self.end,
            "event_id": self.event_id,
        }


@dataclass(frozen=True, slots=True)
class SourceRef:
    """One document that reports the event (a merged record has several)."""

    record_id: str
    doc_id: int
    publication: str | None
    url: str | None
    title: str
    pub_date: str | None
    evidence: str | None = None  # the sentence of this report that states the event
    date: str | None = None  # the event's date as this report gives it

    def to_json(self) -> dict[str, Any]:
        return {
            "record_id": self.record_id,
            "doc_id": self.doc_id,
            "publication": self.publication,
            "url": self.url,
            "title": self.title,
            "pub_date": self.pub_date,
            "date": self.date,
            "evidence": self.evidence,
        }


@dataclass(frozen=True, slots=True)
class CleanEvent:
    """One event as a clean record; `to_json()` is the JSONL object (see the module docstring)."""

    id: str
    doc_id: int
    source: SourceRef
    language: str
    event_type: str
    plover_type: str | None
    plover_mode: str | None
    ace_type: str | None
    realis: str
    date: str | None
    date_raw: str | None
    date_precision: str | None
    date_source: str | None
    actors: tuple[Party, ...]
    recipients: tuple[Party, ...]
    participants: tuple[Party, ...]
    location: Party | None
    other_arguments: tuple[Party, ...]
    trigger_text: str
    trigger_start: int
    trigger_end: int
    evidence: str
    evidence_start: int
    evidence_end: int
    context: tuple[str, ...]
    attributes: dict[str, Any]
    note: str
    annotator: str | None
    review_status: str
    schema_version: str | None
    sources: tuple[SourceRef, ...] = field(default=())
    layer: str | None = None  # the layer the event is read from ("gold" where adjudicated)
    # A corpus event (`curator events consolidate`): its group, whether a user confirmed it, its reports.
    event_group: int | None = None
    confirmed: bool | None = None
    mentions: int = 1

    @property
    def pub_date(self) -> str | None:
        return self.source.pub_date

    @property
    def parties(self) -> tuple[Party, ...]:
        return (*self.actors, *self.recipients, *self.participants)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "source": {
                "publication": self.source.publication,
                "url": self.source.url,
                "title": self.source.title,
            },
            "pub_date": self.pub_date,
            "language": self.language,
            "event_type": self.event_type,
            "plover_type": self.plover_type,
            "plover_mode": self.plover_mode,
            "ace_type": self.ace_type,
            "realis": self.realis,
            "date": self.date,
            "date_raw": self.date_raw,
            "date_precision": self.date_precision,
            "date_source": self.date_source,
            "actors": [party.to_json() for party in self.actors],
            "recipients": [party.to_json() for party in self.recipients],
            "participants": [party.to_json() for party in self.participants],
            "location": self.location.to_json() if self.location else None,
            "other_arguments": [party.to_json() for party in self.other_arguments],
            "trigger": {"text": self.trigger_text, "start": self.trigger_start, "end": self.trigger_end},
            "evidence": {"text": self.evidence, "start": self.evidence_start, "end": self.evidence_end},
            "context": list(self.context),
            "attributes": self.attributes,
            "note": self.note,
            "annotator": self.annotator,
            "layer": self.layer,
            "review_status": self.review_status,
            "schema_version": self.schema_version,
            "sources": [source.to_json() for source in self.sources],
            "event_group": self.event_group,
            "confirmed": self.confirmed,
            "mentions": self.mentions,
        }


@dataclass(slots=True)
class DocumentRecords:
    """The records of one document, the events that are no record and the gaps in the records."""

    records: list[CleanEvent] = field(default_factory=list)
    skipped: list[RecordIssue] = field(default_factory=list)
    warnings: list[RecordIssue] = field(default_factory=list)


def reference_date(pub_date: str | None) -> date | None:
    """The publication date as a date, to resolve year-less and relative dates; None when unknown."""
    if not pub_date:
        return None
    try:
        return date.fromisoformat(pub_date.strip()[:10])
    except ValueError:
        found = normalize_date(pub_date)
        return found.start if found is not None else None


def _meta_text(meta: Mapping[str, Any], keys: Iterable[str]) -> str | None:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return None


def source_of(document: ExportDocument, rid: str) -> SourceRef:
    publication = _meta_text(document.meta, PUBLICATION_KEYS)
    url = _meta_text(document.meta, URL_KEYS)
    return SourceRef(rid, document.id, publication, url, document.title, document.pub_date)


def _context(attributes: dict[str, Any]) -> tuple[tuple[str, ...], dict[str, Any]]:
    """The PLOVER-style context list out of the attributes, and the remaining attributes."""
    rest = dict(attributes)
    value = rest.pop(CONTEXT_ATTRIBUTE, None)
    if value is None:
        return (), rest
    if isinstance(value, str):
        return tuple(part.strip() for part in value.split(",") if part.strip()), rest
    if isinstance(value, list):
        return tuple(str(item) for item in value), rest
    rest[CONTEXT_ATTRIBUTE] = value
    return (), rest


class _RecordBuilder:
    """Builds the records of one document; holds its events by id and its sentences (cut once)."""

    def __init__(self, document: ExportDocument, events: list[StoredEvent], context: RecordContext) -> None:
        self.document = document
        self.context = context
        self.events = {event.id: event for event in events}
        self.result = DocumentRecords()
        self._sentences: SentenceIndex | None = None

    def build(self) -> DocumentRecords:
        for event in self.events.values():
            reason = self._not_a_record(event)
            if reason is not None:
                self.result.skipped.append(RecordIssue(self.document.id, f"event {event.id}", reason))
                continue
            self.result.records.append(self._record(event))
        return self.result

    @staticmethod
    def _not_a_record(event: StoredEvent) -> str | None:
        if event.status != ACCEPTED:
            return f"the event is {event.status}, not accepted"
        if event.trigger_status != ACCEPTED:
            return f"its trigger span is {event.trigger_status}, not accepted"
        return None

    @property
    def sentences(self) -> SentenceIndex:
        if self._sentences is None:
            self._sentences = SentenceIndex(self.document.text, self.document.title)
        return self._sentences

    def _party(self, event: StoredEvent, argument: StoredArgument) -> Party | None:
        text = self.document.text
        if argument.argument_event_id is not None:
            target = self.events.get(argument.argument_event_id)
            if target is None:
                return None
            return Party(
                role=argument.role,
                text=text[target.trigger_start : target.trigger_end],
                start=target.trigger_start,
                end=target.trigger_end,
                type=target.type,
                event_id=record_id(self.context.project_stem, self.document.id, target.id),
            )
        assert argument.start is not None and argument.end is not None
        if argument.span_status != ACCEPTED:
            self.result.warnings.append(
                RecordIssue(
                    self.document.id,
                    f"argument {argument.role} of event {event.id}",
                    f"left out: its span is {argument.span_status}, not accepted",
                )
            )
            return None
        entity = argument.entity
        return Party(
            role=argument.role,
            text=text[argument.start : argument.end],
            start=argument.start,
            end=argument.end,
            type=argument.label or "",
            name=entity.name if entity else None,
            entity_id=entity.id if entity else None,
            wikidata=entity.wikidata if entity else None,
        )

    def _date(
        self, event: StoredEvent, time: Party | None
    ) -> tuple[str | None, str | None, str | None, str | None]:
        """(date, date_raw, date_precision, date_source) of an event."""
        if event.date_iso:
            raw = event.date_raw or (time.text if time else None)
            return event.date_iso, raw, event.date_precision, "event"
        if time is None:
            return None, event.date_raw, None, None
        found = normalize_date(
            time.text, language=self.document.language, reference=reference_date(self.document.pub_date)
        )
        if found is None:
            self.result.warnings.append(
                RecordIssue(self.document.id, f"event {event.id}", f"date {time.text!r} not understood")
            )
            return None, time.text, None, None
        return found.iso, time.text, found.precision, "time_argument"

    def _record(self, event: StoredEvent) -> CleanEvent:
        actors: list[Party] = []
        recipients: list[Party] = []
        participants: list[Party] = []
        locations: list[Party] = []
        times: list[Party] = []
        others: list[Party] = []
        for argument in event.arguments:
            party = self._party(event, argument)
            if party is None:
                continue
            role = party.role
            if role in ACTOR_ROLES:
                actors.append(party)
            elif role in RECIPIENT_ROLES:
                recipients.append(party)
            elif role in PARTICIPANT_ROLES:
                participants.append(party)
            elif role in LOCATION_ROLES:
                locations.append(party)
            elif role == TIME_ROLE:
                times.append(party)
            else:
                others.append(party)
        locations.sort(key=lambda party: LOCATION_ROLES.index(party.role))
        location = locations[0] if locations else None
        time = times[0] if times else None
        date_iso, date_raw, precision, date_source = self._date(event, time)
        evidence_start, evidence_end = self.sentences.around(event.trigger_start, event.trigger_end)
        context, attributes = _context(event.attributes)
        rid = record_id(self.context.project_stem, self.document.id, event.id)
        text = self.document.text
        evidence = text[evidence_start:evidence_end]
        source = replace(source_of(self.document, rid), evidence=evidence, date=date_iso)
        return CleanEvent(
            id=rid,
            doc_id=self.document.id,
            source=source,
            language=self.document.language,
            event_type=event.type,
            plover_type=event.plover_type,
            plover_mode=event.plover_mode,
            ace_type=event.ace_type,
            realis=event.realis,
            date=date_iso,
            date_raw=date_raw,
            date_precision=precision,
            date_source=date_source,
            actors=tuple(actors),
            recipients=tuple(recipients),
            participants=tuple(participants),
            location=location,
            other_arguments=(*locations[1:], *times[1:], *others),
            trigger_text=text[event.trigger_start : event.trigger_end],
            trigger_start=event.trigger_start,
            trigger_end=event.trigger_end,
            evidence=evidence,
            evidence_start=evidence_start,
            evidence_end=evidence_end,
            context=context,
            attributes=attributes,
            note=event.note,
            annotator=event.annotator,
            review_status=self.document.status,
            schema_version=self.context.schema_version,
            sources=(source,),
            layer=self.document.layer,
        )


def build_records(
    document: ExportDocument, events: list[StoredEvent], context: RecordContext
) -> DocumentRecords:
    """The clean records of one document's events, with what was skipped or left out and why."""
    return _RecordBuilder(document, events, context).build()
