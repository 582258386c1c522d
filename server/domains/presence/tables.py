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

presence_log = sa.Table(
    "presence_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), nullable=False),
    sa.Column("state", sa.String(20), nullable=False),
    sa.Column("start", sa.Float, nullable=False),
    sa.Column("end", sa.Float),
    sa.Index("ix_presence_log_agent_start", "agent_id", "start"),
    sa.Index("ix_presence_log_start", "start"),
)
"""Presence history (issue 11): one row per stretch an agent spent in one state,
``[start, end)`` in UTC; the current stretch has ``end`` NULL. Written by
:func:`server.domains.presence.states._put` in the same transaction as the state itself,
so history and the live state never disagree; adherence and occupancy read it. Not a
synced kind: writing it makes no event."""
