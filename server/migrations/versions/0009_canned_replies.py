"""Canned replies (issue 9 part 3): shared and personal, one table
(``canned_replies``, server/domains/canned)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``canned_replies``; the demo seed and ``frontline canned import`` fill it."""
    op.create_table(
        "canned_replies",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("scope", sa.String(10), nullable=False),
        sa.Column("queue_id", sa.Integer, sa.ForeignKey("queues.id")),
        sa.Column("owner_id", sa.Integer, sa.ForeignKey("agents.id")),
        sa.Column("shortcut", sa.String(32), nullable=False),
        sa.Column("title", sa.String(500), nullable=False),
        sa.Column("variants", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
    )
    op.create_index("ix_canned_owner_shortcut", "canned_replies", ["owner_id", "shortcut"])
    op.create_index("ix_canned_queue_shortcut", "canned_replies", ["queue_id", "shortcut"])


def downgrade() -> None:
    """Drop ``canned_replies``."""
    op.drop_index("ix_canned_queue_shortcut", "canned_replies")
    op.drop_index("ix_canned_owner_shortcut", "canned_replies")
    op.drop_table("canned_replies")
