"""presence: who has which document open right now, so the documents list can show it (issue 12).

One row per open window (`client`, a random id the window picks), rewritten when it opens another
document and refreshed by a heartbeat; a window that closes deletes its row, one that crashed leaves a row
whose `seen_at` grows old and is then ignored. `document_id` has no foreign key on purpose: a deleted
document must not be blocked, nor its deletion cascade into someone else's window state. Nothing else
references the table, merges and copies skip it: it describes windows, not the corpus.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"


def upgrade() -> None:
    op.create_table(
        "presence",
        sa.Column("client", sa.String(), primary_key=True),
        sa.Column("annotator_id", sa.Integer(), sa.ForeignKey("annotators.id"), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_presence_document_id", "presence", ["document_id"])
