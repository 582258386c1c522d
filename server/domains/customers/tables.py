"""The customers domain's tables: identities, notes, search terms and merges.

``customer_search`` is the find-customer index: one row per (term, customer, field),
read by a prefix range scan on its primary key. It is ``WITHOUT ROWID`` on SQLite, so the
scan reads the clustered key and nothing else.
"""

from __future__ import annotations

import sqlalchemy as sa

from server.db.metadata import metadata

customer_identities = sa.Table(
    "customer_identities",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
    sa.Column("type", sa.String(10), nullable=False),
    sa.Column("value", sa.String(320), nullable=False),
    sa.UniqueConstraint("type", "value", name="uq_customer_identities_type_value"),
    sa.Index("ix_customer_identities_customer", "customer_id"),
)
"""One handle (``email``, ``phone`` in E.164, ``chat``) belongs to one customer only."""

customer_notes = sa.Table(
    "customer_notes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
    sa.Column("author_id", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("author_name", sa.String(200), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Index("ix_customer_notes_customer", "customer_id"),
)

customer_search = sa.Table(
    "customer_search",
    metadata,
    sa.Column("term", sa.String(320), primary_key=True),
    sa.Column("customer_id", sa.Integer, primary_key=True),
    sa.Column("field", sa.String(8), primary_key=True),
    sa.Index("ix_customer_search_customer", "customer_id"),
    sqlite_with_rowid=False,
)
"""``field``: name, email, phone or chat. Phones are stored as every suffix of their
digits (3 or more), so a prefix scan finds any fragment of the number."""

customer_merges = sa.Table(
    "customer_merges",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("source_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
    sa.Column("target_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
    sa.Column("by_agent_id", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("at", sa.Float, nullable=False),
    sa.Column("moved", sa.Text, nullable=False, server_default="{}"),
    sa.Column("undone_at", sa.Float),
)
"""``moved``: JSON ``{table: [row ids]}`` of exactly the rows the merge moved, so an undo
moves those back and nothing else."""
