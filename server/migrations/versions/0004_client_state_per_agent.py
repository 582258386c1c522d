"""Client ids are bound to their agent: ``client_state`` is keyed by (agent_id, client_id).

Before, one row per client id let any agent who learnt a colleague's id (it was visible
in ``client_ref``) say hello with it and move that desk's mutation counter, so the
colleague's queued replies were acked as duplicates and lost. The table is rebuilt (a
primary key cannot be altered in place on SQLite); existing rows keep their agent.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Rebuild ``client_state`` with the composite key."""
    op.create_table(
        "client_state_v2",
        sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), primary_key=True),
        sa.Column("client_id", sa.String(64), primary_key=True),
        sa.Column("last_mutation_id", sa.BigInteger, nullable=False, server_default="0"),
    )
    op.execute(
        "INSERT INTO client_state_v2 (agent_id, client_id, last_mutation_id) "
        "SELECT agent_id, client_id, last_mutation_id FROM client_state"
    )
    op.drop_table("client_state")
    op.rename_table("client_state_v2", "client_state")
    op.create_index("ix_client_state_client", "client_state", ["client_id"])


def downgrade() -> None:
    """Back to one row per client id (the newest agent's row wins)."""
    op.drop_index("ix_client_state_client", "client_state")
    op.create_table(
        "client_state_v1",
        sa.Column("client_id", sa.String(64), primary_key=True),
        sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), nullable=False),
        sa.Column("last_mutation_id", sa.Integer, nullable=False, server_default="0"),
    )
    op.execute(
        "INSERT INTO client_state_v1 (client_id, agent_id, last_mutation_id) "
        "SELECT client_id, MAX(agent_id), MAX(last_mutation_id) FROM client_state "
        "GROUP BY client_id"
    )
    op.drop_table("client_state")
    op.rename_table("client_state_v1", "client_state")
