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
    sa.Column("delivery", sa.String(10)),
    sa.Column("delivery_error", sa.String(500), nullable=False, server_default=""),
    sa.Column("delivery_attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt_at", sa.Float),
    sa.Column("html", sa.Text, nullable=False, server_default=""),
    sa.Column("quoted", sa.Text, nullable=False, server_default=""),
    sa.Column("attachments", sa.Text, nullable=False, server_default="[]"),
    sa.Index("ix_messages_conversation", "conversation_id"),
    sa.Index("ix_messages_delivery_next", "delivery", "next_attempt_at"),
)
"""Issue 12: ``delivery`` is NULL for inbound messages, notes and phone lines, else
queued/sent/delivered/failed; ``next_attempt_at`` is when the dispatcher tries a queued
message (indexed with ``delivery`` so the dispatcher's "what is due" is one range read).
``attachments`` is JSON text of ``AttachmentRef`` dicts (the refs a desk shows without a
join); the files themselves are rows of :data:`attachments`."""

attachments = sa.Table(
    "attachments",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("content_type", sa.String(127), nullable=False),
    sa.Column("name", sa.String(255), nullable=False),
    sa.Column("inline", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("content_id", sa.String(255), nullable=False, server_default=""),
    sa.Column("message_id", sa.Integer, sa.ForeignKey("messages.id")),
    sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id")),
    sa.Column("uploaded_by", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Index("ix_attachments_message", "message_id"),
)
"""Channel-neutral files (issue 12): parts of inbound mail and agent uploads. The bytes
live in the file store by ``sha256`` (the email-in part owns it and the REST); an agent's
upload has ``uploaded_by`` and no ``message_id`` until a reply links it."""
