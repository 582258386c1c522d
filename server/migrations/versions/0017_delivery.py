"""Outbound delivery (issue 12 part 1: server/channels/delivery): delivery state, error,
attempts and next try on messages.

Placeholder of the issue-12 contract: filled in with the tables of its part.
"""

from __future__ import annotations

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing yet."""


def downgrade() -> None:
    """Nothing yet."""
