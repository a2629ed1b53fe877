"""Events, relations and canonical entities (issue 3).

Event types are labels of kind "event" (in brat a trigger is a text-bound annotation typed with the event
type, so entity labels and event types share one namespace); they gain PLOVER/ACE mappings. Each event
type has roles (allowed entity labels, repeatable or not). An event has a trigger span, arguments (a
span or another event), realis, a normalised date and free attributes. Relations link two spans with a
typed, directed edge. Canonical entities form the project's knowledge base; a span may link to one.
Spans gain discontinuous fragments and a note (brat `T … 0 4;13 19` and `#` lines).

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"


def upgrade() -> None:
    with op.batch_alter_table("labels") as batch:
        batch.add_column(sa.Column("plover_type", sa.String(), nullable=True))
        batch.add_column(sa.Column("plover_mode", sa.String(), nullable=True))
        batch.add_column(sa.Column("ace_type", sa.String(), nullable=True))
    op.create_table(
        "kb_entities",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(), nullable=False, unique=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("type", sa.String(), nullable=False),
        sa.Column("subtype", sa.String(), nullable=True),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("wikidata", sa.String(), nullable=True),
        sa.Column("notes", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_kb_entities_name", "kb_entities", ["name"])
    with op.batch_alter_table("spans") as batch:
        batch.add_column(sa.Column("fragments", sa.JSON(), nullable=True))
        batch.add_column(sa.Column("note", sa.String(), nullable=False, server_default=""))
        batch.add_column(
            sa.Column(
                "entity_id",
                sa.Integer(),
                sa.ForeignKey("kb_entities.id", name="fk_spans_entity_id", ondelete="SET NULL"),
                nullable=True,
            )
        )
        batch.create_index("ix_spans_entity_id", ["entity_id"])
    op.create_table(
        "event_roles",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("label_id", sa.Integer(), sa.ForeignKey("labels.id", ondelete="CASCADE"), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("allowed_labels", sa.JSON(), nullable=False),
        sa.Column("repeatable", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.UniqueConstraint("label_id", "name", name="uq_event_roles_label_name"),
    )
    op.create_table(
        "relation_types",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False, unique=True),
        sa.Column("head_labels", sa.JSON(), nullable=False),
        sa.Column("child_labels", sa.JSON(), nullable=False),
        sa.Column("color", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "trigger_span_id", sa.Integer(), sa.ForeignKey("spans.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("realis", sa.String(), nullable=False),
        sa.Column("date_iso", sa.String(), nullable=True),
        sa.Column("date_precision", sa.String(), nullable=True),
        sa.Column("date_raw", sa.String(), nullable=True),
        sa.Column("attributes", sa.JSON(), nullable=False),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("annotator_id", sa.Integer(), sa.ForeignKey("annotators.id"), nullable=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_events_document_id", "events", ["document_id"])
    op.create_index("ix_events_trigger_span_id", "events", ["trigger_span_id"])
    op.create_table(
        "event_arguments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("role", sa.String(), nullable=False),
        sa.Column("span_id", sa.Integer(), sa.ForeignKey("spans.id", ondelete="CASCADE"), nullable=True),
        sa.Column(
            "argument_event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=True
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.CheckConstraint(
            "(span_id IS NULL) != (argument_event_id IS NULL)", name="ck_event_arguments_one_target"
        ),
    )
    op.create_index("ix_event_arguments_event_id", "event_arguments", ["event_id"])
    op.create_index("ix_event_arguments_span_id", "event_arguments", ["span_id"])
    op.create_index("ix_event_arguments_argument_event_id", "event_arguments", ["argument_event_id"])
    op.create_table(
        "relations",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "type_id", sa.Integer(), sa.ForeignKey("relation_types.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "head_span_id", sa.Integer(), sa.ForeignKey("spans.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "child_span_id", sa.Integer(), sa.ForeignKey("spans.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("annotator_id", sa.Integer(), sa.ForeignKey("annotators.id"), nullable=True),
        sa.Column("note", sa.String(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("type_id", "head_span_id", "child_span_id", name="uq_relations_edge"),
    )
    op.create_index("ix_relations_document_id", "relations", ["document_id"])
    op.create_index("ix_relations_head_span_id", "relations", ["head_span_id"])
    op.create_index("ix_relations_child_span_id", "relations", ["child_span_id"])
