"""The ACD's tables: queue settings (with their wrap-up codes), agent profiles (skills,
languages, capacity), the contacts being routed, the offers made, and callbacks.

Wrap-up codes and skills are small lists always read whole with their owner, so they are
JSON columns (``[{"code": .., "label": ..}]``, ``[{"queue_id": .., "level": ..}]``).

``routing_contacts`` is the queue of work: a row per contact from the moment routing sees
it (a chat or email conversation open and unassigned, a call ringing in a queue, a
callback come due) until it is assigned or gone. ``offers`` keep every decision, so a
restart resumes exactly where routing stood and the desk can say why a contact came.
"""

from __future__ import annotations

import sqlalchemy as sa

from server.db.metadata import metadata

routing_queues = sa.Table(
    "routing_queues",
    metadata,
    sa.Column("queue_id", sa.Integer, sa.ForeignKey("queues.id"), primary_key=True),
    sa.Column("priority", sa.Integer, nullable=False, server_default="0"),
    sa.Column("sla_seconds", sa.Integer, nullable=False, server_default="60"),
    sa.Column("next_response_seconds", sa.Integer, nullable=False, server_default="300"),
    sa.Column("widen_after_seconds", sa.Integer, nullable=False, server_default="30"),
    sa.Column("min_level", sa.Integer, nullable=False, server_default="1"),
    sa.Column("acw_seconds", sa.Integer, nullable=False, server_default="60"),
    sa.Column("wrapup_required", sa.Boolean, nullable=False, server_default=sa.true()),
    sa.Column("offer_seconds", sa.Float, nullable=False, server_default="20"),
    sa.Column("wrapup_codes", sa.Text, nullable=False, server_default="[]"),
)

routing_profiles = sa.Table(
    "routing_profiles",
    metadata,
    sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), primary_key=True),
    sa.Column("skills", sa.Text, nullable=False, server_default="[]"),
    sa.Column("languages", sa.Text, nullable=False, server_default="[]"),
    sa.Column("cap_phone", sa.Integer, nullable=False, server_default="1"),
    sa.Column("cap_chat", sa.Integer, nullable=False, server_default="3"),
    sa.Column("cap_email", sa.Integer, nullable=False, server_default="5"),
)

routing_contacts = sa.Table(
    "routing_contacts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id"), nullable=False),
    sa.Column("call_id", sa.Integer, sa.ForeignKey("calls.id")),
    sa.Column("callback_id", sa.Integer),
    sa.Column("purpose", sa.String(10), nullable=False, server_default="new"),
    sa.Column("queue_id", sa.Integer, sa.ForeignKey("queues.id"), nullable=False),
    sa.Column("channel", sa.String(10), nullable=False),
    sa.Column("language", sa.String(35), nullable=False, server_default="en"),
    sa.Column("waiting_since", sa.Float, nullable=False),
    sa.Column("state", sa.String(10), nullable=False),
    sa.Column("target_agent_id", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("target_until", sa.Float),
    sa.Column("closed_at", sa.Float),
    sa.Index("ix_routing_contacts_state", "state"),
    sa.Index("ix_routing_contacts_conversation", "conversation_id"),
)
"""``state``: waiting, offered, assigned, closed. ``purpose``: new (a contact that
arrived), callback, transfer (blind: the first agent has left) or consult (warm: the first
agent waits on the line). ``target_agent_id`` (until
``target_until``) reserves the contact for one agent: a callback's promiser, a transfer's
target."""

offers = sa.Table(
    "offers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("contact_id", sa.Integer, sa.ForeignKey("routing_contacts.id"), nullable=False),
    sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id"), nullable=False),
    sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id"), nullable=False),
    sa.Column("queue_id", sa.Integer, sa.ForeignKey("queues.id"), nullable=False),
    sa.Column("channel", sa.String(10), nullable=False),
    sa.Column("call_id", sa.Integer, sa.ForeignKey("calls.id")),
    sa.Column("callback_id", sa.Integer),
    sa.Column("state", sa.String(10), nullable=False),
    sa.Column("phase", sa.String(10), nullable=False),
    sa.Column("why", sa.String(20), nullable=False),
    sa.Column("why_level", sa.Integer, nullable=False, server_default="0"),
    sa.Column("why_candidates", sa.Integer, nullable=False, server_default="0"),
    sa.Column("why_waited", sa.Float, nullable=False, server_default="0"),
    sa.Column("offered_at", sa.Float, nullable=False),
    sa.Column("expires_at", sa.Float, nullable=False),
    sa.Column("decided_at", sa.Float),
    sa.Column("decline_reason", sa.String(480), nullable=False, server_default=""),
    sa.Column("ended_at", sa.Float),
    sa.Column("acw_until", sa.Float),
    sa.Column("wrapup_required", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("wrapup_code", sa.String(40), nullable=False, server_default=""),
    sa.Column("wrapup_note", sa.Text, nullable=False, server_default=""),
    sa.Column("wrapped_at", sa.Float),
    sa.Column("talk_seconds", sa.Float, nullable=False, server_default="0"),
    sa.Column("hold_seconds", sa.Float, nullable=False, server_default="0"),
    sa.Column("acw_seconds", sa.Float, nullable=False, server_default="0"),
    sa.Index("ix_offers_agent_phase", "agent_id", "phase"),
    sa.Index("ix_offers_phase", "phase"),
    sa.Index("ix_offers_contact", "contact_id"),
    sa.Index("ix_offers_agent_offered", "agent_id", "offered_at"),
)
"""``phase`` is what rounds look at: ringing, working, acw, done, closed."""

callbacks = sa.Table(
    "callbacks",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id"), nullable=False),
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
    sa.Column("queue_id", sa.Integer, sa.ForeignKey("queues.id"), nullable=False),
    sa.Column("phone", sa.String(64), nullable=False),
    sa.Column("due_at", sa.Float, nullable=False),
    sa.Column("note", sa.Text, nullable=False, server_default=""),
    sa.Column("agent_id", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("prefer_agent", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("requested_by", sa.String(10), nullable=False, server_default="agent"),
    sa.Column("state", sa.String(10), nullable=False, server_default="scheduled"),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Index("ix_callbacks_state_due", "state", "due_at"),
)
