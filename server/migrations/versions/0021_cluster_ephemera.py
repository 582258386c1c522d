"""What several server processes on one PostgreSQL database share outside the event log
(issue 13, ``server.core.cluster_tables``): live processes, desk sockets, presence across
processes, viewing/typing. The ephemeral tables are ``UNLOGGED`` on PostgreSQL (no WAL:
cheap to rewrite every few seconds, emptied by a crash, which every process refills);
SQLite gets plain tables it never uses."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``cluster_processes``, ``desk_sockets``, ``desk_presence`` and
    ``activity_states``."""
    unlogged = ["UNLOGGED"] if op.get_bind().dialect.name == "postgresql" else []
    op.create_table(
        "cluster_processes",
        sa.Column("process_id", sa.String(100), primary_key=True),
        sa.Column("pid", sa.Integer, nullable=False),
        sa.Column("started_at", sa.Float, nullable=False),
        sa.Column("seen_at", sa.Float, nullable=False),
        prefixes=unlogged,
    )
    op.create_table(
        "desk_sockets",
        sa.Column("process_id", sa.String(100), primary_key=True),
        sa.Column("agent_id", sa.Integer, primary_key=True),
        sa.Column("count", sa.Integer, nullable=False),
        prefixes=unlogged,
    )
    op.create_table(
        "desk_presence",
        sa.Column("agent_id", sa.Integer, primary_key=True),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("until", sa.Float),
        sa.Column("signed_out_at", sa.Float),
    )
    op.create_table(
        "activity_states",
        sa.Column("process_id", sa.String(100), primary_key=True),
        sa.Column("conn_key", sa.String(200), primary_key=True),
        sa.Column("conversation_id", sa.Integer, nullable=False),
        sa.Column("queue_id", sa.Integer, nullable=False),
        sa.Column("agent_id", sa.Integer, nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("until", sa.Float, nullable=False),
        prefixes=unlogged,
    )
    op.create_index("ix_activity_states_conversation", "activity_states", ["conversation_id"])


def downgrade() -> None:
    """Drop them."""
    op.drop_index("ix_activity_states_conversation", "activity_states")
    for name in ("activity_states", "desk_presence", "desk_sockets", "cluster_processes"):
        op.drop_table(name)
