"""Surveys that reach the customer (issue 12 part 5: server/channels/surveys): one
invitation per contact and channel.

Placeholder of the issue-12 contract: filled in with the tables of its part.
"""

from __future__ import annotations

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing yet."""


def downgrade() -> None:
    """Nothing yet."""
