"""documents.title_key: the natural-order key of the title, so sorting by title reads an index.

"Haber 2" must come before "Haber 10" in the documents list, and the list fetches one page at a time.
Ordering by an expression re-sorts every document for every page (about 2 s per page at 100k
documents); the key (see curator.core.storage.sort_keys) is computed in Python when a title is
written and indexed instead of the title, which nothing else sorted or searched by (the filter's
LIKE '%word%' cannot use an index).

On PostgreSQL the column compares bytes (COLLATE "C"), as SQLite's does: a database created in a
user's locale would otherwise order the keys by that language ("ılık" beside "ırmak" rather than after
"zafer"), so the list and its pages would differ between a file and a server.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

from curator.core.storage.sort_keys import natural_sort_key

revision = "0007"
down_revision = "0006"

BATCH = 5000


def upgrade() -> None:
    bind = op.get_bind()
    key_type = sa.String(collation="C") if bind.dialect.name == "postgresql" else sa.String()
    op.add_column("documents", sa.Column("title_key", key_type, nullable=False, server_default=""))
    documents = sa.table("documents", sa.column("id", sa.Integer()), sa.column("title", sa.String()),
                         sa.column("title_key", sa.String()))  # fmt: skip
    last = 0
    while True:
        rows = bind.execute(
            sa.select(documents.c.id, documents.c.title)
            .where(documents.c.id > last)
            .order_by(documents.c.id)
            .limit(BATCH)
        ).all()
        if not rows:
            break
        bind.execute(
            documents.update()
            .where(documents.c.id == sa.bindparam("row_id"))
            .values(title_key=sa.bindparam("key")),
            [{"row_id": row_id, "key": natural_sort_key(title or "")} for row_id, title in rows],
        )
        last = rows[-1][0]
    op.drop_index("ix_documents_title", table_name="documents")
    op.create_index("ix_documents_title_key", "documents", ["title_key"])
