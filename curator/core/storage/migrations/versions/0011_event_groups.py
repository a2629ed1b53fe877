"""event groups: reports of the same real-world event in different documents, consolidated (issue 13).

`event_groups` holds one row per group: `status` "proposed" (a consolidation run made it) or "confirmed"
(a user said so), `origin` "auto" or "user" (a user split or joined it, so a new run keeps it), and who
made it. `event_group_members` puts an event (one mention in one document) in at most one group
(`event_id` is unique); deleting the event or the group removes the membership. Members carry no
document id on purpose: grouping is about the corpus, not a document's annotation, so it moves no
document's version and an annotator's undo in a document is never made stale by a consolidation.
On a team server reviewers and admins write them (`server_roles`); everyone reads them.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

from curator.core.storage import server_roles

revision = "0011"
down_revision = "0010"


def upgrade() -> None:
    op.create_table(
        "event_groups",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("origin", sa.String(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), sa.ForeignKey("annotators.id"), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_event_groups_status", "event_groups", ["status"])
    op.create_table(
        "event_group_members",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "group_id", sa.Integer(), sa.ForeignKey("event_groups.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("event_id", sa.Integer(), sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
        sa.UniqueConstraint("event_id", name="uq_event_group_members_event_id"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_event_group_members_group_id", "event_group_members", ["group_id"])
    # On a team server: grants and policies for the new tables (reviewers write them), their sequences
    # included; `apply` is idempotent and a no-op on a project file.
    server_roles.apply(op.get_bind())


def downgrade() -> None:
    op.drop_table("event_group_members")
    op.drop_table("event_groups")
