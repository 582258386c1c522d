"""The presence table: one row per agent who has ever connected."""

from __future__ import annotations

import sqlalchemy as sa

from server.db.metadata import metadata

presence = sa.Table(
    "presence",
    metadata,
    sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), primary_key=True),
    sa.Column("state", sa.String(20), nullable=False),
    sa.Column("reason", sa.String(240), nullable=False, server_default=""),
    sa.Column("since", sa.Float, nullable=False),
    sa.Column("requested", sa.String(20)),
    sa.Column("requested_reason", sa.String(240), nullable=False, server_default=""),
    sa.Column("before_offline", sa.String(20)),
)
