"""Line commands forwarded between processes (issue 13, ``server.core.line_relay``): an
agent's call button pressed on a process that does not carry the call's line (the SIP
adapter runs in one process; a browser call lives in the process of its peer connection)
is written here, executed by the process that does, and its outcome written back."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``line_requests``."""
    op.create_table(
        "line_requests",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("provider", sa.String(40), nullable=False),
        sa.Column("provider_call_id", sa.String(200), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("call_json", sa.Text, nullable=False),
        sa.Column("digits", sa.Text),
        sa.Column("target", sa.Text),
        sa.Column("requested_by", sa.String(100), nullable=False),
        sa.Column("requested_at", sa.Float, nullable=False),
        sa.Column("claimed_by", sa.String(100)),
        sa.Column("done_at", sa.Float),
        sa.Column("refusal", sa.Text),
    )
    op.create_index("ix_line_requests_open", "line_requests", ["done_at", "claimed_by"])


def downgrade() -> None:
    """Drop it."""
    op.drop_index("ix_line_requests_open", "line_requests")
    op.drop_table("line_requests")
