"""Calls: the ``calls`` table (one row per phone call, unique per provider call id) and
``call_events`` (the provider event ids each call has applied, so a repeated event is
ignored)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``calls`` and ``call_events``."""
    op.create_table(
        "calls",
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
        sa.UniqueConstraint("provider", "provider_call_id", name="uq_calls_provider_call"),
    )
    op.create_index("ix_calls_queue", "calls", ["queue_id"])
    op.create_index("ix_calls_conversation", "calls", ["conversation_id"])
    op.create_table(
        "call_events",
        sa.Column("call_id", sa.Integer, sa.ForeignKey("calls.id"), primary_key=True),
        sa.Column("event_id", sa.String(200), primary_key=True),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("at", sa.Float, nullable=False),
    )


def downgrade() -> None:
    """Drop both tables."""
    op.drop_table("call_events")
    op.drop_index("ix_calls_conversation", "calls")
    op.drop_index("ix_calls_queue", "calls")
    op.drop_table("calls")
