"""Email (issue 12 part 2: server/channels/email): the inbound mails' own Message-IDs
(threading a customer's follow-ups) and the quarantine of accepted mail that could not be
taken in. Tables in ``server/channels/email/inbound/tables.py``."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``mail_ids`` (looked up by ``header_id``; read per conversation for a
    reply's References) and ``mail_quarantine`` (listed newest first)."""
    op.create_table(
        "mail_ids",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("header_id", sa.String(998), nullable=False),
        sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id"), nullable=False),
        sa.Column("message_id", sa.Integer, sa.ForeignKey("messages.id")),
        sa.Column("created_at", sa.Float, nullable=False),
    )
    op.create_index("ix_mail_ids_header_id", "mail_ids", ["header_id"])
    op.create_index("ix_mail_ids_conversation", "mail_ids", ["conversation_id"])
    op.create_table(
        "mail_quarantine",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("received_at", sa.Float, nullable=False),
        sa.Column("sender", sa.String(998), nullable=False),
        sa.Column("recipient", sa.String(998), nullable=False),
        sa.Column("subject", sa.String(998), nullable=False),
        sa.Column("reason", sa.String(20), nullable=False),
        sa.Column("detail", sa.String(500), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
    )
    op.create_index("ix_mail_quarantine_received", "mail_quarantine", ["received_at"])


def downgrade() -> None:
    """Drop both tables."""
    op.drop_table("mail_quarantine")
    op.drop_table("mail_ids")
