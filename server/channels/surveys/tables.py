"""The surveys channel's table: one invitation per contact.

A *contact* is a conversation up to one resolution: ``contact_key`` is the id of the
customer's newest message when the conversation was resolved (0 when it has none, as a
call's conversation). Resolving again without a new customer message finds the same key,
so the unique constraint makes it the same invitation; a customer who writes again after
a resolution made a new contact, and its next resolution a new invitation.
"""

from __future__ import annotations

import sqlalchemy as sa

from server.db.metadata import metadata

INVITE_STATES = ("pending", "sent", "failed", "skipped")
"""``pending``: to be mailed (``next_attempt_at`` says when); ``sent``: the relay took it;
``failed``: the relay refused it, there is no relay, or the tries ran out (``error``
says why); ``skipped``: nothing to send it to (a caller without an email address)."""

survey_invites = sa.Table(
    "survey_invites",
    metadata,
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
    sa.Index("ix_survey_invites_state_next", "state", "next_attempt_at"),
)
