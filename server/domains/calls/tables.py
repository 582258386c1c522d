"""The calls domain's tables: one row per call, and the provider event ids each call has
applied (what makes a repeated event a no-op)."""

from __future__ import annotations

import sqlalchemy as sa

from server.db.metadata import metadata

calls = sa.Table(
    "calls",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id"), nullable=False),
    sa.Column("queue_id", sa.Integer, sa.ForeignKey("queues.id"), nullable=False),
    sa.Column("direction", sa.String(10), nullable=False),
    sa.Column("caller", sa.String(320), nullable=False),
    sa.Column("state", sa.String(16), nullable=False),
    sa.Column("provider", sa.String(50), nullable=False),
    sa.Column("provider_call_id", sa.String(200), nullable=False),
    sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("offered_at", sa.Float, nullable=False),
    sa.Column("connected_at", sa.Float),
    sa.Column("ended_at", sa.Float),
    sa.Column("state_since", sa.Float, nullable=False),
    sa.Column("talk_seconds", sa.Float, nullable=False, server_default="0"),
    sa.Column("hold_seconds", sa.Float, nullable=False, server_default="0"),
    sa.Column("end_reason", sa.String(100), nullable=False, server_default=""),
    sa.Column("muted", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("dtmf", sa.String(64), nullable=False, server_default=""),
    sa.Column("transfer_target", sa.String(100), nullable=False, server_default=""),
    sa.UniqueConstraint("provider", "provider_call_id", name="uq_calls_provider_call"),
    sa.Index("ix_calls_queue", "queue_id"),
    sa.Index("ix_calls_conversation", "conversation_id"),
)

call_events = sa.Table(
    "call_events",
    metadata,
    sa.Column("call_id", sa.Integer, sa.ForeignKey("calls.id"), primary_key=True),
    sa.Column("event_id", sa.String(200), primary_key=True),
    sa.Column("type", sa.String(20), nullable=False),
    sa.Column("at", sa.Float, nullable=False),
)
