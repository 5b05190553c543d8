"""Alembic's environment for the hub: always run from sync/hub/migrate.py with the
connection it opened (and locked), never from a URL in an ini file."""

from __future__ import annotations

from alembic import context

from sync.hub.schema import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    # SQLite cannot ALTER most things: batch mode copies the table instead.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
