"""Shift swaps and time off (issue 11 part 4: server/workforce/trades)."""

from __future__ import annotations

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Filled by issue 11."""


def downgrade() -> None:
    """Not supported: restore a backup instead."""
    raise NotImplementedError
