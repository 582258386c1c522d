"""The inbound email channel's tables (migration 0018).

``mail_ids`` remembers every inbound mail's own Message-ID: a customer's follow-up that
quotes it in ``In-Reply-To``/``References`` (but not our reply address or our ids) still
joins its conversation, and the outbound side reads the latest ones to build a reply's
``References``. ``mail_quarantine`` keeps what SMTP accepted but could not become a
message (the raw bytes are in the file store by their hash), so nothing is lost.
"""

from __future__ import annotations

import sqlalchemy as sa

from server.db.metadata import metadata

MAX_HEADER_ID_CHARS = 998
"""RFC 5322's line limit: no Message-ID can be longer."""

mail_ids = sa.Table(
    "mail_ids",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("header_id", sa.String(MAX_HEADER_ID_CHARS), nullable=False),
    sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id"), nullable=False),
    sa.Column("message_id", sa.Integer, sa.ForeignKey("messages.id")),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Index("ix_mail_ids_header_id", "header_id"),
    sa.Index("ix_mail_ids_conversation", "conversation_id"),
)

mail_quarantine = sa.Table(
    "mail_quarantine",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("received_at", sa.Float, nullable=False),
    sa.Column("sender", sa.String(998), nullable=False),
    sa.Column("recipient", sa.String(998), nullable=False),
    sa.Column("subject", sa.String(998), nullable=False),
    sa.Column("reason", sa.String(20), nullable=False),
    sa.Column("detail", sa.String(500), nullable=False),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("sha256", sa.String(64), nullable=False),
    sa.Index("ix_mail_quarantine_received", "received_at"),
)
