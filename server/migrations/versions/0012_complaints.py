"""Complaints and follow-up tasks (issue 10 part 4, server/domains/complaints)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Placeholder until the tables land (the chain must stay whole meanwhile)."""
    _ = (sa, op)


def downgrade() -> None:
    """Not supported: restore a backup instead."""
    raise NotImplementedError
