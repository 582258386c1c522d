"""Initial schema: directory, conversations, sessions, client state, event log, meta.

Written out in full (not imported from the ``tables.py`` modules) so the migration stays what it
was when later revisions change the live definitions. Only portable types are used.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create every table of version 1."""
    op.create_table(
        "agents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("username", sa.String(100), nullable=False, unique=True),
        sa.Column("display_name", sa.String(200), nullable=False),
        sa.Column("role", sa.String(20), nullable=False, server_default="agent"),
        sa.Column("password_hash", sa.String(255), nullable=False),
    )
    op.create_table(
        "queues",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(100), nullable=False, unique=True),
    )
    op.create_table(
        "agent_queues",
        sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), primary_key=True),
        sa.Column("queue_id", sa.Integer, sa.ForeignKey("queues.id"), primary_key=True),
    )
    op.create_table(
        "customers",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("ref", sa.String(320), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("email", sa.String(320)),
        sa.Column("phone", sa.String(64)),
        sa.Column("language", sa.String(35), nullable=False, server_default="en"),
    )
    op.create_table(
        "conversations",
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
    )
    op.create_index(
        "ix_conversations_customer_channel", "conversations", ["customer_id", "channel"]
    )
    op.create_index("ix_conversations_queue", "conversations", ["queue_id"])
    op.create_table(
        "messages",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id"), nullable=False),
        sa.Column("direction", sa.String(10), nullable=False),
        sa.Column("author_name", sa.String(200), nullable=False),
        sa.Column("author_agent_id", sa.Integer, sa.ForeignKey("agents.id")),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("client_ref", sa.String(200)),
    )
    op.create_index("ix_messages_conversation", "messages", ["conversation_id"])
    op.create_table(
        "sessions",
        sa.Column("token_hash", sa.String(64), primary_key=True),
        sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), nullable=False),
        sa.Column("expires_at", sa.Float, nullable=False),
    )
    op.create_table(
        "client_state",
        sa.Column("client_id", sa.String(64), primary_key=True),
        sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), nullable=False),
        sa.Column("last_mutation_id", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "events",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("entity_id", sa.Integer, nullable=False),
        sa.Column("op", sa.String(10), nullable=False),
        sa.Column("queue_id", sa.Integer),
        sa.Column("agent_id", sa.Integer),
        sa.Column("payload", sa.Text),
        sa.Column("created_at", sa.Float, nullable=False),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(100), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    """Drop everything version 1 created."""
    for name in (
        "meta",
        "events",
        "client_state",
        "sessions",
        "messages",
        "conversations",
        "customers",
        "agent_queues",
        "queues",
        "agents",
    ):
        op.drop_table(name)
