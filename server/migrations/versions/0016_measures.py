"""Measures (issue 11 parts 3 and 6: server/workforce/measures): presence history and
the indexes the KPIs read by."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``presence_log`` (one row per stretch in one state, the open one with
    ``end`` NULL), opened for every agent who already has a state, so history starts with
    the state they are in now. Index ``offers`` for the KPIs: by agent and end of work (an
    agent's period), by end of work (everyone's days), by call (who took a transferred
    call) by conversation (first-contact resolution, repeats, surveys); and the routing
    contacts by call (was a call transferred), and conversations by customer and creation
    (repeat contacts)."""
    op.create_table(
        "presence_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("start", sa.Float, nullable=False),
        sa.Column("end", sa.Float),
    )
    op.create_index("ix_presence_log_agent_start", "presence_log", ["agent_id", "start"])
    op.create_index("ix_presence_log_start", "presence_log", ["start"])
    op.execute(
        "INSERT INTO presence_log (agent_id, state, start) SELECT agent_id, state, since"
        " FROM presence"
    )
    op.create_index("ix_offers_agent_ended", "offers", ["agent_id", "ended_at"])
    op.create_index("ix_offers_ended", "offers", ["ended_at"])
    op.create_index("ix_offers_call", "offers", ["call_id"])
    op.create_index("ix_offers_conversation", "offers", ["conversation_id"])
    op.create_index("ix_routing_contacts_call", "routing_contacts", ["call_id"])
    op.create_index(
        "ix_conversations_customer_created", "conversations", ["customer_id", "created_at"]
    )


def downgrade() -> None:
    """Not supported: restore a backup instead."""
    raise NotImplementedError
