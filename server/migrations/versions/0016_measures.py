"""Presence history and what adherence and KPIs read
(issue 11 parts 3 and 6: server/workforce/measures)."""

from __future__ import annotations

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Filled by issue 11."""


def downgrade() -> None:
    """Not supported: restore a backup instead."""
    raise NotImplementedError
