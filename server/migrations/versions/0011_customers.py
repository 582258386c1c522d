"""Customer profiles (issue 10 part 1): profile columns, identities, notes, search
terms and merges (server/domains/customers)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Placeholder until the tables land (the chain must stay whole meanwhile)."""
    _ = (sa, op)


def downgrade() -> None:
    """Not supported: restore a backup instead."""
    raise NotImplementedError
