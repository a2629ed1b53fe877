"""Alembic environment: always runs on a connection handed in by curator.core.storage.migrate."""

from alembic import context

connection = context.config.attributes["connection"]
context.configure(
    connection=connection, target_metadata=None, render_as_batch=True, transaction_per_migration=True
)
with context.begin_transaction():
    context.run_migrations()
