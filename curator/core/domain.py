"""Plain value types that cross layer and thread boundaries (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum


class DocumentStatus(StrEnum):
    NEW = "new"
    IN_PROGRESS = "in_progress"
    ANNOTATED = "annotated"
    APPROVED = "approved"
    RETURNED = "returned"


class SpanStatus(StrEnum):
    """`spans.status`: every span a person tagged or accepted is "accepted"; exports read only those."""

    ACCEPTED = "accepted"
    SUGGESTED = "suggested"
    REJECTED = "rejected"


class SuggestionStatus(StrEnum):
    """What became of a machine suggestion: decided (`suggestion_decisions.outcome`) or still pending."""

    ACCEPTED = "accepted"  # taken as it was
    CORRECTED = "corrected"  # tagged over with another label or other boundaries
    REJECTED = "rejected"  # turned down; it does not come back
    PENDING = "pending"  # not decided yet: a row of `suggestions`


class AnnotatorRole(StrEnum):
    """`annotators.role`: an annotator edits their own layer; a reviewer also adjudicates into gold."""

    ANNOTATOR = "annotator"
    REVIEWER = "reviewer"
    GOLD = "gold"  # the gold layer's own row (`GOLD_LAYER`): adjudicated annotations, never a person


GOLD_LAYER = "gold"
"""The name of the annotator row whose layer holds adjudicated annotations (see `AnnotatorRole.GOLD`)."""


class AssignmentStatus(StrEnum):
    """`assignments.status`: a document is annotated per annotator."""

    ASSIGNED = "assigned"
    ANNOTATED = "annotated"


SUGGESTION_OUTCOMES = (SuggestionStatus.ACCEPTED, SuggestionStatus.CORRECTED, SuggestionStatus.REJECTED)


class CuratorError(Exception):
    """An error whose message is meant for the user as it is."""


class AnnotationError(CuratorError):
    """A requested annotation change is not valid (bad offsets, unknown label, duplicate)."""


class StaleWriteError(CuratorError):
    """Someone else (another window, process or server client) changed the rows since this write was
    prepared; the write is refused rather than applied over their work. The message names who and when."""


class ProjectBusyError(CuratorError):
    """Another program holds the project's write lock longer than this write may wait."""


class ProjectDamagedError(CuratorError):
    """The project file or its connection is broken (I/O error, malformed database): reopen it or restore
    a backup. Raised in place of SQLite's bare `disk I/O error` / `database disk image is malformed`."""


@dataclass(frozen=True, slots=True)
class LabelInfo:
    id: int
    name: str
    color: str
    shortcut: str | None
    description: str
    kind: str = "entity"


@dataclass(frozen=True, slots=True)
class SpanRecord:
    """A span as stored; enough to restore it exactly after a delete (undo)."""

    id: int
    document_id: int
    start: int
    end: int
    label: str
    label_id: int
    annotator: str | None
    annotator_id: int | None
    status: str
    source: str
    created_at: datetime
    updated_at: datetime
    entity_id: int | None = None


@dataclass(frozen=True, slots=True)
class DocumentSummary:
    """One row of the documents list: no text, so a page of them stays cheap."""

    id: int
    title: str
    language: str
    status: str
    span_count: int
    source: str
    pub_date: str | None


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    id: int
    title: str
    text: str
    language: str
    status: str
    source: str
    pub_date: str | None
    content_hash: str
    meta: dict = field(default_factory=dict)
    version: int = 1


@dataclass(frozen=True, slots=True)
class DocumentFilter:
    """What the documents list shows: a title substring plus exact language and status."""

    text: str = ""
    language: str | None = None
    status: str | None = None
    source: str | None = None
    date_prefix: str | None = None  # "2021" or "2021-05": documents published then
    # True: only documents someone worked on (not `new`, or with an accepted span); False: only the others.
    worked_on: bool | None = None
    # Assignment queues: documents assigned to this annotator name ("me": the current annotator, see
    # `for_annotator`), optionally only those they have (not) marked annotated; `unassigned`: nobody's.
    assigned_to: str | None = None
    assignment_status: str | None = None  # an `AssignmentStatus`
    unassigned: bool = False

    @classmethod
    def parse(cls, query: str) -> DocumentFilter:
        """Read the filter box syntax: free words match the title; `lang:ky`, `status:new`,
        `source:AA` and `date:2021-05` narrow."""
        words: list[str] = []
        language = status = source = date_prefix = None
        for part in query.split():
            key, sep, value = part.partition(":")
            if sep and key.lower() in {"lang", "language"} and value:
                language = value.lower()
            elif sep and key.lower() == "status" and value:
                status = value.lower()
            elif sep and key.lower() == "source" and value:
                source = value
            elif sep and key.lower() == "date" and value:
                date_prefix = value
            else:
                words.append(part)
        found = cls(" ".join(words), language, status, source, date_prefix)
        return found._with_queue(query)

    def _with_queue(self, query: str) -> DocumentFilter:
        """`assigned:me`, `assigned:NAME`, `assigned:none`, `done:me`, `todo:NAME`: one annotator's queue."""
        found = self
        for part in query.split():
            key, sep, value = part.partition(":")
            key = key.lower()
            if not (sep and value and key in QUEUE_FILTERS):
                continue
            if key == "assigned" and value.lower() == UNASSIGNED:
                found = replace(found, assigned_to=None, assignment_status=None, unassigned=True)
            else:
                name = ME if value.lower() == ME else value
                status = QUEUE_FILTERS[key]
                found = replace(found, assigned_to=name, assignment_status=status, unassigned=False)
        words = [w for w in found.text.split() if w.partition(":")[0].lower() not in QUEUE_FILTERS]
        return replace(found, text=" ".join(words))

    def for_annotator(self, name: str) -> DocumentFilter:
        """The filter with "me" read as the annotator `name` (the project's current one)."""
        return replace(self, assigned_to=name) if self.assigned_to == ME else self


@dataclass(frozen=True, slots=True)
class SpanChange:
    """What one action did to a document's spans, so views update the touched spans only (`reload`: the
    document changed under the window, e.g. a refused stale undo; read it again whole)."""

    document_id: int
    removed: tuple[int, ...] = ()
    added: tuple[SpanRecord, ...] = ()
    reload: bool = False


class Realis(StrEnum):
    ACTUAL = "actual"
    PLANNED = "planned"
    HYPOTHETICAL = "hypothetical"
    NEGATED = "negated"


@dataclass(frozen=True, slots=True)
class ArgumentRecord:
    """One argument of an event: a role filled by a span or by another event of the same document."""

    id: int
    event_id: int
    role: str
    span_id: int | None
    argument_event_id: int | None
    position: int


@dataclass(frozen=True, slots=True)
class EventRecord:
    id: int
    document_id: int
    type: str
    trigger_span_id: int
    trigger_start: int
    trigger_end: int
    realis: str
    date_iso: str | None
    date_precision: str | None
    date_raw: str | None
    attributes: dict
    note: str
    status: str
    source: str
    arguments: tuple[ArgumentRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class RelationRecord:
    id: int
    document_id: int
    type: str
    head_span_id: int
    child_span_id: int
    note: str


@dataclass(frozen=True, slots=True)
class RoleInfo:
    name: str
    allowed_labels: tuple[str, ...]
    repeatable: bool


@dataclass(frozen=True, slots=True)
class EventTypeInfo:
    """An event type of the schema with its roles and its mappings for export."""

    id: int
    name: str
    color: str
    shortcut: str | None
    description: str
    plover_type: str | None
    plover_mode: str | None
    ace_type: str | None
    roles: tuple[RoleInfo, ...] = ()

    def role(self, name: str) -> RoleInfo | None:
        return next((role for role in self.roles if role.name == name), None)


@dataclass(frozen=True, slots=True)
class AttributeInfo:
    """An event attribute of the schema: the event types it applies to (none: all) and its values
    (none: binary, present or absent); `multiple` lets an event hold several values (a context list)."""

    name: str
    targets: tuple[str, ...]
    values: tuple[str, ...]
    multiple: bool
    description: str

    def applies_to(self, event_type: str) -> bool:
        return not self.targets or event_type in self.targets


ME = "me"
"""In the documents filter, `assigned:me`: the current annotator (`DocumentFilter.for_annotator`)."""
UNASSIGNED = "none"
"""In the documents filter, `assigned:none`: documents assigned to nobody."""
QUEUE_FILTERS: dict[str, str | None] = {
    "assigned": None,
    "done": AssignmentStatus.ANNOTATED,
    "todo": AssignmentStatus.ASSIGNED,
}
"""The filter words of assignment queues and the assignment status each asks for (None: any)."""
