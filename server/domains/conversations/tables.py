"""The conversations domain's tables: customers, conversations and their messages.

The customer's profile columns (issue 10) live on ``customers`` too; the tables around a
customer (identities, notes, search terms, merges) are the customers domain's.

Agents and queues are the house's (:mod:`server.core.tables`): visibility needs them.
"""

from __future__ import annotations

import sqlalchemy as sa

from server.db.metadata import metadata

customers = sa.Table(
    "customers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("ref", sa.String(320), nullable=False, unique=True),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("email", sa.String(320)),
    sa.Column("phone", sa.String(64)),
    sa.Column("language", sa.String(35), nullable=False, server_default="en"),
    sa.Column("timezone", sa.String(64)),
    sa.Column("tags", sa.Text, nullable=False, server_default="[]"),
    sa.Column("identities", sa.Text, nullable=False, server_default="[]"),
    sa.Column("consent_email", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("consent_phone", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("consent_marketing", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("merged_into", sa.Integer),
    sa.Column("erased_at", sa.Float),
    sa.Column("updated_at", sa.Float, nullable=False, server_default="0"),
)
"""``tags`` and ``identities`` are JSON text: ``identities`` mirrors the
``customer_identities`` rows (server/domains/customers) so that building the entity, which
intake does for every new conversation, reads one row and no join. ``merged_into`` is the
survivor of a merge; ``erased_at`` marks an erased customer (personal fields blanked)."""

conversations = sa.Table(
    "conversations",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("queue_id", sa.Integer, sa.ForeignKey("queues.id"), nullable=False),
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
    sa.Column("channel", sa.String(10), nullable=False),
    sa.Column("status", sa.String(10), nullable=False),
    sa.Column("subject", sa.String(500), nullable=False, server_default=""),
    sa.Column("language", sa.String(35), nullable=False, server_default="en"),
    sa.Column("assignee_id", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
    sa.Column("last_message_at", sa.Float, nullable=False),
    sa.Column("last_message_preview", sa.String(200), nullable=False, server_default=""),
    sa.Column("message_count", sa.Integer, nullable=False, server_default="0"),
    sa.Index("ix_conversations_customer_channel", "customer_id", "channel"),
    sa.Index("ix_conversations_queue", "queue_id"),
    sa.Index("ix_conversations_status_assignee", "status", "assignee_id"),
)

messages = sa.Table(
    "messages",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id"), nullable=False),
    sa.Column("direction", sa.String(10), nullable=False),
    sa.Column("author_name", sa.String(200), nullable=False),
    sa.Column("author_agent_id", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("client_ref", sa.String(200)),
    sa.Index("ix_messages_conversation", "conversation_id"),
)
