"""Documents get a version (optimistic locking between two writers) and a stored span count, so the
documents list can show and sort by it over 100k documents without aggregating the spans table.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"


def upgrade() -> None:
    with op.batch_alter_table("documents") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
        batch.add_column(sa.Column("span_count", sa.Integer(), nullable=False, server_default="0"))
    op.execute(
        "UPDATE documents SET span_count = "
        "(SELECT COUNT(*) FROM spans WHERE spans.document_id = documents.id)"
    )
    op.create_index("ix_documents_span_count", "documents", ["span_count"])
