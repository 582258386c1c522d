"""Shift trades and time off (issue 11 part 4: server/workforce/trades): ``swaps``,
``swap_queues`` (the queues of a board post) and ``time_off``."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the three tables; desks' swap and time-off commands fill them."""
    op.create_table(
        "swaps",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("type", sa.String(10), nullable=False),
        sa.Column("initiator_id", sa.Integer, sa.ForeignKey("agents.id"), nullable=False),
        sa.Column("shift_id", sa.Integer, sa.ForeignKey("shifts.id")),
        sa.Column("shift", sa.Text, nullable=False),
        sa.Column("target_agent_id", sa.Integer, sa.ForeignKey("agents.id")),
        sa.Column("accepter_id", sa.Integer, sa.ForeignKey("agents.id")),
        sa.Column("accepter_shift_id", sa.Integer, sa.ForeignKey("shifts.id")),
        sa.Column("accepter_shift", sa.Text),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("review_comment", sa.Text, nullable=False, server_default=""),
        sa.Column("reviewer_id", sa.Integer, sa.ForeignKey("agents.id")),
        sa.Column("violations", sa.Text, nullable=False, server_default="[]"),
        sa.Column("history", sa.Text, nullable=False, server_default="[]"),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
        sa.Column("expires_at", sa.Float, nullable=False),
        sa.Column("starts_at", sa.Float, nullable=False),
    )
    op.create_index("ix_swaps_state_expires", "swaps", ["state", "expires_at"])
    op.create_index("ix_swaps_shift", "swaps", ["shift_id"])
    op.create_index("ix_swaps_initiator", "swaps", ["initiator_id"])
    op.create_table(
        "swap_queues",
        sa.Column("swap_id", sa.Integer, sa.ForeignKey("swaps.id"), primary_key=True),
        sa.Column("queue_id", sa.Integer, sa.ForeignKey("queues.id"), primary_key=True),
    )
    op.create_index("ix_swap_queues_queue", "swap_queues", ["queue_id"])
    op.create_table(
        "time_off",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), nullable=False),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("start", sa.Float, nullable=False),
        sa.Column("end", sa.Float, nullable=False),
        sa.Column("state", sa.String(20), nullable=False),
        sa.Column("note", sa.Text, nullable=False, server_default=""),
        sa.Column("review_comment", sa.Text, nullable=False, server_default=""),
        sa.Column("reviewer_id", sa.Integer, sa.ForeignKey("agents.id")),
        sa.Column("violations", sa.Text, nullable=False, server_default="[]"),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("updated_at", sa.Float, nullable=False),
    )
    op.create_index("ix_time_off_agent_start", "time_off", ["agent_id", "start"])


def downgrade() -> None:
    """Not supported: restore a backup instead."""
    raise NotImplementedError
