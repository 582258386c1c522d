"""Alembic environment: always driven by :func:`server.db.migrate.upgrade`.

The runner hands over an open synchronous connection in ``config.attributes`` so the same
code path works for SQLite files today and PostgreSQL later (no URL parsing here).
"""

from __future__ import annotations

from alembic import context

from server.db.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
