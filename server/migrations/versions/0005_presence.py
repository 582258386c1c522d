"""Agent presence: one row per agent (the ``presence`` kind, server/domains/presence)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``presence``; agents get a row when they first connect."""
    op.create_table(
        "presence",
        sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), primary_key=True),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("reason", sa.String(240), nullable=False, server_default=""),
        sa.Column("since", sa.Float, nullable=False),
        sa.Column("requested", sa.String(20)),
        sa.Column("requested_reason", sa.String(240), nullable=False, server_default=""),
        sa.Column("before_offline", sa.String(20)),
    )


def downgrade() -> None:
    """Drop ``presence``."""
    op.drop_table("presence")
