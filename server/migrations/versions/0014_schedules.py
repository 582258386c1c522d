"""Shifts, their activities and the centre's workforce policy
(issue 11 part 1: server/workforce/schedules)."""

from __future__ import annotations

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Filled by issue 11."""


def downgrade() -> None:
    """Not supported: restore a backup instead."""
    raise NotImplementedError
