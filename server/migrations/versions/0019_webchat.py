"""Web chat (issue 12 part 3: server/channels/webchat): customer chat sessions (hashed
tokens) and the page's client ids of customer messages (a resent message is stored once)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``chat_sessions`` and ``chat_client_ids``."""
    op.create_table(
        "chat_sessions",
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
    )
    op.create_index("ix_chat_sessions_conversation", "chat_sessions", ["conversation_id"])
    op.create_table(
        "chat_client_ids",
        sa.Column("session_id", sa.Integer, sa.ForeignKey("chat_sessions.id"), primary_key=True),
        sa.Column("client_id", sa.String(64), primary_key=True),
        sa.Column("message_id", sa.Integer, sa.ForeignKey("messages.id"), nullable=False),
    )
    op.create_index("ix_chat_client_ids_message", "chat_client_ids", ["message_id"])


def downgrade() -> None:
    """Drop the web chat's tables."""
    op.drop_table("chat_client_ids")
    op.drop_table("chat_sessions")
