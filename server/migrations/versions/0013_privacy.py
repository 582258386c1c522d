"""Surveys, the audit log and retention (issue 10 parts 6-7: server/domains/surveys,
server/core/audit.py, server/customer360/retention.py)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create ``survey_responses`` and ``audit_log`` and index the event log by entity;
    retention settings live in ``meta`` (key ``retention_closed_days``), so they need no
    table."""
    op.create_table(
        "survey_responses",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id"), nullable=False),
        sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("score", sa.Integer, nullable=False),
        sa.Column("comment", sa.Text, nullable=False, server_default=""),
        sa.Column("answered_at", sa.Float, nullable=False),
        sa.UniqueConstraint("conversation_id", "kind", name="uq_survey_conversation_kind"),
    )
    op.create_index("ix_survey_responses_customer", "survey_responses", ["customer_id"])
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.Float, nullable=False),
        sa.Column("actor_id", sa.Integer),
        sa.Column("actor_name", sa.String(200), nullable=False, server_default=""),
        sa.Column("action", sa.String(40), nullable=False),
        sa.Column("customer_id", sa.Integer),
        sa.Column("detail", sa.String(500), nullable=False, server_default=""),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_audit_log_customer", "audit_log", ["customer_id", "id"])
    op.create_index("ix_audit_log_action", "audit_log", ["action", "id"])
    # Erase and retention find every stored event of an entity; without this they would
    # scan the whole log while holding the write gate.
    op.create_index("ix_events_kind_entity", "events", ["kind", "entity_id"])


def downgrade() -> None:
    """Not supported: restore a backup instead."""
    raise NotImplementedError
