"""Event attributes defined in the schema (beyond the built-in realis), like brat's [attributes].

An attribute applies to some event types (empty: all), has a list of values (empty: binary, present or
absent) and may hold several values at once (PLOVER's context list). Values live in events.attributes.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"


def upgrade() -> None:
    op.create_table(
        "attribute_definitions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(), nullable=False, unique=True),
        sa.Column("targets", sa.JSON(), nullable=False),
        sa.Column("allowed_values", sa.JSON(), nullable=False),
        sa.Column("multiple", sa.Boolean(), nullable=False),
        sa.Column("description", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
    )
