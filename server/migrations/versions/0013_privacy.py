"""Surveys, the audit log and retention (issue 10 parts 6-7: server/domains/surveys,
server/core/audit.py)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Placeholder until the tables land (the chain must stay whole meanwhile)."""
    _ = (sa, op)


def downgrade() -> None:
    """Not supported: restore a backup instead."""
    raise NotImplementedError
