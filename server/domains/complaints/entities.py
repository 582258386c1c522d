"""Complaint and task rows as ``complaint`` / ``followup_task`` entities, and their events.

A complaint's events go to its queue (members and supervisors). A task's go to its queue
too, and once more to its assignee alone: a task may be given to somebody outside the
queue (second level, a colleague of another team), who must still be reminded of it
without seeing the rest of that queue's work.
"""

from __future__ import annotations

from typing import Any

from protocol.kinds.complaints import ComplaintData, FollowupTaskData
from server.core import eventlog
from server.core.eventlog import Draft

Row = Any  # sqlalchemy Row of server.domains.complaints.tables


def complaint_from_row(r: Row) -> ComplaintData:
    """A complaint from a ``complaints`` row."""
    return ComplaintData(
        id=r.id,
        customer_id=r.customer_id,
        conversation_id=r.conversation_id,
        queue_id=r.queue_id,
        category=r.category,
        severity=r.severity,
        description=r.description,
        wanted=r.wanted,
        contact_channel=r.contact_channel,
        contact_value=r.contact_value,
        contact_confirmed=bool(r.contact_confirmed),
        state=r.state,
        owner_id=r.owner_id,
        escalation=r.escalation,
        escalated_to_id=r.escalated_to_id,
        escalation_reason=r.escalation_reason,
        escalated_at=r.escalated_at,
        escalated_by_id=r.escalated_by_id,
        resolution=r.resolution,
        satisfaction=r.satisfaction,
        created_by_id=r.created_by_id,
        created_at=r.created_at,
        updated_at=r.updated_at,
        state_since=r.state_since,
        resolved_at=r.resolved_at,
        closed_at=r.closed_at,
    )


def task_from_row(r: Row) -> FollowupTaskData:
    """A follow-up task from a ``followup_tasks`` row."""
    return FollowupTaskData(
        id=r.id,
        complaint_id=r.complaint_id,
        customer_id=r.customer_id,
        queue_id=r.queue_id,
        assignee_id=r.assignee_id,
        title=r.title,
        due_at=r.due_at,
        done_at=r.done_at,
        done_by_id=r.done_by_id,
        created_by_id=r.created_by_id,
        created_at=r.created_at,
    )


def complaint_events(complaint: ComplaintData) -> list[Draft]:
    """The upsert of a complaint, to its queue."""
    return [eventlog.upsert(complaint, queue_id=complaint.queue_id)]


def task_events(task: FollowupTaskData) -> list[Draft]:
    """The upsert of a task, to its queue and to its assignee wherever they work."""
    return [
        eventlog.upsert(task, queue_id=task.queue_id),
        eventlog.upsert(task, agent_id=task.assignee_id),
    ]
