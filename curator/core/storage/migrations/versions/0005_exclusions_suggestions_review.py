"""Boilerplate exclusion regions, machine suggestions with their decisions, trained models, review log.

- exclusion_regions: stretches of a document's text proposed (or accepted) as boilerplate — captions,
  tickers, comment boxes — or a PDF hard line break proposed for joining (`replacement` holds the text
  that replaces the stretch when a join is accepted). Accepted exclusions are dimmed, untaggable and
  left out of exports with offsets remapped.
- suggestions: spans proposed by a rule or a trained model. They live apart from `spans` so that no
  export, count or event query can mistake a suggestion for a human tag.
- suggestion_decisions: what the user did with each suggestion (accepted, corrected, rejected). A
  rejection keeps the same suggestion from returning; the rows are also the quality figures.
- trained_models: the versioned spaCy pipelines trained inside a project, with their scores.
- document_reviews: the review history of a document (status changes with their comments).

Revision ID: 0005
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"


def upgrade() -> None:
    op.create_table(
        "exclusion_regions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("rule", sa.String(), nullable=False),
        sa.Column("replacement", sa.String(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("document_id", "start", "end", "kind", name="uq_exclusion_regions_position_kind"),
    )
    op.create_index("ix_exclusion_regions_document_start", "exclusion_regions", ["document_id", "start"])
    op.create_index("ix_exclusion_regions_status", "exclusion_regions", ["status"])

    op.create_table(
        "suggestions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("label_id", sa.Integer(), sa.ForeignKey("labels.id", ondelete="CASCADE"), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column(
            "entity_id", sa.Integer(), sa.ForeignKey("kb_entities.id", ondelete="SET NULL"), nullable=True
        ),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.UniqueConstraint("document_id", "start", "end", "label_id", name="uq_suggestions_position_label"),
    )
    op.create_index("ix_suggestions_document_start", "suggestions", ["document_id", "start"])
    op.create_index("ix_suggestions_label_id", "suggestions", ["label_id"])
    op.create_index("ix_suggestions_entity_id", "suggestions", ["entity_id"])

    op.create_table(
        "suggestion_decisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("label", sa.String(), nullable=False),
        sa.Column("source", sa.String(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("outcome", sa.String(), nullable=False),
        sa.Column("annotator_id", sa.Integer(), sa.ForeignKey("annotators.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index(
        "ix_suggestion_decisions_document_start", "suggestion_decisions", ["document_id", "start"]
    )
    op.create_index("ix_suggestion_decisions_source", "suggestion_decisions", ["source"])

    op.create_table(
        "trained_models",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("version", sa.String(), nullable=False, unique=True),
        sa.Column("language", sa.String(), nullable=False),
        sa.Column("path", sa.String(), nullable=False),
        sa.Column("components", sa.JSON(), nullable=False),
        sa.Column("scores", sa.JSON(), nullable=False),
        sa.Column("train_documents", sa.Integer(), nullable=False),
        sa.Column("train_spans", sa.Integer(), nullable=False),
        sa.Column("heldout_documents", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_trained_models_language", "trained_models", ["language"])

    op.create_table(
        "document_reviews",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("comment", sa.String(), nullable=False),
        sa.Column("annotator_id", sa.Integer(), sa.ForeignKey("annotators.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_document_reviews_document_id", "document_reviews", ["document_id"])
