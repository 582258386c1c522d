"""The web chat's own tables: customer sessions and the page's client ids of messages.

A session is what a visitor's page holds a token for: the token itself is never stored,
only its SHA-256 (a leaked database does not let anyone continue someone's chat). The
conversation is set by the first message (a visitor who never writes opens nothing).
``chat_client_ids`` makes a customer message idempotent: the page resends a message whose
confirmation it did not see, and the same client id maps to the message already stored.
"""

from __future__ import annotations

import sqlalchemy as sa

from server.db.metadata import metadata

chat_sessions = sa.Table(
    "chat_sessions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
    sa.Column("customer_ref", sa.String(320), nullable=False),
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id")),
    sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id")),
    sa.Column("conversation_token", sa.String(100), nullable=False, server_default=""),
    sa.Column("name", sa.String(200), nullable=False),
    sa.Column("email", sa.String(320)),
    sa.Column("language", sa.String(35), nullable=False, server_default="en"),
    sa.Column("queue", sa.String(100), nullable=False, server_default=""),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
    sa.Column("ended_at", sa.Float),
    sa.Index("ix_chat_sessions_conversation", "conversation_id"),
)

chat_client_ids = sa.Table(
    "chat_client_ids",
    metadata,
    sa.Column("session_id", sa.Integer, sa.ForeignKey("chat_sessions.id"), primary_key=True),
    sa.Column("client_id", sa.String(64), primary_key=True),
    sa.Column("message_id", sa.Integer, sa.ForeignKey("messages.id"), nullable=False),
    sa.Index("ix_chat_client_ids_message", "message_id"),
)
