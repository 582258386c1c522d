"""The complaints domain's tables: ``complaints`` and their ``followup_tasks``.

A complaint copies its conversation's customer and queue when it is opened, and a task
its complaint's, so visibility (by queue) and the profile (by customer) read one table
without joining the conversations domain's tables. A customer merge or erase updates
them through :mod:`server.domains.complaints.reads`.
"""

from __future__ import annotations

import sqlalchemy as sa

from server.db.metadata import metadata

complaints = sa.Table(
    "complaints",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
    sa.Column("conversation_id", sa.Integer, sa.ForeignKey("conversations.id"), nullable=False),
    sa.Column("queue_id", sa.Integer, sa.ForeignKey("queues.id"), nullable=False),
    sa.Column("category", sa.String(20), nullable=False),
    sa.Column("severity", sa.String(10), nullable=False),
    sa.Column("description", sa.Text, nullable=False),
    sa.Column("wanted", sa.Text, nullable=False, server_default=""),
    sa.Column("contact_channel", sa.String(10)),
    sa.Column("contact_value", sa.String(320), nullable=False, server_default=""),
    sa.Column("contact_confirmed", sa.Boolean, nullable=False, server_default=sa.false()),
    sa.Column("state", sa.String(20), nullable=False),
    sa.Column("owner_id", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("escalation", sa.String(20), nullable=False, server_default="none"),
    sa.Column("escalated_to_id", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("escalation_reason", sa.Text, nullable=False, server_default=""),
    sa.Column("escalated_at", sa.Float),
    sa.Column("escalated_by_id", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("resolution", sa.Text, nullable=False, server_default=""),
    sa.Column("satisfaction", sa.Integer),
    sa.Column("created_by_id", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
    sa.Column("state_since", sa.Float, nullable=False),
    sa.Column("resolved_at", sa.Float),
    sa.Column("closed_at", sa.Float),
    sa.Index("ix_complaints_customer", "customer_id"),
    sa.Index("ix_complaints_queue_state", "queue_id", "state"),
    sa.Index("ix_complaints_conversation", "conversation_id"),
)

followup_tasks = sa.Table(
    "followup_tasks",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("complaint_id", sa.Integer, sa.ForeignKey("complaints.id"), nullable=False),
    sa.Column("customer_id", sa.Integer, sa.ForeignKey("customers.id"), nullable=False),
    sa.Column("queue_id", sa.Integer, sa.ForeignKey("queues.id"), nullable=False),
    sa.Column("assignee_id", sa.Integer, sa.ForeignKey("agents.id"), nullable=False),
    sa.Column("title", sa.String(200), nullable=False),
    sa.Column("due_at", sa.Float, nullable=False),
    sa.Column("done_at", sa.Float),
    sa.Column("done_by_id", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("created_by_id", sa.Integer, sa.ForeignKey("agents.id")),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Index("ix_followup_tasks_assignee_done_due", "assignee_id", "done_at", "due_at"),
    sa.Index("ix_followup_tasks_complaint", "complaint_id"),
)
