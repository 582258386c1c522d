"""Web chat (issue 12 part 3: server/channels/webchat): customer chat sessions.

Placeholder of the issue-12 contract: filled in with the tables of its part.
"""

from __future__ import annotations

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing yet."""


def downgrade() -> None:
    """Nothing yet."""
