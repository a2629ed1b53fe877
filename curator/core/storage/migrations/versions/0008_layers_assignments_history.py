"""Annotator layers, assignments and the history of every change.

- Every annotation belongs to the layer of the annotator who made it: two annotators may tag the same
  characters with the same label, so the spans' uniqueness now includes `annotator_id`. Old projects were
  one annotator's work: every annotation without one is given the project's single annotator (the one who
  made most spans, or the first one, or a new "annotator" when the file has none).
- `spans.agreed_by` / `events.agreed_by`: on the gold layer, the names of the layers that agreed on it
  (provenance of adjudication); NULL elsewhere.
- `exclusion_regions.annotator_id`: who decided a boilerplate proposal.
- `assignments`: which annotator works on which document, and whether they finished it.
- `history` / `history_documents`: the append-only log of every `Change` (who, when, what, its JSON form),
  with the documents each entry touched indexed for the per-document view. `uid` identifies an entry
  across project files, so merging the same file twice adds nothing.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"

OWNED = ("spans", "events", "relations", "suggestion_decisions", "document_reviews")


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    autoincrement = {"sqlite_autoincrement": True} if sqlite else {}  # a rebuilt table must keep it (0006)
    with op.batch_alter_table(
        "spans", recreate="always" if sqlite else "auto", table_kwargs=autoincrement
    ) as batch:
        batch.drop_constraint("uq_spans_position_label", type_="unique")
        batch.create_unique_constraint(
            "uq_spans_layer_position_label", ["document_id", "annotator_id", "start", "end", "label_id"]
        )
        batch.add_column(sa.Column("agreed_by", sa.JSON(), nullable=True))
        batch.create_index("ix_spans_annotator_id", ["annotator_id"])
    op.add_column("events", sa.Column("agreed_by", sa.JSON(), nullable=True))
    op.create_index("ix_events_annotator_id", "events", ["annotator_id"])
    with op.batch_alter_table("exclusion_regions", table_kwargs=autoincrement) as batch:
        batch.add_column(sa.Column("annotator_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_exclusion_regions_annotator_id", "annotators", ["annotator_id"], ["id"])
    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column(
            "document_id", sa.Integer(), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("annotator_id", sa.Integer(), sa.ForeignKey("annotators.id"), nullable=False),
        sa.Column("status", sa.String(), nullable=False, server_default="assigned"),
        sa.Column("assigned_at", sa.DateTime(), nullable=False),
        sa.Column("annotated_at", sa.DateTime(), nullable=True),
        sa.UniqueConstraint("document_id", "annotator_id", name="uq_assignments_document_annotator"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_assignments_annotator_status", "assignments", ["annotator_id", "status"])
    op.create_table(
        "history",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(), nullable=False, unique=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("annotator_id", sa.Integer(), sa.ForeignKey("annotators.id"), nullable=True),
        sa.Column("kind", sa.String(), nullable=False),
        sa.Column("text", sa.String(), nullable=False, server_default=""),
        sa.Column("change", sa.Text(), nullable=False),
        sa.Column("reverts_id", sa.Integer(), sa.ForeignKey("history.id"), nullable=True),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_history_created_at", "history", ["created_at"])
    op.create_index("ix_history_annotator_id", "history", ["annotator_id"])
    op.create_table(
        "history_documents",
        sa.Column(
            "history_id", sa.Integer(), sa.ForeignKey("history.id", ondelete="CASCADE"), primary_key=True
        ),
        sa.Column("document_id", sa.Integer(), primary_key=True),
    )
    op.create_index("ix_history_documents_document_id", "history_documents", ["document_id", "history_id"])
    _give_old_annotations_the_single_annotator(bind)


def _give_old_annotations_the_single_annotator(bind: sa.engine.Connection) -> None:
    missing = any(
        bind.execute(sa.text(f"SELECT 1 FROM {table} WHERE annotator_id IS NULL LIMIT 1")).first()
        for table in (*OWNED, "exclusion_regions")
    )
    if not missing:
        return
    annotator = bind.execute(
        sa.text(
            "SELECT annotator_id FROM spans WHERE annotator_id IS NOT NULL"
            " GROUP BY annotator_id ORDER BY count(*) DESC, annotator_id LIMIT 1"
        )
    ).scalar()
    if annotator is None:
        annotator = bind.execute(sa.text("SELECT min(id) FROM annotators")).scalar()
    if annotator is None:
        annotator = bind.execute(
            sa.text(
                "INSERT INTO annotators (name, role, created_at) VALUES ('annotator', 'annotator',"
                " CURRENT_TIMESTAMP) RETURNING id"
            )
        ).scalar()
    unowned = "annotator_id IS NULL"
    for table in OWNED:
        bind.execute(sa.text(f"UPDATE {table} SET annotator_id = :a WHERE {unowned}"), {"a": annotator})
    decided = f"{unowned} AND status != 'proposed'"
    bind.execute(sa.text(f"UPDATE exclusion_regions SET annotator_id = :a WHERE {decided}"), {"a": annotator})
