"""Routing (the ACD): queue settings, wrap-up codes, agent profiles and skills, the
contacts being routed, offers, and callbacks (``server/acd/tables.py``); calls gain
``muted``, ``dtmf`` and ``transfer_target``."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the ACD's tables; calls gain mute, DTMF and transfer target."""
    op.add_column(
        "calls", sa.Column("muted", sa.Boolean, nullable=False, server_default=sa.false())
    )
    op.create_index("ix_conversations_status_assignee", "conversations", ["status", "assignee_id"])
    op.add_column("calls", sa.Column("dtmf", sa.String(64), nullable=False, server_default=""))
    op.add_column(
        "calls", sa.Column("transfer_target", sa.String(100), nullable=False, server_default="")
    )
    op.create_table(
        "routing_queues",
        sa.Column("queue_id", sa.Integer, sa.ForeignKey("queues.id"), primary_key=True),
        sa.Column("priority", sa.Integer, nullable=False, server_default="0"),
        sa.Column("sla_seconds", sa.Integer, nullable=False, server_default="60"),
        sa.Column("widen_after_seconds", sa.Integer, nullable=False, server_default="30"),
        sa.Column("min_level", sa.Integer, nullable=False, server_default="1"),
        sa.Column("acw_seconds", sa.Integer, nullable=False, server_default="60"),
        sa.Column("wrapup_required", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("offer_seconds", sa.Float, nullable=False, server_default="20"),
        sa.Column("wrapup_codes", sa.Text, nullable=False, server_default="[]"),
    )
    op.create_table(
        "routing_profiles",
        sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), primary_key=True),
        sa.Column("skills", sa.Text, nullable=False, server_default="[]"),
        sa.Column("languages", sa.Text, nullable=False, server_default="[]"),
        sa.Column("cap_phone", sa.Integer, nullable=False, server_default="1"),
        sa.Column("cap_chat", sa.Integer, nullable=False, server_default="3"),
        sa.Column("cap_email", sa.Integer, nullable=False, server_default="5"),
    )
    op.create_table(
        "routing_contacts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id"), nullable=False),
        sa.Column("call_id", sa.Integer, sa.ForeignKey("calls.id")),
        sa.Column("callback_id", sa.Integer),
        sa.Column("purpose", sa.String(10), nullable=False, server_default="new"),
        sa.Column("queue_id", sa.Integer, sa.ForeignKey("queues.id"), nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("language", sa.String(35), nullable=False, server_default="en"),
        sa.Column("waiting_since", sa.Float, nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("target_agent_id", sa.Integer, sa.ForeignKey("agents.id")),
        sa.Column("target_until", sa.Float),
        sa.Column("closed_at", sa.Float),
    )
    op.create_index("ix_routing_contacts_state", "routing_contacts", ["state"])
    op.create_index("ix_routing_contacts_conversation", "routing_contacts", ["conversation_id"])
    op.create_table(
        "offers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("contact_id", sa.Integer, sa.ForeignKey("routing_contacts.id"), nullable=False),
        sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), nullable=False),
        sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id"), nullable=False),
        sa.Column("queue_id", sa.Integer, sa.ForeignKey("queues.id"), nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("call_id", sa.Integer, sa.ForeignKey("calls.id")),
        sa.Column("callback_id", sa.Integer),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("phase", sa.String(10), nullable=False),
        sa.Column("why", sa.String(20), nullable=False),
        sa.Column("why_level", sa.Integer, nullable=False, server_default="0"),
        sa.Column("why_candidates", sa.Integer, nullable=False, server_default="0"),
        sa.Column("why_waited", sa.Float, nullable=False, server_default="0"),
        sa.Column("offered_at", sa.Float, nullable=False),
        sa.Column("expires_at", sa.Float, nullable=False),
        sa.Column("decided_at", sa.Float),
        sa.Column("decline_reason", sa.String(480), nullable=False, server_default=""),
        sa.Column("ended_at", sa.Float),
        sa.Column("acw_until", sa.Float),
        sa.Column("wrapup_required", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("wrapup_code", sa.String(40), nullable=False, server_default=""),
        sa.Column("wrapup_note", sa.Text, nullable=False, server_default=""),
        sa.Column("wrapped_at", sa.Float),
        sa.Column("talk_seconds", sa.Float, nullable=False, server_default="0"),
        sa.Column("hold_seconds", sa.Float, nullable=False, server_default="0"),
        sa.Column("acw_seconds", sa.Float, nullable=False, server_default="0"),
    )
    op.create_index("ix_offers_agent_phase", "offers", ["agent_id", "phase"])
    op.create_index("ix_offers_phase", "offers", ["phase"])
    op.create_index("ix_offers_contact", "offers", ["contact_id"])
    op.create_index("ix_offers_agent_offered", "offers", ["agent_id", "offered_at"])
    op.create_table(
        "callbacks",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id"), nullable=False),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("queue_id", sa.Integer, sa.ForeignKey("queues.id"), nullable=False),
        sa.Column("phone", sa.String(64), nullable=False),
        sa.Column("due_at", sa.Float, nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id")),
        sa.Column("prefer_agent", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("requested_by", sa.String(10), nullable=False, server_default="agent"),
        sa.Column("state", sa.String(10), nullable=False, server_default="scheduled"),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_index("ix_callbacks_state_due", "callbacks", ["state", "due_at"])


def downgrade() -> None:
    """Drop them, newest first."""
    op.drop_index("ix_callbacks_state_due", "callbacks")
    op.drop_table("callbacks")
    op.drop_index("ix_offers_agent_phase", "offers")
    op.drop_index("ix_offers_phase", "offers")
    op.drop_index("ix_offers_agent_offered", "offers")
    op.drop_index("ix_offers_contact", "offers")
    op.drop_table("offers")
    op.drop_index("ix_routing_contacts_state", "routing_contacts")
    op.drop_index("ix_routing_contacts_conversation", "routing_contacts")
    op.drop_table("routing_contacts")
    op.drop_table("routing_profiles")
    op.drop_table("routing_queues")
    op.drop_index("ix_conversations_status_assignee", "conversations")
    with op.batch_alter_table("calls") as batch:
        batch.drop_column("transfer_target")
        batch.drop_column("dtmf")
        batch.drop_column("muted")
