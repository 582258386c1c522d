"""SLA timers: a queue's next-response target (``routing_queues.next_response_seconds``),
beside ``sla_seconds``, its first-response target."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Queues gain the next-response target (seconds, default 300)."""
    op.add_column(
        "routing_queues",
        sa.Column("next_response_seconds", sa.Integer, nullable=False, server_default="300"),
    )


def downgrade() -> None:
    """Drop it."""
    with op.batch_alter_table("routing_queues") as batch:
        batch.drop_column("next_response_seconds")
