"""Row ids are never reused; documents say who changed them last; imports run in tracked, removable chunks.

- AUTOINCREMENT on every table whose ids undo commands, other windows or other processes hold. Without it
  SQLite hands a deleted row's id to the next insert: alice tags span 1, bob deletes it and tags another
  (id 1 again), and alice's undo deletes bob's span. SQLite adds AUTOINCREMENT only by rebuilding a table,
  so each is copied into a new one (foreign keys are off for the migration: see migrate.upgrade).
- documents.changed_by_id / changed_at: the last writer of a document and when, so a refused stale write
  or undo can say "changed by NAME at TIME".
- import_runs and documents.import_run_id: a long import commits in bounded chunks (other writers never
  wait long for the lock); every chunk is tagged with its run, so a failed or killed run is removed whole.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"

TABLES = (
    "annotators",
    "labels",
    "documents",
    "spans",
    "kb_entities",
    "event_roles",
    "relation_types",
    "events",
    "event_arguments",
    "relations",
    "attribute_definitions",
    "exclusion_regions",
    "suggestions",
    "suggestion_decisions",
    "trained_models",
    "document_reviews",
)


def upgrade() -> None:
    op.create_table(
        "import_runs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("description", sa.String(), nullable=False, server_default=""),
        sa.Column("annotator_id", sa.Integer(), sa.ForeignKey("annotators.id"), nullable=True),
        sa.Column("pid", sa.Integer(), nullable=True),
        sa.Column("host", sa.String(), nullable=False, server_default=""),
        sa.Column("documents", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_import_runs_status", "import_runs", ["status"])
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in TABLES:
        if table == "documents":
            continue
        if sqlite:
            with op.batch_alter_table(table, recreate="always", table_kwargs={"sqlite_autoincrement": True}):
                pass
    with op.batch_alter_table(
        "documents",
        recreate="always" if sqlite else "auto",
        table_kwargs={"sqlite_autoincrement": True} if sqlite else {},
    ) as batch:
        batch.add_column(sa.Column("changed_by_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("changed_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("import_run_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_documents_changed_by_id", "annotators", ["changed_by_id"], ["id"])
        batch.create_foreign_key(
            "fk_documents_import_run_id", "import_runs", ["import_run_id"], ["id"], ondelete="SET NULL"
        )
        batch.create_index("ix_documents_import_run_id", ["import_run_id"])
