"""Surveys that reach the customer (issue 12 part 5: server/channels/surveys): one
invitation per contact (a conversation up to one resolution), its channel and state."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``survey_invites``: unique per conversation and contact key (the customer's
    newest message id at resolution), indexed by state and next try for the sender."""
    op.create_table(
        "survey_invites",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id"), nullable=False),
        sa.Column("contact_key", sa.Integer, nullable=False),
        sa.Column("channel", sa.String(10), nullable=False),
        sa.Column("state", sa.String(10), nullable=False),
        sa.Column("error", sa.String(500), nullable=False, server_default=""),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("created_at", sa.Float, nullable=False),
        sa.Column("next_attempt_at", sa.Float),
        sa.Column("sent_at", sa.Float),
        sa.UniqueConstraint("conversation_id", "contact_key", name="uq_survey_invite_contact"),
    )
    op.create_index("ix_survey_invites_state_next", "survey_invites", ["state", "next_attempt_at"])


def downgrade() -> None:
    """Drop ``survey_invites``."""
    op.drop_index("ix_survey_invites_state_next", "survey_invites")
    op.drop_table("survey_invites")
