"""Complaints and follow-up tasks (issue 10 part 4): ``complaints`` and
``followup_tasks`` (server/domains/complaints)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the two tables; desks (``complaint.open``, ``task.add``) and the demo fill them."""
    op.create_table(
        "complaints",
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
    )
    op.create_index("ix_complaints_customer", "complaints", ["customer_id"])
    op.create_index("ix_complaints_queue_state", "complaints", ["queue_id", "state"])
    op.create_index("ix_complaints_conversation", "complaints", ["conversation_id"])
    op.create_table(
        "followup_tasks",
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
    )
    op.create_index(
        "ix_followup_tasks_assignee_done_due",
        "followup_tasks",
        ["assignee_id", "done_at", "due_at"],
    )
    op.create_index("ix_followup_tasks_complaint", "followup_tasks", ["complaint_id"])


def downgrade() -> None:
    """Drop the two tables."""
    op.drop_index("ix_followup_tasks_complaint", "followup_tasks")
    op.drop_index("ix_followup_tasks_assignee_done_due", "followup_tasks")
    op.drop_table("followup_tasks")
    op.drop_index("ix_complaints_conversation", "complaints")
    op.drop_index("ix_complaints_queue_state", "complaints")
    op.drop_index("ix_complaints_customer", "complaints")
    op.drop_table("complaints")
