"""Team server roles: the group roles, grants and row-level security policies of `storage.server_roles`.

A no-op on a project file (SQLite has no roles). On PostgreSQL it runs `server_roles.apply`, so a server
made by an earlier Curator (whose users could write everything) is told to run `curator server upgrade`,
and gets the roles from it. `apply` is idempotent and `curator server upgrade` runs it again after every
migration, so a later migration that adds a table needs nothing of its own for the roles.

Revision ID: 0010
Revises: 0009
"""

from alembic import op

from curator.core.storage import server_roles

revision = "0010"
down_revision = "0009"


def upgrade() -> None:
    server_roles.apply(op.get_bind())


def downgrade() -> None:
    """Nothing to undo on a file; on a server the roles stay (dropping them would lock users out)."""
