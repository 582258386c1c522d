"""Outbound delivery (issue 12 part 1: server/channels/delivery): delivery state, error,
attempts and next try on messages; the email HTML, quoted history and attachment refs of a
message; the channel-neutral ``attachments`` table."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None

_MESSAGE_COLUMNS = (
    sa.Column("delivery", sa.String(10)),
    sa.Column("delivery_error", sa.String(500), nullable=False, server_default=""),
    sa.Column("delivery_attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt_at", sa.Float),
    sa.Column("html", sa.Text, nullable=False, server_default=""),
    sa.Column("quoted", sa.Text, nullable=False, server_default=""),
    sa.Column("attachments", sa.Text, nullable=False, server_default="[]"),
)


def upgrade() -> None:
    """Messages gain their delivery and email columns (server defaults, so every old row
    reads as "no delivery, no HTML, no files"); create ``attachments``."""
    for column in _MESSAGE_COLUMNS:
        op.add_column("messages", column)
    op.create_index("ix_messages_delivery_next", "messages", ["delivery", "next_attempt_at"])
    op.create_table(
        "attachments",
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
    )
    op.create_index("ix_attachments_message", "attachments", ["message_id"])


def downgrade() -> None:
    """Drop ``attachments`` and the message columns."""
    op.drop_index("ix_attachments_message", "attachments")
    op.drop_table("attachments")
    op.drop_index("ix_messages_delivery_next", "messages")
    with op.batch_alter_table("messages") as batch:
        for column in reversed(_MESSAGE_COLUMNS):
            batch.drop_column(column.name)
