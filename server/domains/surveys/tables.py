"""The surveys domain's table: one answer per conversation and survey kind (a second
answer replaces the first, so a customer cannot stuff the averages)."""

from __future__ import annotations

import sqlalchemy as sa

from server.db.metadata import metadata

survey_responses = sa.Table(
    "survey_responses",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id"), nullable=False),
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
    sa.Column("kind", sa.String(10), nullable=False),
    sa.Column("score", sa.Integer, nullable=False),
    sa.Column("comment", sa.Text, nullable=False, server_default=""),
    sa.Column("answered_at", sa.Float, nullable=False),
    sa.UniqueConstraint("conversation_id", "kind", name="uq_survey_conversation_kind"),
    sa.Index("ix_survey_responses_customer", "customer_id"),
)
