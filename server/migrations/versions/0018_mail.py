"""Email (issue 12 part 2: server/channels/email): sanitised HTML, quoted history and
attachments of messages, Message-IDs of a thread, stored files, the quarantine.

Placeholder of the issue-12 contract: filled in with the tables of its part.
"""

from __future__ import annotations

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing yet."""


def downgrade() -> None:
    """Nothing yet."""
