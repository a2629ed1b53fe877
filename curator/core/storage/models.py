"""SQLModel tables of a project. The Alembic migrations are the authority on the schema on disk;
these classes must describe the head revision (a test compares them)."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import JSON, CheckConstraint, Column, Index, Text, UniqueConstraint
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlmodel import Field, SQLModel

from curator.core.storage.sort_keys import natural_sort_key


def utcnow() -> datetime:
    return datetime.now(UTC)


class ProjectInfo(SQLModel, table=True):
    __tablename__ = "project_info"

    key: str = Field(primary_key=True)
    value: str


AUTOINCREMENT = {"sqlite_autoincrement": True}
"""Ids are never reused (undo commands and other processes hold them); see migration 0006."""


class Annotator(SQLModel, table=True):
    __tablename__ = "annotators"
    __table_args__ = AUTOINCREMENT

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    role: str = "annotator"
    created_at: datetime = Field(default_factory=utcnow)


class ImportRun(SQLModel, table=True):
    """One import: its documents commit in bounded chunks tagged with the run, so that a failed, cancelled
    or killed run can be removed whole while other writers never waited more than one chunk."""

    __tablename__ = "import_runs"
    __table_args__ = AUTOINCREMENT

    id: int | None = Field(default=None, primary_key=True)
    status: str = Field(index=True)
    description: str = ""
    annotator_id: int | None = Field(default=None, foreign_key="annotators.id")
    pid: int | None = None
    host: str = ""
    documents: int = 0
    started_at: datetime = Field(default_factory=utcnow)
    finished_at: datetime | None = None


class Label(SQLModel, table=True):
    __tablename__ = "labels"
    __table_args__ = AUTOINCREMENT

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    kind: str = "entity"
    color: str = "#cccccc"
    shortcut: str | None = None
    description: str = ""
    position: int = 0
    plover_type: str | None = None
    plover_mode: str | None = None
    ace_type: str | None = None


def _title_key(context: DefaultExecutionContext) -> str:
    """The key of the title being inserted, for every insert that does not give one (each row of a bulk
    insert too); a row restored by undo brings its own."""
    return natural_sort_key(context.get_current_parameters().get("title") or "")


class Document(SQLModel, table=True):
    __tablename__ = "documents"
    __table_args__ = (Index("ix_documents_title_key", "title_key"), AUTOINCREMENT)

    id: int | None = Field(default=None, primary_key=True)
    title: str = ""
    # What sorting by title reads (see sort_keys); inserts fill it in, `bump_documents` keeps it on edits.
    title_key: str = Field(default="", sa_column_kwargs={"default": _title_key})
    text: str
    language: str = Field(default="und", index=True)
    source: str = ""
    pub_date: str | None = None
    content_hash: str = Field(unique=True)
    status: str = Field(default="new", index=True)
    meta: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)
    version: int = 1
    span_count: int = Field(default=0, index=True)
    changed_by_id: int | None = Field(default=None, foreign_key="annotators.id")
    changed_at: datetime | None = None
    import_run_id: int | None = Field(
        default=None, foreign_key="import_runs.id", ondelete="SET NULL", index=True
    )


class Span(SQLModel, table=True):
    __tablename__ = "spans"
    __table_args__ = (
        Index("ix_spans_document_start", "document_id", "start"),
        UniqueConstraint(
            "document_id", "annotator_id", "start", "end", "label_id", name="uq_spans_layer_position_label"
        ),
        AUTOINCREMENT,
    )

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", ondelete="CASCADE")
    start: int
    end: int
    label_id: int = Field(foreign_key="labels.id", index=True)
    # The layer: the annotator whose annotation this is (the gold layer is the annotator named "gold").
    annotator_id: int | None = Field(default=None, foreign_key="annotators.id", index=True)
    status: str = "accepted"
    source: str = "manual"
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    # On the gold layer: the names of the layers that agreed on it when it was adjudicated.
    agreed_by: list | None = Field(default=None, sa_column=Column(JSON(none_as_null=True), nullable=True))
    fragments: list | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    note: str = ""
    entity_id: int | None = Field(default=None, foreign_key="kb_entities.id", ondelete="SET NULL", index=True)


class KnowledgeEntity(SQLModel, table=True):
    """A canonical entity of the project's knowledge base; mentions (spans) link to it."""

    __tablename__ = "kb_entities"
    __table_args__ = AUTOINCREMENT

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True)
    name: str = Field(index=True)
    type: str
    subtype: str | None = None
    aliases: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    wikidata: str | None = None
    notes: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class EventRole(SQLModel, table=True):
    __tablename__ = "event_roles"
    __table_args__ = (UniqueConstraint("label_id", "name", name="uq_event_roles_label_name"), AUTOINCREMENT)

    id: int | None = Field(default=None, primary_key=True)
    label_id: int = Field(foreign_key="labels.id", ondelete="CASCADE")
    name: str
    allowed_labels: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    repeatable: bool = False
    position: int = 0


class RelationType(SQLModel, table=True):
    __tablename__ = "relation_types"
    __table_args__ = AUTOINCREMENT

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    head_labels: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    child_labels: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    color: str = "#555555"
    description: str = ""
    position: int = 0


class Event(SQLModel, table=True):
    __tablename__ = "events"
    __table_args__ = AUTOINCREMENT

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", ondelete="CASCADE", index=True)
    trigger_span_id: int = Field(foreign_key="spans.id", ondelete="CASCADE", index=True)
    realis: str = "actual"
    date_iso: str | None = None
    date_precision: str | None = None
    date_raw: str | None = None
    attributes: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    note: str = ""
    annotator_id: int | None = Field(default=None, foreign_key="annotators.id", index=True)
    status: str = "accepted"
    source: str = "manual"
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)
    agreed_by: list | None = Field(default=None, sa_column=Column(JSON(none_as_null=True), nullable=True))


class EventArgument(SQLModel, table=True):
    __tablename__ = "event_arguments"
    __table_args__ = (
        CheckConstraint(
            "(span_id IS NULL) != (argument_event_id IS NULL)", name="ck_event_arguments_one_target"
        ),
        AUTOINCREMENT,
    )

    id: int | None = Field(default=None, primary_key=True)
    event_id: int = Field(foreign_key="events.id", ondelete="CASCADE", index=True)
    role: str
    span_id: int | None = Field(default=None, foreign_key="spans.id", ondelete="CASCADE", index=True)
    argument_event_id: int | None = Field(
        default=None, foreign_key="events.id", ondelete="CASCADE", index=True
    )
    position: int = 0


class Relation(SQLModel, table=True):
    __tablename__ = "relations"
    __table_args__ = (
        UniqueConstraint("type_id", "head_span_id", "child_span_id", name="uq_relations_edge"),
        AUTOINCREMENT,
    )

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", ondelete="CASCADE", index=True)
    type_id: int = Field(foreign_key="relation_types.id", ondelete="CASCADE")
    head_span_id: int = Field(foreign_key="spans.id", ondelete="CASCADE", index=True)
    child_span_id: int = Field(foreign_key="spans.id", ondelete="CASCADE", index=True)
    annotator_id: int | None = Field(default=None, foreign_key="annotators.id")
    note: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class AttributeDefinition(SQLModel, table=True):
    """An event attribute of the schema; its values are stored in `Event.attributes` under its name."""

    __tablename__ = "attribute_definitions"
    __table_args__ = AUTOINCREMENT

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    targets: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    allowed_values: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    multiple: bool = False
    description: str = ""
    position: int = 0


class ExclusionRegion(SQLModel, table=True):
    """A stretch of text proposed as boilerplate (or a PDF line break proposed for joining)."""

    __tablename__ = "exclusion_regions"
    __table_args__ = (
        Index("ix_exclusion_regions_document_start", "document_id", "start"),
        UniqueConstraint("document_id", "start", "end", "kind", name="uq_exclusion_regions_position_kind"),
        AUTOINCREMENT,
    )

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", ondelete="CASCADE")
    start: int
    end: int
    kind: str
    status: str = Field(default="proposed", index=True)
    rule: str = ""
    replacement: str | None = None
    annotator_id: int | None = Field(default=None, foreign_key="annotators.id")  # who decided it
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class Suggestion(SQLModel, table=True):
    """A span proposed by a rule or a model; kept apart from `spans` until a person accepts it."""

    __tablename__ = "suggestions"
    __table_args__ = (
        Index("ix_suggestions_document_start", "document_id", "start"),
        UniqueConstraint("document_id", "start", "end", "label_id", name="uq_suggestions_position_label"),
        AUTOINCREMENT,
    )

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", ondelete="CASCADE")
    start: int
    end: int
    label_id: int = Field(foreign_key="labels.id", ondelete="CASCADE", index=True)
    source: str
    score: float = 1.0
    entity_id: int | None = Field(default=None, foreign_key="kb_entities.id", ondelete="SET NULL", index=True)
    detail: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime = Field(default_factory=utcnow)


class SuggestionDecision(SQLModel, table=True):
    """What a person did with a suggestion: accepted, corrected or rejected (rejections do not return)."""

    __tablename__ = "suggestion_decisions"
    __table_args__ = (Index("ix_suggestion_decisions_document_start", "document_id", "start"), AUTOINCREMENT)

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", ondelete="CASCADE")
    start: int
    end: int
    label: str
    source: str = Field(index=True)
    score: float = 1.0
    outcome: str
    annotator_id: int | None = Field(default=None, foreign_key="annotators.id")
    created_at: datetime = Field(default_factory=utcnow)


class TrainedModel(SQLModel, table=True):
    """A spaCy pipeline trained in the project, stored beside it, with its held-out scores."""

    __tablename__ = "trained_models"
    __table_args__ = AUTOINCREMENT

    id: int | None = Field(default=None, primary_key=True)
    version: str = Field(unique=True)
    language: str = Field(index=True)
    path: str
    components: list = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    scores: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    train_documents: int = 0
    train_spans: int = 0
    heldout_documents: int = 0
    seconds: float = 0.0
    created_at: datetime = Field(default_factory=utcnow)


class DocumentReview(SQLModel, table=True):
    """One step of a document's review: the status it was given, by whom, and the comment."""

    __tablename__ = "document_reviews"
    __table_args__ = AUTOINCREMENT

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", ondelete="CASCADE", index=True)
    status: str
    comment: str = ""
    annotator_id: int | None = Field(default=None, foreign_key="annotators.id")
    created_at: datetime = Field(default_factory=utcnow)


class Assignment(SQLModel, table=True):
    """One annotator's assignment to one document; `status` is "assigned" until they mark it annotated."""

    __tablename__ = "assignments"
    __table_args__ = (
        UniqueConstraint("document_id", "annotator_id", name="uq_assignments_document_annotator"),
        Index("ix_assignments_annotator_status", "annotator_id", "status"),
        AUTOINCREMENT,
    )

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="documents.id", ondelete="CASCADE")
    annotator_id: int = Field(foreign_key="annotators.id")
    status: str = "assigned"
    assigned_at: datetime = Field(default_factory=utcnow)
    annotated_at: datetime | None = None


class HistoryEntry(SQLModel, table=True):
    """One committed `Change`, append-only: who, when, what, and its JSON form (`Change.to_json`).

    `uid` names the entry in every project file it reaches (merging the same file twice adds nothing);
    `reverts_id` points at the entry this one reverted."""

    __tablename__ = "history"
    __table_args__ = AUTOINCREMENT

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(unique=True)
    created_at: datetime = Field(default_factory=utcnow, index=True)
    annotator_id: int | None = Field(default=None, foreign_key="annotators.id", index=True)
    kind: str
    text: str = ""
    change: str = Field(sa_column=Column(Text, nullable=False))
    reverts_id: int | None = Field(default=None, foreign_key="history.id")


class HistoryDocument(SQLModel, table=True):
    """Which documents a history entry touched (no foreign key: a deleted document keeps its history)."""

    __tablename__ = "history_documents"
    __table_args__ = (Index("ix_history_documents_document_id", "document_id", "history_id"),)

    history_id: int = Field(foreign_key="history.id", ondelete="CASCADE", primary_key=True)
    document_id: int = Field(primary_key=True)


class Presence(SQLModel, table=True):
    """One open window: who it is and which document it shows, refreshed by a heartbeat (migration 0009
    says why there is no foreign key to documents)."""

    __tablename__ = "presence"

    client: str = Field(primary_key=True)
    annotator_id: int = Field(foreign_key="annotators.id")
    document_id: int | None = Field(default=None, index=True)
    seen_at: datetime = Field(default_factory=utcnow)


class EventGroup(SQLModel, table=True):
    """Reports of one real-world event across documents (issue 13): a consolidation proposes a group,
    a user confirms, splits or joins groups. `origin` "user" marks a group a user shaped (split or join),
    which a new consolidation run keeps as it is, like a confirmed one (migration 0011)."""

    __tablename__ = "event_groups"
    __table_args__ = AUTOINCREMENT

    id: int | None = Field(default=None, primary_key=True)
    status: str = Field(default="proposed", index=True)
    origin: str = "auto"
    created_by_id: int | None = Field(default=None, foreign_key="annotators.id")
    created_at: datetime = Field(default_factory=utcnow)
    updated_at: datetime = Field(default_factory=utcnow)


class EventGroupMember(SQLModel, table=True):
    """One event (a mention in one document) in one group; an event is in at most one group."""

    __tablename__ = "event_group_members"
    __table_args__ = AUTOINCREMENT

    id: int | None = Field(default=None, primary_key=True)
    group_id: int = Field(foreign_key="event_groups.id", ondelete="CASCADE", index=True)
    event_id: int = Field(foreign_key="events.id", ondelete="CASCADE", unique=True)
    score: float | None = None
