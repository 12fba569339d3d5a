"""Alembic environment: always run against the connection the app hands in."""

from __future__ import annotations

from alembic import context

from womenscentre.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
