"""Alembic environment: always driven by :func:`server.db.engine.run_migrations`.

The runner hands over an open synchronous connection and the whole schema's metadata in
``config.attributes``, so the same code path works for SQLite files today and PostgreSQL
later (no URL parsing here) and this env never needs to know which domains exist.
"""

from __future__ import annotations

from alembic import context

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=context.config.attributes["metadata"],
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
