"""Schedules (issue 11 part 1: server/workforce/schedules): ``shifts`` and the one-row
``workforce_policy``."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``shifts`` (indexed by agent and start for an agent's week, and by start for
    "who works at this time") and ``workforce_policy`` (its JSON in one row; no row means
    the defaults)."""
    op.create_table(
        "shifts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), nullable=False),
        sa.Column("start", sa.Float, nullable=False),
        sa.Column("end", sa.Float, nullable=False),
        sa.Column("activities", sa.Text, nullable=False),
        sa.Column("queue_ids", sa.Text, nullable=False, server_default="[]"),
        sa.Column("min_level", sa.Integer, nullable=False, server_default="1"),
        sa.Column("languages", sa.Text, nullable=False, server_default="[]"),
        sa.Column("week", sa.String(10), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False, server_default="UTC"),
        sa.Column("published", sa.Boolean, nullable=False, server_default=sa.true()),
        sa.Column("updated_at", sa.Float, nullable=False, server_default="0"),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_shifts_agent_start", "shifts", ["agent_id", "start"])
    op.create_index("ix_shifts_start", "shifts", ["start"])
    op.create_table(
        "workforce_policy",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("data", sa.Text, nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False, server_default="0"),
    )


def downgrade() -> None:
    """Not supported: restore a backup instead."""
    raise NotImplementedError
